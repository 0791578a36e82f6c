"""Local engine: the per-page pipeline in this process or a process pool."""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections.abc import Iterable, Iterator

from rasd.pipeline import PageResult, WorkerContext, init_worker, process_page
from rasd.records import RawPage, ReadError

# Young-generation threshold once the resources are loaded: a document allocates many
# short-lived containers, and most die by reference counting before any collection.
GC_THRESHOLD0 = 20_000
_SETTLED = False


def settle_gc() -> None:
    """Once per process, after the resources (KB, gazetteer, NER model) are loaded: move every
    live object into the permanent generation (``gc.freeze``), so collections stop walking
    the resources' millions of objects, and collect the young generation less often.

    The collector stays on: cycles made while analysing documents are still collected.
    """
    global _SETTLED
    if _SETTLED:
        return
    _SETTLED = True
    gc.freeze()
    t0, t1, t2 = gc.get_threshold()
    if t0:   # 0: collection disabled by the caller, leave it so
        gc.set_threshold(max(t0, GC_THRESHOLD0), t1, t2)


def _process_page_settled(item: RawPage | ReadError) -> PageResult:
    """``process_page``, then settle the collector after the first analysed page (the
    resources are loaded on first use)."""
    res = process_page(item)
    if not _SETTLED and res.analysis is not None and not res.skipped:
        settle_gc()
    return res


class LocalEngine:
    """Runs ``process_page`` over pages; ``workers=1`` runs in-process (simplest to debug)."""

    name = "local"

    def __init__(self, workers: int = 1, chunksize: int = 8) -> None:
        self.workers = max(1, workers)
        self.chunksize = chunksize

    def run(self, pages: Iterable[RawPage | ReadError], ctx: WorkerContext) -> Iterator[PageResult]:
        if self.workers == 1:
            init_worker(ctx)
            for p in pages:
                yield _process_page_settled(p)
            return
        # fork keeps loaded resources shared copy-on-write; results come back in input order
        with mp.get_context("fork").Pool(self.workers, initializer=init_worker, initargs=(ctx,)) as pool:
            yield from pool.imap(_process_page_settled, pages, chunksize=self.chunksize)
