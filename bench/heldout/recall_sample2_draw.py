"""Draw the second recall sample (bench/heldout/recall_sample2_d105a8f.yaml): 25 non-duplicate documents of a
breadth store, seed 11, excluding the 25 documents of the first sample (bench/heldout/recall_sample_0fb75d8.yaml).

Same procedure as recall_sample_draw.py: rows = documents with duplicate_of IS NULL ORDER BY source, minus the
first sample's sources; random.seed(11); random.sample(rows, 25).

Usage: python bench/heldout/recall_sample2_draw.py /tmp/recallS2_br.db"""
import random
import re
import sqlite3
import sys
from pathlib import Path

db = sys.argv[1]  # a path or a read-only sqlite URI (file:...?mode=ro)
first = Path(__file__).with_name("recall_sample_0fb75d8.yaml").read_text(encoding="utf-8")
excluded = set(re.findall(r"^- doc: (\S+)", first, flags=re.M))
rows = sqlite3.connect(db, uri=db.startswith("file:")).execute(
    "SELECT source, id, site, lang, length(text), published FROM documents WHERE duplicate_of IS NULL ORDER BY source").fetchall()
kept = [r for r in rows if r[0].rsplit("/", 1)[-1] not in excluded]  # store sources carry the set dir
random.seed(11)
pick = random.sample(kept, 25)
print(len(rows), len(kept), len(excluded))
for r in pick:
    print(*r, sep="\t")
