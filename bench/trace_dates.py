"""Which pass dates an event: every change of a candidate's date while one file is ingested, with the pass of
`extract_events` that made it (its line there) and the frames inside it (`_absorb<_merge_in_item<...`); a
merge's change also names the telling whose date was taken (its trigger, type, kind, place, sentence, clause,
whether its date was its own). Run from a checkout, one process for many files (only dev or judged material):
`PYTHONHASHSEED=0 PYTHONPATH=. python bench/trace_dates.py OUT_DIR FILE...` writes OUT_DIR/NAME.json per
file: the events kept, each with its trigger form, type, date, evidence start and its date log."""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from collections import defaultdict
from typing import Any

import rasd.extract.events as events_pkg
import rasd.extract.events.compare as compare_mod
import rasd.extract.events.merge as merge_mod
from rasd.cli import _register_optional, cli
from rasd.extract.events.sentences import _Cand

DATE_FIELDS = frozenset({"date_start", "date_end"})
LOG: dict[int, list[list[Any]]] = defaultdict(list)
FINAL: list[tuple[int, Any, _Cand, str]] = []


def _where() -> tuple[str, str]:
    """The pass of extract_events running (name:line) and up to four frames of the events package inside it."""
    f = sys._getframe(2)
    inner: list[str] = []
    passname = "extract_events"
    while f is not None:
        if "rasd/extract/events" in f.f_code.co_filename:
            back = f.f_back
            if back is not None and back.f_code.co_name == "extract_events":
                passname = f"{f.f_code.co_name}:{back.f_lineno}"
            if f.f_code.co_name != "extract_events" and len(inner) < 4:
                inner.append(f.f_code.co_name)
        f = f.f_back
    return passname, "<".join(inner)


def _logged_setattr(self: _Cand, name: str, value: Any) -> None:
    if name in DATE_FIELDS:
        old = self.__dict__.get(name)
        if old != value:
            LOG[id(self)].append([name, old, value, *_where()])
    object.__setattr__(self, name, value)


_orig_absorb = compare_mod._absorb


def _logged_absorb(a: _Cand, b: _Cand, ctx: Any) -> None:
    before = (a.date_start, a.date_end)
    _orig_absorb(a, b, ctx)
    if (a.date_start, a.date_end) != before:
        same = a.sent is b.sent
        LOG[id(a)].append(["absorbed", f"{before[0]}..{before[1]}", f"{a.date_start}..{a.date_end}",
                           f"b={b.form} {b.event_type} {b.trig.kind} loc={b.location} a.loc={a.location}",
                           f"same_sentence={same} b_own={b.date_own} b_start={b.start} a_start={a.start}"])


_orig_to_event = events_pkg._to_event


def _logged_to_event(c: _Cand, doc_id: str, text: str) -> Any:
    ev = _orig_to_event(c, doc_id, text)
    FINAL.append((id(c), ev, c, text))
    return ev


def ingest_throwaway(path: str) -> None:
    """Ingest one file in this process into a store that is deleted after, its output silenced (the tracers'
    patches see every candidate; bench/bg_tellings.py uses it too)."""
    with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stdout(io.StringIO()), \
            contextlib.suppress(SystemExit):
        cli(["ingest", path, "--db", os.path.join(tmp, "t.db"), "-j", "1"], standalone_mode=False)


def trace(path: str) -> list[dict[str, Any]]:
    """Ingest one file into a throw-away store with the logs on; the kept events with their date logs."""
    LOG.clear()
    FINAL.clear()
    ingest_throwaway(path)
    return [{"type": ev.event_type, "trig": c.form, "date": f"{ev.date_start}..{ev.date_end}", "start": c.start,
             "own": c.date_own, "ev": text[ev.evidence.start:ev.evidence.end][:300], "log": LOG.get(cid, [])}
            for cid, ev, c, text in FINAL]


def main(argv: list[str]) -> None:
    out_dir, files = argv[0], argv[1:]
    os.makedirs(out_dir, exist_ok=True)
    _register_optional()
    _Cand.__setattr__ = _logged_setattr      # type: ignore[method-assign, assignment]
    compare_mod._absorb = _logged_absorb
    merge_mod._absorb = _logged_absorb       # type: ignore[attr-defined]
    events_pkg._to_event = _logged_to_event
    for path in files:
        rows = trace(path)
        with open(os.path.join(out_dir, os.path.basename(path)), "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=0)
        print(path, len(rows), "events", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
