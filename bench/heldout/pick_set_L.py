"""Pick development set L (40 articles), 2026-12-03 session 7, outside every earlier set (D-K).

The claim files left after L are kept for a future blind set: nobody opens them while building."""
import json
import os
import random
import re

DS = "../shared/data/unifiedfc/dataset"
H = "bench/heldout/"   # run from the checkout root with ../shared beside it
EARLIER = ["events_D.yaml", "events_D_check.yaml", "events_E.yaml", "events_E_check.yaml", "events_F_check.md",
           "events_G.yaml", "events_G_check.md", "events_H.yaml", "events_H_check.md", "events_I_check.md",
           "events_J_check.md", "events_K.yaml"]
used = set()
for f in EARLIER:
    t = open(H + f).read()
    used |= set(re.findall(r"[RV]-\d+\.json", t))
    used |= {m + ".json" for m in re.findall(r"\b([RV]-\d+)#\d+", t)}
KW = re.compile("قصف|غارة|اشتباك|مقتل|قتلى|هجوم|اعتقال|مظاهرة")


def eligible(excl):
    out = []
    for fn in sorted(os.listdir(DS)):
        if fn in excl:
            continue
        arts = json.load(open(os.path.join(DS, fn)))["article"]
        for i, a in enumerate(arts):
            if isinstance(a, str) and 400 <= len(a) <= 12000 and KW.search(a):
                out.append(f"{fn}#article-{i}")
    return out


el = eligible(used)
L = random.Random(151515).sample(el, 40)
lfiles = {x.split("#")[0] for x in L}
rest = eligible(used | lfiles)
print(len(used), "excluded files;", len(el), "eligible for L;", len(rest), "articles left for a future blind set")
print("L:", *L, sep="\n  ")
