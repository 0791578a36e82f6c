"""Local engine: the per-page pipeline in this process or a process pool."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator

from rasd.pipeline import PageResult, WorkerContext, init_worker, process_page
from rasd.records import RawPage, ReadError


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
                yield process_page(p)
            return
        # fork keeps loaded resources shared copy-on-write; results come back in input order
        with mp.get_context("fork").Pool(self.workers, initializer=init_worker, initargs=(ctx,)) as pool:
            yield from pool.imap(process_page, pages, chunksize=self.chunksize)
