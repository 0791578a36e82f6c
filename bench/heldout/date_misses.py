"""Gold events of a dev set (D/G/H) that a store finds with the right type and place but another date.

For every gold event of ``bench/heldout/events_X.yaml`` this lists the extracted events of the same document
whose type and place are accepted by ``rasd eval`` (and whose first actor is, when the gold names one) and
whose date range does not overlap the gold's, i.e. the events lost for their date alone; ``--unmatched`` also
lists the extracted events (modality actual) that match no gold event. Each row shows the extracted dates, the
text the date was read from and the page's publication date, so a date fault can be sorted by cause.

    python bench/heldout/date_misses.py bench/heldout/events_D.yaml /tmp/s36_base_D.db [--unmatched] [--json]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from rasd.eval.score import RunView, _gold_place_index, event_accepted
from rasd.store.sqlite import Store


def rows(gold_path: Path, db: str, unmatched: bool = False) -> list[dict[str, Any]]:
    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    gold_places = _gold_place_index(gold)
    store = Store(db)
    out: list[dict[str, Any]] = []
    for gd in gold.get("documents", []):
        doc = store.get_document(gd["doc"])
        if doc is None:
            continue
        view = RunView(store, doc)
        matched: set[str] = set()
        for g in gd.get("events", []) or []:
            found = [ev for ev in view.events if event_accepted(view, ev, g, gold_places)]
            matched |= {ev.id for ev in found}
            if found:
                # found, but its range is not the gold's (wider, narrower or shifted inside it)
                gdate = str(g.get("date", "unknown"))
                if not any(_same_range(ev, gdate) for ev in found):
                    out += [_row("date_loose", doc, view, ev, g) for ev in found]
                continue
            for ev in view.events:
                # the same event when its date is set to the gold's: lost for its date alone
                undated = replace(ev, date_start=str(g.get("date", "unknown")).split("..")[0],
                                  date_end=str(g.get("date", "unknown")).split("..")[-1])
                if event_accepted(view, undated, g, gold_places):
                    out.append(_row("date_miss", doc, view, ev, g))
        if unmatched:
            for ev in view.events:
                if ev.id not in matched and ev.modality == "actual":
                    out.append(_row("no_gold", doc, view, ev, None))
    return out


def _same_range(ev: Any, gdate: str) -> bool:
    a, _, b = gdate.partition("..")
    return (ev.date_start, ev.date_end) == (a, b or a)


def _row(kind: str, doc: Any, view: RunView, ev: Any, g: dict[str, Any] | None) -> dict[str, Any]:
    text = doc.text
    d = ev.field_evidence.get("date")
    loc = view.entity(ev.location)
    return {"kind": kind, "doc": doc.source, "gold": g.get("id") if g else None,
            "gold_date": str(g.get("date")) if g else None, "type": ev.event_type, "sub": ev.sub_event_type,
            "place": loc.name_ar if loc else None, "date": f"{ev.date_start}..{ev.date_end}",
            "published": str(doc.published.date), "date_ev": text[d[0]:d[1]] if d else None,
            "ev": text[ev.evidence.start:ev.evidence.end][:400], "mod": ev.modality}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("db")
    ap.add_argument("--unmatched", action="store_true", help="also list extracted events with no gold match")
    ap.add_argument("--json", action="store_true", help="one JSON object a line")
    a = ap.parse_args()
    for r in rows(a.gold, a.db, a.unmatched):
        if a.json:
            print(json.dumps(r, ensure_ascii=False))
        else:
            print(f"[{r['kind']}] {r['doc']} {r['gold'] or ''} gold={r['gold_date']} run={r['date']} "
                  f"pub={r['published']} | {r['type']}/{r['sub']} | {r['place']} | {r['mod']}\n"
                  f"   date_ev: {r['date_ev']}\n   ev: {r['ev']}\n")


if __name__ == "__main__":
    main()
