"""Ray engine: the same ``process_pages`` as the local engine, run as Ray tasks.

Ray is optional (``pip install ray``); the pipeline code does not know which engine runs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from rasd.pipeline import PageResult, WorkerContext, ensure_worker, process_pages
from rasd.records import RawPage, ReadError


def _batch(ctx: WorkerContext, pages: list[RawPage | ReadError]) -> list[PageResult]:
    ensure_worker(ctx)      # a Ray worker process runs many batches: its resources are kept
    return process_pages(pages)   # analysed in batches of BATCH_DOCS


class RayEngine:
    name = "ray"

    def __init__(self, address: str | None = None, batch_size: int = 64, max_in_flight: int = 16,
                 num_cpus: int | None = None) -> None:
        import ray

        self.ray = ray
        if not ray.is_initialized():
            # a local Ray when no cluster address is given; no dashboard, nothing leaves the machine
            kw = {"num_cpus": num_cpus} if address is None and num_cpus else {}
            ray.init(address=address, ignore_reinit_error=True, log_to_driver=False,
                     include_dashboard=False, **kw)
        self.batch_size = batch_size
        self.max_in_flight = max_in_flight
        self._remote = ray.remote(_batch)

    def run(self, pages: Iterable[RawPage | ReadError], ctx: WorkerContext) -> Iterator[PageResult]:
        ray = self.ray
        ctx_ref = ray.put(ctx)
        it = iter(pages)
        in_flight: list = []
        while True:
            while len(in_flight) < self.max_in_flight:
                batch = list(islice(it, self.batch_size))
                if not batch:
                    break
                in_flight.append(self._remote.remote(ctx_ref, batch))
            if not in_flight:
                return
            # keep input order: wait for the oldest batch (bounded memory: max_in_flight batches)
            yield from ray.get(in_flight.pop(0))
