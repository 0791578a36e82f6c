"""Why gold events of an event gold file are missed, as counts only (safe on blind sets: prints no text).

For every gold event that ``rasd eval`` does not find, the extracted events of the same document are tried
with one of the four tests of ``event_accepted`` relaxed (type, place, date, first actor). A miss is counted
under the one field whose relaxation finds it, "2+ fields" when none alone does but some event of the
document has the gold type, and "no event of the type" otherwise. Non-actual events found with all fields
right are counted apart ("found, not actual": rasd says planned/denied/...).

    python bench/heldout/miss_causes.py bench/heldout/events_D.yaml /tmp/s37_base_D.db
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from rasd.eval.score import (
    RunView,
    _actor_ok,
    _event_place_ok,
    _gold_place_index,
    event_accepted,
    parse_range,
    split_type,
)
from rasd.store.sqlite import Store


def _checks(view: RunView, ev: Any, g: dict[str, Any], places: dict[str, dict[str, Any]]) -> dict[str, bool]:
    """event_accepted's four tests one by one (same order and rules)."""
    et, _ = split_type(g["type"])
    grange = parse_range(g.get("date"))
    rrange = parse_range(ev.date_start + (".." + ev.date_end if ev.date_end not in (None, "unknown", ev.date_start)
                                          else "")) if ev.date_start not in (None, "unknown") else None
    date_ok = rrange is None if grange is None else (
        rrange is not None and not (rrange[1] < grange[0] or rrange[0] > grange[1]))
    return {
        "type": ev.event_type == et and not (ev.modality == "denied-only" and g.get("status") != "disputed"),
        "place": _event_place_ok(view, ev, g.get("place"), places),
        "date": date_ok,
        "actor1": not (g.get("actor1") and not _actor_ok(view, ev.actor1, g["actor1"])),
    }


def missed_golds(gold: dict[str, Any], store: Store,
                 places: dict[str, dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Any, RunView, dict[str, Any]]]:
    """(gold document entry, stored document, its view, gold event) for every gold event of a stored document
    that ``event_accepted`` finds in none of the document's events (documents not in the store are skipped)."""
    for gd in gold.get("documents", []):
        doc = store.get_document(gd["doc"])
        if doc is None:
            continue
        view = RunView(store, doc)
        for g in gd.get("events", []) or []:
            if not any(event_accepted(view, ev, g, places) for ev in view.events):
                yield gd, doc, view, g


def causes(gold_path: Path, db: str) -> Counter[str]:
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    places = _gold_place_index(gold)
    store = Store(db)
    out: Counter[str] = Counter()
    for gd in gold.get("documents", []):
        doc = store.get_document(gd["doc"])
        view = RunView(store, doc) if doc is not None else None
        for g in gd.get("events", []) or []:
            out["gold"] += 1
            evs = view.events if view else []
            if any(event_accepted(view, ev, g, places) for ev in evs):
                out["found"] += 1
                continue
            checks = [_checks(view, ev, g, places) for ev in evs]
            names = ("type", "place", "date", "actor1")
            hit = [n for n in names if any(all(v for k, v in c.items() if k != n) for c in checks)]
            if len(hit) == 1:
                out["miss: " + hit[0]] += 1
            elif hit:
                out["miss: " + "|".join(hit)] += 1
            elif any(c["type"] for c in checks):
                out["miss: 2+ fields"] += 1
            elif evs:
                out["miss: no event of the type"] += 1
            else:
                out["miss: no event in the document"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("db")
    a = ap.parse_args()
    c = causes(a.gold, a.db)
    print(f"{a.gold.name}: found {c.pop('found', 0)}/{c.pop('gold', 0)}")
    for k, v in c.most_common():
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
