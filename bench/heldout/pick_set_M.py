"""Pick held-out set M (blind, 30 articles), 2026-12-05 session 17, from the articles every earlier set left
"for a future blind set" (pick_set_L.py): nobody had opened them. Prints M1..M30 and links their claim files
into /tmp/sets/M. Run from the checkout root with ../shared beside it."""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from article_sets import DS, H, eligible, used_files  # noqa: E402

# every set file but M's own, so the pick does not depend on whether events_M*.yaml exist yet
earlier = [f for f in os.listdir(H) if re.match(r"events_[A-LN-Z](_check)?(_[0-9a-f]+)?\.(yaml|md)$", f)]
reserved = eligible(used_files(earlier))
M = random.Random(171717).sample(reserved, 30)
files = sorted({m.split("#")[0] for m in M})
os.makedirs("/tmp/sets/M", exist_ok=True)
for f in files:
    p = os.path.join("/tmp/sets/M", f)
    if not os.path.lexists(p):
        os.symlink(os.path.abspath(os.path.join(DS, f)), p)
print(len(reserved), "reserved articles;", len(files), "claim files linked into /tmp/sets/M")
for i, m in enumerate(M, 1):
    print(f"M{i} {m}")
