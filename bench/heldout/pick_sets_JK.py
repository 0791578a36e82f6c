"""Pick held-out set K (blind, 30 articles) and development set J (40 articles), 2026-12-03 session 6."""
import json
import os
import random
import re

DS = "../shared/data/unifiedfc/dataset"
H = "bench/heldout/"   # run from the checkout root with ../shared beside it
SETS_D_TO_I = ["events_D.yaml", "events_D_check.yaml", "events_E.yaml", "events_E_check.yaml", "events_F_check.md",
               "events_G.yaml", "events_G_check.md", "events_H.yaml", "events_H_check.md", "events_I_check.md"]
used = set()
for f in SETS_D_TO_I:
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
ek = eligible(used)
K = random.Random(131313).sample(ek, 30)
kfiles = {k.split("#")[0] for k in K}
ej = eligible(used | kfiles)
J = random.Random(141414).sample(ej, 40)
print(len(used), "excluded files;", len(ek), "eligible for K;", len(ej), "eligible for J")
print("K:", *K, sep="\n  ")
print("J:", *J, sep="\n  ")
print("K files", len(kfiles), "J files", len({j.split('#')[0] for j in J}))
