"""Which merge pass joined which two tellings: a diagnostic for the "distinct happenings merged" miss class.

    python bench/heldout/merge_log.py run LOG.jsonl ingest /tmp/br --db /tmp/NAME_log.db -j 1
    python bench/heldout/merge_log.py count LOG.jsonl
    python bench/heldout/merge_log.py sample LOG.jsonl STORE.db N [--caller NAME] [--cross] [--places] [--seed S]

`run` runs `rasd` in this process with every `_absorb(kept, absorbed)` logged as one JSON line: the document,
the merge pass that called it (and its caller), and both candidates' type, sub-type, whether the sub-type came
from a specific word, place id, own place, dates, trigger word, kind and sentence span. Use `-j 1`: worker
processes would not log. `count` tallies the merges by pass, same / other sentence, place and sub-type
differing. `sample` prints N random merges (optionally of one pass, across sentences, at two places) with
both sentences read from STORE.db (any store of the same articles), for judging by hand.
"""
from __future__ import annotations

import inspect
import json
import random
import sqlite3
import sys
from collections import Counter
from typing import Any


def _snap(c: Any) -> dict[str, Any]:
    tok = c.sent.tokens[c.ti]
    return {"type": c.event_type, "sub": c.sub_event_type, "specific": c.specific, "loc": c.location,
            "loc_own": c.loc_own, "d": c.date_start, "de": c.date_end, "trig": tok.text, "kind": c.trig.kind,
            "a1": list(c.actor1), "a2": list(c.actor2), "d_own": c.date_own, "sent": [c.sent.span.start, c.sent.span.end]}


def run(log_path: str, argv: list[str]) -> None:
    from rasd.cli import main
    from rasd.extract.events import compare, merge

    log = open(log_path, "a", encoding="utf-8")
    original = compare._absorb

    def logged(a: Any, b: Any, ctx: Any) -> Any:
        frame = inspect.currentframe()
        caller = frame.f_back if frame is not None else None
        names = [caller.f_code.co_name if caller else "", caller.f_back.f_code.co_name if caller and caller.f_back else ""]
        doc, f = None, caller
        while f is not None:        # the events stage's frame holds the analysed document
            if f.f_code.co_name == "extract_events" and "analysis" in f.f_locals:
                doc = f.f_locals["analysis"].doc.id
                break
            f = f.f_back
        log.write(json.dumps({"doc": doc, "caller": names[0], "caller2": names[1], "a": _snap(a), "b": _snap(b)},
                             ensure_ascii=False, default=str) + "\n")
        return original(a, b, ctx)

    for module in (compare, merge):     # merge imported the name: patch both bindings
        module._absorb = logged
    sys.argv = ["rasd", *argv]
    main()


def _rows(log_path: str) -> list[dict[str, Any]]:
    with open(log_path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.startswith('{"doc"')]


def count(log_path: str) -> None:
    tally: Counter[tuple[str, str, str, str]] = Counter()
    for r in _rows(log_path):
        a, b = r["a"], r["b"]
        tally[(r["caller"], "same sentence" if a["sent"] == b["sent"] else "other sentence",
               "places differ" if a["loc"] and b["loc"] and a["loc"] != b["loc"] else "-",
               "sub-types differ" if a["sub"] != b["sub"] else "-")] += 1
    for key, n in tally.most_common():
        print(n, *key, sep="\t")


def sample(log_path: str, db_path: str, n: int, caller: str | None, cross: bool, places: bool, seed: int) -> None:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = [r for r in _rows(log_path) if (caller is None or r["caller"] == caller)
            and (not cross or r["a"]["sent"] != r["b"]["sent"])
            and (not places or (r["a"]["loc"] and r["b"]["loc"] and r["a"]["loc"] != r["b"]["loc"]))]
    print(len(rows), "merges selected")
    random.seed(seed)
    for k, r in enumerate(random.sample(rows, min(n, len(rows)))):
        found = db.execute("SELECT source, text FROM documents WHERE id = ?", (r["doc"],)).fetchone()
        if found is None:
            continue
        source, text = found
        print(f"#{k} {source.split('/')[-1]} {r['caller']} (from {r['caller2']})")
        for name, c in (("kept", r["a"]), ("absorbed", r["b"])):
            print(f"  {name}: {c['type']} / {c['sub']}{'' if c['specific'] else ' (default)'} @ {c['loc']}"
                  f"{'' if c['loc_own'] else ' (not its own)'} [{c['d']}..{c['de']}] trigger {c['trig']}")
            print("     ", text[c["sent"][0]:c["sent"][1]][:400].replace("\n", " "))


if __name__ == "__main__":
    cmd, rest = sys.argv[1], sys.argv[2:]
    if cmd == "run":
        run(rest[0], rest[1:])
    elif cmd == "count":
        count(rest[0])
    elif cmd == "sample":
        opts = rest[3:]
        sample(rest[0], rest[1], int(rest[2]), opts[opts.index("--caller") + 1] if "--caller" in opts else None,
               "--cross" in opts, "--places" in opts,
               int(opts[opts.index("--seed") + 1]) if "--seed" in opts else 1)
    else:
        sys.exit(__doc__)
