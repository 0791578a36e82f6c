"""Typed records that flow through the pipeline (see shared spec/data-model.md).

Every stage is a plain function over these records; no stage knows which engine runs it.
Offsets are character offsets into ``Document.text`` (the cleaned main text, original
characters). A field the text does not support is ``None`` / ``"unknown"``, never a guess.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

UNKNOWN = "unknown"

ENTITY_TYPES = (
    "PERSON", "ARMED_GROUP", "STATE_FORCES", "STATE", "ORGANIZATION", "MEDIA", "FACILITY", "PLACE",
)
PLACE_LEVELS = ("country", "admin1", "admin2", "admin3", "town", "neighbourhood", "region", "facility")
MODALITIES = ("actual", "planned", "threatened", "conditional", "hypothetical", "denied-only")
STANCES = ("asserts", "denies")


@dataclass(slots=True)
class Span:
    """A half-open character range [start, end) into Document.text."""

    start: int
    end: int

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


@dataclass(slots=True)
class RawPage:
    """What a reader yields: one input page before cleaning.

    ``text`` is already decoded (the reader detected the encoding). ``html`` is set for
    HTML/WARC inputs; then trafilatura has produced ``text`` and some metadata.
    """

    source: str                      # path, "path#record-id" or "path#line"
    text: str
    html: str | None = None
    url: str | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)   # reader-provided hints (author, date, sitename ...)
    encoding: str | None = None
    kind: str = "scraped-text"       # scraped-text | html | warc | jsonl | unifiedfc


@dataclass(slots=True)
class Publisher:
    name_ar: str | None = None
    name_en: str | None = None
    domain: str | None = None
    evidence: str | None = None      # how it was found: "url", "named in text: ...", "statement signature"


@dataclass(slots=True)
class Published:
    """Publication date with precision and the evidence it came from."""

    date: str = UNKNOWN              # ISO "YYYY-MM-DD" / "YYYY-MM" / "YYYY", or "unknown"
    precision: str = UNKNOWN         # day | month | year | unknown
    evidence: str | None = None      # the text it was inferred from
    method: str | None = None        # printed | tweet | weekday-cue | relative | hijri | html-meta
    hijri: str | None = None         # "1439-08-07" when printed


@dataclass(slots=True)
class BoilerplateLine:
    line_no: int                     # 0-based line number in the raw page
    text: str
    reason: str                      # template | rule:<name> | header | footer


@dataclass(slots=True)
class Document:
    id: str                          # stable hash of the normalised main text
    source: str
    text: str                        # main text, original characters
    url: str | None = None
    publisher: Publisher = field(default_factory=Publisher)
    title: str | None = None
    title_derived: bool = False
    published: Published = field(default_factory=Published)
    authors: list[str] = field(default_factory=list)
    caption: str | None = None
    views: int | None = None
    section: str | None = None
    lang: str = "ar"
    site: str | None = None          # key used for template detection (domain, or None)
    boilerplate: list[BoilerplateLine] = field(default_factory=list)
    raw: str | None = None           # the raw page text as read (kept for the UI)
    kind: str = "scraped-text"
    warnings: list[str] = field(default_factory=list)
    duplicate_of: str | None = None  # exact / near duplicate of an earlier document id
    dup_kind: str | None = None      # exact | near


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    norm: str
    type: str                        # one of ENTITY_TYPES
    entity_id: str | None = None
    confidence: float = 1.0
    source: str = "kb"               # kb | gazetteer | pattern | ner | coref | dateline (reporter location)
    role: str | None = None          # for persons found by pattern: "الناطق باسم جيش الإسلام"
    org_id: str | None = None        # the organisation the role ties the person to
    candidates: list[str] = field(default_factory=list)   # ambiguous place candidates (gazetteer ids)
    geo_precision: int | None = None


@dataclass(slots=True)
class Entity:
    id: str                          # KB id ("jaysh-al-islam"), gazetteer id ("gn:170654"), or "doc:<docid>:<n>"
    type: str
    name_ar: str
    name_en: str | None = None
    aliases: list[str] = field(default_factory=list)
    links: dict[str, list[str]] = field(default_factory=dict)   # spokesman_of, member_of, successor_of, part_of
    description: str | None = None
    source: str | None = None        # where the entry comes from (file, gazetteer)
    # places only
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    level: str | None = None


@dataclass(slots=True)
class Event:
    id: str
    doc_id: str
    event_type: str
    sub_event_type: str
    evidence: Span
    actor1: list[str] = field(default_factory=list)        # entity ids
    assoc_actor1: list[str] = field(default_factory=list)
    actor2: list[str] = field(default_factory=list)
    assoc_actor2: list[str] = field(default_factory=list)
    location: str | None = None                            # place entity id
    geo_precision: int | None = None
    date_start: str = UNKNOWN
    date_end: str = UNKNOWN
    time_precision: int | None = None                      # 1 day, 2 week, 3 month or wider
    fatalities: int | None = None
    fatalities_min: bool = False                           # "أكثر من 40" is a lower bound
    quantities: dict[str, int] = field(default_factory=dict)
    modality: str = "actual"
    field_evidence: dict[str, list[int]] = field(default_factory=dict)  # field -> [start, end]
    trigger: str | None = None
    notes_ar: str | None = None
    notes_en: str | None = None
    story_id: str | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class Claim:
    id: str
    doc_id: str
    content: Span
    speaker_id: str | None = None        # linked entity, or None for a described / unattributed source
    speaker_text: str = "unattributed"   # surface or description ("مصادر خاصة", "ق.م")
    speaker_role: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    stance: str = "asserts"
    kind: str = "statement"              # statement | accusation | denial | threat | demand | analysis
    medium: str | None = None            # statement | tweet | telegram | phone call | audio recording ...
    medium_detail: str | None = None     # statement number, twitter handle ...
    date: str = UNKNOWN
    event_ids: list[str] = field(default_factory=list)
    relay_id: str | None = None          # nested attribution: who relayed it
    relay_text: str | None = None
    quantities: dict[str, int] = field(default_factory=dict)
    is_question: bool = False


@dataclass(slots=True)
class Contradiction:
    id: str
    claim_a: str
    claim_b: str
    reason: str                          # opposite-stance | numbers
    detail: str | None = None


@dataclass(slots=True)
class Story:
    id: str
    doc_ids: list[str]
    title: str | None = None
    date_start: str = UNKNOWN
    date_end: str = UNKNOWN


@dataclass(slots=True)
class Analysis:
    """Everything the per-document extract stages produce for one document."""

    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)   # entities referenced by the mentions
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)  # within the document
    dates: list[dict[str, Any]] = field(default_factory=list)          # resolved date expressions (for the UI)
    numbers: list[dict[str, Any]] = field(default_factory=list)        # parsed numbers (for the UI)


def to_dict(obj: Any) -> dict[str, Any]:
    return asdict(obj)


@dataclass(slots=True)
class ReadError:
    """One input (file, WARC record, JSONL line) that could not be read. The run goes on."""

    source: str
    message: str


def doc_id_for(text: str) -> str:
    """Stable document id: hash of the normalised main text (whitespace collapsed)."""
    import hashlib

    from rasd.text.normalize import normalize

    norm = normalize(text)
    # " ".join(norm.split()) without a string per word: scraped text's only whitespace is
    # single spaces and newlines, and then replacing the newlines is the same string. Every
    # whitespace character but " " is unprintable, so isprintable() proves there is no other.
    key = norm.replace("\n", " ")
    if not key.isprintable() or "  " in key or key.startswith(" ") or key.endswith(" "):
        key = " ".join(norm.split())
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
