"""Pick held-out set K (blind, 30 articles) and development set J (40 articles), 2026-12-03 session 6."""
import random

from article_sets import eligible, used_files

SETS_D_TO_I = ["events_D.yaml", "events_D_check.yaml", "events_E.yaml", "events_E_check.yaml", "events_F_check.md",
               "events_G.yaml", "events_G_check.md", "events_H.yaml", "events_H_check.md", "events_I_check.md"]
used = used_files(SETS_D_TO_I)
ek = eligible(used)
K = random.Random(131313).sample(ek, 30)
kfiles = {k.split("#")[0] for k in K}
ej = eligible(used | kfiles)
J = random.Random(141414).sample(ej, 40)
print(len(used), "excluded files;", len(ek), "eligible for K;", len(ej), "eligible for J")
print("K:", *K, sep="\n  ")
print("J:", *J, sep="\n  ")
print("K files", len(kfiles), "J files", len({j.split('#')[0] for j in J}))
