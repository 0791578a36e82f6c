"""The analyst's workbench: server-rendered pages (Jinja2, Arabic right-to-left) and a JSON API.

``create_app(db_path)`` builds the FastAPI app. Safety: article text is untrusted (autoescape
everywhere, highlighting builds markup from escaped segments), a CSRF token guards every POST,
SQL is parameterised, and a strict Content-Security-Policy forbids inline script and style.
"""

from __future__ import annotations

import os
import tempfile
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.background import BackgroundTask

from rasd.data import read_data
from rasd.store.sqlite import Store
from rasd.web import auth, render, review
from rasd.web import queries as Q

WEB_DIR = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE = 25
EXPORT_FORMATS = {"acled-csv": ("text/csv", "csv"), "jsonl": ("application/x-ndjson", "jsonl"),
                  "geojson": ("application/geo+json", "geojson"), "parquet": ("application/vnd.apache.parquet", "parquet")}


@lru_cache(maxsize=1)
def i18n() -> dict[str, dict[str, str]]:
    return read_data(resources.files("rasd.web").joinpath("i18n.yaml"))["labels"]


class Ctx:
    """Per-app state: thread-local stores (sqlite connections are per thread), signer, templates."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._local = threading.local()
        db = self.store().db
        Q.ensure_web_schema(db)
        review.rebuild_event_state(db)
        self.signer = auth.Signer(auth.secret_key(db))
        self.env = Environment(loader=FileSystemLoader(str(WEB_DIR / "templates")),
                               autoescape=select_autoescape(["html", "svg"], default=True),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(type_slug=render.type_slug, taxonomy=review.taxonomy, layers=render.LAYERS)
        self.env.filters["qs"] = lambda d: urlencode({k: v for k, v in d.items() if v not in (None, "", False)})

    def store(self) -> Store:
        s = getattr(self._local, "store", None)
        if s is None:
            s = Store(self.db_path)
            s.db.execute("PRAGMA busy_timeout = 30000")
            self._local.store = s
        return s

    @property
    def db(self):  # noqa: ANN201 - sqlite3.Connection
        return self.store().db


# ------------------------------------------------------------------------------ helpers
def _user(request: Request) -> dict[str, Any] | None:
    return request.state.user


def _need(request: Request, role: str, api: bool = False) -> dict[str, Any]:
    u = request.state.user
    if u is None:
        if api:
            raise HTTPException(401, "authentication required (session or Authorization: Bearer token)")
        raise _LoginRedirect(request.url.path + (("?" + request.url.query) if request.url.query else ""))
    if not auth.role_at_least(u["role"], role):
        raise HTTPException(403, f"needs the {role} role")
    return u


class _LoginRedirect(Exception):
    def __init__(self, next_url: str) -> None:
        self.next_url = next_url


def _page(request: Request) -> int:
    try:
        return max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        return 1


def _safe_next(url: str | None) -> str:
    return url if url and url.startswith("/") and not url.startswith("//") and "\\" not in url else "/"


def _args(request: Request, *names: str) -> dict[str, str]:
    return {n: request.query_params.get(n, "").strip()[:200] for n in names}


def _event_filters(a: dict[str, str]) -> Q.EventFilters:
    return Q.EventFilters(event_type=a.get("type", ""), sub_event_type=a.get("sub", ""), actor=a.get("actor", ""),
                          place=a.get("place", ""), date_from=a.get("from", ""), date_to=a.get("to", ""),
                          status=a.get("status", ""), story_id=a.get("story", ""),
                          min_confidence=_confidence_arg(a.get("conf", "")))


def _confidence_arg(v: str) -> float:
    """The UI's minimum confidence (0-1; anything else: no filter)."""
    try:
        return min(1.0, max(0.0, float(v)))
    except ValueError:
        return 0.0


