"""Short texts run through the pipeline as the layer tests need them (imported by the test modules,
like test_events' fixtures): one place for the document, its publication date and the stages."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from rasd.extract import page_dates
from rasd.extract.events import extract_events
from rasd.extract.modality import modality_of
from rasd.pipeline import analyse
from rasd.records import UNKNOWN, Analysis, Claim, Document, Entity, Event, Mention, Published, doc_id_for
from rasd.text.dates import find_dates
from rasd.text.normalize import normalize
from rasd.text.tokens import tokenize

EVENT_STAGES = ["entities", "places", "events"]


def analyse_text(text: str, published: str = "unknown", *, doc_id: str = "fixture",
                 stages: list[str] | None = EVENT_STAGES, stamp: str | None = None) -> Analysis:
    """``text`` as a document published on ``published`` (an ISO day, or unknown), analysed up to ``stages``;
    ``stamp``: the date text the page prints as its publication date (method "printed")."""
    doc = Document(id=doc_id, source=doc_id, text=text,
                   published=Published(published, "day" if published != "unknown" else "unknown", stamp,
                                       "printed" if stamp else None))
    return analyse(doc, None, stages)



def calls_into(module: ModuleType, name: str, text: str, published: str) -> list[tuple[Any, ...]]:
    """The arguments of every call of ``module.name`` (a pipeline step, its list arguments copied) while ``text``
    is analysed: the step's inputs as the pipeline hands them, for tests that feed it variants."""
    seen: list[tuple[Any, ...]] = []
    real = getattr(module, name)

    def capture(*args: Any) -> Any:
        seen.append(tuple(list(a) if isinstance(a, list) else a for a in args))
        return real(*args)

    setattr(module, name, capture)
    try:
        analyse_text(text, published, stages=None)
    finally:
        setattr(module, name, real)
    return seen


def own_telling(c: Any) -> Any:
    """A copy of event candidate ``c`` with its lists its own and nothing merged into it (the merge passes extend
    the leading telling's lists)."""
    r = copy.copy(c)
    r.merged, r.actor1, r.actor2, r.quantities = [], list(c.actor1), list(c.actor2), list(c.quantities)
    return r


def untimed_telling(c: Any, **fields: Any) -> Any:
    """``c`` told again later on the page with no time, ``fields`` changed."""
    r = own_telling(c)
    r.start = c.start + 5
    r.date_start = r.date_end = UNKNOWN
    r.time_precision, r.date_own, r.has_date_expr, r.date_guessed = None, False, False, False
    for k, v in fields.items():
        setattr(r, k, v)
    return r

def claims_of(text: str, published: str | None = None) -> list[Claim]:
    """The claims of ``text`` (the whole pipeline), published on ``published`` (an ISO day) if given."""
    doc = Document(id=doc_id_for(text), source="t", text=text)
    if published:
        doc.published = Published(date=published, precision="day")
    return analyse(doc).claims


