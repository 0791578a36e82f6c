"""The gold cap of an emit gate: what each gold event's matching events would score, read once with every gate open.

    python bench/heldout/gate_gold.py record OUT.json GOLD.yaml DOCS_DIR [GOLD.yaml DOCS_DIR ...]

Ingests each DOCS_DIR into a temporary store with the emit gates open (the stage's ``confidence.score_events``
wrapped: it records each emitted event's ALL_FEATURES vector and word terms, and turns nothing away), then lists,
for every gold event of GOLD.yaml, each stored event that `rasd eval` would accept as it (type, place, date range,
actor1: the matching of ``rasd.eval.score._score_events``, every match rather than the best). A gold event stays
found under a gate when one of its matches scores at or over the threshold; ``gate_refit.py`` reads OUT.json to find
the highest threshold that keeps every gold event (the cap). With the gates open a page's later readings (the
sparse page's bare names, counted after the gate) may differ a little from a gated run: the chosen threshold is
checked with `rasd eval` on stores built with the shipped gates."""
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

import rasd.extract.events.confidence as confidence
from rasd.eval.score import RunView, _gold_place_index, event_accepted
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store


def _matches(g: dict[str, Any], view: RunView, gold_places: dict[str, dict[str, Any]]) -> list[str]:
    """The ids of the view's events that `rasd eval` accepts as gold event g."""
    return [ev.id for ev in view.events if event_accepted(view, ev, g, gold_places)]


def record(out: str, pairs: list[tuple[str, str]]) -> None:
    seen: dict[str, dict[str, Any]] = {}

    def open_gate(pairs_, page):        # record what the stage computes; turn nothing away
        for (c, ev), x in zip(pairs_, confidence.feature_rows(pairs_, page), strict=True):
            seen[ev.id] = {"x": x, "terms": sorted(confidence.lexical_terms(c))}    # (the corpus pass's reading last)
        return []

    confidence.score_events = open_gate
    result: dict[str, list[dict[str, Any]]] = {}
    for gold_path, docs in pairs:
        gold = yaml.safe_load(Path(gold_path).read_text("utf-8"))
        with tempfile.TemporaryDirectory(prefix="gate-gold-") as tmp:
            store = Store(Path(tmp) / "run.db")
            files = sorted(str(p) for p in Path(docs).iterdir()
                           if p.is_file() and p.suffix.lower() not in (".yaml", ".yml", ".md"))
            ingest(files, store)
            places = _gold_place_index(gold)
            rows = []
            for gd in gold.get("documents", []):
                doc = store.get_document(gd["doc"])
                view = RunView(store, doc) if doc else None
                for g in gd.get("events", []) or []:
                    ids = _matches(g, view, places) if view else []
                    rows.append({"id": f"{gd['doc']}.{g.get('id', '?')}",
                                 "matches": [{"event": i, **seen[i]} for i in ids if i in seen]})
            result[gold_path] = rows
            print(f"{gold_path}: {len(rows)} gold events, {sum(bool(r['matches']) for r in rows)} matched with the "
                  "gates open", file=sys.stderr)
    json.dump({"features": list(confidence.ALL_FEATURES), "sets": result}, open(out, "w"), ensure_ascii=False)


if __name__ == "__main__":
    if sys.argv[1] == "record":
        a = sys.argv[3:]
        record(sys.argv[2], list(zip(a[::2], a[1::2], strict=True)))
