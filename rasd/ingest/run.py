"""`rasd ingest`: read → (site templates) → clean + analyse on an engine → store → corpus pass.

Two reads of the input: the first counts template lines per site (CCNet-style), so a folder
of pages from one site is cleaned with what the whole folder shows; the second runs the
pipeline. Each document is stored atomically (a savepoint; documents are committed in
batches): a killed run leaves every document stored completely or not at all, and a re-run
stores each exactly once.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TextIO

from rasd.corpus.dedup import index_signature, settle_near_duplicates
from rasd.ingest.boilerplate import source_order
from rasd.ingest.clean import SiteTemplates, site_of
from rasd.ingest.readers import iter_pages
from rasd.pipeline import PageResult, WorkerContext, worker_resources
from rasd.records import RawPage
from rasd.store.sqlite import Store


@dataclass
class IngestReport:
    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.read} inputs: {self.new} new, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{self.exact_duplicates} exact duplicates, {self.near_duplicates} near duplicates, "
                f"{self.failed} failed")


def count_templates(paths: Iterable[str], store: Store, max_bytes: int) -> tuple[SiteTemplates, int]:
    """First read: count normalised line keys per site over the scraped-text pages."""
    templates = SiteTemplates()
    templates.load(store.db)
    n = 0
    for page in iter_pages(paths, max_bytes=max_bytes, extract_html=False):   # HTML is extracted once, later
        n += 1
        if isinstance(page, RawPage) and page.kind in ("scraped-text", "unifiedfc"):
            # (with the text: the line key hashes are kept for the page's cleaning)
            templates.add_page(site_of(page), page.source, page.text.split("\n"), text=page.text, defer=True)
    templates.settle()    # (in the pages' order of source, not of reading: see add_page)
    with store.tx() as db:
        templates.save(db)
    return templates, n


def ingest(
    paths: list[str],
    store: Store,
    engine: Any = None,
    stages: list[str] | None = None,
    max_bytes: int = 50_000_000,
    err: TextIO = sys.stderr,
    progress: Callable[[int], Any] | None = None,
    on_total: Callable[[int], Any] | None = None,
    corpus_pass: bool = True,
) -> IngestReport:
    from rasd.engines.local import LocalEngine

    engine = engine or LocalEngine()
    report = IngestReport()
    templates, total = count_templates(paths, store, max_bytes)
    if on_total:
        on_total(total)
    known = {r[0]: r[1] for r in store.db.execute("SELECT id, source FROM documents")}
    # the geocoder reads the places imported into this store (and the per-user gazetteer);
    # an absolute path, for workers (Ray) that may run in another directory
    gaz_db = store.path if store.path.startswith(("file:", ":memory:")) else os.path.abspath(store.path)
    # (run_ids: an exact duplicate of a page analysed earlier in the run is only linked to it)
    ctx = WorkerContext(templates=templates, known_ids=known, stages=stages, gazetteer_db=gaz_db, run_ids={})
    run_id = _start_run(store, "ingest " + " ".join(paths), total)
    try:
        # many documents per commit (each still atomic, see Store.batch); the completed ones are
        # committed when the loop ends, also by an interruption
        with store.batch():
            for res in engine.run(iter_pages(paths, max_bytes=max_bytes), ctx):
                report.read += 1
                _store_result(store, res, report, err)
                if progress:
                    progress(1)
                if report.read % 200 == 0:
                    _update_run(store, run_id, report, "running")
        if corpus_pass:
            from rasd.corpus.run import run_corpus_pass

            run_corpus_pass(store, worker_resources(ctx))   # re-dated pages: the same gazetteer
    except BaseException:
        _update_run(store, run_id, report, "interrupted")
        raise
    _update_run(store, run_id, report, "done")
    return report


def _store_result(store: Store, res: PageResult, report: IngestReport, err: TextIO) -> None:
    """Store one page's result. Which copy of a duplicate is the primary one does not depend on
    the order pages arrive in (a ``-j N`` pool or a Ray run delivers them in a changing order):
    of exact duplicates (one text, one document id), the copy whose source sorts first
    (``boilerplate.source_order``: a folder's own reading order, also the order site templates
    are counted in) is stored, with its metadata and the analysis made with them; of near
    duplicates, the original is decided in the same order (``dedup.settle_near_duplicates``).
    Source order, not the earliest page date: it is known for every copy when it arrives (a
    further copy is not even dated), and a page date can be unknown or be re-dated later by
    the corpus pass. So a copy arriving later that sorts first takes the document over."""
    if res.error is not None:
        report.failed += 1
        report.errors.append((res.source, res.error))
        print(f"error: {res.source}: {res.error}", file=err)
        store.log_error(res.source, res.error)
        return
    assert res.analysis is not None
    doc = res.analysis.doc
    sig = res.signature
    near: list[str | None] = [None]

    def _index(db: Any) -> None:    # the near-duplicate index and links, in the document's transaction
        if sig is not None:
            index_signature(db, doc.id, sig)
            near[0] = settle_near_duplicates(db, doc.id, sig)

    if res.skipped or store.has_document(doc.id):
        existing = store.db.execute("SELECT source FROM documents WHERE id=?", (doc.id,)).fetchone()
        if existing and existing[0] != doc.source:
            if not res.skipped and source_order(doc.source) < source_order(existing[0]):
                # the same text from a source that sorts first: it becomes the primary copy
                store.make_primary(res.analysis, also=_index)
                report.exact_duplicates += 1
                return
            # the same text from another source: an exact duplicate, linked to the primary copy
            with store.tx() as db:
                cur = db.execute("INSERT OR IGNORE INTO doc_sources (source, doc_id, kind) VALUES (?,?,'exact')",
                                 (doc.source, doc.id))
            if cur.rowcount:
                report.exact_duplicates += 1
            else:
                report.unchanged += 1
        else:
            report.unchanged += 1
        return
    status = store.put_analysis(res.analysis, also=_index)
    if near[0] is not None:
        report.near_duplicates += 1
    if status == "new":
        report.new += 1
    elif status == "replaced":
        report.replaced += 1
    else:
        report.unchanged += 1


def _start_run(store: Store, command: str, total: int) -> int:
    with store.tx() as db:
        cur = db.execute(
            "INSERT INTO runs (command, started_at, total, done, failed, status) "
            "VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?, 0, 0, 'running')", (command, total))
        return int(cur.lastrowid or 0)


def _update_run(store: Store, run_id: int, report: IngestReport, status: str) -> None:
    with store.tx() as db:
        db.execute("UPDATE runs SET done=?, failed=?, status=?, finished_at=CASE WHEN ?='running' THEN NULL "
                   "ELSE strftime('%Y-%m-%dT%H:%M:%SZ','now') END WHERE id=?",
                   (report.read, report.failed, status, status, run_id))
