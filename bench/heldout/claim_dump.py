"""A store's claims as JSON lines (for judging claims and comparing two runs), and a seeded random draw.

    python bench/heldout/claim_dump.py dump RUN.db OUT.jsonl
    python bench/heldout/claim_dump.py draw DUMP.jsonl OUT.jsonl --n 150 --seed 1 [--half dev|test] [--per-article 3]
    python bench/heldout/claim_dump.py diff BEFORE.jsonl AFTER.jsonl

Each row: the article (claim file#article), speaker as written and its entity id, role, relay, the reporting
cue, stance, kind, medium, date, whether it is a question, the claim's content span and the sentence around it.
`--half`: the article's half by a stable hash of its name (dev = even, test = odd), so that rules can be built on
one half while the other stays unread."""
import json
import random
import re
import sqlite3
import sys
import zlib
from collections import defaultdict


def article_key(source: str) -> str:
    m = re.search(r"([RV]-\d+\.json)#(?:article-)?(\d+)", source)
    return f"{m.group(1)}#article-{m.group(2)}" if m else source


def half(src: str) -> str:
    return "dev" if zlib.crc32(src.split("#")[0].encode()) % 2 == 0 else "test"


def _context(text: str, a: int, b: int) -> str:
    lo = max(text.rfind("\n", 0, a), text.rfind(".", 0, max(a - 200, 0)), a - 400, 0)
    hi = text.find("\n", b)
    hi = min(hi if hi >= 0 else len(text), b + 300)
    return text[lo:hi].strip()


def dump(db_path: str, out: str) -> None:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    docs = {i: (article_key(s), t) for i, s, t in db.execute(
        "SELECT id, source, text FROM documents WHERE duplicate_of IS NULL")}
    rows = []
    for (_cid, doc, cs, ce, sid, stext, role, cue, qs, qe, stance, kind, medium, mdet, date, _rid, rtext,
         quest) in db.execute(
            "SELECT id, doc_id, c_start, c_end, speaker_id, speaker_text, speaker_role, cue, cue_start, cue_end,"
            " stance, kind, medium, medium_detail, date, relay_id, relay_text, is_question FROM claims"):
        if doc not in docs:
            continue
        src, text = docs[doc]
        a = min(x for x in (cs, qs) if x is not None)
        b = max(x for x in (ce, qe) if x is not None)
        rows.append({"key": f"{src}|{stext}|{cue}|{cs}", "src": src, "speaker": stext, "speaker_id": sid,
                     "role": role, "relay": rtext, "cue": cue, "cue_at": qs, "stance": stance, "kind": kind, "medium": medium,
                     "medium_detail": mdet, "date": date, "question": bool(quest),
                     "content": text[cs:ce] if cs is not None else "", "context": _context(text, a, b)})
    rows.sort(key=lambda r: (r["src"], r["key"]))
    with open(out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "claims ->", out)


def draw(dump_path: str, out: str, n: int, seed: int, which: str | None, per_article: int) -> None:
    rows = [json.loads(line) for line in open(dump_path)]
    if which:
        rows = [r for r in rows if half(r["src"]) == which]
    rng = random.Random(seed)
    rng.shuffle(rows)
    taken: dict[str, int] = defaultdict(int)
    picked = []
    for r in rows:
        if taken[r["src"]] < per_article:
            taken[r["src"]] += 1
            picked.append(r)
        if len(picked) == n:
            break
    with open(out, "w") as f:
        for i, r in enumerate(picked):
            f.write(json.dumps({"n": i + 1, **r}, ensure_ascii=False) + "\n")
    print(len(picked), "rows from", len(taken), "articles ->", out)


def diff(a: str, b: str) -> None:
    ra = {json.loads(x)["key"]: json.loads(x) for x in open(a)}
    rb = {json.loads(x)["key"]: json.loads(x) for x in open(b)}
    fields = ("speaker", "speaker_id", "role", "relay", "stance", "kind", "medium", "date", "question")
    gone = [k for k in ra if k not in rb]
    new = [k for k in rb if k not in ra]
    changed = [k for k in ra if k in rb and any(ra[k][f] != rb[k][f] for f in fields)]
    for k in gone:
        print("-", k)
    for k in new:
        print("+", k)
    for k in changed:
        print("~", k, {f: (ra[k][f], rb[k][f]) for f in fields if ra[k][f] != rb[k][f]})
    print(f"{len(gone)} gone, {len(new)} new, {len(changed)} changed")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    opts: dict[str, str] = {}
    pos: list[str] = []
    i = 0
    while i < len(args):        # "--n 120" and "--n=120" alike
        a = args[i]
        if a.startswith("--"):
            key, eq, val = a[2:].partition("=")
            if not eq:
                i += 1
                val = args[i]
            opts[key] = val
        else:
            pos.append(a)
        i += 1
    if cmd == "dump":
        dump(*pos)
    elif cmd == "draw":
        draw(pos[0], pos[1], int(opts.get("n") or 150), int(opts.get("seed") or 1), opts.get("half"),
             int(opts.get("per-article") or 3))
    elif cmd == "diff":
        diff(*pos)
