"""Link the claim files of every held-out and development set into /tmp/sets/<X>, and the breadth set.

Run from the checkout root with ../shared beside it: ``python bench/heldout/link_sets.py``. The RESULTS commands
read /tmp/sets/{D,E,G,H,K,M} (gold files events_X.yaml), /tmp/sets/{F,I,J,L} (judged checks events_X_check.md),
/tmp/evr/B (the claim files no set file names and pick_set_L.py does not reserve) and /tmp/br (B + F + I + J + L,
the breadth set every helper judges its changed events on)."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from article_sets import DS, H, eligible, used_files  # noqa: E402

SETS = {"D": ["events_D.yaml"], "E": ["events_E.yaml", "events_E_check.yaml"], "G": ["events_G.yaml"],
        "H": ["events_H.yaml"], "K": ["events_K.yaml"], "F": ["events_F_check.md"], "I": ["events_I_check.md"],
        "J": ["events_J_check.md"], "L": ["events_L_check.md"], "M": ["events_M.yaml"]}


def link(folder: str, files: list[str]) -> None:
    os.makedirs(folder, exist_ok=True)
    for f in files:
        p = os.path.join(folder, f)
        if not os.path.lexists(p):
            os.symlink(os.path.abspath(os.path.join(DS, f)), p)
    print(folder, len(files), "claim files")


if __name__ == "__main__":
    for name, set_files in SETS.items():
        link(f"/tmp/sets/{name}", sorted(used_files(set_files)))
    every_set = [f for f in os.listdir(H) if re.match(r"events_[A-Z](_check)?(_[0-9a-f]+)?\.(yaml|md)$", f)]
    used = used_files(every_set)
    reserved = {e.split("#")[0] for e in eligible(used)}      # kept for a future blind set: never linked
    breadth = sorted(set(os.listdir(DS)) - used - reserved)
    link("/tmp/evr/B", breadth)
    link("/tmp/br", sorted(set(breadth).union(*(used_files(SETS[k]) for k in "FIJL"))))
