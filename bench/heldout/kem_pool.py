"""The events of the K, E and M stores that no judged file covers: the last unread unifiedfc articles (session 29).

    python bench/heldout/kem_pool.py K.jsonl E.jsonl M.jsonl OUT.jsonl

Each input is an `event_dump.py dump` of the store built from /tmp/sets/{K,E,M}. The gold and check files of those
sets name the articles judges have read; every other article of their claim files was linked into the store but never
read by anyone (helpers may not open these stores). Their events are a blind pool for a fresh precision sample:
`sample_events.py draw OUT.jsonl SAMPLE.jsonl --n 200 --seed 49 --per-article 100` takes every actual row."""
import json
import re
import sys

H = "bench/heldout/"
JUDGED = ["events_K.yaml", "events_K_check.yaml", "events_E.yaml", "events_E_check.yaml", "events_M.yaml",
          "events_M_check.yaml"]


def judged_articles() -> set[str]:
    """Every article a K/E/M set file names ("R-150.json#article-6", "R-150#6"); a mention in a comment counts too."""
    out: set[str] = set()
    for f in JUDGED:
        for claim, i in re.findall(r"([RV]-\d+)(?:\.json)?#(?:article-)?(\d+)", open(H + f).read()):
            out.add(f"{claim}.json#article-{i}")
    return out


if __name__ == "__main__":
    *dumps, out = sys.argv[1:]
    seen = judged_articles()
    rows = sorted(line for d in dumps for line in open(d) if json.loads(line)["src"] not in seen)
    open(out, "w").writelines(rows)
    print(f"{len(rows)} events of {len({json.loads(r)['src'] for r in rows})} unread articles -> {out}")
