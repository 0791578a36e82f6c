"""`rasd eval`: score a run against a gold checklist (shared spec/eval.md).

Gold facts are key facts, not exhaustive annotation, so the main figure is key-fact recall
per layer; `must_not` items count as errors when present.
"""

from __future__ import annotations

import math
import re
import sys
import tempfile
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

import yaml

from rasd.records import Claim, Document, Entity, Event
from rasd.store.sqlite import Store
from rasd.text.normalize import normalize
from rasd.text.tokens import PROCLITICS

LAYERS = ("metadata", "entities", "places", "events", "event_subtypes", "event_counts", "claims",
          "contradictions", "corpus")
EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
# Types that a gold fact and a run entity may disagree on and still be "compatible".
_COMPATIBLE = [
    {"ARMED_GROUP", "STATE_FORCES"},
    {"STATE", "STATE_FORCES"},
    {"ORGANIZATION", "MEDIA"},
    {"ORGANIZATION", "STATE_FORCES"},
    {"ORGANIZATION", "ARMED_GROUP"},
    {"FACILITY", "PLACE"},
]


def norm_name(s: str) -> str:
    """Names compared through the shared normaliser, with quotes and punctuation removed."""
    n = " ".join(re.sub(r"[^\w\s]", " ", normalize(s)).replace("_", " ").split())
    # a detached proclitic ("لـ”هيئة" -> "ل هيئه") joins its word again
    return re.sub(r"(?<!\w)([لبفوك]) (?=\w)", r"\1", n)


def _name_variants(s: str) -> set[str]:
    """A name and its forms with edge clitics stripped ("بدوما" ~ "دوما", "والنظام" ~ "النظام")."""
    n = norm_name(s)
    if not n:
        return set()
    first, _, rest = n.partition(" ")
    firsts = {first}
    for p in PROCLITICS:
        if first.startswith(p) and len(first) - len(p) >= 3:
            stem = first[len(p):]
            firsts.add(stem)
            if p.endswith("ل") and not p.endswith("ال"):
                firsts.add("ال" + stem)       # "للنظام" -> "النظام"
    out = set()
    for f in firsts:
        out.add((f + " " + rest).strip())
        out.add(((f[2:] if f.startswith("ال") else "ال" + f) + " " + rest).strip())
    return out


def _names(e: Entity | None) -> set[str]:
    if e is None:
        return set()
    out: set[str] = set()
    for x in [e.name_ar, *e.aliases, *([e.name_en] if e.name_en else [])]:
        out |= _name_variants(x)
    return out


def types_compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in _COMPATIBLE)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def parse_range(s: Any) -> tuple[date, date] | None:
    """Gold/run date or range ("2018-03-30", "2018-03..2018-03-30", "2015..2018") → inclusive range."""
    if s is None:
        return None
    s = str(s)
    if s == "unknown" or not s:
        return None
    if ".." in s:
        a, b = s.split("..", 1)
        ra, rb = parse_range(a), parse_range(b)
        if ra is None or rb is None:
            return None
        return ra[0], rb[1]
    parts = s.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return date(y, 1, 1), date(y, 12, 31)
        m = int(parts[1])
        if len(parts) == 2:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), nxt - timedelta(days=1)
        d = date(y, m, int(parts[2]))
        return d, d
    except ValueError:
        return None


def split_type(t: str) -> tuple[str, str | None]:
    for et in EVENT_TYPES:
        if t == et:
            return et, None
        if t.startswith(et + "/"):
            return et, t[len(et) + 1:]
    return t, None


