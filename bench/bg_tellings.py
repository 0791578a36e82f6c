"""Which kept merged events carry a telling that a background test marks when judged alone (diagnostic, dev or
judged material only): `PYTHONHASHSEED=0 PYTHONPATH=. python bench/bg_tellings.py OUT.jsonl FILE...` writes one row per
kept event with merged tellings: file, type, trigger, evidence, and per telling its form, sentence index, start and
the background tests that mark it alone (the event's own filters need every telling marked)."""
from __future__ import annotations

import copy
import json
import os
import sys
from typing import Any

import rasd.extract.events as ev_pkg
from rasd.cli import _register_optional
from rasd.extract.events import background as bg
from rasd.extract.events.sentences import _Cand

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from trace_dates import ingest_throwaway  # noqa: E402

SEEN: dict[int, tuple[Any, Any]] = {}
FINAL: list[tuple[_Cand, Any, str]] = []
_orig_scope = ev_pkg._in_scope
_orig_to_event = ev_pkg._to_event


def _scope(c: _Cand, lex: Any, ctx: Any) -> bool:
    SEEN[id(c)] = (lex, ctx)
    return _orig_scope(c, lex, ctx)


def _to_event(c: _Cand, doc_id: str, text: str) -> Any:
    ev = _orig_to_event(c, doc_id, text)
    FINAL.append((c, ev, text))
    return ev


def marks(p: _Cand, lex: Any, ctx: Any, text: str) -> list[str]:
    solo = copy.copy(p)
    solo.merged = []
    pub = ev_pkg._published_span(text, ctx.analysis.doc.published.evidence)
    tests = {
        "told_as_past": lambda: bg._told_as_past(solo, lex),
        "ongoing_since": lambda: bg._ongoing_since(solo, text),
        "undated_aside": lambda: bg._undated_aside(solo, lex, text),
        "dated_aside": lambda: bg._dated_aside(solo, lex),
        "told_over_span": lambda: bg._told_over_span(solo),
        "named_as_known": lambda: bg._named_as_known(solo, pub, ctx.feed),
        "continuing_frame": lambda: bg._continuing_frame(solo),
        "so_far_tally": lambda: bg._so_far_tally(solo, text),
        "witnessed_told": lambda: bg._witnessed_told(solo),
        "caused_state": lambda: bg._caused_state(solo),
        "lapse_told": lambda: bg._lapse_told(solo),
        "anterior_recalled": lambda: bg._anterior_recalled(solo, text),
        "liberation_recalled": lambda: bg._liberation_recalled(solo),
        "campaign_named": lambda: bg._campaign_named(solo, pub),
        "dated_recall": lambda: bg._dated_recall(solo, lex, ctx.page_day),
    }
    out = []
    for name, f in tests.items():
        try:
            if f():
                out.append(name)
        except Exception as e:  # noqa: BLE001
            out.append(f"err:{name}:{type(e).__name__}")
    return out


def run(path: str) -> list[dict[str, Any]]:
    SEEN.clear()
    FINAL.clear()
    ingest_throwaway(path)
    rows, done = [], set()
    for c, ev, text in FINAL:
        key = (ev.event_type, ev.trigger, ev.evidence.start)
        if key in done or not c.merged or id(c) not in SEEN:
            continue
        done.add(key)
        lex, ctx = SEEN[id(c)]
        tellings = [{"form": p.form, "sent": p.sent.idx, "start": p.start, "type": p.event_type,
                     "date": f"{p.date_start}..{p.date_end}", "own": p.date_own, "loc": p.location,
                     "marks": marks(p, lex, ctx, text), "clause": p.sent.text[p.sent.span.start:p.sent.span.end][:200]}
                    for p in [c, *c.merged]]
        rows.append({"file": os.path.basename(path), "type": ev.event_type, "trig": ev.trigger,
                     "ev": text[ev.evidence.start:ev.evidence.end][:500], "date": f"{ev.date_start}..{ev.date_end}",
                     "tellings": tellings})
    return rows


def main(argv: list[str]) -> None:
    out, files = argv[0], argv[1:]
    _register_optional()
    ev_pkg._in_scope = _scope
    ev_pkg._to_event = _to_event
    with open(out, "w", encoding="utf-8") as f:
        for path in files:
            for r in run(path):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
            print(path, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
