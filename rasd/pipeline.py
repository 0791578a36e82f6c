"""The per-document pipeline: clean → analyse (entities → places → events → claims).

Plain functions over typed records; engines (rasd.engines) decide where they run. Nothing
here touches the store: the caller stores the returned Analysis, so the same function runs
in a local process pool or on a Ray cluster.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from rasd.ingest.boilerplate import source_order
from rasd.ingest.clean import SiteTemplates, clean
from rasd.knowledge.resources import Resources, default_resources
from rasd.records import Analysis, Document, RawPage, ReadError

Stage = Callable[[Analysis, Resources], None]


def _entities(a: Analysis, res: Resources) -> None:
    from rasd.extract.entities import find_entities

    find_entities(a, res)


def _entities_many(analyses: list[Analysis], res: Resources) -> None:
    from rasd.extract.entities import find_entities_many

    find_entities_many(analyses, res)


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


# Stages with a batch form (same result per document as the per-document function, less
# overhead over several documents): the NER model decodes a batch's sentences together.
BATCH_STAGES: dict[str, Callable[[list[Analysis], Resources], None]] = {"entities": _entities_many}
# Documents analysed together by analyse_many's callers: enough to spread the NER's numpy
# overhead, few enough that the batch's arrays and analyses stay small.
BATCH_DOCS = 16


def analyse(doc: Document, res: Resources | None = None, stages: list[str] | None = None) -> Analysis:
    res = res or default_resources()
    a = Analysis(doc=doc)
    for name, stage in STAGES:
        if stages is not None and name not in stages:
            continue
        stage(a, res)
    return a


def analyse_many(docs: list[Document], res: Resources | None = None,
                 stages: list[str] | None = None) -> list[Analysis]:
    """``[analyse(d, res, stages) for d in docs]``, with the batch form of the stages that have
    one (each document still goes through every stage in order). Callers keep ``docs`` short
    (BATCH_DOCS): all of their analyses are held until the last stage."""
    res = res or default_resources()
    out = [Analysis(doc=d) for d in docs]
    for name, stage in STAGES:
        if stages is not None and name not in stages:
            continue
        batch = BATCH_STAGES.get(name)
        if batch is not None:
            batch(out, res)
        else:
            for a in out:
                stage(a, res)
    return out


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
    # the stored documents: id -> the source the document is stored under (its primary copy)
    known_ids: Mapping[str, str] = field(default_factory=dict)
    stages: list[str] | None = None
    # An ingest run's ids this worker analysed without error, each with the first-sorting source
    # it analysed (None: not kept, e.g. pages analysed without a store): the run stores their
    # documents, so a later page with one of them is an exact duplicate. A copy whose source sorts
    # after the stored/analysed one is kept only as a further source -- neither dated, signed nor
    # analysed; one that sorts first is analysed, as the store makes it the primary copy (see
    # rasd.ingest.run._store_result). (Not compared by ensure_worker: it grows while the run goes on.)
    run_ids: dict[str, str] | None = field(default=None, compare=False)
    kb_paths: tuple[str, ...] = ()
    gazetteer_db: str | None = None


_CTX: WorkerContext | None = None
_RES: Resources | None = None


def init_worker(ctx: WorkerContext) -> None:
    global _CTX, _RES
    _CTX = ctx
    _RES = Resources(ctx.kb_paths, ctx.gazetteer_db)


def worker_resources(ctx: WorkerContext) -> Resources:
    """The resources of ``ctx``: this process's worker copy when it ran ``ctx`` (no second
    load of the gazetteer and models), else a new, lazily loading one."""
    if _CTX is ctx and _RES is not None:
        return _RES
    return Resources(ctx.kb_paths, ctx.gazetteer_db)


def ensure_worker(ctx: WorkerContext) -> None:
    """``init_worker`` unless this process already holds the resources of ``ctx`` (a Ray
    worker process runs many batches of one run)."""
    if _CTX is None or _CTX != ctx:
        init_worker(ctx)


# Young-generation threshold once the resources are loaded: a document allocates many
# short-lived containers, and most die by reference counting before any collection (at 20,000,
# 600 articles paid ~0.3 CPU s for young collections that freed nothing; at 100,000, ~0.04 s).
GC_THRESHOLD0 = 100_000
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
    return process_pages([item])[0]


def process_pages(items: list[RawPage | ReadError]) -> list[PageResult]:
    """``[process_page(p) for p in items]``: the pages are analysed BATCH_DOCS at a time
    (:func:`analyse_many`). Never raises: when a batch fails, its pages are analysed one by
    one, so a failure is an error for the page that caused it only."""
    ctx = _CTX or WorkerContext()
    out, todo = clean_pages(items, ctx)
    for b in range(0, len(todo), BATCH_DOCS):
        batch = todo[b : b + BATCH_DOCS]
        try:
            analyses = analyse_many([d for _i, d, _s in batch], _RES, ctx.stages)
        except Exception:
            analyses = None    # the pages one by one below, to tell which failed
        for k, (i, doc, sig) in enumerate(batch):
            out[i] = res = _finish(items[i].source, doc, sig, analyses[k] if analyses is not None else None, ctx)
            if res.error is None and ctx.run_ids is not None:
                seen = ctx.run_ids.get(doc.id)
                if seen is None or source_order(doc.source) < source_order(seen):
                    ctx.run_ids[doc.id] = doc.source
    return out  # type: ignore[return-value]


def clean_pages(items: list[RawPage | ReadError], ctx: WorkerContext
                ) -> tuple[list[PageResult | None], list[tuple[int, Document, list[int]]]]:
    """The first half of :func:`process_pages`: every page cleaned and signed before any is
    analysed. Returns the results of the pages that need no analysis (None for the others) and
    the pages to analyse as (index in the results, cleaned document, its MinHash). The pipeline
    bench runs it too, so that it analyses pages after the same work as a real run does."""
    from rasd.corpus.dedup import minhash_signature

    out: list[PageResult | None] = []
    todo: list[tuple[int, Document, list[int]]] = []

    for item in items:
        if isinstance(item, ReadError):
            out.append(PageResult(item.source, error=item.message))
            continue
        try:
            def stored(doc_id: str, source: str = item.source) -> bool:
                return stored_first(ctx, doc_id, source)

            doc = clean(item, ctx.templates, undated=stored)
            if not doc.text.strip():
                out.append(PageResult(item.source, error="no main text found"))
            elif stored(doc.id):
                out.append(PageResult(item.source, skipped=True, analysis=Analysis(doc=doc)))
            else:
                # signed right after clean, while the normaliser's small cache still holds the body
                todo.append((len(out), doc, minhash_signature(doc.text)))
                out.append(None)
        except Exception as exc:  # one bad page must not stop the run
            out.append(PageResult(item.source, error=_error(exc)))
    return out, todo


def stored_first(ctx: WorkerContext, doc_id: str, source: str) -> bool:
    """True when a copy of the text ``doc_id`` whose source sorts before ``source`` (or is
    ``source`` itself) is stored before this run or analysed in it: this copy is only a further
    source of that document. (A copy that sorts first is analysed: it becomes the primary.)"""
    seen = [ctx.known_ids.get(doc_id), ctx.run_ids.get(doc_id) if ctx.run_ids is not None else None]
    mine = None
    for other in seen:
        if other is not None:
            mine = mine or source_order(source)
            if source_order(other) <= mine:
                return True
    return False


def _finish(source: str, doc: Document, signature: list[int], a: Analysis | None, ctx: WorkerContext) -> PageResult:
    """The result of an analysed page (``a`` None: analyse it alone first)."""
    try:
        if a is None:
            a = analyse(doc, _RES, ctx.stages)
        settle_gc()     # after the first analysed page: the resources are loaded on first use
        return PageResult(source, analysis=a, signature=signature)
    except Exception as exc:  # one bad page must not stop the run
        return PageResult(source, error=_error(exc))


def _error(exc: Exception) -> str:
    tb = traceback.extract_tb(exc.__traceback__)[-1]
    return f"{type(exc).__name__}: {exc} (at {tb.filename}:{tb.lineno})"
