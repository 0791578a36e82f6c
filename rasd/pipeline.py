"""The per-document pipeline: clean → analyse (entities → places → events → claims).

Plain functions over typed records; engines (rasd.engines) decide where they run. Nothing
here touches the store: the caller stores the returned Analysis, so the same function runs
in a local process pool or on a Ray cluster.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from rasd.ingest.clean import SiteTemplates, clean
from rasd.knowledge.resources import Resources, default_resources
from rasd.records import Analysis, Document, RawPage, ReadError

Stage = Callable[[Analysis, Resources], None]


def _entities(a: Analysis, res: Resources) -> None:
    from rasd.extract.entities import find_entities

    find_entities(a, res)


def _places(a: Analysis, res: Resources) -> None:
    from rasd.knowledge.geocode import geocode

    geocode(a, res.gazetteer)


def _events(a: Analysis, res: Resources) -> None:
    from rasd.extract.events import extract_events

    extract_events(a, res)


def _claims(a: Analysis, res: Resources) -> None:
    from rasd.extract.claims import extract_claims

    extract_claims(a, res)


# The order is the data flow: each stage reads what the earlier ones wrote.
STAGES: list[tuple[str, Stage]] = [
    ("entities", _entities),
    ("places", _places),
    ("events", _events),
    ("claims", _claims),
]


def analyse(doc: Document, res: Resources | None = None, stages: list[str] | None = None) -> Analysis:
    res = res or default_resources()
    a = Analysis(doc=doc)
    for name, stage in STAGES:
        if stages is not None and name not in stages:
            continue
        stage(a, res)
    return a


@dataclass(slots=True)
class PageResult:
    """What a worker returns for one input page."""

    source: str
    analysis: Analysis | None = None
    error: str | None = None
    skipped: bool = False           # already stored with the same text
    signature: list[int] | None = None   # MinHash signature for near-duplicate detection
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class WorkerContext:
    """State a worker needs, shipped once per worker (not per page)."""

    templates: SiteTemplates | None = None
    known_ids: frozenset[str] = frozenset()
    stages: list[str] | None = None
    kb_paths: tuple[str, ...] = ()
    gazetteer_db: str | None = None


_CTX: WorkerContext | None = None
_RES: Resources | None = None


def init_worker(ctx: WorkerContext) -> None:
    global _CTX, _RES
    _CTX = ctx
    _RES = Resources(ctx.kb_paths, ctx.gazetteer_db)


def ensure_worker(ctx: WorkerContext) -> None:
    """``init_worker`` unless this process already holds the resources of ``ctx`` (a Ray
    worker process runs many batches of one run)."""
    if _CTX is None or _CTX != ctx:
        init_worker(ctx)


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


def process_page(item: RawPage | ReadError) -> PageResult:
    """Clean and analyse one page. Never raises: a failure is an error for that page only."""
    from rasd.corpus.dedup import minhash_signature

    if isinstance(item, ReadError):
        return PageResult(item.source, error=item.message)
    ctx = _CTX or WorkerContext()
    try:
        doc = clean(item, ctx.templates)
        if not doc.text.strip():
            return PageResult(item.source, error="no main text found")
        if doc.id in ctx.known_ids:
            return PageResult(item.source, skipped=True, analysis=Analysis(doc=doc))
        a = analyse(doc, _RES, ctx.stages)
        settle_gc()     # after the first analysed page: the resources are loaded on first use
        return PageResult(item.source, analysis=a, signature=minhash_signature(doc.text))
    except Exception as exc:  # one bad page must not stop the run
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        return PageResult(item.source, error=f"{type(exc).__name__}: {exc} (at {tb.filename}:{tb.lineno})")
