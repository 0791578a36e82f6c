"""The workbench through FastAPI's TestClient: pages render right-to-left, untrusted article
text is escaped, CSRF and roles are enforced, API tokens work, and review edits survive a
re-analysis and reach the exports."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import web_fixture_module
from fastapi.testclient import TestClient

from rasd.store.sqlite import Store
from rasd.web import auth
from rasd.web.app import create_app

FIX = Path(__file__).resolve().parent / "fixtures" / "web"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    """Built once (documents, layers, three accounts); each test works on its own copy."""
    fx = web_fixture_module()
    db = tmp_path_factory.mktemp("web") / "template.db"
    ids = fx.build(db)
    s = Store(db)
    for name, role in (("admin", "admin"), ("rev", "reviewer"), ("view", "viewer")):
        auth.add_user(s.db, name, PASSWORD, role)
    s.close()
    return db, ids, fx


@pytest.fixture()
def world(template_db, tmp_path):
    src, ids, fx = template_db
    db = tmp_path / "web.db"
    shutil.copy(src, db)
    return {"db": str(db), "ids": ids, "fx": fx, "app": create_app(str(db))}


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "page has no CSRF field"
    return m.group(1)


def login(app, name: str) -> TestClient:
    c = TestClient(app)
    page = c.get("/login")
    r = c.post("/login", data={"name": name, "password": PASSWORD, "csrf": csrf_of(page.text), "next": "/search"},
               follow_redirects=False)
    assert r.status_code == 303, r.text
    return c


def test_pages_render_rtl_with_csp(world):
    c = login(world["app"], "view")
    ids = world["ids"]
    pages = ["/search", "/search?q=دوما", f"/doc/{ids['douma']}", "/events", f"/event/{ids['agree']}", "/timeline",
             "/map", "/entities", "/places", "/entity/jaysh-al-islam", "/place/rasd:douma", "/claims",
             "/contradictions", "/stories", f"/story/{ids['story']}", "/audit", "/exports", "/api/docs"]
    for url in pages:
        r = c.get(url)
        assert r.status_code == 200, url
        assert re.search(r'<html lang="(en|ar)" dir="rtl">', r.text), url
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
        # no inline script or style anywhere: only the static script file
        assert re.findall(r"<script[^>]*>", r.text) == ['<script src="/static/app.js" defer>'], url
        assert " style=" not in r.text and "<style" not in r.text, url
    assert "جيش الإسلام يبيّن موقفه" in c.get(f"/doc/{ids['douma']}").text
    css = c.get("/static/style.css").text
    assert '"Noto Naskh Arabic"' in css and "http" not in css


def test_search_filters_and_counts(world):
    c = login(world["app"], "view")
    ids = world["ids"]

    def found(qs: str) -> set[str]:
        r = c.get("/api/documents?" + qs + "&limit=50").json()
        assert r["total"] == len(r["items"])
        return {h["id"] for h in r["items"]}

    assert found("q=دوما") >= {ids["douma"], ids["second"]}
    assert ids["xss"] not in found("q=دوما")
    assert found("q=لدوما") >= {ids["douma"]}          # clitic-stripped like the index
    assert found("type=Protests") == {ids["douma"]}
    assert found("has_contradiction=true") == {ids["douma"]}
    assert found("publisher=عنب بلدي") == {ids["second"]}
    assert found("from=2018-05-01") == {ids["xss"]}
    assert found("actor=faylaq-al-rahman") == {ids["interview"]}
    page = c.get("/search?q=جيش+الإسلام").text
    assert '<strong>3</strong>' in page and "<mark>" in page


def test_document_page_highlights_every_layer(world):
    c = login(world["app"], "view")
    ids = world["ids"]
    html = c.get(f"/doc/{ids['douma']}").text
    for layer in ("entity", "place", "date", "number", "event", "claim"):
        assert f"l-{layer}" in html, layer
    assert f'id="ev-{ids["agree"]}"' in html and f'id="cl-{ids["deny"]}"' in html
    # the evidence of the agreement event is inside event-highlighted spans
    ev_text = "".join(re.findall(r'<span class="hl [^"]*l-event[^"]*"[^>]*>([^<]*)</span>', html))
    assert "القناة المركزية لقاعدة" in ev_text
    assert '<details class="boilerplate"' in html and "weekday-cue" in html and "اليوم (السبت)" in html
    # both sides of the contradiction, with speakers
    assert "القناة المركزية لقاعدة حميميم" in html and "الناطق الرسمي باسم جيش الإسلام" in html


def test_untrusted_text_is_escaped(world):
    c = login(world["app"], "admin")
    ids = world["ids"]
    urls = [f"/doc/{ids['xss']}", "/events", f"/event/{ids['xss_event']}", "/search?q=ناشطين", "/search",
            "/map", "/place/rasd:idlib", "/entity/syria-gov-forces"]
    for url in urls:
        html = c.get(url).text
        tags = re.findall(r"<(script|img|a|b|i)\b[^>]*>", html)
        assert "img" not in tags and "b" not in tags and "i" not in tags, url
        assert not re.search(r"<[^>]*\son\w+=", html), url          # no event-handler attribute in any tag
        assert "javascript:" not in re.sub(r"&lt;.*?&gt;", "", html), url
        assert len(re.findall(r"<script\b", html)) == 1, url       # only /static/app.js
    html = c.get(f"/doc/{ids['xss']}").text
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x onerror=alert(" in html
    assert "{{ 7*7 }}" in html                                      # the text is not evaluated as a template
    assert "&lt;b&gt;ناشر&lt;/b&gt;" in html


def test_csrf_required_on_every_post(world):
    c = login(world["app"], "rev")
    ids = world["ids"]
    url = f"/event/{ids['agree']}/review"
    assert c.post(url, data={"action": "accept"}).status_code == 403
    assert c.post(url, data={"action": "accept", "csrf": "forged"}).status_code == 403
    assert c.post(f"/claim/{ids['deny']}/mark", data={"verdict": "wrong"}).status_code == 403
    assert c.post("/logout", data={}).status_code == 403
    assert TestClient(world["app"]).post("/login", data={"name": "rev", "password": PASSWORD}).status_code == 403
    s = Store(world["db"])
    assert s.count("edits") == 0
    token = csrf_of(c.get("/events").text)
    assert c.post(url, data={"action": "accept", "csrf": token}, follow_redirects=False).status_code == 303
    assert s.count("edits") == 1


def test_roles_enforced(world):
    app, ids = world["app"], world["ids"]
    anon = TestClient(app)
    r = anon.get("/events", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert anon.get("/api/events").status_code == 401
    viewer = login(app, "view")
    token = csrf_of(viewer.get("/events").text)
    assert "review-form" not in viewer.get("/events").text
    r = viewer.post(f"/event/{ids['agree']}/review", data={"action": "reject", "csrf": token})
    assert r.status_code == 403
    rev = login(app, "rev")
    assert "review-form" in rev.get("/events").text
    r = rev.post(f"/event/{ids['agree']}/review", data={"action": "reject", "csrf": csrf_of(rev.get("/events").text)},
                 follow_redirects=False)
    assert r.status_code == 303
    audit = rev.get("/audit").text
    assert "rev" in audit and "reject" in audit and ids["agree"] in audit


def test_login_failure_and_tampered_session(world):
    c = TestClient(world["app"])
    page = c.get("/login")
    r = c.post("/login", data={"name": "rev", "password": "wrong password", "csrf": csrf_of(page.text)})
    assert r.status_code == 401 and "login-error" in r.text
    good = login(world["app"], "view")
    cookie = good.cookies.get(auth.SESSION_COOKIE)
    body, mac = cookie.split(".")
    forged = TestClient(world["app"])
    forged.cookies.set(auth.SESSION_COOKIE, body + "." + mac[:-2] + ("AA" if mac[-2:] != "AA" else "BB"))
    assert forged.get("/events", follow_redirects=False).status_code == 303


def test_open_mode_without_accounts(tmp_path):
    fx = web_fixture_module()
    ids = fx.build(tmp_path / "open.db")
    c = TestClient(create_app(str(tmp_path / "open.db")))
    r = c.get("/events")
    assert r.status_code == 200 and "rasd user add" in r.text
    token = csrf_of(r.text)
    assert c.post(f"/event/{ids['agree']}/review", data={"action": "reject", "csrf": token}).status_code == 403


def test_language_switch(world):
    c = login(world["app"], "view")
    page = c.get("/search").text
    assert ">Events<" in page
    c.post("/lang", data={"lang": "ar", "csrf": csrf_of(page), "next": "/search"})
    page = c.get("/search").text
    assert '<html lang="ar" dir="rtl">' in page and ">الأحداث<" in page and ">Events<" not in page


def test_api_token_auth_and_review(world):
    app, ids = world["app"], world["ids"]
    s = Store(world["db"])
    rev_token, view_token = auth.new_token(s.db, "rev"), auth.new_token(s.db, "view")
    assert "token_hash" in s.db.execute("SELECT * FROM users").fetchone().keys()
    assert rev_token not in str([tuple(r) for r in s.db.execute("SELECT * FROM users")])   # only the hash is stored
    c = TestClient(app)
    assert c.get("/api/events", headers={"Authorization": "Bearer rasd_nope"}).status_code == 401
    r = c.get("/api/events?type=Battles", headers={"Authorization": f"Bearer {view_token}"})
    assert r.status_code == 200 and [e["id"] for e in r.json()["items"]] == [ids["clash"]]
    body = {"action": "edit", "changes": {"fatalities": 7, "actor1": ["jaysh-al-islam"]}}
    url = f"/api/events/{ids['toll']}/review"
    assert c.post(url, json=body, headers={"Authorization": f"Bearer {view_token}"}).status_code == 403
    r = c.post(url, json=body, headers={"Authorization": f"Bearer {rev_token}"})
    assert r.status_code == 200, r.text
    ev = r.json()["event"]
    assert ev["fatalities"] == 7 and ev["actor1"] == ["jaysh-al-islam"] and ev["status"] == "edited"
    assert ev["machine"]["fatalities"] == 1945
    bad = c.post(url, json={"action": "edit", "changes": {"location": "no-such-place"}},
                 headers={"Authorization": f"Bearer {rev_token}"})
    assert bad.status_code == 400
    # a browser session calling the API must send the CSRF header
    browser = login(app, "rev")
    assert browser.post(url, json={"action": "accept"}).status_code == 403
    token = csrf_of(browser.get("/events").text)
    assert browser.post(url, json={"action": "accept"}, headers={"X-CSRF-Token": token}).status_code == 200
    spec = c.get("/openapi.json").json()
    for path in ("/api/documents", "/api/events", "/api/claims", "/api/contradictions", "/api/entities",
                 "/api/places", "/api/stories", "/api/search", "/api/map", "/api/timeline"):
        assert path in spec["paths"], path
    assert c.get("/docs").status_code == 404          # FastAPI's CDN-loaded Swagger UI is off


def _review(c: TestClient, event_id: str, data: dict[str, str]) -> None:
    token = csrf_of(c.get(f"/event/{event_id}").text)
    r = c.post(f"/event/{event_id}/review", data={**data, "csrf": token}, follow_redirects=False)
    assert r.status_code == 303, r.text


def test_edits_survive_reanalysis_and_reach_exports(world):
    app, ids, fx = world["app"], world["ids"], world["fx"]
    c = login(app, "rev")
    _review(c, ids["agree"], {"action": "edit", "event_type": "Battles", "sub_event_type": "Armed clash",
                              "actor1": "jaysh-al-islam", "actor2": "syria-gov-forces", "assoc_actor1": "",
                              "assoc_actor2": "", "location": "دوما", "date_start": "2018-03-30",
                              "date_end": "2018-03-30", "fatalities": "12"})
    _review(c, ids["toll"], {"action": "reject"})
    # invalid edits are refused with a message, nothing stored
    token = csrf_of(c.get(f"/event/{ids['clash']}").text)
    r = c.post(f"/event/{ids['clash']}/review", data={"action": "edit", "csrf": token, "event_type": "Battles",
                                                      "sub_event_type": "Peaceful protest"})
    assert r.status_code == 400 and "edit-error" in r.text
    # the pipeline re-analyses the document: machine layers replaced, edits kept
    s = Store(world["db"])
    s.replace_layers(fx.douma_analysis())
    assert s.count("edits") == 2
    ev = c.get(f"/api/events/{ids['agree']}").json()
    assert (ev["event_type"], ev["sub_event_type"], ev["fatalities"]) == ("Battles", "Armed clash", 12)
    assert ev["actor2"] == ["syria-gov-forces"] and ev["status"] == "edited"
    assert ids["toll"] not in c.get("/events").text
    assert ids["toll"] in c.get("/events?status=rejected").text
    assert ids["agree"] in c.get("/events?type=Battles").text
    assert ids["agree"] not in c.get("/events?type=Strategic+developments").text
    r = c.get("/exports/acled-csv")
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.text)))
    agree = next(x for x in rows if x["event_id_cnty"].endswith(ids["agree"]))
    assert (agree["event_type"], agree["fatalities"], agree["actor2"]) == ("Battles", "12", "Military Forces of Syria (2000-)")
    assert "review: edited" in agree["tags"]
    assert not any(x["event_id_cnty"].endswith(ids["toll"]) for x in rows)


def test_claim_and_contradiction_marks(world):
    c = login(world["app"], "rev")
    ids = world["ids"]
    page = c.get("/contradictions").text
    assert page.count('class="side"') == 2
    c.post(f"/claim/{ids['deny']}/mark", data={"verdict": "wrong", "note": "checked", "csrf": csrf_of(page),
                                                "next": "/claims"})
    c.post(f"/contradiction/{ids['contradiction']}/mark", data={"verdict": "right", "csrf": csrf_of(page)})
    assert "v-wrong" in c.get("/claims").text
    assert "v-right" in c.get("/contradictions").text
    api = c.get("/api/contradictions").json()["items"][0]
    assert api["review"]["verdict"] == "right" and api["a"]["speaker_text"] and api["b"]["speaker_text"]
    bad = c.post(f"/claim/{ids['deny']}/mark", data={"verdict": "maybe", "csrf": csrf_of(page)})
    assert bad.status_code == 400


def test_map_and_timeline_data(world):
    c = login(world["app"], "view")
    whole = c.get("/api/map").json()["clusters"]
    assert sum(x["count"] for x in whole) == 6        # every located, non-rejected event
    damascus = [x for x in whole if x["n_places"] > 1]
    assert damascus and {p["id"] for p in damascus[0]["places"]} >= {"rasd:douma", "rasd:eastern-ghouta"}
    zoom = c.get("/api/map?bbox=36.30,33.45,36.50,33.65").json()["clusters"]
    assert all(x["n_places"] == 1 for x in zoom) and len(zoom) == 2
    assert {x["precision"] for x in whole} >= {1}
    html = c.get("/map").text
    assert "<svg" in html and 'class="country"' in html and "/place/rasd:idlib" in html
    tl = c.get("/api/timeline?bucket=month").json()
    months = {b["key"]: b["by_type"] for b in tl["buckets"]}
    assert months["2018-03"] == {"Strategic developments": 2, "Protests": 1}
    assert months["2016-04"] == {"Battles": 1}
    assert "<rect class=\"bar t-battles\"" in c.get("/timeline").text


def test_run_in_progress_banner(world):
    s = Store(world["db"])
    with s.tx() as db:
        db.execute("INSERT INTO runs (command, started_at, total, done, status) VALUES ('ingest', 'now', 10, 3, 'running')")
    c = login(world["app"], "view")
    assert 'id="run-banner"' in c.get("/search").text
    assert c.get("/api/runs").json()["running"]["done"] == 3


def test_user_cli(tmp_path):
    from rasd.web.cli import user

    db = str(tmp_path / "u.db")
    r = CliRunner().invoke(user, ["add", "amal", "--role", "reviewer", "--password-stdin", "--db", db],
                           input="s3cret-pass\n")
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(user, ["token", "amal", "--db", db])
    assert r.exit_code == 0 and r.output.strip().startswith("rasd_")
    s = Store(db)
    assert auth.user_for_token(s.db, r.output.strip())["role"] == "reviewer"
    assert auth.verify_user(s.db, "amal", "s3cret-pass")["role"] == "reviewer"
    assert s.db.execute("SELECT password_hash FROM users").fetchone()[0].startswith("$argon2")
    listing = CliRunner().invoke(user, ["list", "--db", db]).output
    assert "amal" in listing and "reviewer" in listing
    bad = CliRunner().invoke(user, ["add", "x", "--role", "boss", "--password-stdin", "--db", db], input="long-enough\n")
    assert bad.exit_code != 0


def test_bench_web_reports_percentiles(world):
    from rasd.web.bench import bench_web

    out = bench_web(world["db"], 3)
    for k in ("search", "document", "events", "map"):
        assert out[k]["n"] == 3 and 0 < out[k]["p50_ms"] <= out[k]["p95_ms"]


def test_typed_search_plans_agree_with_review_edits(world, monkeypatch):
    """The event-type filter of a full-text search has two plans (a check per match; one set of
    the type's documents when matches are many) and two orders (bm25; newest first for broad
    words). All four give the same documents, and use the effective (reviewed) event types."""
    from rasd.web import queries as Q
    from rasd.web import review

    ids = world["ids"]
    s = Store(world["db"])
    review.add_edit(s.db, "event", ids["agree2"], "edit", {"event_type": "Protests"}, "rev")   # second report
    review.add_edit(s.db, "event", ids["protest"], "reject", None, "rev")                    # Douma's protest

    def run(q: str, event_type: str, limit: int = 50, offset: int = 0) -> tuple[int, list[str]]:
        total, hits = Q.search_documents(s.db, Q.DocFilters(q=q, event_type=event_type), limit, offset)
        return total, [h["id"] for h in hits]

    results = []
    for broad, typed_set in ((Q.BROAD, Q.TYPED_SET_MIN), (0, Q.TYPED_SET_MIN), (Q.BROAD, 0), (0, 0)):
        monkeypatch.setattr(Q, "BROAD", broad)
        monkeypatch.setattr(Q, "TYPED_SET_MIN", typed_set)
        protests = run("دوما", "Protests")
        assert protests == (1, [ids["second"]]), (broad, typed_set)      # edit and rejection both count
        total, all_ids = run("دوما", "")
        assert total == len(all_ids) >= 2
        pages = [run("دوما", "", 1, k) for k in range(total)]
        assert sorted(i for _, p in pages for i in p) == sorted(all_ids)  # paging covers every match once
        assert {t for t, _ in pages} == {total}
        results.append(sorted(all_ids))
    assert all(r == results[0] for r in results)
    s.close()
