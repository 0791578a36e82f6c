"""Local engine: the per-page pipeline in this process or a process pool."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice

from rasd.pipeline import BATCH_DOCS, PageResult, WorkerContext, init_worker, process_pages
from rasd.records import RawPage, ReadError


def _chunks(pages: Iterable[RawPage | ReadError], size: int) -> Iterator[list[RawPage | ReadError]]:
    it = iter(pages)
    while chunk := list(islice(it, size)):
        yield chunk


class LocalEngine:
    """Runs ``process_pages`` over chunks of pages; ``workers=1`` runs in-process (simplest to
    debug). A chunk is analysed as one batch (see rasd.pipeline.analyse_many), so pages are
    read ``chunksize`` ahead at most."""

    name = "local"

    def __init__(self, workers: int = 1, chunksize: int = BATCH_DOCS) -> None:
        self.workers = max(1, workers)
        self.chunksize = max(1, chunksize)

    def run(self, pages: Iterable[RawPage | ReadError], ctx: WorkerContext) -> Iterator[PageResult]:
        chunks = _chunks(pages, self.chunksize)
        if self.workers == 1:
            init_worker(ctx)
            for chunk in chunks:
                yield from process_pages(chunk)
            return
        # fork keeps loaded resources shared copy-on-write; results come back in input order
        with mp.get_context("fork").Pool(self.workers, initializer=init_worker, initargs=(ctx,)) as pool:
            for results in pool.imap(process_pages, chunks):
                yield from results
