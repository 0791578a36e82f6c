"""Every judged breadth row carried to an event dump, newest verdict per row.

Run from the checkout: `python bench/heldout/judged_rows.py DUMP OUT.jsonl` (DUMP: `event_dump.py dump STORE DUMP`).
The newest version of each random breadth sample (newest_samples.txt) comes first, then the judged moves of
sessions 30 on in session order: a later verdict of a row replaces an earlier one. Rows whose key is not in DUMP
(their fields moved) are left out: they need judging again. Prints the verdicts, the precision over rows of
modality actual (the only ones the rules judge) and the wrong rows' classes."""
from __future__ import annotations

import collections
import glob
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sample_events import carry, load  # noqa: E402

HERE = Path(__file__).parent


def judged_files() -> list[str]:
    samples = [line.strip() for line in (HERE / "newest_samples.txt").read_text().splitlines() if line.strip()]
    # evmovesNN_judged*.jsonl, NN the session (30 on), in session order
    moves = sorted(glob.glob(str(HERE / "evmoves[0-9][0-9]_judged*.jsonl")),
                   key=lambda f: (int(f.split("evmoves")[-1][:2]), f))
    return samples + moves


def judged_rows(dump: list[dict]) -> dict[str, dict]:
    best: dict[str, dict] = {}
    for f in judged_files():
        rows = [r for r in load(f) if r.get("verdict") in ("right", "wrong") and "key" in r]
        for r in carry(rows, dump):
            if r["carry"] != "gone":
                r["judged_in"] = Path(f).name
                best[r["key"]] = r
    return best


def main(dump_path: str, out: str) -> None:
    best = judged_rows(load(dump_path))
    with open(out, "w", encoding="utf-8") as fo:
        for r in best.values():
            fo.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(best), collections.Counter(r["verdict"] for r in best.values()))
    # the rules judge only rows of modality actual (a few others were judged wrong in older samples)
    actual = collections.Counter(r["verdict"] for r in best.values() if r.get("mod") == "actual")
    print(f"modality actual: {actual['right']}/{actual['right'] + actual['wrong']} right = "
          f"{actual['right'] / max(1, actual['right'] + actual['wrong']):.3f}")
    print(collections.Counter(r.get("class") for r in best.values() if r["verdict"] == "wrong").most_common(12))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