class RunView:
    """What a store holds for one document, with entity lookups."""

    def __init__(self, store: Store, doc: Document) -> None:
        self.store = store
        self.doc = doc
        self.mentions = store.mentions(doc.id)
        self.events = store.events(doc.id)
        self.claims = store.claims(doc.id)
        self._entities: dict[str, Entity | None] = {}

    def entity(self, eid: str | None) -> Entity | None:
        if eid is None:
            return None
        if eid not in self._entities:
            self._entities[eid] = self.store.entity(eid)
        return self._entities[eid]

    def entity_names(self, eid: str) -> set[str]:
        names = _names(self.entity(eid))
        for m in self.mentions:
            if m.entity_id == eid:
                names |= _name_variants(m.surface)
        return names

    def linked_entities(self) -> set[str]:
        return {m.entity_id for m in self.mentions if m.entity_id}

    def place_points(self) -> list[tuple[float, float]]:
        pts = []
        for m in self.mentions:
            e = self.entity(m.entity_id) if m.type in ("PLACE", "FACILITY") else None
            if e is not None and e.lat is not None and e.lon is not None:
                pts.append((e.lat, e.lon))
        return pts


def evaluate(gold_path: Path, docs_dir: Path | None = None, db_path: str | None = None,
             err: TextIO | None = None) -> dict[str, Any]:
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    errors = 0
    if docs_dir is not None:
        from rasd.ingest.run import ingest

        tmp = tempfile.TemporaryDirectory(prefix="rasd-eval-")
        store = Store(Path(tmp.name) / "run.db")
        files = sorted(str(p) for p in docs_dir.iterdir()
                       if p.is_file() and p.suffix.lower() not in (".yaml", ".yml", ".md"))
        # an input that fails (or a stage that crashes on it) says so on stderr, as `rasd ingest`
        # does, besides counting in "errors": a run whose layers all score 0 must show why
        report = ingest(files, store, err=err if err is not None else sys.stderr)
        errors += report.failed
    else:
        assert db_path is not None
        store = Store(db_path)
    result = score(gold, store)
    result["errors"] += errors
    return result


def _find_doc(store: Store, name: str) -> Document | None:
    return store.get_document(name)


def score(gold: dict[str, Any], store: Store) -> dict[str, Any]:
    layers: dict[str, dict[str, Any]] = {k: {"found": 0, "total": 0, "misses": []} for k in LAYERS}
    errors = 0
    must_not_hits: list[str] = []
    gold_places = _gold_place_index(gold)
    views: dict[str, RunView] = {}

    def fact(layer: str, ok: bool, fid: str) -> None:
        layers[layer]["total"] += 1
        if ok:
            layers[layer]["found"] += 1
        else:
            layers[layer]["misses"].append(fid)

    for gd in gold.get("documents", []):
        name = gd["doc"]
        stem = name.rsplit(".", 1)[0]
        doc = _find_doc(store, name)
        view = RunView(store, doc) if doc else None
        if view:
            views[name] = view
        _score_metadata(gd, view, fact, stem)
        _score_entities(gd, view, fact, stem)
        _score_places(gd, view, fact, stem)
        matched_events = _score_events(gd, view, fact, stem, gold_places)
        matched_claims = _score_claims(gd, view, fact, stem, matched_events)
        _score_contradictions(gd, view, store, fact, stem, matched_claims)
        for item in gd.get("must_not", []) or []:
            if view and _must_not_present(str(item), view):
                errors += 1
                must_not_hits.append(f"{stem}: {item}")
    _score_corpus(gold.get("corpus") or {}, store, views, fact)
    return {"layers": layers, "errors": errors, "must_not": must_not_hits}


