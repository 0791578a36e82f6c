"""How a sentence cue splits judged breadth rows: right (R), background (B) and other wrong (W), on both halves.

    python bench/heldout/cue_probe.py JUDGED.jsonl PATTERN [PATTERN ...] [--show B|R|W|all] [--width 90]

JUDGED.jsonl is judged rows carried to one dump (/work/notes/s35/current.py output, or judged_base.jsonl). PATTERN is
a Python regular expression read against the sentence of the row's evidence that holds its trigger (the evidence split
at " . " and line ends); the word TRIG in it stands for the row's trigger (escaped), so "غداة\\s(?:\\S+\\s){0,3}TRIG"
asks for a trigger within four words after "غداة". A label `name=` before the pattern names it in the table.

Why: a background rule has to remove wrong rows at a high ratio to right ones (the s35 briefs ask for 3 : 1 on both
halves of the judged rows), and most sentence cues tried since session 30 match as many right rows as wrong ones.
Counting a cue on the judged rows before writing it in rasd/extract/events/background.py spares the ingest. The halves
split the rows by the crc32 of the page's file name, even and odd (the claims' dev/test split of claim_dump.half); the
judged rows are dev material whatever their half, the split is only a check that a ratio holds on two samples.
Counts are of rows, so a page with several judged rows weighs more; --show prints the matched rows with the judge's
reason to read them (judged rows only: this prints nothing outside JUDGED.jsonl).
"""
import argparse
import json
import re
import sys
import zlib
from collections import Counter


def verdict_class(row: dict) -> str:
    """R for a right row, B for a wrong row the judge classed BACKGROUND (alone or with other faults), W otherwise."""
    if row.get("verdict") == "right":
        return "R"
    return "B" if "BACKGROUND" in str(row.get("class") or "") else "W"


def trigger_sentence(row: dict) -> str:
    """The sentence of the row's evidence that holds its trigger (the whole evidence when the trigger is not in it)."""
    ev, trig = row.get("ev") or "", row.get("trig") or ""
    at = ev.find(trig) if trig else -1
    if at < 0:
        return ev
    start = max(ev.rfind(" . ", 0, at), ev.rfind("\n", 0, at)) + 1
    end = ev.find(" . ", at)
    return ev[start:end if end >= 0 else len(ev)]


def half(src: str) -> int:
    return zlib.crc32(src.split("#")[0].encode()) % 2


def probe(rows: list[dict], pattern: str) -> tuple[Counter, list[tuple[str, dict, str]]]:
    counts: Counter = Counter()
    hits = []
    for row in rows:
        sentence = trigger_sentence(row)
        m = re.search(pattern.replace("TRIG", re.escape(row.get("trig") or "")), sentence)
        if m is None:
            continue
        cls = verdict_class(row)
        counts[(half(row["src"]), cls)] += 1
        hits.append((cls, row, sentence[max(0, m.start() - 60):m.end() + 60]))
    return counts, hits


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("judged")
    ap.add_argument("patterns", nargs="+")
    ap.add_argument("--show", choices=["B", "R", "W", "all"])
    ap.add_argument("--width", type=int, default=90)
    args = ap.parse_args(argv)
    with open(args.judged, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    print(f"{'cue':<24} {'R':>4} {'B':>4} {'W':>4}  wrong:right  half0 R/B/W   half1 R/B/W")
    for spec in args.patterns:
        name, _, pattern = spec.partition("=") if re.match(r"\w+=", spec) else ("", "", spec)
        counts, hits = probe(rows, pattern)
        tot = {c: counts[(0, c)] + counts[(1, c)] for c in "RBW"}
        wrong = tot["B"] + tot["W"]
        ratio = f"{wrong / tot['R']:.1f}" if tot["R"] else ("inf" if wrong else "-")
        halves = ["/".join(str(counts[(h, c)]) for c in "RBW") for h in (0, 1)]
        print(f"{(name or pattern)[:24]:<24} {tot['R']:>4} {tot['B']:>4} {tot['W']:>4}  {ratio:>11}  "
              f"{halves[0]:>11}   {halves[1]:>11}")
        for cls, row, around in hits:
            if args.show in (cls, "all"):
                print(f"    {cls} {row['src']} {row.get('trig')} | {around[:args.width * 2]}")
                print(f"      {str(row.get('reason') or '')[:args.width]}")


if __name__ == "__main__":
    main(sys.argv[1:])