def claim_speakers(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """(speaker text, entity id, role) of each claim of ``text``, by its cue as written."""
    return {c.cue: (c.speaker_text, c.speaker_id, c.speaker_role) for c in claims_of(text)}


def actual_events_of(a: Analysis, event_type: str | None = None) -> list[Event]:
    """The events the page asserts happened (modality actual), of one type if given."""
    return [e for e in a.events if e.modality == "actual" and event_type in (None, e.event_type)]


def actual_types(text: str, published: str, doc_id: str = "fixture") -> list[tuple[str, str]]:
    """(event type, sub-type) of each event the page asserts happened, the whole pipeline run (default gazetteer)."""
    return [(e.event_type, e.sub_event_type) for e in actual_events_of(analyse_text(text, published, doc_id=doc_id,
                                                                                    stages=None))]


def place_countries(a: Analysis, surface: str) -> list[str | None]:
    """The country of each place mention whose surface holds ``surface`` (None: unresolved)."""
    out = []
    for m in a.mentions:
        if m.type == "PLACE" and surface in m.surface:
            e = a.entities.get(m.entity_id or "")
            out.append(e.country if e is not None else None)
    return out


def actual_dates_at(a: Analysis, place: str) -> set[tuple[str, str]]:
    """(start, end) of the actual events located at ``place``."""
    return {(e.date_start, e.date_end) for e in a.events if e.modality == "actual" and e.location == place}


def posts_of(text: str) -> list[tuple[int, dt.date | None]]:
    """(offset, day) of each post the page-dates layer cuts ``text`` into (no publication date)."""
    return page_dates.post_stamps(text, page_dates.find_page_dates(text, None, []), ())


def day_dates(text: str) -> list[tuple[str, str | None]]:
    """(surface, ISO day) of every day-precision date the dates layer reads in ``text``."""
    return [(text[d.start:d.end], d.date_start) for d in find_dates(text) if d.precision == "day"]


def surface_spans(text: str, surfaces: Iterable[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, entity id) of each whole-word occurrence of the (surface, entity id) pairs
    in ``text``, longest surfaces first and never overlapping: the hand-made mention layer of the event
    tests, which feed the events stage known mentions instead of running the entities stage."""
    taken: list[tuple[int, int, str, str]] = []
    for surface, eid in sorted(surfaces, key=lambda x: -len(x[0])):
        for m in re.finditer(re.escape(surface), text):
            s, e = m.span()
            if (e < len(text) and text[e].isalpha()) or any(a < e and s < b for a, b, _s, _e in taken):
                continue
            taken.append((s, e, surface, eid))
    return sorted(taken)


def events_over(text: str, entities: dict[str, Entity], surfaces: Iterable[tuple[str, str]],
                published: str = "unknown", *, doc_id: str = "fixture", published_evidence: str | None = None,
                towns_only: bool = False) -> Analysis:
    """``text`` run through the events stage alone, over a hand-made mention layer: each whole-word
    occurrence of a (surface, entity id) pair (``surface_spans``) is a mention of that entity, of its
    type, geocoded as a town (``towns_only``: only the mentions of town-level entities are)."""
    found = [Mention(s, e, surface, normalize(surface), entities[eid].type, eid,
                     geo_precision=1 if not towns_only or entities[eid].level == "town" else None)
             for s, e, surface, eid in surface_spans(text, surfaces)]
    doc = Document(id=doc_id, source="test", text=text,
                   published=Published(published, "day" if published != "unknown" else "unknown", published_evidence))
    a = Analysis(doc=doc, mentions=found, entities=entities)
    extract_events(a, None)
    return a


# a hand-made entity table of the event tests: id -> (type, name, level, lat, lon, country, admin1, surfaces)
EntityRow = tuple[str, str, str | None, float | None, float | None, str | None, str | None, list[str]]


def events_over_table(text: str, table: dict[str, EntityRow], published: str = "unknown", *,
                      doc_id: str = "fixture") -> Analysis:
    """``events_over`` with the entities and their surfaces given as one table (``EntityRow`` per id)."""
    entities = {eid: Entity(eid, t, name, name, lat=lat, lon=lon, level=level, country=country, admin1=admin1)
                for eid, (t, name, level, lat, lon, country, admin1, _s) in table.items()}
    return events_over(text, entities, ((s, eid) for eid, row in table.items() for s in row[7]), published,
                       doc_id=doc_id)


def actual_type_dates(text: str, published: str, doc_id: str) -> list[tuple[str, str, str]]:
    """(type, date start, date end) of the actual events the full analysis finds in ``text``."""
    return [(e.event_type, e.date_start, e.date_end) for e in actual_events_of(analyse_text(text, published, doc_id=doc_id))]


def modality_at(text: str, trigger: str) -> str:
    """The modality layer's reading of the first token spelt ``trigger`` in ``text`` (one sentence)."""
    toks = tokenize(text)
    ti = next(k for k, t in enumerate(toks) if t.text == trigger)
    return modality_of(toks, [0] * len(toks), ti, ti + 1)


def real_texts(samples_dir: Path, pages: int, *, cleaned: bool = False) -> list[str]:
    """The five samples' texts, then the first `pages` unifiedfc pages (their article text, or the cleaner's
    output when `cleaned`) when ../shared holds the corpus: real inputs for fast-path-equals-plain tests."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))]
    corpus = samples_dir.parent / "data" / "unifiedfc" / "dataset"
    if corpus.exists():
        from rasd.eval.bench import corpus_pages
        from rasd.ingest.clean import clean

        texts += [clean(p).text if cleaned else p.text for p in corpus_pages(str(corpus), pages)]
    return texts