def _gold_place_index(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    idx: dict[str, dict[str, Any]] = {}
    for gd in gold.get("documents", []):
        for p in gd.get("places", []) or []:
            for key in {p.get("name"), p.get("en"), p.get("surface_in_text")} - {None}:
                idx.setdefault(norm_name(key), p)
    return idx


def _score_metadata(gd: dict[str, Any], view: RunView | None, fact: Any, stem: str) -> None:
    md = gd.get("metadata") or {}
    d = view.doc if view else None
    for key, gv in md.items():
        fid = f"{stem}.metadata.{key}"
        if d is None:
            if key != "note":
                fact("metadata", False, fid)
            continue
        if key == "title":
            ok = (d.title is None or d.title_derived) if gv is None else (
                d.title is not None and norm_name(d.title) == norm_name(gv))
        elif key == "url":
            ok = (d.url or "").rstrip("/") == str(gv).rstrip("/")
        elif key == "publisher":
            gp = gv if isinstance(gv, dict) else {"name_ar": gv}
            ok = bool((gp.get("name_ar") and d.publisher.name_ar and
                       norm_name(gp["name_ar"]) == norm_name(d.publisher.name_ar)) or
                      (gp.get("domain") and d.publisher.domain == gp["domain"]))
        elif key == "published":
            ok = str(d.published.date) == str(gv)
        elif key == "hijri":
            ok = (d.published.hijri or "") == str(gv)
        elif key == "views":
            ok = d.views == int(gv)
        elif key == "caption":
            ok = d.caption is not None and norm_name(d.caption) == norm_name(gv)
        elif key == "section":
            ok = d.section is not None and norm_name(d.section) == norm_name(gv)
        elif key == "body_starts":
            ok = norm_name(d.text[: len(gv) * 2]).startswith(norm_name(gv))
        elif key == "body_ends":
            ok = norm_name(d.text[-len(gv) * 2:]).endswith(norm_name(gv))
        elif key == "boilerplate":
            body = normalize(d.text)
            literal = [b for b in gv if isinstance(b, str) and d.raw and b in d.raw]
            ok = not any(_line_in(normalize(b), body) for b in literal)
        else:
            continue  # descriptive keys (note, ...)
        fact("metadata", ok, fid)


def _line_in(line: str, body: str) -> bool:
    line = line.strip()
    if not line:
        return False
    return any(bl.strip() == line for bl in body.split("\n"))


def _score_entities(gd: dict[str, Any], view: RunView | None, fact: Any, stem: str) -> None:
    for i, ge in enumerate(gd.get("entities", []) or []):
        fid = f"{stem}.entities.{ge.get('name', i)}"
        ok = False
        if view:
            want = _name_variants(ge["name"]) | (_name_variants(ge["en"]) if ge.get("en") else set())
            for eid in view.linked_entities():
                e = view.entity(eid)
                etype = e.type if e else next(m.type for m in view.mentions if m.entity_id == eid)
                if types_compatible(etype, ge.get("type", etype)) and view.entity_names(eid) & want:
                    ok = True
                    break
        fact("entities", ok, fid)


def _score_places(gd: dict[str, Any], view: RunView | None, fact: Any, stem: str) -> None:
    for gp in gd.get("places", []) or []:
        fid = f"{stem}.places.{gp.get('name')}"
        tol = 25.0 if gp.get("level") == "region" else 5.0
        ok = bool(view) and any(haversine_km(gp["lat"], gp["lon"], la, lo) <= tol
                                for la, lo in view.place_points())  # type: ignore[union-attr]
        fact("places", ok, fid)


def _event_place_ok(view: RunView, ev: Event, gold_place: Any, gold_places: dict[str, dict[str, Any]]) -> bool:
    names = gold_place if isinstance(gold_place, list) else [gold_place]
    loc = view.entity(ev.location)
    if loc is None or loc.lat is None:
        return False
    for n in names:
        gp = gold_places.get(norm_name(str(n)))
        if gp is None:
            continue
        tol = 25.0 if gp.get("level") == "region" else 5.0
        if haversine_km(gp["lat"], gp["lon"], loc.lat, loc.lon) <= tol:
            return True
    return False


def _kb() -> Any:
    # loaded only when an event gold names an actor
    from rasd.knowledge.kb import load_kb
    return load_kb()


def _actor_ok(view: RunView, run_ids: list[str], gold_actor: Any) -> bool:
    golds = gold_actor if isinstance(gold_actor, list) else [gold_actor]
    want = set().union(*(_name_variants(str(g)) for g in golds))
    if any(view.entity_names(eid) & want for eid in run_ids):
        return True
    # a unit codes as the force it is part of ("سلاح الجو التركي" for a gold "الجيش التركي"), as
    # ACLED names one actor per state force; never the other way (the army is not its air force)
    kb = _kb()
    for eid in run_ids:
        if any(_names(kb.get(up)) & want for up in kb.ancestors(eid)):
            return True
    # a descriptive gold actor ("civilians of Douma") matches an actor category by its head noun
    heads = {norm_name(str(g)).split()[0] for g in golds if norm_name(str(g))}
    for eid in run_ids:
        e = view.entity(eid)
        if e is not None and e.name_en and norm_name(e.name_en).split()[0] in heads:
            return True
    return False


def _event_counts(ev: Event) -> set[int]:
    vals = set(ev.quantities.values())
    if ev.fatalities is not None:
        vals.add(ev.fatalities)
    return vals


def _gold_count_values(g: dict[str, Any]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    f = g.get("fatalities")
    if isinstance(f, dict):
        f = f.get("min", f.get("value"))
    if f is not None:
        out.append(("fatalities", int(f)))
    for k, v in (g.get("quantities") or {}).items():
        for x in v if isinstance(v, list) else [v]:
            out.append((k, int(x)))
    return out


def event_accepted(view: RunView, ev: Event, g: dict[str, Any], gold_places: dict[str, dict[str, Any]]) -> bool:
    """The run's event ev is a telling of gold event g: its type, its place (``_event_place_ok``), a date range
    overlapping the gold one (both unknown alike) and, when the gold names one, its first actor."""
    et, _sub = split_type(g["type"])
    if ev.event_type != et or ev.modality == "denied-only" and g.get("status") != "disputed":
        return False
    if not _event_place_ok(view, ev, g.get("place"), gold_places):
        return False
    grange = parse_range(g.get("date"))
    rrange = parse_range(ev.date_start + (".." + ev.date_end if ev.date_end not in (None, "unknown", ev.date_start) else "")) \
        if ev.date_start not in (None, "unknown") else None
    if grange is None:
        if rrange is not None:
            return False
    elif rrange is None or rrange[1] < grange[0] or rrange[0] > grange[1]:
        return False
    return not (g.get("actor1") and not _actor_ok(view, ev.actor1, g["actor1"]))


def _score_events(gd: dict[str, Any], view: RunView | None, fact: Any, stem: str,
                  gold_places: dict[str, dict[str, Any]]) -> dict[str, Event]:
    matched: dict[str, Event] = {}
    for g in gd.get("events", []) or []:
        gid = g.get("id", "?")
        _et, sub = split_type(g["type"])
        best: Event | None = None
        if view:
            for ev in view.events:
                if not event_accepted(view, ev, g, gold_places):
                    continue
                # prefer the candidate that also has the sub-type and most gold counts
                if best is None or _event_rank(ev, sub, g) > _event_rank(best, sub, g):
                    best = ev
        fact("events", best is not None, f"{stem}.{gid}")
        if sub:
            fact("event_subtypes", best is not None and best.sub_event_type == sub, f"{stem}.{gid}.sub")
        for k, v in _gold_count_values(g):
            fact("event_counts", best is not None and v in _event_counts(best), f"{stem}.{gid}.{k}={v}")
        if best is not None:
            matched[gid] = best
    return matched


def _event_rank(ev: Event, sub: str | None, g: dict[str, Any]) -> tuple[int, int]:
    counts = _event_counts(ev)
    return (int(ev.sub_event_type == sub), sum(1 for _, v in _gold_count_values(g) if v in counts))


def _speaker_ok(view: RunView, c: Claim, gold_speaker: str) -> bool:
    want = _name_variants(gold_speaker)
    # "قاعدة حميميم (القناة المركزية على تلغرام)": the head before a parenthesis also counts
    head = gold_speaker.split("(")[0].strip()
    want |= _name_variants(head)
    if c.speaker_id and view.entity_names(c.speaker_id) & want:
        return True
    return bool(_name_variants(c.speaker_text) & want)


def _score_claims(gd: dict[str, Any], view: RunView | None, fact: Any, stem: str,
                  matched_events: dict[str, Event]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for i, g in enumerate(gd.get("claims", []) or []):
        gid = g.get("id") or f"claim{i + 1}"
        hits: list[Claim] = []
        if view:
            about = g.get("about")
            for c in view.claims:
                if c.is_question or c.stance != g.get("stance", "asserts"):
                    continue
                if not _speaker_ok(view, c, str(g["speaker"])):
                    continue
                if isinstance(about, str) and re.fullmatch(r"e\d+-\d+", about):
                    ev = matched_events.get(about)
                    if ev is None or ev.id not in c.event_ids:
                        continue
                hits.append(c)
        fact("claims", bool(hits), f"{stem}.{gid}")
        out[gid] = hits
    return out


def _score_contradictions(gd: dict[str, Any], view: RunView | None, store: Store, fact: Any, stem: str,
                          matched_claims: dict[str, list[Claim]]) -> None:
    pairs = {(x.claim_a, x.claim_b) for x in store.contradictions()} if view else set()
    pairs |= {(b, a) for a, b in pairs}
    for i, g in enumerate(gd.get("contradictions", []) or []):
        a, b = g["between"]
        ca = [c.id for c in matched_claims.get(a, [])]
        cb = [c.id for c in matched_claims.get(b, [])]
        ok = any((x, y) in pairs for x in ca for y in cb)
        fact("contradictions", ok, f"{stem}.contradiction{i + 1}({a},{b})")


def _score_corpus(corpus: dict[str, Any], store: Store, views: dict[str, RunView], fact: Any) -> None:
    for group in corpus.get("same_story", []) or []:
        ids = [views[n].doc.id for n in group if n in views]
        ok = False
        if len(ids) == len(group):
            stories = [{r[0] for r in store.db.execute("SELECT story_id FROM story_docs WHERE doc_id=?", (i,))}
                       for i in ids]
            ok = bool(set.intersection(*stories)) if stories else False
        fact("corpus", ok, "same_story:" + "+".join(n.split("_")[0] for n in group))
    for pair in corpus.get("near_duplicates", []) or []:
        a, b = (views.get(n) for n in pair)
        ok = bool(a and b and (a.doc.duplicate_of == b.doc.id or b.doc.duplicate_of == a.doc.id))
        fact("corpus", ok, "near_duplicate:" + "+".join(pair))


def _must_not_present(item: str, view: RunView) -> bool:
    """Recognise the checkable kinds of must_not items; descriptive ones that match none are not checked."""
    low = item.lower()
    d = view.doc
    if "question" in low:
        for c in view.claims:
            if not c.is_question and _sentence_is_question(d.text, c.content.start, c.content.end):
                return True
        return any(_sentence_is_question(d.text, e.evidence.start, e.evidence.end) for e in view.events)
    if "ticker" in low and "date" in low:
        ev = d.published.evidence or ""
        return bool(ev) and any(ev in b.text for b in d.boilerplate)
    if "title" in low:
        quoted = re.findall(r"'([^']+)'|\"([^\"]+)\"", item)
        bad = [normalize(x or y) for x, y in quoted]
        t = normalize(d.title or "")
        if "basmala" in low and t.startswith("بسم الله"):
            return True
        return bool(t) and any(t.strip() == b.strip() for b in bad)
    return False


def _sentence_is_question(text: str, start: int, end: int) -> bool:
    # the paragraph (line) holding the span ends with a question mark
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le == -1 else le
    return text[ls:le].rstrip().endswith(("؟", "?"))


def format_result(result: dict[str, Any]) -> str:
    lines = []
    for name, r in result["layers"].items():
        pct = f"{100 * r['found'] / r['total']:.0f}%" if r["total"] else "-"
        lines.append(f"{name:16s} {r['found']:3d}/{r['total']:<3d} {pct:>5s}")
        for m in r["misses"]:
            lines.append(f"    miss: {m}")
    lines.append(f"errors (must_not hits, failed inputs): {result['errors']}")
    for m in result.get("must_not", []):
        lines.append(f"    must_not: {m}")
    return "\n".join(lines)


def iter_gold_docs(gold: dict[str, Any]) -> Iterable[str]:
    return (d["doc"] for d in gold.get("documents", []))
