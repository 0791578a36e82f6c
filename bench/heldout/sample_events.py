"""A seeded random sample of a store's events for judging, its precision, and which judged rows a later dump keeps.

    python bench/heldout/sample_events.py draw DUMP.jsonl OUT.jsonl [--n 120] [--seed 17] [--per-article 2] [--all-modalities]
                                          [--exclude JUDGED.jsonl ...]
    python bench/heldout/sample_events.py score JUDGED.jsonl
    python bench/heldout/sample_events.py carry JUDGED.jsonl NEW_DUMP.jsonl [--out CARRIED.jsonl]

DUMP is `event_dump.py dump` output. Why a sample: the blind sets hold too few events to see a change of a few points,
and helpers judge only the rows their change touches; a seeded sample of the breadth set, judged once and kept, gives an
unbiased precision estimate and labelled rows that later sessions re-judge only where the events moved.

draw: only modality `actual` by default (the judges' rules code only actual events); the dump's order is sorted, so
the same dump and seed give the same sample. `--exclude` leaves out every row whose key is in an earlier sample file
(a second sample adds new labels instead of repeating judged rows; the per-article cap counts only the new sample). Each row gets a stable `key`: src + type + place + date + trigger + a hash of
the evidence sentence (with `#2`, `#3` for identical rows of one article).
score: judged rows carry `verdict` (right/wrong), `type_ok`, `place_ok`, `date_ok`, `status`
(event/background/non-event/duplicate), `class` (the K check's error classes, `;`-joined, empty when right) and `reason`.
carry: per judged row, `unchanged` (an identical row is in the new dump: verdict carried), `changed` (same key, or same
article + trigger + evidence, with other fields moved: re-judge; the row takes the new fields and key, the old values
are kept in `moved`) or `gone`.
"""
import argparse
import hashlib
import json
import math
import random
import sys
from collections import Counter, defaultdict

# The dump fields that a verdict rests on or that a re-judge should see moved (date_ev included: a new anchor is a new call).
ROW_FIELDS = ("src", "type", "sub", "place", "date", "a1", "a2", "fat", "mod", "trig", "date_ev", "ev")
JUDGED_FIELDS = ("verdict", "type_ok", "place_ok", "date_ok", "status", "class", "reason")
STATUSES = ("event", "background", "non-event", "duplicate")


def evidence_hash(ev: str) -> str:
    return hashlib.sha1(ev.encode("utf-8")).hexdigest()[:10]


def base_key(row: dict) -> str:
    return "|".join((row["src"], str(row["type"]), str(row["place"]), str(row["date"]), str(row.get("trig")),
                     evidence_hash(row["ev"])))


