"""SQL for the web app and the API. Parameterised queries only; every list is LIMIT-paged and
every filter is backed by an index, so pages stay fast with 100k documents.

Review edits live in ``edits`` (the authority). ``event_state`` is a small cache derived from
them (one row per reviewed event: status and the effective value of every edited field), so
filters on the *effective* event (machine output with the latest edits applied) can be answered
with indexes: "machine rows whose field matches" UNION "reviewed rows whose edited field
matches", then a check of the effective value.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field, fields
from typing import Any

# Machine date columns hold ISO dates or "unknown"; digits sort before letters, so
# "< 'a'" keeps only real dates. The expression indexes sort dated rows first.
DATE_SORT_DOC = "(CASE WHEN published GLOB '[0-9]*' THEN published ELSE '' END)"
DATE_SORT_EV = "(CASE WHEN date_start GLOB '[0-9]*' THEN date_start ELSE '' END)"

WEB_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS event_state (
  event_id TEXT PRIMARY KEY, status TEXT, changes TEXT,
  event_type TEXT, sub_event_type TEXT, location TEXT, date_start TEXT, date_end TEXT,
  fatalities INTEGER, actors TEXT, user TEXT, at TEXT
);
CREATE INDEX IF NOT EXISTS event_state_type ON event_state(event_type);
CREATE INDEX IF NOT EXISTS event_state_location ON event_state(location);
CREATE INDEX IF NOT EXISTS event_state_date ON event_state(date_start);
CREATE INDEX IF NOT EXISTS event_state_status ON event_state(status);
CREATE INDEX IF NOT EXISTS web_documents_datesort_id ON documents({DATE_SORT_DOC[1:-1]}, id);
CREATE INDEX IF NOT EXISTS web_documents_publisher_ar ON documents(publisher_ar, id);
CREATE INDEX IF NOT EXISTS web_documents_publisher_domain ON documents(publisher_domain, id);
CREATE INDEX IF NOT EXISTS web_documents_published_id ON documents(published, id);
CREATE INDEX IF NOT EXISTS web_documents_dup_id ON documents(duplicate_of, id);
CREATE TABLE IF NOT EXISTS web_fts_map (doc_id TEXT PRIMARY KEY, fts_rowid INTEGER);
CREATE INDEX IF NOT EXISTS web_fts_map_rowid ON web_fts_map(fts_rowid);
CREATE INDEX IF NOT EXISTS web_events_datesort ON events({DATE_SORT_EV[1:-1]}, id);
CREATE INDEX IF NOT EXISTS web_events_type_date ON events(event_type, date_start, location, geo_precision);
CREATE INDEX IF NOT EXISTS web_events_location ON events(location, event_type, date_start, geo_precision);
CREATE INDEX IF NOT EXISTS web_events_type_doc ON events(event_type, doc_id);
CREATE INDEX IF NOT EXISTS web_mentions_entity_doc ON mentions(entity_id, doc_id);
CREATE INDEX IF NOT EXISTS web_claims_date ON claims(date);
CREATE INDEX IF NOT EXISTS web_contradictions_a ON contradictions(claim_a);
CREATE INDEX IF NOT EXISTS web_contradictions_b ON contradictions(claim_b);
CREATE INDEX IF NOT EXISTS web_story_docs_doc ON story_docs(doc_id);
CREATE INDEX IF NOT EXISTS web_merged_story ON merged_events(story_id);
CREATE INDEX IF NOT EXISTS web_stories_date ON stories(date_start);
CREATE INDEX IF NOT EXISTS web_edits_user ON edits(user);
CREATE INDEX IF NOT EXISTS web_runs_status ON runs(status);
"""


def ensure_web_schema(db: sqlite3.Connection) -> None:
    db.executescript(WEB_SCHEMA)
    db.commit()


def _j(v: str | None, default: Any = None) -> Any:
    return json.loads(v) if v else default


# ---------------------------------------------------------------------------------- names
def entity_names(db: sqlite3.Connection, ids: set[str] | list[str]) -> dict[str, dict[str, Any]]:
    """id -> {name_ar, name_en, type, lat, lon, level} for the ids that exist (batched IN lists)."""
    out: dict[str, dict[str, Any]] = {}
    ids = [i for i in set(ids) if i]
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        q = ("SELECT id, name_ar, name_en, type, lat, lon, level, country, admin1, admin2, admin3 FROM entities "  # noqa: S608
             f"WHERE id IN ({','.join('?' * len(chunk))})")
        for r in db.execute(q, chunk):
            out[r["id"]] = dict(r)
    return out


def label(names: dict[str, dict[str, Any]], eid: str | None) -> str:
    if not eid:
        return ""
    n = names.get(eid)
    return (n["name_ar"] or n["name_en"] or eid) if n else eid