def create_app(db_path: str) -> FastAPI:
    ctx = Ctx(db_path)
    app = FastAPI(title="rasd API", version="0.1.0", docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="Events, claims and evidence extracted from Arabic conflict news. "
                              "Auth: a browser session, or `Authorization: Bearer <token>` from `rasd user token`.")
    app.state.ctx = ctx
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")

    @app.middleware("http")
    async def session_and_headers(request: Request, call_next):  # noqa: ANN202
        db = ctx.db
        raw = request.cookies.get(auth.SESSION_COOKIE)
        session = ctx.signer.loads(raw)
        fresh = session is None
        if fresh:
            session = ctx.signer.new_session(None)
        request.state.session = session
        request.state.set_session = None
        user = None
        authz = request.headers.get("authorization", "")
        request.state.bearer = authz.lower().startswith("bearer ")
        if request.state.bearer:
            user = auth.user_for_token(db, authz[7:].strip())
        elif session.get("u"):
            role = auth.user_role(db, session["u"])
            user = {"name": session["u"], "role": role} if role else None
        request.state.open_mode = not auth.has_users(db)
        if user is None and request.state.open_mode:
            user = {"name": None, "role": "viewer"}     # no accounts yet: read-only local use
        request.state.user = user
        response = await call_next(request)
        new = request.state.set_session
        if new is not None or fresh:
            response.set_cookie(auth.SESSION_COOKIE, ctx.signer.dumps(new or session), max_age=auth.SESSION_MAX_AGE,
                                httponly=True, samesite="strict", path="/")
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(_LoginRedirect)
    async def login_redirect(request: Request, exc: _LoginRedirect) -> Response:
        return RedirectResponse("/login?" + urlencode({"next": exc.next_url}), 303)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, exc.status_code)
        return html(request, "error.html", {"status": exc.status_code, "detail": exc.detail}, status=exc.status_code)

    def html(request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
        lang = request.state.session.get("l", "en")
        labels = i18n()

        def t(key: str) -> str:
            e = labels.get(key)
            return (e.get(lang) or e.get("en") or key) if e else key

        page = ctx.env.get_template(template).render(
            t=t, lang=lang, user=request.state.user, open_mode=request.state.open_mode,
            csrf=ctx.signer.csrf(request.state.set_session or request.state.session),
            run=Q.running_run(ctx.db), path=request.url.path,
            here=request.url.path + (("?" + request.url.query) if request.url.query else ""),
            can_review=auth.role_at_least((request.state.user or {}).get("role"), "reviewer"), **data)
        return HTMLResponse(page, status_code=status)

    async def checked_form(request: Request) -> dict[str, str]:
        form = await request.form()
        if not ctx.signer.check_csrf(request.state.session, str(form.get("csrf", ""))):
            raise HTTPException(403, "CSRF token missing or wrong: reload the page and try again")
        return {k: str(v) for k, v in form.items() if k != "csrf"}

    async def api_body(request: Request) -> dict[str, Any]:
        """JSON body of an API change. With a session cookie (not a bearer token) the
        X-CSRF-Token header must carry the page's token."""
        if not request.state.bearer and not ctx.signer.check_csrf(request.state.session,
                                                                  request.headers.get("x-csrf-token")):
            raise HTTPException(403, "CSRF token missing: use a bearer token or send X-CSRF-Token")
        try:
            body = await request.json()
        except ValueError:
            raise HTTPException(400, "JSON body expected") from None
        if not isinstance(body, dict):
            raise HTTPException(400, "JSON object expected")
        return body

    # -------------------------------------------------------------------------- auth pages
    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request, next: str = "/") -> HTMLResponse:
        return html(request, "login.html", {"next": _safe_next(next), "error": None})

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await checked_form(request)
        u = auth.verify_user(ctx.db, form.get("name", ""), form.get("password", ""))
        if u is None:
            return html(request, "login.html", {"next": _safe_next(form.get("next")), "error": "login_failed"}, 401)
        request.state.set_session = ctx.signer.new_session(u["name"], request.state.session.get("l", "en"))
        return RedirectResponse(_safe_next(form.get("next")), 303)

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        await checked_form(request)
        request.state.set_session = ctx.signer.new_session(None, request.state.session.get("l", "en"))
        return RedirectResponse("/login", 303)

    @app.post("/lang", include_in_schema=False)
    async def set_lang(request: Request) -> Response:
        form = await checked_form(request)
        s = dict(request.state.session)
        s["l"] = "ar" if form.get("lang") == "ar" else "en"
        request.state.set_session = s
        return RedirectResponse(_safe_next(form.get("next")), 303)

    # -------------------------------------------------------------------------- pages
    @app.get("/", include_in_schema=False)
    def home(request: Request) -> Response:
        return RedirectResponse("/search", 303)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        a = _args(request, "q", "from", "to", "type", "actor", "place", "publisher", "contradiction", "dups")
        f = Q.DocFilters(q=a["q"], date_from=a["from"], date_to=a["to"], event_type=a["type"], actor=a["actor"],
                         place=a["place"], publisher=a["publisher"], has_contradiction=a["contradiction"] == "1",
                         include_duplicates=a["dups"] == "1")
        page = _page(request)
        total, hits = Q.search_documents(ctx.db, f, PAGE, (page - 1) * PAGE)
        names = Q.entity_names(ctx.db, {a["actor"], a["place"]})
        return html(request, "search.html", {
            "a": a, "total": total, "hits": hits, "page": page, "pages": -(-total // PAGE),
            "publishers": Q.publishers(ctx.db), "types": list(review.taxonomy()), "names": names,
            "counts": Q.counts(ctx.db)})

    @app.get("/doc/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def doc_page(request: Request, doc_id: str) -> HTMLResponse:
        _need(request, "viewer")
        data = document_view(ctx, doc_id)
        if data is None:
            raise HTTPException(404, "no such document")
        return html(request, "document.html", data)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        a = _args(request, "type", "sub", "actor", "place", "from", "to", "status", "story", "conf")
        f = _event_filters(a)
        page = _page(request)
        total = Q.count_events(ctx.db, f)
        rows = Q.list_events(ctx.db, f, PAGE, (page - 1) * PAGE)
        return html(request, "events.html", {"a": a, "total": total, "events": rows, "page": page,
                                             "pages": -(-total // PAGE), "names": _event_names(ctx, rows, a)})

    @app.get("/event/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str, error: str = "") -> HTMLResponse:
        _need(request, "viewer")
        ev = Q.get_event(ctx.db, event_id)
        if ev is None:
            raise HTTPException(404, "no such event")
        return html(request, "event.html", _event_view(ctx, ev, error))

    @app.post("/event/{event_id}/review", include_in_schema=False)
    async def event_review(request: Request, event_id: str) -> Response:
        u = _need(request, "reviewer")
        form = await checked_form(request)
        ev = Q.get_event(ctx.db, event_id)
        if ev is None:
            raise HTTPException(404, "no such event")
        action = form.pop("action", "")
        back = _safe_next(form.pop("next", "") or f"/event/{event_id}")
        try:
            changes = review.parse_event_form(ctx.db, ev, form) if action == "edit" else None
            if action == "edit" and not changes:
                return RedirectResponse(back, 303)
            review.add_edit(ctx.db, "event", event_id, action, changes, u["name"])
        except review.ReviewError as e:
            return html(request, "event.html", _event_view(ctx, ev, str(e), form), 400)
        return RedirectResponse(back, 303)

    @app.post("/{kind}/{target_id}/mark", include_in_schema=False)
    async def mark(request: Request, kind: str, target_id: str) -> Response:
        u = _need(request, "reviewer")
        form = await checked_form(request)
        if kind not in review.MARK_KINDS:
            raise HTTPException(404, "nothing to mark")
        try:
            review.add_edit(ctx.db, kind, target_id, "mark",
                            {"verdict": form.get("verdict"), "note": form.get("note", "")[:500]}, u["name"])
        except review.ReviewError as e:
            raise HTTPException(400, str(e)) from None
        return RedirectResponse(_safe_next(form.get("next")), 303)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        a = _args(request, "type", "actor", "place", "from", "to", "bucket", "conf")
        rows, undated = Q.timeline_counts(ctx.db, _event_filters(a))
        size = a["bucket"] if a["bucket"] in ("day", "week", "month") else render.choose_bucket([r[0] for r in rows])
        buckets, series = render.timeline_series(rows, size)
        if len(buckets) > 400 and size == "day":
            size = "week"
            buckets, series = render.timeline_series(rows, size)
        types = sorted({t for _, t, _ in rows})
        return html(request, "timeline.html", {
            "a": a, "svg": render.timeline_svg(buckets, series), "size": size, "undated": undated,
            "dated": sum(n for _, _, n in rows), "types": types, "names": Q.entity_names(ctx.db, {a["actor"], a["place"]})})

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        a = _args(request, "type", "actor", "from", "to", "status", "bbox", "conf")
        bbox = Q.BBox.parse(a["bbox"])
        clusters = Q.cluster_points(Q.place_counts(ctx.db, _event_filters(a)), bbox)
        extra = "&" + urlencode({k: v for k, v in a.items() if v and k != "bbox"}) if any(
            v for k, v in a.items() if k != "bbox") else ""
        lang = request.state.session.get("l", "en")
        return html(request, "map.html", {
            "a": a, "svg": render.map_svg(clusters, bbox, extra_query=extra, lang=lang), "clusters": clusters[:50],
            "n_events": sum(c["count"] for c in clusters), "zoomed": a["bbox"] != "",
            "names": Q.entity_names(ctx.db, {a["actor"]})})

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    def entities_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        a = _args(request, "q", "type")
        page = _page(request)
        total, rows = Q.list_entities(ctx.db, a["q"], a["type"], False, PAGE * 2, (page - 1) * PAGE * 2)
        return html(request, "entities.html", {"a": a, "total": total, "rows": rows, "page": page,
                                               "pages": -(-total // (PAGE * 2)), "places": False})

    @app.get("/places", response_class=HTMLResponse, include_in_schema=False)
    def places_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        a = _args(request, "q", "type")
        page = _page(request)
        total, rows = Q.list_entities(ctx.db, a["q"], "", True, PAGE * 2, (page - 1) * PAGE * 2)
        return html(request, "entities.html", {"a": a, "total": total, "rows": rows, "page": page,
                                               "pages": -(-total // (PAGE * 2)), "places": True})

    @app.get("/entity/{eid:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, eid: str) -> HTMLResponse:
        _need(request, "viewer")
        data = entity_view(ctx, eid)
        if data is None:
            raise HTTPException(404, "no such entity")
        return html(request, "entity.html", data)

    @app.get("/place/{eid:path}", response_class=HTMLResponse, include_in_schema=False)
    def place_page(request: Request, eid: str) -> HTMLResponse:
        _need(request, "viewer")
        data = entity_view(ctx, eid, place=True)
        if data is None:
            raise HTTPException(404, "no such place")
        e = data["entity"]
        if e["lat"] is not None:
            pt = [{"id": eid, "name": e["name_ar"], "name_en": e["name_en"], "lat": e["lat"], "lon": e["lon"],
                   "count": max(1, data["n_events"]), "by_type": {}, "precision": 1, "level": e["level"]}]
            pt[0]["by_type"] = {"": pt[0]["count"]}
            data["svg"] = render.map_svg(Q.cluster_points(pt, Q.BBox()), Q.BBox(), width=420,
                                         lang=request.state.session.get("l", "en"))
        return html(request, "entity.html", data)

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        a = _args(request, "speaker", "stance", "kind")
        page = _page(request)
        total, rows = Q.list_claims(ctx.db, a["speaker"], a["stance"], a["kind"], "", PAGE, (page - 1) * PAGE)
        return html(request, "claims.html", {"a": a, "total": total, "claims": rows, "page": page,
                                             "pages": -(-total // PAGE),
                                             "verdicts": Q.verdicts(ctx.db, "claim", [c["id"] for c in rows]),
                                             "names": Q.entity_names(ctx.db, {a["speaker"]})})

    @app.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
    def contradictions_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        page = _page(request)
        total, rows = Q.list_contradictions(ctx.db, PAGE, (page - 1) * PAGE)
        claim_ids = [r["claim_a"] for r in rows] + [r["claim_b"] for r in rows]
        return html(request, "contradictions.html", {
            "total": total, "rows": rows, "page": page, "pages": -(-total // PAGE), "a": {},
            "verdicts": Q.verdicts(ctx.db, "contradiction", [r["id"] for r in rows]),
            "claim_verdicts": Q.verdicts(ctx.db, "claim", claim_ids)})

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        page = _page(request)
        total, rows = Q.list_stories(ctx.db, PAGE, (page - 1) * PAGE)
        return html(request, "stories.html", {"total": total, "rows": rows, "page": page,
                                              "pages": -(-total // PAGE), "a": {}})

    @app.get("/story/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str) -> HTMLResponse:
        _need(request, "viewer")
        s = Q.story(ctx.db, story_id)
        if s is None:
            raise HTTPException(404, "no such story")
        ev_ids = [i for m in s["merged"] for i in m["event_ids"]]
        evs = {e["id"]: e for e in Q.list_events(ctx.db, Q.EventFilters(ids=ev_ids, status="any"), len(ev_ids) or 1)}
        names = _event_names(ctx, list(evs.values()), {})
        names.update(Q.entity_names(ctx.db, {m["location"] for m in s["merged"] if m["location"]}))
        return html(request, "story.html", {"s": s, "events": evs, "names": names})

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        a = _args(request, "user", "kind", "target")
        page = _page(request)
        total, rows = Q.list_edits(ctx.db, a["user"], a["kind"], a["target"], PAGE * 2, (page - 1) * PAGE * 2)
        return html(request, "audit.html", {"a": a, "total": total, "rows": rows, "page": page,
                                            "pages": -(-total // (PAGE * 2))})

    @app.get("/exports", response_class=HTMLResponse, include_in_schema=False)
    def exports_page(request: Request) -> HTMLResponse:
        _need(request, "viewer")
        return html(request, "exports.html", {"formats": list(EXPORT_FORMATS), "counts": Q.counts(ctx.db)})

    @app.get("/exports/{fmt}", include_in_schema=False)
    def export_download(request: Request, fmt: str) -> Response:
        _need(request, "viewer")
        return _export_response(ctx, fmt)

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        return html(request, "api_docs.html", {"spec": app.openapi()})

    register_api(app, ctx, api_body)
    return app


# ---------------------------------------------------------------------------------- views
def _event_names(ctx: Ctx, events: list[dict[str, Any]], a: dict[str, str]) -> dict[str, dict[str, Any]]:
    ids: set[str] = {a.get("actor", ""), a.get("place", "")}
    for e in events:
        for k in review.ACTOR_FIELDS:
            ids.update(e[k])
        if e["location"]:
            ids.add(e["location"])
    return Q.entity_names(ctx.db, ids)


def _event_view(ctx: Ctx, ev: dict[str, Any], error: str = "", form: dict[str, str] | None = None) -> dict[str, Any]:
    names = _event_names(ctx, [ev], {})
    names.update(Q.entity_names(ctx.db, {v for k, v in ev["machine"].items() if k == "location" and v}))
    _, history = Q.list_edits(ctx.db, kind="event", target=ev["id"], limit=100)
    doc_actors = ctx.db.execute(
        "SELECT DISTINCT m.entity_id AS id, e.name_ar, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.doc_id = ? ORDER BY e.type, e.name_ar LIMIT 300", (ev["doc_id"],)).fetchall()
    return {"ev": ev, "names": names, "history": history, "error": error, "form": form or {},
            "doc_entities": [dict(r) for r in doc_actors]}


def _claim_marks(claims: list[Any], names: dict[str, str], text: str) -> list[render.Mark]:
    out = []
    for c in claims:
        lbl = f"claim: {c.speaker_text} — {c.stance}" + (f" ({c.medium})" if c.medium else "")
        out.append(render.Mark(c.content.start, c.content.end, "claim", lbl, anchor=f"cl-{c.id}"))
        if c.cue_span:
            out.append(render.Mark(c.cue_span.start, c.cue_span.end, "claim", f"cue: {c.cue or ''}"))
    return out


@lru_cache(maxsize=256)
def _dates_numbers(doc_id: str, published: str, text: str) -> tuple[list[Any], list[Any]]:
    """Date and number expressions of a document (the same parsers the pipeline uses),
    resolved against its publication date; cached per document."""
    import datetime as dt

    from rasd.text.dates import find_dates
    from rasd.text.numbers import find_numbers

    ref = None
    if len(published) == 10:
        try:
            ref = dt.date.fromisoformat(published)
        except ValueError:
            ref = None
    return find_dates(text, ref), find_numbers(text)


def document_view(ctx: Ctx, ref: str) -> dict[str, Any] | None:
    store = ctx.store()
    d = store.get_document(ref)
    if d is None:
        return None
    db = ctx.db
    mentions = store.mentions(d.id)
    events = Q.list_events(db, Q.EventFilters(doc_id=d.id, status="any"), 500, with_text=True)
    claims = store.claims(d.id)
    ids = {m.entity_id for m in mentions if m.entity_id} | {c.speaker_id for c in claims if c.speaker_id}
    for e in events:
        for k in review.ACTOR_FIELDS:
            ids.update(e[k])
        if e["location"]:
            ids.add(e["location"])
    names = Q.entity_names(db, ids)
    marks: list[render.Mark] = []
    for m in mentions:
        layer = "place" if m.type == "PLACE" else "entity"
        n = names.get(m.entity_id or "")
        lbl = f"{m.type}: {n['name_ar'] if n else m.surface}" + (f" ({n['name_en']})" if n and n["name_en"] else "")
        if m.role:
            lbl += f" — {m.role}"
        marks.append(render.Mark(m.start, m.end, layer, lbl))
    for e in events:
        st = " [" + e["status"] + "]" if e["status"] != "machine" else ""
        marks.append(render.Mark(e["ev_start"], e["ev_end"], "event",
                                 f"event: {e['event_type']} / {e['sub_event_type']}{st}", anchor=f"ev-{e['id']}"))
        for k, span in e["field_evidence"].items():
            if not (isinstance(span, list) and len(span) == 2):
                continue
            if k == "date":
                marks.append(render.Mark(span[0], span[1], "date", f"event date: {e['date_start']}"))
            elif k == "fatalities" or k.startswith("quantities."):
                marks.append(render.Mark(span[0], span[1], "number", f"{k}"))
    dates, numbers = _dates_numbers(d.id, d.published.date, d.text)
    for x in dates:
        val = x.date_start if x.date_start == x.date_end else f"{x.date_start}..{x.date_end}"
        marks.append(render.Mark(x.start, x.end, "date", f"date: {val if x.date_start else 'unknown'} ({x.precision})"))
    for x in numbers:
        bound = "≥" if x.lower_bound else "≤" if x.upper_bound else "≈" if (x.approx or x.vague) else ""
        marks.append(render.Mark(x.start, x.end, "number", f"number: {bound}{x.value:g}"))
    marks += _claim_marks(claims, {}, d.text)
    claim_rows = Q.claims_by_id(db, [c.id for c in claims])
    _, contradictions = Q.list_contradictions(db, claim_ids=[c.id for c in claims])
    layer_counts = {layer: sum(1 for m in marks if m.layer == layer) for layer in render.LAYERS}
    places = {}
    for m in mentions:
        if m.type == "PLACE" and m.entity_id and m.entity_id not in places:
            places[m.entity_id] = names.get(m.entity_id) or {"name_ar": m.surface, "name_en": None, "lat": None,
                                                              "lon": None, "level": None}
            places[m.entity_id]["precision"] = m.geo_precision
            places[m.entity_id]["candidates"] = m.candidates
    actors: dict[str, dict[str, Any]] = {}
    for m in mentions:
        if m.type != "PLACE":
            key = m.entity_id or f"?{m.norm}"
            a = actors.setdefault(key, {"id": m.entity_id, "type": m.type, "name": label_or(names, m.entity_id, m.surface),
                                        "name_en": (names.get(m.entity_id or "") or {}).get("name_en"), "n": 0,
                                        "role": m.role})
            a["n"] += 1
    return {"d": d, "body": render.highlight(d.text, marks), "events": events, "claims": [claim_rows.get(c.id) for c in claims if c.id in claim_rows],
            "contradictions": contradictions, "names": names, "layer_counts": layer_counts,
            "places": places, "actors": sorted(actors.values(), key=lambda a: -a["n"]),
            "story": Q.doc_story(db, d.id),
            "claim_verdicts": Q.verdicts(db, "claim", [c.id for c in claims])}


def label_or(names: dict[str, dict[str, Any]], eid: str | None, fallback: str) -> str:
    n = names.get(eid or "")
    return (n["name_ar"] or n["name_en"]) if n else fallback


def entity_view(ctx: Ctx, eid: str, place: bool = False) -> dict[str, Any] | None:
    e = ctx.store().entity(eid)
    if e is None:
        return None
    db = ctx.db
    f = Q.EventFilters(place=eid) if place or e.type == "PLACE" else Q.EventFilters(actor=eid)
    n_events = Q.count_events(db, f)
    events = Q.list_events(db, f, 30, with_text=False)
    _, claims = Q.list_claims(db, speaker=eid, limit=30)
    n_docs, docs = Q.entity_docs(db, eid)
    linked = {x for ids in e.links.values() for x in ids}
    names = _event_names(ctx, events, {})
    names.update(Q.entity_names(db, linked))
    inbound = db.execute("SELECT id, name_ar, links FROM entities WHERE links LIKE ? LIMIT 50",
                         ('%"' + eid.replace("%", "").replace("_", "\\_") + '"%',)).fetchall() if not place else []
    return {"entity": {"id": e.id, "type": e.type, "name_ar": e.name_ar, "name_en": e.name_en, "aliases": e.aliases,
                       "links": e.links, "description": e.description, "source": e.source, "lat": e.lat, "lon": e.lon,
                       "country": e.country, "admin1": e.admin1, "admin2": e.admin2, "admin3": e.admin3, "level": e.level},
            "is_place": place or e.type == "PLACE", "n_events": n_events, "events": events, "claims": claims,
            "n_docs": n_docs, "docs": docs, "co": Q.co_occurring(db, eid), "seen": Q.entity_aliases_seen(db, eid),
            "names": names, "inbound": [dict(r) for r in inbound], "svg": None}


def _export_response(ctx: Ctx, fmt: str) -> Response:
    if fmt not in EXPORT_FORMATS:
        raise HTTPException(404, f"format must be one of {', '.join(EXPORT_FORMATS)}")
    from rasd.export.exports import export

    media, ext = EXPORT_FORMATS[fmt]
    fd, tmp = tempfile.mkstemp(prefix="rasd-export-", suffix="." + ext)
    os.close(fd)
    export(ctx.db_path, fmt, tmp)
    return FileResponse(tmp, media_type=media, filename=f"rasd-events.{ext}",
                        background=BackgroundTask(os.unlink, tmp))


# ---------------------------------------------------------------------------------- API
def register_api(app: FastAPI, ctx: Ctx, api_body: Any) -> None:  # noqa: C901 - one place for the routes
    def viewer(request: Request) -> dict[str, Any]:
        return _need(request, "viewer", api=True)

    def paging(limit: int, offset: int) -> tuple[int, int]:
        return max(1, min(limit, 500)), max(0, offset)

    @app.get("/api/search", tags=["documents"], summary="Full-text search with filters")
    @app.get("/api/documents", tags=["documents"], summary="List / search documents")
    def api_documents(request: Request, q: str = "", date_from: str = Query("", alias="from"),
                      date_to: str = Query("", alias="to"), event_type: str = Query("", alias="type"),
                      actor: str = "", place: str = "", publisher: str = "", has_contradiction: bool = False,
                      include_duplicates: bool = False, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        viewer(request)
        limit, offset = paging(limit, offset)
        f = Q.DocFilters(q, date_from, date_to, event_type, actor, place, publisher, has_contradiction, include_duplicates)
        total, hits = Q.search_documents(ctx.db, f, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": hits}

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="A document with every layer and its evidence")
    def api_document(request: Request, doc_id: str) -> dict[str, Any]:
        viewer(request)
        from rasd.export.exports import document_record

        store = ctx.store()
        d = store.get_document(doc_id)
        if d is None:
            raise HTTPException(404, "no such document")
        return document_record(store, d)

    @app.get("/api/events", tags=["events"], summary="Effective events (review edits applied)")
    def api_events(request: Request, event_type: str = Query("", alias="type"), sub_event_type: str = "",
                   actor: str = "", place: str = "", date_from: str = Query("", alias="from"),
                   date_to: str = Query("", alias="to"), status: str = "", doc_id: str = "", story_id: str = "",
                   min_confidence: float = Query(0.0, ge=0.0, le=1.0,
                                                 description="only events whose learned confidence is at least this"),
                   limit: int = 50, offset: int = 0) -> dict[str, Any]:
        viewer(request)
        limit, offset = paging(limit, offset)
        f = Q.EventFilters(event_type, sub_event_type, actor, place, date_from, date_to, status, doc_id, story_id,
                           min_confidence=min_confidence)
        return {"total": Q.count_events(ctx.db, f), "limit": limit, "offset": offset,
                "items": Q.list_events(ctx.db, f, limit, offset)}

    @app.get("/api/events/{event_id}", tags=["events"], summary="One effective event with its review history")
    def api_event(request: Request, event_id: str) -> dict[str, Any]:
        viewer(request)
        ev = Q.get_event(ctx.db, event_id)
        if ev is None:
            raise HTTPException(404, "no such event")
        _, ev["history"] = Q.list_edits(ctx.db, kind="event", target=event_id, limit=200)
        return ev

    @app.post("/api/events/{event_id}/review", tags=["review"],
              summary="Accept / edit / reject / restore / reset an event (reviewer)",
              description='Body: {"action": "edit", "changes": {"event_type": ..., "sub_event_type": ..., '
                          '"actor1": "id, id", "location": "id", "date_start": "YYYY-MM-DD", "fatalities": "3"}}')
    async def api_event_review(request: Request, event_id: str) -> dict[str, Any]:
        u = _need(request, "reviewer", api=True)
        body = await api_body(request)
        ev = Q.get_event(ctx.db, event_id)
        if ev is None:
            raise HTTPException(404, "no such event")
        action = str(body.get("action", ""))
        try:
            changes = None
            if action == "edit":
                form = {k: (", ".join(v) if isinstance(v, list) else ("" if v is None else str(v)))
                        for k, v in (body.get("changes") or {}).items()}
                if "quantities" in (body.get("changes") or {}) and isinstance(body["changes"]["quantities"], dict):
                    form["quantities"] = "\n".join(f"{k}={v}" for k, v in body["changes"]["quantities"].items())
                if "sub_event_type" in form and "event_type" not in form:
                    form["event_type"] = ev["event_type"]
                if "event_type" in form and "sub_event_type" not in form:
                    raise review.ReviewError("give sub_event_type with event_type")
                changes = review.parse_event_form(ctx.db, ev, form)
            edit_id = review.add_edit(ctx.db, "event", event_id, action, changes, u["name"])
        except review.ReviewError as e:
            raise HTTPException(400, str(e)) from None
        return {"edit_id": edit_id, "event": Q.get_event(ctx.db, event_id)}

    @app.get("/api/claims", tags=["claims"], summary="Attributed claims")
    def api_claims(request: Request, speaker: str = "", stance: str = "", kind: str = "", doc_id: str = "",
                   limit: int = 50, offset: int = 0) -> dict[str, Any]:
        viewer(request)
        limit, offset = paging(limit, offset)
        total, rows = Q.list_claims(ctx.db, speaker, stance, kind, doc_id, limit, offset)
        v = Q.verdicts(ctx.db, "claim", [c["id"] for c in rows])
        for c in rows:
            c["review"] = v.get(c["id"])
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/claims/{claim_id}", tags=["claims"])
    def api_claim(request: Request, claim_id: str) -> dict[str, Any]:
        viewer(request)
        c = Q.claims_by_id(ctx.db, [claim_id]).get(claim_id)
        if c is None:
            raise HTTPException(404, "no such claim")
        c["review"] = Q.verdicts(ctx.db, "claim", [claim_id]).get(claim_id)
        return c

    async def _api_mark(request: Request, kind: str, target: str) -> dict[str, Any]:
        u = _need(request, "reviewer", api=True)
        body = await api_body(request)
        try:
            eid = review.add_edit(ctx.db, kind, target, "mark",
                                  {"verdict": body.get("verdict"), "note": str(body.get("note", ""))[:500]}, u["name"])
        except review.ReviewError as e:
            raise HTTPException(400, str(e)) from None
        return {"edit_id": eid}

    @app.post("/api/claims/{claim_id}/mark", tags=["review"], summary='Mark a claim right or wrong: {"verdict": "right"}')
    async def api_claim_mark(request: Request, claim_id: str) -> dict[str, Any]:
        return await _api_mark(request, "claim", claim_id)

    @app.get("/api/contradictions", tags=["claims"], summary="Contradicting claim pairs, both sides")
    def api_contradictions(request: Request, limit: int = 30, offset: int = 0) -> dict[str, Any]:
        viewer(request)
        limit, offset = paging(limit, offset)
        total, rows = Q.list_contradictions(ctx.db, limit, offset)
        v = Q.verdicts(ctx.db, "contradiction", [r["id"] for r in rows])
        for r in rows:
            r["review"] = v.get(r["id"])
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.post("/api/contradictions/{cid}/mark", tags=["review"], summary="Mark a contradiction right or wrong")
    async def api_contradiction_mark(request: Request, cid: str) -> dict[str, Any]:
        return await _api_mark(request, "contradiction", cid)

    @app.get("/api/entities", tags=["entities"], summary="Actors (non-place entities)")
    def api_entities(request: Request, q: str = "", type: str = "", limit: int = 50, offset: int = 0) -> dict[str, Any]:  # noqa: A002
        viewer(request)
        limit, offset = paging(limit, offset)
        total, rows = Q.list_entities(ctx.db, q, type, False, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/places", tags=["entities"], summary="Places")
    def api_places(request: Request, q: str = "", limit: int = 50, offset: int = 0) -> dict[str, Any]:
        viewer(request)
        limit, offset = paging(limit, offset)
        total, rows = Q.list_entities(ctx.db, q, "", True, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    def _entity_json(eid: str, place: bool) -> dict[str, Any]:
        v = entity_view(ctx, eid, place)
        if v is None:
            raise HTTPException(404, "no such entity")
        return {k: v[k] for k in ("entity", "n_events", "events", "claims", "n_docs", "docs", "co", "seen")}

    @app.get("/api/entities/{eid:path}", tags=["entities"], summary="An actor: events, claims, co-occurring actors")
    def api_entity(request: Request, eid: str) -> dict[str, Any]:
        viewer(request)
        return _entity_json(eid, False)

    @app.get("/api/places/{eid:path}", tags=["entities"], summary="A place: its events and documents")
    def api_place(request: Request, eid: str) -> dict[str, Any]:
        viewer(request)
        return _entity_json(eid, True)

    @app.get("/api/stories", tags=["stories"])
    def api_stories(request: Request, limit: int = 30, offset: int = 0) -> dict[str, Any]:
        viewer(request)
        limit, offset = paging(limit, offset)
        total, rows = Q.list_stories(ctx.db, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="A story: documents and merged events with sources")
    def api_story(request: Request, story_id: str) -> dict[str, Any]:
        viewer(request)
        s = Q.story(ctx.db, story_id)
        if s is None:
            raise HTTPException(404, "no such story")
        return s

    @app.get("/api/map", tags=["events"], summary="Map data: events per place, clustered server-side")
    def api_map(request: Request, event_type: str = Query("", alias="type"), actor: str = "",
                date_from: str = Query("", alias="from"), date_to: str = Query("", alias="to"),
                bbox: str = Query("", description="west,south,east,north"), width: int = 800) -> dict[str, Any]:
        viewer(request)
        b = Q.BBox.parse(bbox)
        f = Q.EventFilters(event_type=event_type, actor=actor, date_from=date_from, date_to=date_to)
        clusters = Q.cluster_points(Q.place_counts(ctx.db, f), b, max(200, min(width, 4000)))
        return {"bbox": [b.west, b.south, b.east, b.north], "clusters": clusters}

    @app.get("/api/timeline", tags=["events"], summary="Events per day by type (day-precise dates)")
    def api_timeline(request: Request, event_type: str = Query("", alias="type"), actor: str = "", place: str = "",
                     date_from: str = Query("", alias="from"), date_to: str = Query("", alias="to"),
                     bucket: str = "day") -> dict[str, Any]:
        viewer(request)
        f = Q.EventFilters(event_type=event_type, actor=actor, place=place, date_from=date_from, date_to=date_to)
        rows, undated = Q.timeline_counts(ctx.db, f)
        buckets, series = render.timeline_series(rows, bucket if bucket in ("day", "week", "month") else "day")
        return {"bucket": bucket, "buckets": [{"key": b, "by_type": series[b]} for b in buckets], "undated": undated}

    @app.get("/api/edits", tags=["review"], summary="Audit trail of review edits")
    def api_edits(request: Request, user: str = "", kind: str = "", target: str = "", limit: int = 50,
                  offset: int = 0) -> dict[str, Any]:
        viewer(request)
        limit, offset = paging(limit, offset)
        total, rows = Q.list_edits(ctx.db, user, kind, target, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/runs", tags=["status"], summary="Pipeline runs; status 'running' while one is in progress")
    def api_runs(request: Request) -> dict[str, Any]:
        viewer(request)
        rows = ctx.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 20").fetchall()
        return {"running": Q.running_run(ctx.db), "items": [dict(r) for r in rows]}

    @app.get("/api/stats", tags=["status"])
    def api_stats(request: Request) -> dict[str, Any]:
        viewer(request)
        return Q.counts(ctx.db)

    @app.get("/api/export/{fmt}", tags=["exports"], summary="Download an export: acled-csv | jsonl | geojson | parquet")
    def api_export(request: Request, fmt: str) -> Response:
        viewer(request)
        return _export_response(ctx, fmt)
