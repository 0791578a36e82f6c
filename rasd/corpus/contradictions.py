"""Contradictions: claims about the same event with opposite stance, or with incompatible
numbers for the same count, from different speakers — within a document and across the
corpus (events merged across a story count as the same event)."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from itertools import combinations

from rasd.records import Claim
from rasd.store.sqlite import Store, row_to_claim
from rasd.text.normalize import normalize

MAX_GROUP = 200          # claims about one event compared pairwise; beyond that, sampled by order
NUMBER_TOLERANCE = 0.05  # figures within 5% are the same figure reported differently


def _speaker_key(c: Claim) -> str:
    return c.speaker_id or " ".join(normalize(c.speaker_text).split())


def _cid(a: str, b: str) -> str:
    x, y = sorted((a, b))
    return "ct-" + hashlib.sha1(f"{x}|{y}".encode()).hexdigest()[:12]


def find_corpus_contradictions(store: Store) -> dict[str, int]:
    db = store.db
    merged_of: dict[str, str] = {}
    for row in db.execute("SELECT id, event_ids FROM merged_events"):
        for ev in json.loads(row[1]):
            merged_of[ev] = row[0]
    groups: dict[str, list[Claim]] = defaultdict(list)
    for r in db.execute("SELECT * FROM claims WHERE is_question=0 ORDER BY doc_id, c_start"):
        c = row_to_claim(r)
        for ev in c.event_ids:
            groups[merged_of.get(ev, ev)].append(c)
    rows: list[tuple[str, str, str, str, str | None, str]] = []
    seen: set[str] = set()
    pairs_seen: set[tuple[str, str, str, str]] = set()   # one contradiction per event and speaker pair
    for group, claims in groups.items():
        for a, b in combinations(claims[:MAX_GROUP], 2):
            if a.id == b.id or _speaker_key(a) == _speaker_key(b) or "unattributed" in (a.speaker_text, b.speaker_text):
                continue
            cid = _cid(a.id, b.id)
            if cid in seen:
                continue
            scope = "document" if a.doc_id == b.doc_id else "corpus"
            sa, sb = sorted((_speaker_key(a), _speaker_key(b)))
            if a.stance != b.stance:
                if (group, sa, sb, "stance") in pairs_seen:
                    continue
                pairs_seen.add((group, sa, sb, "stance"))
                seen.add(cid)
                first, second = (a, b) if a.stance == "asserts" else (b, a)
                rows.append((cid, first.id, second.id, "opposite-stance",
                             f"{first.speaker_text} asserts, {second.speaker_text} denies", scope))
                continue
            for key in set(a.quantities) & set(b.quantities):
                x, y = a.quantities[key], b.quantities[key]
                if max(x, y) and abs(x - y) / max(x, y) > NUMBER_TOLERANCE:
                    seen.add(cid)
                    rows.append((cid, a.id, b.id, "numbers",
                                 f"{key}: {x} ({a.speaker_text}) vs {y} ({b.speaker_text})", scope))
                    break
    with store.tx() as tx:
        tx.execute("DELETE FROM contradictions")
        tx.executemany("INSERT INTO contradictions VALUES (?,?,?,?,?,?)", rows)
    return {"contradictions": len(rows)}
