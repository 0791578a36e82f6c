"""Where the CPU of `rasd bench pipeline --limit 600` goes, by sampling instead of tracing.

cProfile charges every Python call its own bookkeeping, so code made of many small calls (per token
rules, list comprehensions, lru-cache misses) looks several times dearer than it is, and a change that
removes calls can look like a win it is not (the thirty-third session's "evspeed2" report: two such
changes, identical output, no CPU saved). This script runs the same loop as the bench (pages cleaned
BATCH_DOCS at a time outside the timing, then analysed together) and reads the Python stack every
INTERVAL seconds of CPU time (SIGPROF), only while the analysis runs: a function's share of the samples
whose stack holds it is its share of the CPU, its callees included ("inclusive"); "self" is the share
where it is the innermost Python frame (C code it calls counts as its own, but a signal is handled at the
next Python step, so time in a long C call may go to the Python function called right after it: read
"self" with care, "inclusive" is the figure to decide by).

Run from a checkout: `PYTHONPATH=. python bench/cpu_sample.py [N] [--corpus DIR] [--limit L]` (N: rows
printed per list, 60 by default; DIR: the unifiedfc dataset when ../shared is not beside the checkout)."""
from __future__ import annotations

import signal
import sys
import time
from collections import Counter
from types import FrameType

from rasd.eval.bench import corpus_pages
from rasd.ingest.clean import clean
from rasd.knowledge.resources import default_resources
from rasd.pipeline import BATCH_DOCS, WorkerContext, analyse, analyse_many, clean_pages, settle_gc

INTERVAL = 0.002        # CPU seconds between samples
STAGES = ["entities", "places", "events"]


def _key(frame: FrameType) -> str:
    code = frame.f_code
    return f"{code.co_filename.split('/rasd/')[-1]}:{code.co_firstlineno}({code.co_name})"


def main(argv: list[str]) -> None:
    args = list(argv)
    corpus, limit = "../shared/data/unifiedfc/dataset", 600
    for flag in ("--corpus", "--limit"):
        if flag in args:
            at = args.index(flag)
            if flag == "--corpus":
                corpus = args[at + 1]
            else:
                limit = int(args[at + 1])
            del args[at:at + 2]
    rows = int(args[0]) if args else 60
    res = default_resources()
    pages = list(corpus_pages(corpus, limit))
    ctx = WorkerContext(stages=STAGES)
    analyse(clean(pages[0]), res, STAGES)     # warm-up, as the bench: loads KB, gazetteer, model
    settle_gc()
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    taken = [0]
    sampling = [False]

    def sample(_sig: int, frame: FrameType | None) -> None:
        if not sampling[0] or frame is None:
            return
        taken[0] += 1
        own[_key(frame)] += 1
        seen: set[str] = set()
        f: FrameType | None = frame
        while f is not None:
            k = _key(f)
            if k not in seen:       # (a recursive function counts once per sample)
                seen.add(k)
                inclusive[k] += 1
            f = f.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    cpu = 0.0
    n_docs = n_events = 0
    try:
        for b in range(0, len(pages), BATCH_DOCS):
            _out, todo = clean_pages(pages[b:b + BATCH_DOCS], ctx)
            c0 = time.process_time()
            sampling[0] = True
            done = analyse_many([d for _i, d, _s in todo], res, STAGES)
            sampling[0] = False
            cpu += time.process_time() - c0
            n_docs += len(done)
            n_events += sum(len(a.events) for a in done)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = max(taken[0], 1)
    print(f"{n_docs} docs, {n_events} events, analysis CPU {cpu:.1f} s (with sampling), {taken[0]} samples")
    print("== inclusive (share of the analysis CPU spent in the function and its callees)")
    for k, v in inclusive.most_common(rows):
        print(f"{100 * v / n:5.1f}%  {k}")
    print("== self (innermost Python frame)")
    for k, v in own.most_common(rows):
        print(f"{100 * v / n:5.1f}%  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
