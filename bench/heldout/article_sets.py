"""What the set-picking scripts share: the claim files earlier sets name, and the eligible articles.

Run the scripts from the checkout root with ../shared beside it."""
import json
import os
import re

DS = "../shared/data/unifiedfc/dataset"
H = "bench/heldout/"
KW = re.compile("قصف|غارة|اشتباك|مقتل|قتلى|هجوم|اعتقال|مظاهرة")   # a conflict keyword


def used_files(set_files: list[str]) -> set[str]:
    """Claim files named in these set files ("R-150.json", or "R-150#6" for its article 6)."""
    used: set[str] = set()
    for f in set_files:
        t = open(H + f).read()
        used |= set(re.findall(r"[RV]-\d+\.json", t))
        used |= {m + ".json" for m in re.findall(r"\b([RV]-\d+)#\d+", t)}
    return used


def eligible(excl: set[str]) -> list[str]:
    """Articles of 400-12,000 characters with a conflict keyword, outside the claim files ``excl``."""
    out = []
    for fn in sorted(os.listdir(DS)):
        if fn in excl:
            continue
        arts = json.load(open(os.path.join(DS, fn)))["article"]
        for i, a in enumerate(arts):
            if isinstance(a, str) and 400 <= len(a) <= 12000 and KW.search(a):
                out.append(f"{fn}#article-{i}")
    return out
