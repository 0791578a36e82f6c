"""Why gold events are missed, field by field, as counts only (safe on blind sets: prints no text).

For every gold event `rasd eval` does not find, the document's events are tried with `event_accepted`'s four
tests (type, place, date, first actor; `miss_causes._checks`) and the smallest set of failing tests over them is
kept (the "nearest miss"). Then:

- ``sets``: how often each smallest failing set occurs, and how often each field is in one;
- ``place``: for the nearest misses that fail on place: is the gold point among the document's resolved place
  mentions, how far the event's place is from it, and, when no mention resolves there, whether the gold name is
  in the text and in the gazetteer (a namesake near the gold point or not);
- ``actor``: for the nearest misses that fail on actor1: is the event's actor1 empty or another entity, is the
  gold actor linked anywhere in the document;
- ``date``: for the nearest misses that fail on date: run unknown / gold unknown / which side of the gold range,
  with the page's own date known or not.

    python bench/heldout/miss_detail.py sets bench/heldout/events_K.yaml /tmp/s38_m3_K.db
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from miss_causes import _checks  # noqa: E402

from rasd.eval.score import (  # noqa: E402
    RunView,
    _actor_ok,
    _gold_place_index,
    event_accepted,
    haversine_km,
    norm_name,
    parse_range,
)
from rasd.store.sqlite import Store  # noqa: E402


def nearest_misses(gold: dict[str, Any], store: Store) -> Iterator[tuple[RunView | None, dict[str, Any],
                                                                          frozenset[str] | None, list[Any]]]:
    """(view, gold event, smallest failing set or None when the document has no event, its events)."""
    places = _gold_place_index(gold)
    for gd in gold.get("documents", []):
        doc = store.get_document(gd["doc"])
        view = RunView(store, doc) if doc is not None else None
        for g in gd.get("events", []) or []:
            if view is not None and any(event_accepted(view, ev, g, places) for ev in view.events):
                continue
            if view is None or not view.events:
                yield view, g, None, []
                continue
            fails = [(frozenset(k for k, ok in _checks(view, ev, g, places).items() if not ok), ev)
                     for ev in view.events]
            least = min(len(f) for f, _ in fails)
            best = [(f, ev) for f, ev in fails if len(f) == least]
            yield view, g, best[0][0], [ev for f, ev in best if f == best[0][0]]


def _gold_points(g: dict[str, Any], places: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    names = g.get("place") if isinstance(g.get("place"), list) else [g.get("place")]
    return [p for p in (places.get(norm_name(str(n))) for n in names) if p]


def _km_bucket(d: float) -> str:
    return "<=5" if d <= 5 else "5-25" if d <= 25 else "25-50" if d <= 50 else "50-150" if d <= 150 else ">150"


def _range(ev: Any) -> tuple[Any, Any] | None:
    if ev.date_start in (None, "unknown"):
        return None
    end = ev.date_end if ev.date_end not in (None, "unknown", ev.date_start) else None
    return parse_range(ev.date_start + (".." + end if end else ""))


def count(mode: str, gold_path: Path, db: str) -> Counter[str]:
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    places = _gold_place_index(gold)
    store = Store(db)
    out: Counter[str] = Counter()
    gz = None
    for view, g, failing, evs in nearest_misses(gold, store):
        if mode == "sets":
            out["(no event in the document)" if failing is None else "|".join(sorted(failing))] += 1
            for f in failing or ():
                out[f"field in a smallest set: {f}"] += 1
            continue
        if failing is None or ("actor1" if mode == "actor" else mode) not in failing or view is None:
            continue
        ev = evs[0]
        if mode == "place":
            gps = _gold_points(g, places)
            if not gps:
                out["gold place without a point"] += 1
                continue
            gp = gps[0]
            tol = 25.0 if gp.get("level") == "region" else 5.0
            indoc = any(haversine_km(gp["lat"], gp["lon"], la, lo) <= tol for la, lo in view.place_points())
            loc = view.entity(ev.location)
            where = "none" if loc is None or loc.lat is None else _km_bucket(
                min(haversine_km(p["lat"], p["lon"], loc.lat, loc.lon) for p in gps)) + " km"
            out[f"gold point among the mentions {indoc}; event place {where}"] += 1
            if not indoc:
                if gz is None:
                    from rasd.knowledge.gazetteer import load_gazetteer, name_key
                    from rasd.text.normalize import normalize
                    gz = load_gazetteer()
                    gz.build_indexes()
                surf = [s for s in (gp.get("surface_in_text"), gp.get("name")) if s]
                intext = any(normalize(s) in normalize(view.doc.text) for s in surf)
                cands = [e for s in surf for e in gz.candidates(name_key(s))]
                near = any(e.lat is not None and haversine_km(gp["lat"], gp["lon"], e.lat, e.lon) <= tol
                           for e in cands)
                out[f"  unresolved: name in text {intext}; in gazetteer {bool(cands)}; a namesake near {near}"] += 1
        elif mode == "actor":
            linked = _actor_ok(view, list(view.linked_entities()), g["actor1"])
            out[f"event actor1 {'empty' if not ev.actor1 else 'another'}; gold actor linked in the document "
                f"{linked}"] += 1
        elif mode == "date":
            gr, rr = parse_range(g.get("date")), _range(ev)
            page = "page undated" if str(view.doc.published.date) in ("None", "unknown") else "page dated"
            if rr is None:
                out[f"event unknown, gold dated; {page}"] += 1
            elif gr is None:
                out[f"event dated, gold unknown; {page}"] += 1
            else:
                side = "before" if rr[1] < gr[0] else "after"
                gap = (gr[0] - rr[1]).days if side == "before" else (rr[0] - gr[1]).days
                out[f"event {side} the gold range by {'<=7' if gap <= 7 else '<=60' if gap <= 60 else '>60'} "
                    f"days; {page}"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["sets", "place", "actor", "date"])
    ap.add_argument("gold", type=Path)
    ap.add_argument("db")
    a = ap.parse_args()
    for k, v in sorted(count(a.mode, a.gold, a.db).items()):
        print(f"{v:4d}  {k}")


if __name__ == "__main__":
    main()
