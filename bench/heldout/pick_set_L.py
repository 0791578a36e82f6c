"""Pick development set L (40 articles), 2026-12-03 session 7, outside every earlier set (D-K).

The claim files left after L are kept for a future blind set: nobody opens them while building."""
import random

from article_sets import eligible, used_files

EARLIER = ["events_D.yaml", "events_D_check.yaml", "events_E.yaml", "events_E_check.yaml", "events_F_check.md",
           "events_G.yaml", "events_G_check.md", "events_H.yaml", "events_H_check.md", "events_I_check.md",
           "events_J_check.md", "events_K.yaml"]
used = used_files(EARLIER)
el = eligible(used)
L = random.Random(151515).sample(el, 40)
lfiles = {x.split("#")[0] for x in L}
rest = eligible(used | lfiles)
print(len(used), "excluded files;", len(el), "eligible for L;", len(rest), "articles left for a future blind set")
print("L:", *L, sep="\n  ")