# ------------------------------------------------------------------------------ documents
@dataclass
class DocFilters:
    q: str = ""
    date_from: str = ""
    date_to: str = ""
    event_type: str = ""
    actor: str = ""
    place: str = ""
    publisher: str = ""
    has_contradiction: bool = False
    include_duplicates: bool = False

    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


_fts_checked: dict[str, float] = {}
BROAD = 20_000      # matches beyond which a query is ranked by recency, not bm25
TYPED_SET_MIN = 8_000   # matches beyond which an event-type filter is one set, not a check per match


def sync_fts_map(db: sqlite3.Connection, max_age: float = 2.0) -> None:
    """Keep ``web_fts_map`` (document id -> full-text rowid) in step with the index, so that
    filters on documents become rowid tests inside the full-text query instead of reading the
    (large) indexed row of every match. Incremental: new rows are appended, deleted ones dropped."""
    import time

    key = str(id(db))
    if time.monotonic() - _fts_checked.get(key, 0.0) < max_age:
        return
    last = db.execute("SELECT max(fts_rowid) FROM web_fts_map").fetchone()[0] or 0
    top = db.execute("SELECT max(rowid) FROM documents_fts").fetchone()[0] or 0
    n_docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    n_map = db.execute("SELECT count(*) FROM web_fts_map").fetchone()[0]
    if top != last or n_docs != n_map:
        with db:
            if top > last:
                db.execute("INSERT OR REPLACE INTO web_fts_map SELECT doc_id, rowid FROM documents_fts WHERE rowid > ?",
                           (last,))
            if db.execute("SELECT count(*) FROM web_fts_map").fetchone()[0] != n_docs or top < last:
                db.execute("DELETE FROM web_fts_map WHERE doc_id NOT IN (SELECT id FROM documents)")
                db.execute("DELETE FROM web_fts_map WHERE fts_rowid NOT IN (SELECT rowid FROM documents_fts)")
    _fts_checked[key] = time.monotonic()


def _doc_conditions(f: DocFilters, with_event_type: bool = True) -> tuple[list[str], list[str], list[Any]]:
    """Filters as sets of document ids (index-backed sub-queries). Returns (include sets,
    exclude sets, args)."""
    inc: list[str] = []
    exc: list[str] = []
    args: list[Any] = []
    if f.date_from or f.date_to:
        inc.append("SELECT id FROM documents WHERE published >= ? AND published < ?")
        args += [f.date_from or "0", (f.date_to + "~") if f.date_to else "a"]   # '~' after digits: whole day/month
    if f.publisher:
        inc.append("SELECT id FROM documents WHERE publisher_ar = ? UNION SELECT id FROM documents WHERE publisher_domain = ?")
        args += [f.publisher, f.publisher]
    for eid in (f.actor, f.place):
        if eid:
            inc.append("SELECT doc_id FROM mentions WHERE entity_id = ?")
            args.append(eid)
    if f.event_type and with_event_type:
        ew, ea = event_where(EventFilters(event_type=f.event_type))
        inc.append(f"SELECT e.doc_id FROM events e WHERE {ew}")
        args += ea
    if f.has_contradiction:
        inc.append("SELECT c.doc_id FROM claims c WHERE c.id IN "
                   "(SELECT claim_a FROM contradictions UNION SELECT claim_b FROM contradictions)")
    if not f.include_duplicates:
        exc.append("SELECT id FROM documents WHERE duplicate_of IS NOT NULL")
    return inc, exc, args


def fast_snippet(text: str, terms: list[str], width: int = 90) -> list[tuple[str, bool]]:
    """Snippet around the first hit as (segment, highlighted) pairs, original spelling.

    Finds the first term in the normalised text (one pass), then tokenises only a window
    around it with the same tokenizer as the index, so long documents cost little."""
    from rasd.store.sqlite import snippet
    from rasd.text.normalize import normalize_with_map

    norm, offsets = normalize_with_map(text)
    found = [p for p in (norm.find(t) for t in terms if t) if p >= 0]
    if not found:
        return snippet(text[: 4 * width], terms, width)
    at = offsets[min(found)]
    lo = max(0, at - width)
    while lo > 0 and not text[lo - 1].isspace():      # start on a word boundary
        lo -= 1
    hi = min(len(text), at + 2 * width)
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return snippet(text[lo:hi], terms, width)


