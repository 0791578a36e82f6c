"""A store's events as JSON lines, and the rows two dumps differ in, for judging a change event by event.

    python bench/heldout/event_dump.py dump RUN.db OUT.jsonl [--unfinished]
    python bench/heldout/event_dump.py diff BEFORE.jsonl AFTER.jsonl     # rows gone (-) and new (+), per article
    python bench/heldout/event_dump.py placeids BEFORE.db AFTER.db [OUT.jsonl]   # same row, another place point

Each row: the article (claim file#article), type, sub-type, place name, dates, actor names, fatalities, modality,
trigger, the text of the date's evidence and the event's evidence sentence."""
import json
import os
import sqlite3
import sys
from collections import Counter, defaultdict

FIELDS = ("src", "type", "sub", "place", "date", "a1", "a2", "fat", "mod", "ev")


def unfinished_runs(db: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """The store's ingest runs not marked done: (id, status, command). An ingest stores every page
    before its corpus pass, which then dates pages from their story-mates and re-analyses them; a
    dump taken meanwhile (the progress bar is full, the command has not returned) holds those pages'
    events undated, which looked like rows flapping between runs (session 15: R-128#9, R-14#8,
    R-52#8, V-14#7, R-234#7 undated and R-259#12 a day off, all story-dated pages)."""
    try:
        return [tuple(r) for r in db.execute("SELECT id, status, command FROM runs WHERE status != 'done'")]
    except sqlite3.OperationalError:   # no runs table: not a store written by ingest
        return []


def dump(db_path: str, out: str, unfinished: bool = False) -> None:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    if not unfinished and (runs := unfinished_runs(db)):
        for run_id, status, command in runs:
            print(f"{db_path}: run {run_id} is {status!r} ({command[:80]}): its corpus pass may not have "
                  "dated and re-analysed the story pages yet; wait for the ingest to return, or pass "
                  "--unfinished to dump it as it is", file=sys.stderr)
        sys.exit(2)
    names = dict(db.execute("SELECT id, name_ar FROM entities"))
    docs = {i: (os.path.basename(s), t) for i, s, t in db.execute("SELECT id, source, text FROM documents")}
    rows = []
    for (doc, et, st, s, e, a1, a2, loc, ds, de, fat, mod, fe, trig) in db.execute(
            "SELECT doc_id, event_type, sub_event_type, ev_start, ev_end, actor1, actor2, location, date_start,"
            " date_end, fatalities, modality, field_evidence, trigger FROM events"):
        src, text = docs[doc]
        d = json.loads(fe or "{}").get("date")
        rows.append({"src": src, "type": et, "sub": st, "place": names.get(loc, loc), "date": f"{ds}..{de}",
                     "a1": [names.get(x, x) for x in json.loads(a1 or "[]")],
                     "a2": [names.get(x, x) for x in json.loads(a2 or "[]")], "fat": fat, "mod": mod, "trig": trig,
                     "date_ev": text[d[0]:d[1]] if d else None, "ev": text[s:e][:500]})
    rows.sort(key=lambda r: (r["src"], r["ev"], r["type"], r["sub"], r["date"]))
    with open(out, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "events ->", out)


def diff(before: str, after: str) -> None:
    def load(p: str) -> Counter[str]:
        return Counter(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False)
                       for r in map(json.loads, open(p)))
    a, b = load(before), load(after)
    gone, new = a - b, b - a
    by: dict[str, tuple[list, list]] = defaultdict(lambda: ([], []))
    for side, rows in ((0, gone), (1, new)):
        for k, n in rows.items():
            r = json.loads(k)
            by[r["src"]][side].extend([r] * n)
    print(f"before {sum(a.values())} after {sum(b.values())}: {sum(gone.values())} rows gone, "
          f"{sum(new.values())} rows new, {len(by)} articles")
    for src in sorted(by):
        print("=" * 20, src)
        for tag, rows in zip("-+", by[src], strict=True):
            for r in rows:
                print(tag, r["type"], "/", r["sub"], "|", r["place"], "|", r["date"], "| a1", r["a1"], "a2", r["a2"],
                      "| fat", r["fat"], r["mod"])
                print("   ev:", r["ev"][:300].replace("\n", " "))


def _place_points(db_path: str) -> dict[tuple, list]:
    """The store's events keyed by the fields a dump row shows (place by name), each with its place's
    [name, country, governorate, lat, lon]."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    ents = {i: [n, c, a, lat, lon] for i, n, c, a, lat, lon in db.execute(
        "SELECT id, name_ar, country, admin1, lat, lon FROM entities")}
    docs = {i: os.path.basename(s) for i, s in db.execute("SELECT id, source FROM documents")}
    out: dict[tuple, list] = defaultdict(list)
    for doc, et, st, s, e, loc, ds, de, mod, trig in db.execute(
            "SELECT doc_id, event_type, sub_event_type, ev_start, ev_end, location, date_start, date_end,"
            " modality, trigger FROM events"):
        point = ents.get(loc, [loc, None, None, None, None])
        out[(docs[doc], et, st, s, e, point[0], f"{ds}..{de}", mod, trig)].append(point)
    return out


def placeids(before: str, after: str, out: str | None = None) -> None:
    """Rows equal in every dumped field whose place resolves to another point: a dump names the place
    only, so a namesake chosen instead of another (Rafah of Egypt for Rafah of Gaza) moves no dump row
    and would keep its old verdict (session 40)."""
    a, b = _place_points(before), _place_points(after)
    moved = [{"src": k[0], "type": k[1], "sub": k[2], "place": k[5], "date": k[6], "mod": k[7], "trig": k[8],
              "old": sorted(a[k], key=str), "new": sorted(b[k], key=str)}
             for k in sorted(a.keys() & b.keys(), key=str) if sorted(a[k], key=str) != sorted(b[k], key=str)]
    print(len(moved), "rows with the same fields and another place point")
    for r in moved:
        print(r["src"], r["type"], "|", r["place"], "|", r["date"], "|", r["old"], "->", r["new"])
    if out:
        with open(out, "w") as f:
            for r in moved:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        args = [a for a in sys.argv[2:] if a != "--unfinished"]
        dump(*args, unfinished="--unfinished" in sys.argv[2:])
    else:
        {"diff": diff, "placeids": placeids}[sys.argv[1]](*sys.argv[2:])
