"""Shared, lazily loaded resources for the extract stages (one copy per worker process)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import Any


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic cyclic collection while long-lived resources are built (KB, gazetteer, NER
    model, matcher automaton): they allocate millions of objects that all stay alive, and each
    collection the allocations trigger walks every one made so far (with the imported gazetteer,
    about a third of the loading time). Results are unchanged; the collector's state is restored
    (nested uses keep it off until the outermost one ends)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class Resources:
    """Knowledge base, gazetteer and models. Loaded on first use, then reused by every document.

    ``kb_paths``: extra user KB files; ``gazetteer_db``: a store holding an imported gazetteer.
    """

    def __init__(self, kb_paths: tuple[str, ...] = (), gazetteer_db: str | None = None) -> None:
        self.kb_paths = kb_paths
        self.gazetteer_db = gazetteer_db

    @cached_property
    def kb(self) -> Any:
        from rasd.knowledge.kb import load_kb

        with gc_paused():
            return load_kb(self.kb_paths)

    @cached_property
    def gazetteer(self) -> Any:
        from rasd.knowledge.gazetteer import load_gazetteer

        with gc_paused():
            gaz = load_gazetteer(self.gazetteer_db)
            gaz.build_indexes()       # (every worker reads it: built before settle_gc freezes the resources)
            return gaz

    @cached_property
    def ner(self) -> Any:
        from rasd.knowledge.ner import NerModel

        with gc_paused():
            return NerModel.load()


_DEFAULT: Resources | None = None


def default_resources() -> Resources:
    """Defaults and the per-user gazetteer (rasd.knowledge.gazetteer.user_gazetteer_path)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Resources()
    return _DEFAULT


def store_resources(db_path: str) -> Resources:
    """Resources for analysing pages of the store ``db_path``: with the places imported into
    it, if any (else the shared default resources: no second load)."""
    from rasd.knowledge.gazetteer import has_imports

    return Resources(gazetteer_db=db_path) if has_imports(db_path) else default_resources()
