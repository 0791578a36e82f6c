"""Does a missed gold event's clause, ingested alone, give the event? (dev sets D/G/H only)

For every gold event of an event gold file that ``rasd eval`` does not find in STORE, the clauses of its
document that hold one of the gold place's names (the text between two sentence ends or line breaks,
at most 300 characters either side of the name) are analysed alone, each as a one-clause copy of the
document (same title, URL and publication date). The miss is counted as

- ``no surface``: no gold place name is in the text;
- ``alone: type+place``: some clause alone gives an event of the gold type whose place passes the gold
  place test (``+date`` when its date also fits): the page context loses it;
- ``alone: type only`` / ``alone: place only`` / ``alone: no event``: no clause alone gives it (the
  clause itself is not read right: an event of the gold type at another place, an event of another type
  at the gold place, no event at all).

A miss whose clause alone gives it is then traced in the full page (``drop_trace``'s instrumented
``extract_events``, run on that page alone) and counted under ``page:``

- ``page: event of the type and place, fails date/actor``: the page has it, another field fails;
- ``page: dropped by STEP``: a candidate of the gold type and place was dropped or merged away by STEP;
- ``page: no candidate``: the page never made one (splitting, item cutting, a cue reaching from a neighbour).

``--show`` (dev sets only: prints text) prints, for the ``alone`` misses, the gold id, the clause and
the events the full page has at that place.

    python bench/heldout/clause_alone.py bench/heldout/events_G.yaml /tmp/s38_m1_G.db [--show]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from miss_causes import _checks, missed_golds  # noqa: E402

from rasd.eval.score import RunView, _gold_place_index  # noqa: E402
from rasd.records import Document  # noqa: E402
from rasd.store.sqlite import Store  # noqa: E402

_END = re.compile(r"[.!?؟\n]")
_SPAN = 300


_WORD = re.compile(r"\S+")
_HEAD_REACH = 120      # characters before the place read for the headline word that opens its item


def clauses(text: str, names: list[str]) -> list[str]:
    """The distinct clauses of ``text`` that hold one of ``names`` (in text order): the sentence around
    the name, and the part of it from the last headline word (``dash_heads``: "مقتل", "غارات" ...) within
    _HEAD_REACH characters before the name: a glued feed item may start there inside a longer sentence."""
    from rasd.text.feed_items import dash_heads
    from rasd.text.normalize import normalize

    heads = dash_heads()
    out: list[str] = []
    for name in names:
        for m in re.finditer(re.escape(name), text):
            lo = max(0, m.start() - _SPAN)
            hi = min(len(text), m.end() + _SPAN)
            before = [e.end() for e in _END.finditer(text, lo, m.start())]
            after = _END.search(text, m.end(), hi)
            s = before[-1] if before else lo
            e = after.end() if after else hi
            found = [text[s:e].strip()]
            words = [w.start() for w in _WORD.finditer(text, max(s, m.start() - _HEAD_REACH), m.start())
                     if normalize(w.group()).strip(".,:-") in heads]
            if words and words[-1] > s:
                found.append(text[words[-1]:e].strip())
            for c in found:
                if c and c not in out:
                    out.append(c)
    return out


def alone(doc: Document, clause: str, k: int, res: Any, store: Store) -> RunView:
    from rasd.pipeline import analyse

    d = dataclasses.replace(doc, id=f"{doc.id}~{k}", text=clause, raw=None, boilerplate=[])
    a = analyse(d, res)
    store.put_analysis(a)
    return RunView(store, d)


def page_steps(doc: Document, g: dict[str, Any], places: dict[str, dict[str, Any]], res: Any,
               trace: Path) -> list[str]:
    """The steps of ``extract_events`` that drop or merge away a candidate of ``g``'s type and place when
    the whole page is analysed (the trace of drop_trace.install, which must be installed)."""
    from types import SimpleNamespace

    from rasd.pipeline import analyse

    if trace.exists():
        trace.unlink()
    a = analyse(doc, res)
    tmp = Store(str(trace.with_suffix(".db")))
    d = dataclasses.replace(doc, id=f"{doc.id}~page")
    a.doc = d
    tmp.put_analysis(a)
    view = RunView(tmp, d)
    steps: list[str] = []
    for line in trace.open(encoding="utf-8") if trace.exists() else []:
        r = json.loads(line)
        cand = SimpleNamespace(event_type=r["type"], location=r["loc"], date_start=r["ds"] or "unknown",
                               date_end=r["de"] or "unknown", modality=r["mod"], actor1=[])
        ok = _checks(view, cand, g, places)
        if ok["type"] and ok["place"] and r["step"] not in steps:
            steps.append(r["step"])
    return steps


def run(gold_path: Path, db: str, show: bool) -> Counter[str]:
    import drop_trace

    from rasd.knowledge.resources import default_resources

    work = Path(tempfile.mkdtemp())
    trace = work / "trace.jsonl"
    drop_trace.install(str(trace))
    res = default_resources()
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    places = _gold_place_index(gold)
    store = Store(db)
    tmp = Store(str(work / "alone.db"))
    out: Counter[str] = Counter()
    k = 0
    for gd, doc, view, g in missed_golds(gold, store, places):
        out["missed"] += 1
        names = g.get("place")
        names = [str(n) for n in (names if isinstance(names, list) else [names]) if n]
        cls = clauses(doc.text, names)
        if not cls:
            out["no surface"] += 1
            continue
        best = ""
        hit_clause = ""
        partial: set[str] = set()
        for c in cls[:8]:
            k += 1
            v = alone(doc, c, k, res, tmp)
            for ev in v.events:
                ok = _checks(v, ev, g, places)
                if ok["type"] and ok["place"]:
                    tag = "alone: type+place" + ("+date" if ok["date"] else "")
                    if not best or tag > best:
                        best, hit_clause = tag, c
                elif ok["type"] or ok["place"]:
                    partial.add("type" if ok["type"] else "place")
        if not best:
            out["alone: type only" if partial == {"type"} else "alone: place only" if partial == {"place"}
                else "alone: type only|place only" if partial else "alone: no event"] += 1
            continue
        out[best] += 1
        if any(_checks(view, ev, g, places)["type"] and _checks(view, ev, g, places)["place"]
               for ev in view.events):
            page = ["event of the type and place, fails date/actor"]
        else:
            page = [f"dropped by {st}" for st in page_steps(doc, g, places, res, trace)] or ["no candidate"]
        for p in page:
            out["page: " + p] += 1
        if show and best:
            print(f"--- {g['id']} {gd['doc']} {g['type']} @ {names} [{best}] page: {'; '.join(page)}")
            print("    clause:", hit_clause[:400].replace("\n", " "))
            for ev in view.events:
                ok = _checks(view, ev, g, places)
                if ok["type"] or ok["place"]:
                    print(f"    page ev: {ev.event_type} loc={(view.entity(ev.location).name_en or view.entity(ev.location).name_ar) if ev.location and view.entity(ev.location) else None} "
                          f"{ev.date_start}..{ev.date_end} type_ok={ok['type']} place_ok={ok['place']}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("db")
    ap.add_argument("--show", action="store_true", help="print clauses (dev sets only)")
    a = ap.parse_args()
    c = run(a.gold, a.db, a.show)
    print(f"{a.gold.name}: {c.pop('missed', 0)} gold events missed")
    for key, v in sorted(c.items()):
        print(f"  {key}: {v}")


if __name__ == "__main__":
    main()
