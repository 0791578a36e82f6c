"""Draw the recall sample (bench/heldout/recall_sample_0fb75d8.yaml): 25 non-duplicate documents of a breadth store, seed 7.

Usage: python bench/heldout/recall_sample_draw.py /tmp/base20_br.db"""
import random
import sqlite3
import sys

db = sys.argv[1]
rows = sqlite3.connect(db).execute(
    "SELECT source, id, site, lang, length(text), published FROM documents WHERE duplicate_of IS NULL ORDER BY source").fetchall()
random.seed(7)
pick = random.sample(rows, 25)
print(len(rows))
for r in pick:
    print(*r, sep="\t")