def search_documents(db: sqlite3.Connection, f: DocFilters, limit: int = 20,
                     offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Documents matching the filters: (total, rows). Full-text ranked by bm25 when ``q`` is
    given (same normalisation and clitic stripping as the index), else newest first."""
    from rasd.text.tokens import search_terms

    terms: list[str] = []
    broad = False
    if f.q.strip():
        terms = [t for t in search_terms(f.q) if t]
        if not terms:
            return 0, []
        sync_fts_map(db)
        inc, exc, args = _doc_conditions(f, with_event_type=False)
        # The MATCH runs first and alone; document filters are then set lookups on the full-text
        # rowid. They test "+m.r", an expression, so that SQLite never hands them to FTS5 as
        # rowid constraints (one index probe per set element: seconds for a large set).
        where = [f"+m.r IN (SELECT fts_rowid FROM web_fts_map WHERE doc_id IN ({q}))" for q in inc]
        where += [f"+m.r NOT IN (SELECT fts_rowid FROM web_fts_map WHERE doc_id IN ({q}))" for q in exc]
        match = " AND ".join('"' + t.replace('"', "") + '"' for t in terms)
        n_match = db.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (match,)).fetchone()[0]
        # bm25 over tens of thousands of matches costs more than it tells (the terms are in
        # most documents): such broad queries are listed newest first.
        broad = n_match > BROAD
        if f.event_type:
            parts = event_parts(EventFilters(event_type=f.event_type))
            if n_match > TYPED_SET_MIN:
                # Many matches: one set of the type's documents (index-only range scans over
                # events(event_type, doc_id), 25-65 ms at 100k documents) costs less than
                # checking every match through its document's events (about 4 us each).
                where.append("+m.r IN (" + " UNION ALL ".join(
                    f"SELECT mm.fts_rowid FROM {frm} JOIN web_fts_map mm ON mm.doc_id = e.doc_id WHERE {w}"
                    for frm, w, _ in parts) + ")")
            else:
                # Few matches: each is checked through its document's own events (index lookups).
                where.append("EXISTS (SELECT 1 FROM web_fts_map mm WHERE mm.fts_rowid = m.r AND (" + " OR ".join(
                    f"EXISTS (SELECT 1 FROM {frm} WHERE e.doc_id = mm.doc_id AND {w})" for frm, w, _ in parts) + "))")
            args = args + [x for _, _, a in parts for x in a]
        w = (" WHERE " + " AND ".join(where)) if where else ""
        if broad:
            # Newest first is the index's own rowid order: the matches stream through the filters
            # with no sort and no window, and the list of their rowids is the count.
            ids = [r for (r,) in db.execute(
                "SELECT m.r FROM (SELECT rowid AS r FROM documents_fts WHERE documents_fts MATCH ?) m"  # noqa: S608
                f"{w} ORDER BY m.r DESC", [match, *args])]
            total, fts_rowids = len(ids), ids[offset:offset + limit]
        else:
            # bm25 needs every match: materialised once, ranked, counted in the same pass.
            ranked = db.execute(
                "WITH m AS MATERIALIZED (SELECT rowid AS r, bm25(documents_fts) AS score FROM documents_fts "
                f"WHERE documents_fts MATCH ?) SELECT m.r, count(*) OVER () AS total FROM m{w} "  # noqa: S608
                "ORDER BY m.score LIMIT ? OFFSET ?", [match, *args, limit, offset]).fetchall()
            if ranked:
                total = ranked[0][1]
            else:
                total = db.execute("WITH m AS MATERIALIZED (SELECT rowid AS r FROM documents_fts WHERE documents_fts "
                                   f"MATCH ?) SELECT count(*) FROM m{w}", [match, *args]).fetchone()[0]  # noqa: S608
            fts_rowids = [r[0] for r in ranked]
        order = {r: i for i, r in enumerate(fts_rowids)}
        rows = db.execute(
            "SELECT m.fts_rowid AS _r, d.id, d.title, d.published, d.published_precision, d.publisher_ar, "
            "d.publisher_domain, d.source, d.duplicate_of, d.text AS text FROM web_fts_map m "
            f"JOIN documents d ON d.id = m.doc_id WHERE m.fts_rowid IN ({','.join('?' * len(fts_rowids))})",  # noqa: S608
            fts_rowids).fetchall() if fts_rowids else []
        rows = sorted(rows, key=lambda r: order[r["_r"]])
    else:
        inc, exc, args = _doc_conditions(f)
        where = [f"d.id IN ({q})" for q in inc] + [f"d.id NOT IN ({q})" for q in exc]
        w = (" WHERE " + " AND ".join(where)) if where else ""
        total = db.execute(f"SELECT count(*) FROM documents d{w}", args).fetchone()[0]  # noqa: S608
        rows = db.execute(
            "SELECT d.id, d.title, d.published, d.published_precision, d.publisher_ar, d.publisher_domain, d.source, "
            f"d.duplicate_of, substr(d.text, 1, 240) AS text FROM documents d{w} "
            f"ORDER BY {DATE_SORT_DOC.replace('published', 'd.published')} DESC LIMIT ? OFFSET ?",  # noqa: S608
            [*args, limit, offset]).fetchall()
    hits = []
    for r in rows:
        h = {k: r[k] for k in r.keys() if k not in ("text", "_r")}
        h["n_events"] = db.execute("SELECT count(*) FROM events WHERE doc_id = ?", (r["id"],)).fetchone()[0]
        h["n_claims"] = db.execute("SELECT count(*) FROM claims WHERE doc_id = ?", (r["id"],)).fetchone()[0]
        h["snippet"] = fast_snippet(r["text"], terms) if terms else [(r["text"][:240], False)]
        h["ranked_by"] = ("recency" if broad else "relevance") if terms else "date"
        hits.append(h)
    return total, hits


def publishers(db: sqlite3.Connection, limit: int = 200) -> list[str]:
    """Distinct publisher names (index-only scan of the publisher index)."""
    rows = db.execute("SELECT DISTINCT publisher_ar FROM documents WHERE publisher_ar IS NOT NULL "
                      "ORDER BY publisher_ar LIMIT ?", (limit,))
    return [r[0] for r in rows]


def event_types(db: sqlite3.Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT event_type FROM events ORDER BY event_type") if r[0]]


# --------------------------------------------------------------------------------- events
@dataclass
class EventFilters:
    event_type: str = ""
    sub_event_type: str = ""
    actor: str = ""
    place: str = ""
    date_from: str = ""
    date_to: str = ""
    status: str = ""          # "" = all but rejected | machine | accepted | edited | rejected | any
    doc_id: str = ""
    story_id: str = ""
    ids: list[str] = field(default_factory=list)
    # the learned event confidence (rasd.extract.events.confidence) at least this; 0 = no filter.
    # A reviewer's accepted or edited event passes whatever the machine thought of it.
    min_confidence: float = 0.0

    def only_status(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self) if f.name != "status")


def _eff(col: str) -> str:
    return f"coalesce(s.{col}, e.{col})"


# Rows of reviewed events (by rowid: every events index carries it, so the test is index-only).
# CROSS JOIN pins the (small) review table as the outer loop: without statistics SQLite would
# otherwise scan every event to find the reviewed ones (40 ms per query at 100k events).
REVIEWED = "(SELECT e2.rowid FROM event_state s2 CROSS JOIN events e2 ON e2.id = s2.event_id)"
MACHINE_FROM = "events e"
REVIEWED_FROM = "event_state s JOIN events e ON e.id = s.event_id"


def _conds(f: EventFilters, col: Any) -> tuple[list[str], list[Any]]:
    """Field conditions; ``col(name)`` gives the SQL of a field (machine or effective value)."""
    where: list[str] = []
    args: list[Any] = []
    for name, val in (("event_type", f.event_type), ("sub_event_type", f.sub_event_type), ("location", f.place)):
        if val:
            where.append(f"{col(name)} = ?")
            args.append(val)
    if f.date_from or f.date_to:
        where.append(f"{col('date_start')} >= ? AND {col('date_start')} < ?")
        args += [f.date_from or "0", (f.date_to + "~") if f.date_to else "a"]
    if f.actor:
        where.append("e.doc_id IN (SELECT doc_id FROM mentions WHERE entity_id = ?) AND "
                     f"instr({col('actors')}, ?) > 0")
        args += [f.actor, json.dumps(f.actor, ensure_ascii=False)]
    if f.doc_id:
        where.append("e.doc_id = ?")
        args.append(f.doc_id)
    if f.story_id:
        where.append("e.doc_id IN (SELECT doc_id FROM story_docs WHERE story_id = ?)")
        args.append(f.story_id)
    if f.ids:
        where.append(f"e.id IN ({','.join('?' * len(f.ids))})")
        args += list(f.ids)
    return where, args


_MACHINE_ACTORS = "(e.actor1 || e.actor2 || e.assoc_actor1 || e.assoc_actor2)"


def event_parts(f: EventFilters) -> list[tuple[str, str, list[Any]]]:
    """The effective events matching ``f`` as (FROM, WHERE, args) parts to be unioned:
    machine events nobody reviewed (plain indexed columns), and reviewed events (a small set,
    tested on their effective values: the latest edits applied)."""
    parts = []
    if f.status in ("", "machine", "any"):
        w, a = _conds(f, lambda c: _MACHINE_ACTORS if c == "actors" else f"e.{c}")
        if f.min_confidence > 0:
            w.append("e.confidence >= ?")
            a.append(f.min_confidence)
        parts.append((MACHINE_FROM, " AND ".join([f"e.rowid NOT IN {REVIEWED}", *w]), a))
    w, a = _conds(f, lambda c: f"coalesce(s.actors, {_MACHINE_ACTORS})" if c == "actors" else _eff(c))
    if f.min_confidence > 0:
        w.append("(s.status IN ('accepted', 'edited') OR e.confidence >= ?)")
        a.append(f.min_confidence)
    if f.status == "":
        w.insert(0, "s.status != 'rejected'")
    elif f.status in ("machine", "accepted", "edited", "rejected"):
        w.insert(0, "s.status = ?")
        a.insert(0, f.status)
    parts.append((REVIEWED_FROM, " AND ".join(w) or "1", a))
    return parts


def event_where(f: EventFilters) -> tuple[str, list[Any]]:
    """One condition on ``events e`` (rowid IN the union of the parts), for sub-queries."""
    sql, args = [], []
    for frm, w, a in event_parts(f):
        sql.append(f"SELECT e.rowid FROM {frm} WHERE {w}")
        args += a
    return f"e.rowid IN ({' UNION ALL '.join(sql)})", args


def count_events(db: sqlite3.Connection, f: EventFilters) -> int:
    return sum(db.execute(f"SELECT count(*) FROM {frm} WHERE {w}", a).fetchone()[0]  # noqa: S608
               for frm, w, a in event_parts(f))


EVENT_ROW = ("SELECT e.*, s.status AS _status, s.changes AS _changes, s.user AS _user, s.at AS _at, "
             "d.title AS doc_title, d.publisher_ar AS doc_publisher, d.published AS doc_published{text} "
             "FROM events e LEFT JOIN event_state s ON s.event_id = e.id JOIN documents d ON d.id = e.doc_id ")
EVIDENCE_TEXT = ", substr(d.text, e.ev_start + 1, min(e.ev_end - e.ev_start, 400)) AS evidence_text"


def list_events(db: sqlite3.Connection, f: EventFilters, limit: int = 50, offset: int = 0,
                with_text: bool = True) -> list[dict[str, Any]]:
    """Effective events (review.apply_state) for one page, newest first. Each part yields its
    first offset+limit keys in order (index-backed); the merge picks the page; only the page's
    rows are then read in full."""
    from rasd.web.review import apply_state

    want = offset + limit
    keys: list[tuple[str, str, int]] = []
    for frm, w, a in event_parts(f):
        k = DATE_SORT_EV.replace("date_start", "e.date_start") if frm == MACHINE_FROM else \
            f"(CASE WHEN {_eff('date_start')} GLOB '[0-9]*' THEN {_eff('date_start')} ELSE '' END)"
        keys += [tuple(r) for r in db.execute(
            f"SELECT {k} AS k, e.id, e.rowid FROM {frm} WHERE {w} ORDER BY k DESC, e.id DESC LIMIT ?",  # noqa: S608
            [*a, want])]
    keys.sort(key=lambda x: (x[0], x[1]), reverse=True)
    page = [k[2] for k in keys[offset:want]]
    if not page:
        return []
    rows = db.execute(EVENT_ROW.format(text=EVIDENCE_TEXT if with_text else "")
                      + f"WHERE e.rowid IN ({','.join('?' * len(page))})", page).fetchall()  # noqa: S608
    by_id = {r["id"]: r for r in rows}
    id_of = {k[2]: k[1] for k in keys[offset:want]}
    return [apply_state(by_id[id_of[r]]) for r in page if id_of[r] in by_id]


def get_event(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    f = EventFilters(ids=[event_id], status="any")
    rows = list_events(db, f, limit=1)
    return rows[0] if rows else None


def event_ids_for_merged(db: sqlite3.Connection, story_id: str) -> list[dict[str, Any]]:
    rows = db.execute("SELECT * FROM merged_events WHERE story_id = ? ORDER BY date_start, id", (story_id,))
    return [{**dict(r), "event_ids": _j(r["event_ids"], []), "sources": _j(r["sources"], []),
             "fatalities_all": _j(r["fatalities_all"], [])} for r in rows]


# ------------------------------------------------------------------------------ map, timeline
def place_counts(db: sqlite3.Connection, f: EventFilters) -> list[dict[str, Any]]:
    """Events per place (effective location and type), with coordinates and best precision.
    The machine part is a covering-index GROUP BY; reviewed events are added on top."""
    by_place: dict[str, dict[str, Any]] = {}
    for frm, w, a in event_parts(f):
        loc, typ = ("e.location", "e.event_type") if frm == MACHINE_FROM else (_eff("location"), _eff("event_type"))
        rows = db.execute(f"SELECT {loc} AS loc, {typ} AS t, count(*) AS n, min(coalesce(e.geo_precision, 3)) AS p "
                          f"FROM {frm} WHERE {w} AND {loc} IS NOT NULL GROUP BY loc, t", a).fetchall()  # noqa: S608
        for r in rows:
            p = by_place.setdefault(r["loc"], {"id": r["loc"], "count": 0, "by_type": {}, "precision": 3})
            p["count"] += r["n"]
            p["by_type"][r["t"]] = p["by_type"].get(r["t"], 0) + r["n"]
            p["precision"] = min(p["precision"], r["p"])
    names = entity_names(db, set(by_place))
    out = []
    for pid, p in by_place.items():
        n = names.get(pid)
        if not n or n["lat"] is None or n["lon"] is None:
            continue
        out.append({**p, "name": n["name_ar"] or n["name_en"] or pid, "name_en": n["name_en"],
                    "lat": n["lat"], "lon": n["lon"], "level": n["level"]})
    return out


@dataclass
class BBox:
    """lon/lat box of the map view. Default: Syria with a margin."""

    west: float = 35.5
    south: float = 32.2
    east: float = 42.6
    north: float = 37.5

    @classmethod
    def parse(cls, s: str | None) -> BBox:
        try:
            w, so, e, n = (float(x) for x in (s or "").split(","))
        except ValueError:
            return cls()
        if not (-180 <= w < e <= 180 and -90 <= so < n <= 90):
            return cls()
        return cls(w, so, e, n)

    def __str__(self) -> str:
        return f"{self.west:.4f},{self.south:.4f},{self.east:.4f},{self.north:.4f}"

    def contains(self, lat: float, lon: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north


def cluster_points(points: list[dict[str, Any]], bbox: BBox, width: int = 800, cell_px: int = 28) -> list[dict[str, Any]]:
    """Greedy grid clustering in screen space: places closer than a cell share one marker."""
    height = map_height(bbox, width)
    cells: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for p in points:
        if not bbox.contains(p["lat"], p["lon"]):
            continue
        x, y = project(p["lat"], p["lon"], bbox, width, height)
        cells[(int(x // cell_px), int(y // cell_px))].append(p)
    out = []
    for members in cells.values():
        n = sum(m["count"] for m in members)
        lat = sum(m["lat"] * m["count"] for m in members) / n
        lon = sum(m["lon"] * m["count"] for m in members) / n
        by_type: dict[str, int] = defaultdict(int)
        for m in members:
            for t, c in m["by_type"].items():
                by_type[t] += c
        members.sort(key=lambda m: -m["count"])
        out.append({
            "lat": round(lat, 5), "lon": round(lon, 5), "count": n, "by_type": dict(by_type),
            "top_type": max(by_type.items(), key=lambda kv: kv[1])[0],
            "precision": min(m["precision"] for m in members),
            "places": [{k: m[k] for k in ("id", "name", "name_en", "lat", "lon", "count", "precision", "level")}
                       for m in members[:20]],
            "n_places": len(members),
            "bbox": [min(m["lon"] for m in members), min(m["lat"] for m in members),
                     max(m["lon"] for m in members), max(m["lat"] for m in members)],
        })
    out.sort(key=lambda c: -c["count"])
    return out


def map_height(bbox: BBox, width: int) -> int:
    # equirectangular with the longitude scaled by cos(mid latitude): shapes look right at Syria's latitude
    k = math.cos(math.radians((bbox.south + bbox.north) / 2))
    return max(1, round(width * (bbox.north - bbox.south) / ((bbox.east - bbox.west) * k)))


def project(lat: float, lon: float, bbox: BBox, width: int, height: int) -> tuple[float, float]:
    x = (lon - bbox.west) / (bbox.east - bbox.west) * width
    y = (bbox.north - lat) / (bbox.north - bbox.south) * height
    return x, y


def timeline_counts(db: sqlite3.Connection, f: EventFilters) -> tuple[list[tuple[str, str, int]], int]:
    """(day, type, count) for events with a day-precise effective start date, and how many
    events have no such date (they cannot be placed on a timeline)."""
    acc: dict[tuple[str, str], int] = defaultdict(int)
    for frm, w, a in event_parts(f):
        d, typ = ("e.date_start", "e.event_type") if frm == MACHINE_FROM else (_eff("date_start"), _eff("event_type"))
        for r in db.execute(f"SELECT substr({d}, 1, 10) AS day, {typ} AS t, count(*) AS n FROM {frm} "  # noqa: S608
                            f"WHERE {w} GROUP BY day, t", a):
            acc[(r["day"] or "", r["t"] or "")] += r["n"]
    dated, undated = [], 0
    for (day, t), n in acc.items():
        if len(day) == 10 and day[:4].isdigit() and day[5:7].isdigit() and day[8:10].isdigit():
            dated.append((day, t, n))
        else:
            undated += n
    return sorted(dated), undated


# ------------------------------------------------------------------------ entities, places
def list_entities(db: sqlite3.Connection, q: str = "", etype: str = "", places: bool = False,
                  limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    where = ["type = 'PLACE'" if places else "type != 'PLACE'"]
    args: list[Any] = []
    if etype and not places:
        where.append("type = ?")
        args.append(etype)
    if q.strip():
        where.append("(name_ar LIKE ? OR name_en LIKE ? OR aliases LIKE ? OR id = ?)")
        like = "%" + q.strip().replace("%", "").replace("_", "") + "%"
        args += [like, like, like, q.strip()]
    w = " AND ".join(where)
    total = db.execute(f"SELECT count(*) FROM entities WHERE {w}", args).fetchone()[0]  # noqa: S608
    rows = db.execute(f"SELECT id, type, name_ar, name_en, lat, lon, level, admin1, source FROM entities "
                      f"WHERE {w} ORDER BY name_ar LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()  # noqa: S608
    return total, [dict(r) for r in rows]


def entity_docs(db: sqlite3.Connection, eid: str, limit: int = 20) -> tuple[int, list[dict[str, Any]]]:
    n = db.execute("SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = ?", (eid,)).fetchone()[0]
    rows = db.execute(
        "SELECT d.id, d.title, d.published, d.publisher_ar FROM documents d WHERE d.id IN "
        "(SELECT doc_id FROM mentions WHERE entity_id = ?) "
        f"ORDER BY {DATE_SORT_DOC.replace('published', 'd.published')} DESC LIMIT ?", (eid, limit)).fetchall()  # noqa: S608
    return n, [dict(r) for r in rows]


def co_occurring(db: sqlite3.Connection, eid: str, max_docs: int = 300, limit: int = 20) -> list[dict[str, Any]]:
    """Actors mentioned in the same documents (over at most ``max_docs`` documents)."""
    rows = db.execute(
        "SELECT m.entity_id AS id, count(DISTINCT m.doc_id) AS n FROM mentions m WHERE m.doc_id IN "
        "(SELECT DISTINCT doc_id FROM mentions WHERE entity_id = ? LIMIT ?) AND m.entity_id IS NOT NULL "
        "AND m.entity_id != ? AND m.type != 'PLACE' GROUP BY m.entity_id ORDER BY n DESC LIMIT ?",
        (eid, max_docs, eid, limit)).fetchall()
    names = entity_names(db, {r["id"] for r in rows})
    return [{"id": r["id"], "n": r["n"], "name": label(names, r["id"]),
             "name_en": (names.get(r["id"]) or {}).get("name_en")} for r in rows]


def entity_aliases_seen(db: sqlite3.Connection, eid: str, limit: int = 30) -> list[tuple[str, int]]:
    """Surface forms the documents used for this entity (first 2000 mentions)."""
    rows = db.execute("SELECT surface, count(*) AS n FROM (SELECT surface FROM mentions WHERE entity_id = ? LIMIT 2000) "
                      "GROUP BY surface ORDER BY n DESC LIMIT ?", (eid, limit))
    return [(r[0], r[1]) for r in rows]


# ------------------------------------------------------------------------ claims, contradictions
CLAIM_COLS = ("c.id, c.doc_id, c.c_start, c.c_end, c.speaker_id, c.speaker_text, c.speaker_role, c.cue, c.stance, "
              "c.kind, c.medium, c.medium_detail, c.date, c.event_ids, c.relay_text, c.is_question, "
              "substr(d.text, c.c_start + 1, min(c.c_end - c.c_start, 600)) AS content, "
              "d.title AS doc_title, d.publisher_ar AS doc_publisher, d.published AS doc_published")


def list_claims(db: sqlite3.Connection, speaker: str = "", stance: str = "", kind: str = "", doc_id: str = "",
                limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    where, args = [], []
    for col, val in (("c.speaker_id", speaker), ("c.stance", stance), ("c.kind", kind), ("c.doc_id", doc_id)):
        if val:
            where.append(f"{col} = ?")
            args.append(val)
    w = (" WHERE " + " AND ".join(where)) if where else ""
    total = db.execute(f"SELECT count(*) FROM claims c{w}", args).fetchone()[0]  # noqa: S608
    rows = db.execute(f"SELECT {CLAIM_COLS} FROM claims c JOIN documents d ON d.id = c.doc_id{w} "
                      f"ORDER BY c.date DESC, c.id LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()  # noqa: S608
    return total, [_claim(r) for r in rows]


def _claim(r: sqlite3.Row) -> dict[str, Any]:
    c = dict(r)
    c["event_ids"] = _j(c.get("event_ids"), [])
    c["is_question"] = bool(c.get("is_question"))
    return c


def claims_by_id(db: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    ids = list({i for i in ids if i})
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        q = f"SELECT {CLAIM_COLS} FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id IN ({','.join('?' * len(chunk))})"  # noqa: S608
        for r in db.execute(q, chunk):
            out[r["id"]] = _claim(r)
    return out


def list_contradictions(db: sqlite3.Connection, limit: int = 30, offset: int = 0, claim_ids: list[str] | None = None,
                        ) -> tuple[int, list[dict[str, Any]]]:
    if claim_ids is not None:
        if not claim_ids:
            return 0, []
        ph = ",".join("?" * len(claim_ids))
        rows = db.execute(f"SELECT * FROM contradictions WHERE claim_a IN ({ph}) UNION "  # noqa: S608
                          f"SELECT * FROM contradictions WHERE claim_b IN ({ph}) ORDER BY id", [*claim_ids, *claim_ids]).fetchall()
        total = len(rows)
    else:
        total = db.execute("SELECT count(*) FROM contradictions").fetchone()[0]
        rows = db.execute("SELECT * FROM contradictions ORDER BY id LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    claims = claims_by_id(db, [r["claim_a"] for r in rows] + [r["claim_b"] for r in rows])
    return total, [{**dict(r), "a": claims.get(r["claim_a"]), "b": claims.get(r["claim_b"])} for r in rows]


def verdicts(db: sqlite3.Connection, kind: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Latest review mark (right / wrong) per claim or contradiction id."""
    out: dict[str, dict[str, Any]] = {}
    ids = list(set(ids))
    for k in range(0, len(ids), 500):
        chunk = ids[k:k + 500]
        q = (f"SELECT target_id, changes, user, at FROM edits WHERE target_kind = ? AND action = 'mark' "  # noqa: S608
             f"AND target_id IN ({','.join('?' * len(chunk))}) ORDER BY id")
        for r in db.execute(q, [kind, *chunk]):
            out[r["target_id"]] = {**_j(r["changes"], {}), "user": r["user"], "at": r["at"]}
    return out


# ---------------------------------------------------------------------------------- stories
def list_stories(db: sqlite3.Connection, limit: int = 30, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    total = db.execute("SELECT count(*) FROM stories").fetchone()[0]
    rows = db.execute("SELECT s.*, (SELECT count(*) FROM story_docs WHERE story_id = s.id) AS n_docs, "
                      "(SELECT count(*) FROM merged_events WHERE story_id = s.id) AS n_events FROM stories s "
                      "ORDER BY s.date_start DESC, s.id LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    return total, [dict(r) for r in rows]


def story(db: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    r = db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
    if r is None:
        return None
    docs = db.execute("SELECT d.id, d.title, d.published, d.publisher_ar, d.publisher_domain, d.url, d.duplicate_of "
                      "FROM story_docs sd JOIN documents d ON d.id = sd.doc_id WHERE sd.story_id = ? "
                      "ORDER BY d.published", (story_id,)).fetchall()
    return {**dict(r), "docs": [dict(d) for d in docs], "merged": event_ids_for_merged(db, story_id)}


def doc_story(db: sqlite3.Connection, doc_id: str) -> str | None:
    r = db.execute("SELECT story_id FROM story_docs WHERE doc_id = ?", (doc_id,)).fetchone()
    return r[0] if r else None


# ------------------------------------------------------------------------------ audit, runs
def list_edits(db: sqlite3.Connection, user: str = "", kind: str = "", target: str = "", limit: int = 50,
               offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    where, args = [], []
    for col, val in (("user", user), ("target_kind", kind), ("target_id", target)):
        if val:
            where.append(f"{col} = ?")
            args.append(val)
    w = (" WHERE " + " AND ".join(where)) if where else ""
    total = db.execute(f"SELECT count(*) FROM edits{w}", args).fetchone()[0]  # noqa: S608
    rows = db.execute(f"SELECT * FROM edits{w} ORDER BY id DESC LIMIT ? OFFSET ?", [*args, limit, offset])  # noqa: S608
    return total, [{**dict(r), "changes": _j(r["changes"], {})} for r in rows]


def running_run(db: sqlite3.Connection) -> dict[str, Any] | None:
    r = db.execute("SELECT * FROM runs WHERE status = 'running' ORDER BY id DESC LIMIT 1").fetchone()
    return dict(r) if r else None


def counts(db: sqlite3.Connection) -> dict[str, int]:
    """Cheap headline counts (each a count over an index or a small table)."""
    out = {}
    for t in ("documents", "events", "claims", "contradictions", "stories", "edits"):
        out[t] = db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
    return out
