"""The event stage's own candidate records (`_Cand`) of the labelled articles, as features (task "evconf").

    python bench/heldout/evconf_cands.py LABELS.jsonl STORE.db OUT.json     # LABELS = "all": every article

Re-runs entities -> places -> events on each labelled article (read from the store, not written back) and
records, per event id, what the stage knew when it made the event: where its date came from, whether its
actor and place are the sentence's own, aggregate / elaborating / first-person marks, merged tellings.
An event whose id the re-run does not reproduce (the store's corpus pass re-dated its page) gets none."""
import json
import sqlite3
import sys

import rasd.extract.events as events_stage
from rasd.pipeline import analyse
from rasd.store.sqlite import row_to_document

NAMES = ["c_specific", "c_actor_own", "c_actor_same_clause", "c_loc_own", "c_date_own", "c_date_carried",
         "c_date_cited", "c_has_date_expr", "c_other_time_clause", "c_inherits_date", "c_aggregate",
         "c_elaborates", "c_first_person", "c_merged", "c_rejected_places", "c_listed", "c_confidence"]


def _vector(c) -> list[float]:
    return [float(c.specific), float(c.actor_own), float(c.actor_same_clause), float(c.loc_own),
            float(c.date_own), float(c.date_from is not None), float(c.date_cited), float(c.has_date_expr),
            float(bool(c.other_time_clauses)), float(c.inherits_date), float(c.aggregate), float(c.elaborates),
            float(c.first_person), float(len(c.merged)), float(len(c.rejected_places)), float(len(c.listed)),
            float(c.confidence)]


def main(labels: str, db_path: str, out: str) -> None:
    srcs = None if labels == "all" else {json.loads(line)["src"] for line in open(labels)}
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    seen: dict[str, list[float]] = {}
    to_event = events_stage._to_event

    def recording(c, doc_id, text):       # wraps the stage's own converter: same event, cand recorded
        ev = to_event(c, doc_id, text)
        seen[ev.id] = _vector(c)
        return ev

    events_stage._to_event = recording
    n = 0
    for r in db.execute("SELECT * FROM documents"):
        if srcs is not None and r["source"].rsplit("/", 1)[-1] not in srcs:
            continue
        analyse(row_to_document(r), stages=["entities", "places", "events"])
        n += 1
        if n % 100 == 0:
            print(n, "articles", file=sys.stderr)
    json.dump({"names": NAMES, "events": seen}, open(out, "w"))
    print(n, "articles,", len(seen), "events ->", out, file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