def keyed(rows: list[dict]) -> list[dict]:
    """Each row with its stable key; identical rows of one article get #2, #3 in dump order."""
    seen: Counter[str] = Counter()
    out = []
    for r in rows:
        k = base_key(r)
        seen[k] += 1
        out.append({**r, "key": k if seen[k] == 1 else f"{k}#{seen[k]}"})
    return out


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def draw(rows: list[dict], n: int, seed: int, per_article: int, actual_only: bool = True,
         exclude: frozenset[str] | set[str] = frozenset()) -> list[dict]:
    """Up to n rows drawn uniformly at random (seeded), at most per_article from one article, none whose key is in
    `exclude`. The cap keeps one long digest from filling the sample; rows are returned in dump order so the judged
    file reads article by article. Keys are computed on the whole dump first, so `#2` keys match the earlier sample's."""
    pool = keyed(sorted(rows, key=lambda r: (r["src"], r["ev"], str(r["type"]), str(r["sub"]), str(r["date"]))))
    if actual_only:
        pool = [r for r in pool if r.get("mod") == "actual"]
    pool = [r for r in pool if r["key"] not in exclude]
    order = list(range(len(pool)))
    random.Random(seed).shuffle(order)
    taken: Counter[str] = Counter()
    picked = []
    for i in order:
        src = pool[i]["src"]
        if taken[src] >= per_article:
            continue
        taken[src] += 1
        picked.append(i)
        if len(picked) == n:
            break
    return [pool[i] for i in sorted(picked)]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def _line(name: str, k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    pct = 100 * k / n if n else 0.0
    return f"{name:<10} {k}/{n} = {pct:.1f}%  (95% Wilson {100 * lo:.1f}-{100 * hi:.1f}%)"


def score(rows: list[dict]) -> dict:
    """Strict = verdict right (status event, type, place, date right, no duplicate); lenient = the same with background
    judged on its merits; type-only = status event, type right, no duplicate (the K check's three lines)."""
    judged = [r for r in rows if r.get("verdict") in ("right", "wrong")]
    missing = len(rows) - len(judged)
    strict = sum(r["verdict"] == "right" for r in judged)
    lenient = sum(r["status"] in ("event", "background") and r["type_ok"] and r["place_ok"] and r["date_ok"]
                  for r in judged)
    type_only = sum(r["status"] == "event" and bool(r["type_ok"]) for r in judged)
    classes: Counter[str] = Counter()
    for r in judged:
        classes.update(c for c in (r.get("class") or "").split(";") if c)
    return {"judged": len(judged), "unjudged": missing, "strict": strict, "lenient": lenient, "type_only": type_only,
            "type_ok": sum(bool(r["type_ok"]) for r in judged), "place_ok": sum(bool(r["place_ok"]) for r in judged),
            "date_ok": sum(bool(r["date_ok"]) for r in judged), "status": Counter(r["status"] for r in judged),
            "classes": classes, "articles": len({r["src"] for r in judged})}


def print_score(s: dict) -> None:
    n = s["judged"]
    print(f"{n} rows judged ({s['unjudged']} without a verdict), {s['articles']} articles")
    print(_line("strict", s["strict"], n))
    print(_line("lenient", s["lenient"], n))
    print(_line("type-only", s["type_only"], n))
    print(f"fields right: type {s['type_ok']}, place {s['place_ok']}, date {s['date_ok']} of {n}")
    print("status:", ", ".join(f"{k} {v}" for k, v in s["status"].most_common()))
    print("classes:", ", ".join(f"{k} {v}" for k, v in s["classes"].most_common()) or "none")


def carry(judged: list[dict], new_rows: list[dict]) -> list[dict]:
    """Each judged row tagged `carry`: unchanged / changed / gone against a new dump (keys recomputed on the new dump)."""
    new = keyed(sorted(new_rows, key=lambda r: (r["src"], r["ev"], str(r["type"]), str(r["sub"]), str(r["date"]))))
    by_key = {r["key"]: r for r in new}
    by_trigger: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    by_fields: dict[tuple[str, str, str, str], list[dict]] = defaultdict(list)
    for r in new:
        by_trigger[(r["src"], str(r.get("trig")), evidence_hash(r["ev"]))].append(r)
        by_fields[(r["src"], str(r["type"]), str(r["place"]), str(r["date"]))].append(r)

    def closest(rows: list[dict], j: dict) -> dict | None:
        # the candidate that agrees with the judged row on most fields (not merely the first: session 23's
        # carry matched a Kalar row to a Ranya row of the same sentence)
        return max(rows, key=lambda r: sum(r.get(f) == j.get(f) for f in ROW_FIELDS)) if rows else None

    out = []
    for j in judged:
        row = by_key.get(j["key"])
        if row is not None and all(row.get(f) == j.get(f) for f in ROW_FIELDS):
            out.append({**j, "carry": "unchanged"})
            continue
        if row is None:     # same trigger in the same sentence; else the same type, place and date (evidence moved)
            row = closest(by_trigger.get((j["src"], str(j.get("trig")), evidence_hash(j["ev"])), []), j) \
                or closest(by_fields.get((j["src"], str(j["type"]), str(j["place"]), str(j["date"])), []), j)
        if row is None:
            out.append({**j, "carry": "gone"})
            continue
        moved = [f for f in ROW_FIELDS if row.get(f) != j.get(f)]
        # the row takes the new dump's fields and key (the old values stay in `moved`): once re-judged it
        # describes the event as it now is, so the next carry does not flag the same move again
        out.append({**j, **{f: row.get(f) for f in ROW_FIELDS}, "key": row["key"], "carry": "changed",
                    "moved": {f: [j.get(f), row.get(f)] for f in moved}})
    return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("dump")
    d.add_argument("out")
    d.add_argument("--n", type=int, default=120)
    d.add_argument("--seed", type=int, default=17)
    d.add_argument("--per-article", type=int, default=2)
    d.add_argument("--all-modalities", action="store_true")
    d.add_argument("--exclude", action="append", default=[], help="a judged sample file whose keys are left out")
    s = sub.add_parser("score")
    s.add_argument("judged")
    c = sub.add_parser("carry")
    c.add_argument("judged")
    c.add_argument("dump")
    c.add_argument("--out")
    a = ap.parse_args(argv)
    if a.cmd == "draw":
        excluded = frozenset(r["key"] for path in a.exclude for r in load(path))
        rows = draw(load(a.dump), a.n, a.seed, a.per_article, actual_only=not a.all_modalities, exclude=excluded)
        with open(a.out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"key": r["key"], **{k: v for k, v in r.items() if k != "key"},
                                    **dict.fromkeys(JUDGED_FIELDS)}, ensure_ascii=False) + "\n")
        print(f"{len(rows)} rows from {len({r['src'] for r in rows})} articles -> {a.out}"
              + (f" ({len(excluded)} keys excluded)" if excluded else ""))
    elif a.cmd == "score":
        print_score(score(load(a.judged)))
    else:
        rows = carry(load(a.judged), load(a.dump))
        counts = Counter(r["carry"] for r in rows)
        print(", ".join(f"{k} {counts[k]}" for k in ("unchanged", "changed", "gone")))
        for r in rows:
            if r["carry"] != "unchanged":
                print(r["carry"], r["key"], json.dumps(r.get("moved", {}), ensure_ascii=False)[:300])
        if a.out:
            with open(a.out, "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
