"""Extract stage "entities": mention finding and entity linking for one document.

Three complementary finders, merged (longest / most specific wins):

1. dictionary: the KB's aliases and short forms and the gazetteer's names, through the
   clitic-aware Aho-Corasick matcher (rasd/knowledge/matcher.py), plus an edit-distance-1
   fallback for multiword KB names ("قاعدة حمييم" -> قاعدة حميميم);
2. patterns (rasd/knowledge/patterns.py): titled people and appositions, kunyas, Twitter
   handles, anonymous sources with initials, media outlets after a media cue, organisations
   after an organisation head ("مكتب إعلاميي دمشق وريفها");
3. the statistical NER model (rasd/knowledge/ner.py) for names in no list.

Linking and in-document resolution:
- dictionary hits link directly (KB ids, gazetteer ids; PLACE mentions keep their gazetteer
  candidates for rasd/knowledge/geocode.py);
- a person not in the KB gets ``person:<normalised name>`` (articles dropped), so the same
  person in two documents is one entity; organisations / outlets found by pattern get
  ``org:`` / ``media:`` ids the same way; NER-only names get ``doc:<doc_id>:<n>``;
- a person's surname alone later ("بيرقدار", "النجار") links to the full name seen in the
  document; KB short forms ("الجيش", "الهيئة", "الفيلق") resolve only to an entity whose full
  name is in the same document (the most recent one before the short form, else the most
  frequent).

Text with no Arabic letter yields nothing (the KB and gazetteer are Arabic-first; guessing on
other scripts would invent entities).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, product
from operator import attrgetter
from typing import Any

from rasd.data import word_data, word_list
from rasd.extract.verbs import is_verb, verb_lexicon_forms
from rasd.knowledge.gazetteer import AREA_KEY, CUE_FORM_KEYS
from rasd.knowledge.geocode import admin_cues, physical_places
from rasd.knowledge.matcher import DictionaryMatcher, DictMatch, key_form
from rasd.knowledge.patterns import (
    ACTOR_TYPES,
    PatternFinder,
    PatternHit,
    Span,
    Tok,
    TokList,
    tokenize_norm,
)
from rasd.knowledge.resources import gc_paused
from rasd.records import Analysis, Entity, Mention
from rasd.text.feed_items import _vocabulary, page_gaps, with_item_gaps
from rasd.text.normalize import ARABIC_LETTER, norm_offset, normalize_with_map, to_original_span
from rasd.text.quoted import (
    cued_bracket_gaps,
    has_quote_mark,
    quote_gaps,
    squeeze,
    without_gaps,
    without_quote_marks,
)
from rasd.text.split_words import normalize_joined, split_word_joins

log = logging.getLogger(__name__)

# ids of entities made here (not in the KB or gazetteer)
NEW_ENTITY_PREFIXES = ("person:", "org:", "media:", "doc:")
NER_MIN_SCORE = 0.6          # multiword NER names
NER_MIN_SCORE_SINGLE = 0.85  # one-word organisation / outlet names
NER_MIN_SCORE_SINGLE_LOC = 0.7  # one-word place names (the geocoder still has to find them)
NER_FLOOR = min(NER_MIN_SCORE, NER_MIN_SCORE_SINGLE, NER_MIN_SCORE_SINGLE_LOC)   # no NER span scoring less is kept


# --------------------------------------------------------------------------- resources

class EntityKit:
    """Everything the stage builds once per process: the automaton, the pattern lexicons."""

    def __init__(self, kb: Any, gazetteer: Any, ner: Any) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.ner = ner
        self.demonyms: dict[str, str] = getattr(gazetteer, "demonyms", None) or {}   # "سوريون" -> SY
        # (surface, id, type, source, fuzzy: False for a name matched as written only)
        items: list[tuple[str, str, str, str, bool]] = []
        if kb is not None:
            fuzzy_ok = getattr(kb, "fuzzy_ok", None)
            for surface, eid in kb.aliases():
                ent = kb.get(eid)
                if ent is not None and _usable_alias(surface):
                    items.append((surface, eid, ent.type, "kb", fuzzy_ok is None or fuzzy_ok(eid, surface)))
            items += _spelling_variants(items)
            for eid, forms in (getattr(kb, "short_forms", None) or {}).items():
                ent = kb.get(eid)
                if ent is None:
                    continue
                for form in forms:
                    items.append((form, eid, ent.type, "short", True))
        self.patterns = PatternFinder()
        self.armed_heads = self.patterns.armed_heads
        # head words a NER span's first word may be cut from (_fix_ner_start reads it per span)
        self.name_heads = frozenset(self.armed_heads | self.patterns.org_heads)
        if gazetteer is not None:
            stop = self.patterns.stop
            for surface, pid in gazetteer.aliases():
                # function and reporting words ("سوف", "عنه", "حديثه") are never place names,
                # whatever list a village of that name came from
                if _usable_alias(surface) and key_form(surface) not in stop:
                    items.append((surface, pid, "PLACE", "gazetteer", True))
        # the vocabulary's frequent words are words of their own: no misspelt word of a name
        # (the one-edit fallback reads "السلطات العثمانية" as no "السلطات العمانية")
        self.matcher = DictionaryMatcher(items, own_words=_own_words())
        self.short_heads = _short_form_heads(kb)
        # each state's own names (keys), read per definite candidate by _definite_state_name
        self.state_name_keys: dict[str, frozenset[str]] = {}
        if kb is not None:
            for _, eid in kb.aliases():
                ent = kb.get(eid)
                if ent is not None and ent.type == "STATE" and eid not in self.state_name_keys:
                    self.state_name_keys[eid] = frozenset(key_form(n) for n in (ent.name_ar, *ent.aliases))
        self.generic_keys = {key_form(k): v for k, v in (getattr(kb, "generic", None) or {}).items()}

    def entity(self, eid: str) -> Entity | None:
        """A copy of a KB or gazetteer entity (callers may add aliases without touching the KB)."""
        src = None
        if self.kb is not None:
            src = self.kb.get(eid)
        if src is None and self.gazetteer is not None:
            src = self.gazetteer.get(eid)
        if src is None:
            return None
        if isinstance(src, Entity):
            # (what dataclasses.replace does, without its per-call walk over the fields)
            ent = Entity(*_ENTITY_VALUES(src)) if _ENTITY_VALUES is not None else dataclasses.replace(src)
            ent.aliases = list(src.aliases)
            ent.links = {k: list(v) for k, v in src.links.items()}
            return ent
        return Entity(id=eid, type=getattr(src, "type", "PLACE"), name_ar=getattr(src, "name_ar", eid))


def _short_form_heads(kb: Any) -> dict[str, dict[str, str]]:
    """short form -> {head word: entity} when the entity's full name is that head word and the
    short form ("قناة" + "الميادين", "وكالة" + "الأناضول", "حزب" + "القوات اللبنانية")."""
    out: dict[str, dict[str, str]] = {}
    for eid, forms in (getattr(kb, "short_forms", None) or {}).items():
        ent = kb.get(eid)
        if ent is None:
            continue
        names = [key_form(n) for n in (ent.name_ar, *ent.aliases) if n]
        for form in forms:
            sf = key_form(form)
            for n in names:
                head = n[:-len(sf) - 1] if n.endswith(" " + sf) else ""
                if head and " " not in head:
                    out.setdefault(sf, {}).setdefault(head, eid)
    return out


# the word before a name, past quote marks and spaces ('قناة " الميادين "')
_HEAD_BEFORE = re.compile(r'(\w+)[\s"\'«»“”]*$')


def _own_head(c: _Cand, mtext: str, kit: EntityKit) -> str | None:
    """The entity a short form names because its own head word stands right before it, the
    full name cut by quote marks ('وكالة " الأناضول "')."""
    heads = kit.short_heads.get(key_form(mtext[c.start:c.end]))
    if not heads or c.prefix:
        return None
    m = _HEAD_BEFORE.search(mtext, max(0, c.start - 30), c.start)
    if not m:
        return None
    own = heads.get(m.group(1))
    if own is None:
        # "مراسل الجزيرة", "لمراسل الميادين": a reporter's word before an outlet's short form
        w = key_form(m.group(1))
        if w not in _MEDIA_STAFF and w[:1] in "وفلب":
            w = w[1:]
        if w in _MEDIA_STAFF:
            media = {eid for eid in heads.values() if getattr(kit.kb.get(eid), "type", None) == "MEDIA"}
            own = media.pop() if len(media) == 1 else None
    return own


# a reporter's words: an outlet's short form right after one names the outlet (entity_patterns.yaml)
_MEDIA_STAFF = frozenset(key_form(w) for w in word_list("entity_patterns.yaml", "media_staff_words"))


# every field of an Entity, in constructor order (None if some field is not a constructor
# argument: then entity() copies through dataclasses.replace)
_ENTITY_FIELDS = dataclasses.fields(Entity)
_ENTITY_VALUES = attrgetter(*(f.name for f in _ENTITY_FIELDS)) if all(f.init for f in _ENTITY_FIELDS) else None


# groups of spellings of one word in actor names ("ميليشيا" / "مليشيا"; entity_patterns.yaml)
_SPELLING_GROUPS: dict[str, tuple[str, ...]] = {
    w: tuple(g) for g in word_data("entity_patterns.yaml", "name_spellings") for w in g}


def _spelling_variants(items: list[tuple[str, str, str, str, bool]]) -> list[tuple[str, str, str, str, bool]]:
    """The KB aliases again with each word of a spelling group in its other spellings, unless
    that spelling is already a name (of this or another entity); an exact-only alias's are
    exact only too."""
    taken = {key_form(s) for s, *_ in items}
    out: list[tuple[str, str, str, str, bool]] = []
    for surface, eid, typ, src, fuzzy in items:
        words = surface.split()
        if not any(w in _SPELLING_GROUPS for w in words):
            continue
        for combo in product(*(_SPELLING_GROUPS.get(w, (w,)) for w in words)):
            variant = " ".join(combo)
            key = key_form(variant)
            if key not in taken:
                taken.add(key)
                out.append((variant, eid, typ, src, fuzzy))
    return out


OWN_WORD_RANK = 20_000   # the vocabulary's most frequent words taken as words of their own


def _own_words() -> frozenset[str]:
    """The words of the project's ranked vocabulary (rasd/data/models/ner_clusters.tsv) among the
    ``OWN_WORD_RANK`` most frequent: a text word among them is a word, not a misspelt name word
    (the matcher's one-edit fallback; its rarer words include corpus misspellings)."""
    return frozenset(w for w, r in _vocabulary().items() if r < OWN_WORD_RANK)


def _usable_alias(surface: str) -> bool:
    s = surface.strip()
    if not s:
        return False
    if not ARABIC_LETTER.search(s):
        # Latin aliases: only distinctive ones (acronyms of 3+ letters, multiword names)
        return len(s) >= 3
    return True


_KITS: dict[int, tuple[Any, EntityKit]] = {}


def entity_kit(res: Any) -> EntityKit:
    """The kit for these Resources, built on first use (one per process and Resources)."""
    got = _KITS.get(id(res))
    if got is not None and got[0] is res:
        return got[1]
    with gc_paused():       # the resources and the automaton: long-lived objects only
        kb = _load(res, "kb")
        gaz = _load(res, "gazetteer")
        ner = _load(res, "ner")
        kit = EntityKit(kb, gaz, ner)
    _KITS[id(res)] = (res, kit)
    return kit


def _load(res: Any, name: str) -> Any:
    try:
        return getattr(res, name)
    except Exception as exc:  # a missing model or data file must not stop the stage
        log.warning("entities: %s unavailable (%s); continuing without it", name, exc)
        return None


# --------------------------------------------------------------------------- candidates

@dataclass(slots=True)
class _Cand:
    start: int                # normalised offsets (matcher text)
    end: int
    type: str
    entity_id: str | None
    source: str
    confidence: float
    role: str | None = None
    role_span: tuple[int, int] | None = None
    org_id: str | None = None
    candidates: list[str] = dataclasses.field(default_factory=list)
    handle: str | None = None
    name: str | None = None   # normalised name for new entities
    short: list[str] | None = None   # KB short form: entities it may stand for
    prefix: str = ""          # proclitics the matcher read before the name ("ال" in "السورية")


# What the stage asks the NER model for one document: (text, needs_score); it is sent back
# the spans, or the exception the model raised.
NerRequest = tuple[str, Callable[[Any], bool]]
_Steps = Generator[NerRequest, "list[Any] | Exception", None]


def find_entities(analysis: Analysis, res: Any) -> None:
    """The stage for one document."""
    find_entities_many([analysis], res)


def find_entities_many(analyses: Sequence[Analysis], res: Any) -> None:
    """The stage for several documents: each document is handled on its own, as by
    :func:`find_entities`, except that the NER model tags all of them in one batch
    (``NerModel.predict_many``, much less numpy overhead per document)."""
    kit = entity_kit(res)
    pending: list[tuple[_Steps, NerRequest]] = []
    for a in analyses:
        steps = _find_entities(a, kit)
        try:
            pending.append((steps, next(steps)))
        except StopIteration:
            continue          # done without the NER (no Arabic, no model)
    if not pending:
        return
    many = getattr(kit.ner, "predict_many", None)   # a model with predict only: one by one
    got: list[list[Any] | Exception] = []
    try:
        if many is not None:
            got = list(many([req[0] for _s, req in pending], [req[1] for _s, req in pending], NER_FLOOR))
    except Exception:   # one document breaks the model: find which, the others go on
        got = []
    if len(got) != len(pending):
        got = []
        for _s, (text, needs) in pending:
            try:
                got.append(kit.ner.predict(text, needs, NER_FLOOR))
            except Exception as exc:
                got.append(exc)
    for (steps, _req), spans in zip(pending, got, strict=True):
        try:
            steps.send(spans)
        except StopIteration:
            pass
        else:
            raise RuntimeError("entities: the stage asked the NER model twice")


def _find_entities(analysis: Analysis, kit: EntityKit) -> _Steps:
    """find_entities as steps: yields its one NER request (unless it needs none) and goes on
    with the spans sent back."""
    doc = analysis.doc
    text = doc.text or ""
    if not ARABIC_LETTER.search(text):
        return
    norm, omap = normalize_with_map(text)
    joins = _free_joins(split_word_joins(text), norm, omap, kit)
    if joins:       # a name split by a stray space ("عم ان") is matched as one word
        norm, omap = normalize_joined(text, joins)
    starts = page_gaps(text)
    if starts:      # glued feed items, words glued after a final ة ("حماةقصف"): each word its own token
        norm, omap = with_item_gaps(norm, omap, starts)
    mtext = norm.replace("_", " ")
    gaps = _name_quote_gaps(mtext, kit)
    if gaps:        # a name with a quotation mark inside ("قوات \" سوريا الديمقراطية \""): matched whole
        norm, omap = without_gaps(norm, omap, gaps)
        mtext = norm.replace("_", " ")
    toks = tokenize_norm(mtext, text, omap, kit.patterns.ambiguous_stop)
    tok_at = _token_index(toks)

    cands: list[_Cand] = []
    matches, heads = kit.matcher.match_with_heads(mtext)   # (one pass for both)
    covered = bytearray(len(mtext) + 1)
    for m in matches:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    matches += kit.matcher.fuzzy_match(mtext, covered, heads)
    matches.sort(key=lambda m: m.start)
    for m in matches:
        c = _cand_from_match(m, kit)
        if c is not None and not _defined_cue_form(c, mtext) and not _described_area(c, mtext) \
                and not _in_lineage(c, mtext) and not _verb_split(c, mtext):
            cands.append(c)
    cands, blocked = _nisba_filter(cands, mtext, kit)
    cands += _cued_variants(mtext, cands, kit)

    # dictionary hits as token spans for the pattern rules
    spans: list[Span] = []
    span_of: dict[int, _Cand] = {}
    for c in cands:
        first, last = tok_at.get(c.start), _last_token(toks, tok_at, c.end)
        if first is None or last is None:
            continue
        lead = mtext[toks[first].start:c.start] if c.type == "PLACE" and c.start > toks[first].start else ""
        sp = Span(first, last, c.type, c.entity_id, c.source, lead)
        spans.append(sp)
        span_of[id(sp)] = c
    hits = kit.patterns.find(mtext, toks, spans)
    cands = _apply_patterns(hits, cands, span_of, toks, mtext, kit, doc.id)

    # NER for names no list or rule found
    cands += yield from _ner_cands(kit, text, norm, omap, cands, doc.id, blocked)

    # in-document resolution: short forms, surnames
    cands = _conjoined_people(cands, toks, tok_at, kit, text, omap)
    cands = _publisher_mentions(cands, toks, tok_at, doc.publisher, kit, mtext)
    cands = _media_word_names(cands, toks, kit)
    cands = _resolve_short_forms(cands, toks, tok_at, mtext, kit)
    cands += _surname_coref(cands, toks, mtext, kit, tok_at)
    cands = [c for c in cands if not (c.type == "PLACE" and _time_zone_label(mtext, c.start))]
    cands += _bare_capitals(mtext, cands, kit)

    _emit(analysis, cands, text, omap, kit, doc.id, joins)
    _mark_datelines(analysis.mentions, text)


# the type words of the gazetteer's cue forms, before a bracketed name ("قرية ( الزارة )")
_CUE_TYPE_WORDS = tuple(key_form(w) for w in word_list("place_words.yaml", "cue_form_type_words"))


def _name_quote_gaps(mtext: str, kit: EntityKit) -> list[tuple[int, int]]:
    """The quote gaps (``rasd.text.quoted``) that lie inside a dictionary name when each gap is read
    as one space: "قوات \" سوريا الديمقراطية \"", "جبهة « النصرة »" (a name matched across a gap
    has the mark inside it; a mark before or after a name is no gap of the name)."""
    gaps = quote_gaps(mtext)
    brackets = cued_bracket_gaps(mtext, _CUE_TYPE_WORDS)
    if brackets:    # "بلدة ( المزرعة )": a bracketed name after its type word reads as the cue form
        gaps = sorted(gaps + [b for b in brackets if not any(s < b[1] and b[0] < e for s, e in gaps)])
    if not gaps:
        return []
    squeezed, at = squeeze(mtext, gaps)
    used: list[tuple[int, int]] = []
    k = 0
    for lo, hi in gap_lines(squeezed, at):
        for m in kit.matcher.match(squeezed[lo:hi]):       # (both in text order)
            start, end = m.start + lo, m.end + lo
            while k < len(at) and at[k] <= start:
                k += 1
            while k < len(at) and at[k] < end:
                used.append(gaps[k])
                k += 1
    return used


def gap_lines(text: str, at: Sequence[int]) -> list[tuple[int, int]]:
    """The (start, end) of the lines of ``text`` that hold an offset of ``at`` (sorted), in text order,
    each once. No matcher key holds a line break (``key_form`` makes every run of white space one
    space) and a line break is no word character, so a line's matches (``DictionaryMatcher.match``
    of the line alone, shifted by its start) are the matches of the whole text that lie on it: the
    matcher reads only the lines where a quote gap stands, not the whole page again."""
    lines: list[tuple[int, int]] = []
    end = -1
    for a in at:
        if a < end:
            continue        # on the line before
        start = text.rfind("\n", 0, a) + 1
        end = text.find("\n", a)
        if end < 0:
            end = len(text)
        lines.append((start, end))
    return lines


_START = attrgetter("start")
_END = attrgetter("end")


class _TokenIndex:
    """normalised offset -> index of the token that contains it (None between tokens)."""

    def __init__(self, toks: Sequence[Tok]) -> None:
        self.toks = toks
        if isinstance(toks, TokList):   # the columns: no token object needed
            self.starts, self.ends = toks.starts, toks.ends
        else:
            self.starts, self.ends = list(map(_START, toks)), list(map(_END, toks))

    def get(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.ends[i]:
            return i
        return None


def _token_index(toks: list[Tok]) -> _TokenIndex:
    return _TokenIndex(toks)


def _last_token(toks: list[Tok], tok_at: _TokenIndex, end: int) -> int | None:
    return tok_at.get(end - 1)


def _entry_parts(entries: tuple) -> tuple[Any, list[str], list[str], str | None]:
    """(first KB entry or None, distinct gazetteer ids, distinct short-form ids, the first
    short-form entry's type) of a match's entries."""
    kb = next((e for e in entries if e.source == "kb"), None)
    gaz = list(dict.fromkeys(e.id for e in entries if e.source == "gazetteer"))
    short_entries = [e for e in entries if e.source == "short"]
    short = list(dict.fromkeys(e.id for e in short_entries))
    return kb, gaz, short, (short_entries[0].type if short_entries else None)


# the matcher's exact-match entry tuples are few and long-lived (one per automaton key): their
# parts are kept by id, with the tuple itself so that the id stays its own
_PARTS: dict[int, tuple[tuple, tuple[Any, list[str], list[str], str | None]]] = {}


# "وقفة أمام مقرها بالعاصمة ,", "وسط العاصمة .": the word "capital" alone, a clause ending after it
_BARE_CAPITAL = re.compile(r"(?=[وفبلا])(?<![^\s\"'(])((?:و|ف)?(?:ب|ل)?)(العاصمه)(?=\s*(?:[.,،:;؛!?)\"»\n]|$))")
BARE_CAPITAL_REACH = 200      # characters before it searched for the country it is the capital of
# the words before it that make it a place ("في العاصمة"; else part of a name: "أمانة العاصمة")
_BARE_CAPITAL_BEFORE = frozenset(word_list("place_words.yaml", "bare_capital_before"))


def _bare_capitals(mtext: str, cands: list[_Cand], kit: EntityKit) -> list[_Cand]:
    """"The capital" named alone after its sentence named a country ("أكبر حزب إسلامي في الجزائر ) وقفة
    أمام مقرها بالعاصمة ,"): a place mention the geocoder gives that country's capital (geocode
    _bare_capital). Not without a country named before it in the sentence: which capital is meant is
    then not told."""
    if "العاصمه" not in mtext:
        return []
    out: list[_Cand] = []
    for m in _BARE_CAPITAL.finditer(mtext):
        s, e = m.start(2), m.end(2)
        if any(c.start <= s < c.end for c in cands):
            continue
        if "ب" not in m.group(1):
            before = mtext[max(0, m.start() - 16):m.start()].split()
            w = before[-1] if before else ""
            if w not in _BARE_CAPITAL_BEFORE and not (w[:1] in ("و", "ف") and w[1:] in _BARE_CAPITAL_BEFORE):
                continue        # "أمانة العاصمة", "درع العاصمة": part of a name
        lo = max(0, s - BARE_CAPITAL_REACH)
        cut = [x.end() for x in _SENTENCE_END.finditer(mtext, lo, s)]
        lo = cut[-1] if cut else lo
        if any(lo <= c.start and c.end <= s and _country_ids(c, kit) for c in cands):
            out.append(_Cand(s, e, "PLACE", None, "gazetteer", 0.9, prefix=m.group(1)))
    return out


def _defined_cue_form(c: _Cand, mtext: str) -> bool:
    """A gazetteer cue form ("منطقة سوف", "مدينة سوف") matched behind the article the matcher took
    for a proclitic: "يدها في المنطقة سوف تقطع" names no place (a type word before a name has none)."""
    if c.source != "gazetteer" or not c.prefix.endswith(("ال", "لل")):
        return False
    head, sep, _rest = mtext[c.start:c.end].partition(" ")
    return bool(sep) and head in CUE_FORM_KEYS


VERB_SPLIT_NAME = 5     # longest name read behind a proclitic in a past plural verb ("لجأوا" -> "جاوا")


def _verb_split(c: _Cand, mtext: str) -> bool:
    """A place read behind a proclitic split off a word that is a verb: the whole word is a verb of the
    lexicon (verb_forms.yaml verbs) or a past plural in "وا" ("لجأوا إلى مدينة سرمين" is no "ل" + "جاوا",
    Jawa): the word is the verb, not a preposition before a name. Only short names ("أوتاوا" after "ب" keeps
    its place: a name of six letters or more ending in "وا" is no verb form)."""
    if c.source != "gazetteer" or not c.prefix or "ال" in c.prefix:
        return False
    name = mtext[c.start:c.end]
    if " " in name or mtext[c.end:c.end + 1] not in ("", " "):
        return False
    whole = c.prefix + name
    if whole in verb_lexicon_forms():
        return True
    return whole.endswith("وا") and len(name) <= VERB_SPLIT_NAME and is_verb(whole)


def _described_area(c: _Cand, mtext: str) -> bool:
    """"منطقة الروضة الصناعية", "منطقة القصر الحدودية", "منطقة الروضة الوسطى": an adjective that
    agrees with the area noun follows the word after it, which then describes the area (a
    garden, a palace) rather than naming a town (the gazetteer's "منطقة X" form is not meant)."""
    if c.source != "gazetteer" or not mtext.startswith(AREA_KEY + " ", c.start):
        return False
    nxt = mtext[c.end:c.end + 24].split(maxsplit=1)
    # (5 letters at least: "إلى", "التي", "الذي" are no adjectives)
    return bool(nxt) and len(nxt[0]) >= 5 and nxt[0].startswith("ال") and nxt[0].endswith(("يه", "ي"))


# settlement words that cue the name after them ("قرية X"; normalised, read into a regex)
SETTLEMENT_WORDS = word_list("place_words.yaml", "settlement_cue_words")
# a settlement word (proclitics before it) and the one or two words after it: the name it cues
# (the lookahead: every match opens with a proclitic or a settlement word's first letter, so the engine skips
# other positions fast)
_CUED_FIRST = "".join(dict.fromkeys("وفبل" + "".join(w[0] for w in SETTLEMENT_WORDS)))
_CUED_NAME = re.compile(r"(?=[" + _CUED_FIRST + r"])(?<![^\s\"'(])((?:و|ف)?(?:ب|ل)?)(" + "|".join(SETTLEMENT_WORDS) + r")"
                        r" ([^\W\d_]{3,})(?: ([^\W\d_]{3,}))?")
_SENTENCE_END = re.compile(r"[.!?\n]")
# a settlement word and the space after it: every match of _CUED_NAME holds one, at most two proclitic letters
# after the match's start (_cued_names)
_CUED_WORD = re.compile("(?:" + "|".join(SETTLEMENT_WORDS) + ") ")
CUED_PROCLITICS = 2


def _cued_names(mtext: str) -> Iterator[re.Match[str]]:
    """``_CUED_NAME.finditer(mtext)``, the same matches in the same order, tried only where one can start: at a
    settlement word or up to CUED_PROCLITICS letters before it (speed: the pattern, tried at every word start,
    was a page's dearest scan; the words are found by a literal alternation, which the engine skips to)."""
    end = 0
    for w in _CUED_WORD.finditer(mtext):
        at = w.start()
        for q in range(max(end, at - CUED_PROCLITICS), at + 1):
            m = _CUED_NAME.match(mtext, q)
            if m is not None:
                yield m
                end = m.end()
                break


# "قرى ريف دير الزور", "بلدات شمال حلب": an admin or direction word after the settlement word
# opens no settlement's name (the geocoder reads those phrases itself)
_ADMIN_WORDS = word_list("place_words.yaml", "admin_words")

# "في سرمادا شمال غرب إدلب", "بالتمانعه بريف إدلب": a locative preposition, a one- or two-word
# name, and right after it a countryside or direction word (proclitic ب allowed) that places it
# in a governorate; the direction phrase itself opens no name (normalised text)
_DIRECTION_ALT = "|".join(word_list("place_words.yaml", "admin_direction_words"))
_LOCATED_NAME = re.compile(   # (the lookahead: every match opens with و, ف or ب, other positions fail at once)
    r"(?=[وفب])(?<![^\s\"'(])(?:(?:و|ف)?في |((?:و|ف)?ب))(?!(?:ب)?(?:" + _DIRECTION_ALT + r")\b)([^\W\d_]{3,})"
    r"(?: (?!(?:ب)?(?:" + _DIRECTION_ALT + r")\b)([^\W\d_]{3,}))?"
    r"(?= (?:ب)?(?:ال)?(?:" + _DIRECTION_ALT + r")\b)")
_TAIL_END = re.compile(r"[.!?\n,،:;؛]")


def _cued_variants(mtext: str, cands: list[_Cand], kit: EntityKit) -> list[_Cand]:
    """Names a settlement word cues ("قرية الحامدينة", "بلدة معر شورين") that the gazetteer does
    not know as written but under another spelling (a letter more or less, a space in a compound:
    ``Gazetteer.variant_candidates``): a place mention when that spelling is one place of the
    governorate the sentence names ("بريف إدلب"), or, when the sentence names none, of the one
    governorate the page names; the geocoder resolves it the same way. No governorate named (or
    several on the page and none in the sentence), no mention: a variant spelling is weak evidence
    on its own. (Names the
    gazetteer knows, behind the other article form or after a plural "قرى"/"بلدات", were tried
    too: right places, but the event stage then split or moved events as often as it fixed them.)"""
    gaz = kit.gazetteer
    if gaz is None or not hasattr(gaz, "variant_candidates"):
        return []
    spans = sorted((c.start, c.end) for c in cands)
    starts = [st for st, _e in spans]
    reach = list(accumulate((e for _s, e in spans), max))   # the furthest end of the first k spans
    out: list[_Cand] = []
    stop = kit.patterns.stop
    page: set[str] | None = None     # the governorates the page names (read when first needed)
    for m in _cued_names(mtext):
        s, e = m.start(2), m.end(3)
        k = bisect_right(starts, e)      # spans starting before the name's end
        if k and reach[k - 1] > s:
            continue         # the cue or the name is part of a mention already
        names = [n for n in ((m.group(3) + " " + m.group(4)) if m.group(4) else None, m.group(3)) if n]
        names = [n for n in names if not any(w in stop or gaz.is_common_word(w) for w in n.split())
                 and not n.startswith(_ADMIN_WORDS)]
        if not names:
            continue
        lo = max((x.end() for x in _SENTENCE_END.finditer(mtext, max(0, s - 400), s)), default=max(0, s - 400))
        hi_m = _SENTENCE_END.search(mtext, e, e + 400)
        admin1 = admin_cues(mtext[lo:hi_m.start() if hi_m else e + 400], gaz)
        if not admin1:
            # the sentence names none: the page's governorate, when the page names one only
            if page is None:
                page = admin_cues(mtext, gaz)
            if len(page) != 1:
                continue
            admin1 = page
        for name in names:
            if gaz.candidates(name):
                break        # a spelling the gazetteer knows: the matcher's and the NER's to find
            found = gaz.variant_candidates(name)
            here = [p for p in found if p.admin1 in admin1]
            if len(physical_places(here, gaz)) != 1:
                continue     # none, or namesakes in that governorate: the text does not say which
            ids = [p.id for p in here]
            if ids:
                end = m.end(3) if name == m.group(3) else m.end(4)
                out.append(_Cand(s, end, "PLACE", ids[0] if len(ids) == 1 else None, "gazetteer", 0.8,
                                 candidates=ids, prefix=m.group(1)))
                break
    out += _located_variants(mtext, spans, starts, reach, gaz, stop)
    return out


def _located_variants(mtext: str, spans: list[tuple[int, int]], starts: list[int], reach: list[int],
                      gaz: Any, stop: Any) -> list[_Cand]:
    """Names a locative preposition opens and a direction or countryside phrase right after places
    ("في سرمادا شمال غرب إدلب", "بالتمانعه بريف إدلب"), spelt otherwise than the gazetteer: a place
    mention when that spelling is one place of the governorate that phrase names (the phrase's own,
    not the sentence's or the page's: the name and its governorate are one construction). A phrase
    that names no governorate ("غرب المدينة"), or namesakes there, no mention."""
    out: list[_Cand] = []
    for m in _LOCATED_NAME.finditer(mtext):
        s, e = m.start(2), m.end(3) if m.group(3) else m.end(2)
        k = bisect_right(starts, e)
        if k and reach[k - 1] > s:
            continue         # the name is part of a mention already
        tail_end = _TAIL_END.search(mtext, e, e + 60)
        admin1 = admin_cues(mtext[e:tail_end.start() if tail_end else e + 60], gaz)
        if not admin1:
            continue
        names = [n for n in ((m.group(2) + " " + m.group(3)) if m.group(3) else None, m.group(2)) if n]
        names = [n for n in names if not any(w in stop or gaz.is_common_word(w) for w in n.split())
                 and n.split()[0] not in SETTLEMENT_WORDS]     # "في قرية X ...": _CUED_NAME's
        for name in names:
            if gaz.candidates(name):
                break        # a spelling the gazetteer knows: the matcher's and the NER's to find
            here = [p for p in gaz.variant_candidates(name) if p.admin1 in admin1]
            if len(physical_places(here, gaz)) != 1:
                continue
            ids = [p.id for p in here]
            end = m.end(2) if name == m.group(2) else m.end(3)
            out.append(_Cand(s, end, "PLACE", ids[0] if len(ids) == 1 else None, "gazetteer", 0.8,
                             candidates=ids, prefix=m.group(1) or ""))
            break
    return out


_LINEAGE_WORDS = frozenset(word_list("name_words.yaml", "lineage_words"))


def _in_lineage(c: _Cand, mtext: str) -> bool:
    """A person's name after "بن" is the father's name in someone else's ("محمد بن سلمان بن عبد
    العزيز" is the crown prince, not King Salman)."""
    return c.type == "PERSON" and not c.prefix and _prev_word(mtext, c.start) in _LINEAGE_WORDS


def _cand_from_match(m: DictMatch, kit: EntityKit) -> _Cand | None:
    conf = 0.8 if m.fuzzy else (0.95 if m.rank == 0 else 0.9)    # rank 0: an exact form
    got = None if m.fuzzy else _PARTS.get(id(m.entries))   # a fuzzy match has a tuple of its own
    if got is not None and got[0] is m.entries:
        parts = got[1]
    else:
        parts = _entry_parts(m.entries)
        if not m.fuzzy:
            if len(_PARTS) >= 1 << 16:
                _PARTS.clear()
            _PARTS[id(m.entries)] = (m.entries, parts)
    e, gaz, short, short_type = parts
    if e is not None:
        # generic references ("النظام", "الروس") are weaker evidence than a name
        generic = getattr(kit, "generic_keys", None) or {}
        if generic.get(e.key) == e.id:
            conf = min(conf, 0.85)
        if e.type in _BARE_NAME_TYPES and m.prefix.endswith("ال") and " " not in e.key and not e.key.startswith("ال"):
            return None     # "الحماس" is enthusiasm, "الروحاني" spiritual: a one-word name takes no article
        return _Cand(m.start, m.end, e.type, e.id, "kb", conf, prefix=m.prefix)
    if gaz:
        return _Cand(m.start, m.end, "PLACE", gaz[0] if len(gaz) == 1 else None, "gazetteer", conf,
                     candidates=list(gaz), prefix=m.prefix)
    if short:
        return _Cand(m.start, m.end, short_type, None, "coref", 0.8, short=list(short), prefix=m.prefix)
    return None


# actor types whose one-word names never take an article they are not written with (a state's
# or a place's can: "السورية" is the nisba of سورية)
_BARE_NAME_TYPES = frozenset({"PERSON", "ARMED_GROUP", "ORGANIZATION", "MEDIA", "STATE_FORCES", "FACILITY"})

# --------------------------------------------------------------------------- nisba adjectives

_ARTICLE_PREFIXES = word_list("function_words.yaml", "article_prefixes")


def _country_ids(c: _Cand, kit: EntityKit) -> list[str]:
    """Gazetteer country ids this candidate names ([] when it is not a country)."""
    gaz = kit.gazetteer
    if c.source == "kb":
        ent = kit.kb.get(c.entity_id) if kit.kb is not None and c.entity_id else None
        finder = getattr(gaz, "candidates", None)
        if ent is None or ent.type != "STATE" or finder is None:
            return []
        return [p.id for p in finder(ent.name_ar) if p.level == "country"]
    if c.type == "PLACE" and gaz is not None:
        places = [gaz.get(i) for i in c.candidates]
        return [p.id for p in places if p is not None and p.level == "country"]
    return []


def _prev_word(mtext: str, pos: int) -> str:
    """The word before ``pos`` ("" after punctuation or at the start of a line)."""
    j = pos
    while j > 0 and mtext[j - 1] in " \t":
        j -= 1
    k = j
    while k > 0 and mtext[k - 1].isalnum():
        k -= 1
    return mtext[k:j]


def _nisba_filter(cands: list[_Cand], mtext: str, kit: EntityKit) -> tuple[list[_Cand], list[tuple[int, int]]]:
    """Country names written as nisba adjectives are modifiers, not the country.

    "العاصمة السورية", "مدينة سوتشي الروسية", "شبكات محلية سورية", "قوة روسية": the ية form with
    the article, or without it after an indefinite noun or adjective, is an adjective: neither a
    state actor nor a place. After a territory noun ("الأراضي السورية", "الشمال السوري") it does
    locate something in the country: kept as a place mention of the country. The bare ية form as a
    noun phrase ("في سورية", "زار الوفد سورية", "شمال سورية") stays the country.
    Returns the kept candidates and the spans dropped (the NER must not find them again).
    """
    pat = kit.patterns
    out: list[_Cand] = []
    blocked: list[tuple[int, int]] = []
    for c in cands:
        key = mtext[c.start:c.end]
        if c.type not in ("STATE", "PLACE") or " " in key or not key.endswith(("يه", "ي")):
            out.append(c)
            continue
        countries = _country_ids(c, kit)
        if not countries:
            out.append(c)
            continue
        prev = _prev_word(mtext, c.start - len(c.prefix))
        bare = prev[1:] if len(prev) > 3 and prev[0] in "وف" else prev
        head = bare[2:] if bare.startswith("ال") and len(bare) > 4 else bare
        definite = c.prefix.endswith(_ARTICLE_PREFIXES) or key.startswith("ال")
        if definite and _definite_state_name(c, key, kit) and not (
                bare.startswith("ال") or bare in pat.nisba_heads
                or mtext[max(0, c.start - len(c.prefix) - 4):c.start - len(c.prefix)].rstrip().endswith(_QUOTES)):   # 'صحيفة " عكاظ " السعودية'
            out.append(c)          # "على السعودية": the name has the article; no noun before it to modify
            continue
        if definite:
            if head in pat.territory_heads:
                out.append(_Cand(c.start, c.end, "PLACE", countries[0], "gazetteer", c.confidence,
                                 candidates=countries[:1], prefix=c.prefix))
            else:
                blocked.append((c.start, c.end))
            continue
        if c.prefix or not prev or not prev[0].isalpha():
            out.append(c)          # "وسورية", "بسورية", or at the head of a phrase
            continue
        if bare.startswith(_ARTICLE_PREFIXES) or prev in pat.function_words or head in pat.territory_heads:
            out.append(c)          # "الوفد سورية": an indefinite adjective never follows a definite noun
            continue
        if bare in pat.nisba_heads or bare.endswith(("ه", "ات", "ين", "ون", "ي")):
            blocked.append((c.start, c.end))   # "قوة روسية", "شبكات محلية سورية", "مصادر تركية"
            continue
        out.append(c)
    return out, blocked


_QUOTES = ('"', "'", "»", "”", "“")


def _definite_state_name(c: _Cand, key: str, kit: EntityKit) -> bool:
    """The state's own name is written with the article and ends like a nisba ("السعودية"): the
    article is the name's, not a clitic of an adjective."""
    if c.source != "kb" or not key.startswith("ال") or c.prefix.endswith(_ARTICLE_PREFIXES):
        return False
    return key in kit.state_name_keys.get(c.entity_id or "", ())


# --------------------------------------------------------------------------- patterns

def _slug(name: str) -> str:
    words = [w[2:] if w.startswith("ال") and len(w) > 4 else w for w in key_form(name).replace('"', " ").split()]
    return "-".join(w for w in words if w)


def _overlaps(c: _Cand, s: int, e: int) -> bool:
    return c.start < e and s < c.end


def _apply_patterns(hits: list[PatternHit], cands: list[_Cand], span_of: dict[int, _Cand],
                    toks: list[Tok], mtext: str, kit: EntityKit, doc_id: str) -> list[_Cand]:
    out = list(cands)
    drop: set[int] = set()     # ids of dictionary candidates replaced by a pattern hit
    for h in hits:
        role_text, role_span = None, None
        if h.role_first is not None and h.role_last is not None and h.role_last >= h.role_first:
            role_span = (toks[h.role_first].start, toks[h.role_last].end)
            if mtext[role_span[1]:role_span[1] + 1] == '"' and mtext.count('"', role_span[0], role_span[1]) % 2:
                role_span = (role_span[0], role_span[1] + 1)     # 'مراسل "أنا برس"': close the quote
            role_text = mtext[role_span[0]:role_span[1]]
        org_id = None
        if h.org is not None:
            org_c = span_of.get(id(h.org))
            if org_c is not None:
                org_id = org_c.entity_id or (org_c.short[0] if org_c.short else None)
        if h.existing is not None:
            c = span_of.get(id(h.existing))
            if c is None:
                continue
            if h.kind == "person":
                if role_text and not c.role:
                    c.role, c.role_span, c.org_id = role_text, role_span, org_id
                if h.handle:
                    c.handle = h.handle
            elif h.kind == "media" and c.type == "ORGANIZATION":
                pass   # the KB's type stands
            continue
        if h.kind == "anon" and h.char_span is not None:
            s, e = h.char_span
            org_id = None
            if role_span is not None:   # '"ق.م" المنتمي سابقاً للهيئة': the organisation in the role
                org_id = next((c.entity_id or (c.short[0] if c.short else None) for c in out
                               if c.type in ACTOR_TYPES and _overlaps(c, *role_span)), None)
            out.append(_Cand(s, e, "PERSON", f"doc:{doc_id}:anon:{h.name}", "pattern", h.confidence,
                             role=role_text, role_span=role_span, org_id=org_id, name=h.name))
            continue
        s, e = toks[h.first].start, toks[h.last].end
        if h.kind == "org":
            s = toks[h.first].start + int(h.extra.get("head_clitic", 0))
        name = mtext[s:e]
        # what the hit overlaps among dictionary candidates
        over = [c for c in out if c.start < e and s < c.end and id(c) not in drop]   # _overlaps, inline
        if h.kind == "person":
            if any(c.type in ACTOR_TYPES and c.source == "kb" for c in over):
                continue      # a person name inside an organisation name is not a person
            if any(c.type == "PERSON" for c in over):
                continue
            for c in over:
                drop.add(id(c))   # places inside a name ("عمران" is also a village)
            out.append(_Cand(s, e, "PERSON", "person:" + _slug(name), "pattern", h.confidence,
                             role=role_text, role_span=role_span, org_id=org_id, handle=h.handle, name=name))
        elif h.kind in ("org", "media"):
            if any(c.type != "PLACE" for c in over):
                continue
            if h.rule != "facility-name":     # "مطار الموصل": the place stays the events' place too
                for c in over:
                    drop.add(id(c))   # "مكتب إعلاميي دمشق وريفها" is an organisation, not a place
            known = _known_name(name, kit) if h.rule in ("quoted-name", "facility-name") else None
            if known is not None:     # 'مطار " الضمير "': a KB name cut by quote marks
                ent = kit.kb.get(known)
                out.append(_Cand(s, e, ent.type, known, "kb", 0.9))
                continue
            prefix = "media:" if h.type == "MEDIA" else "org:"
            out.append(_Cand(s, e, h.type, prefix + _slug(name), "pattern", h.confidence, name=name))
    return [c for c in out if id(c) not in drop]


def _known_name(name: str, kit: EntityKit) -> str | None:
    """The KB entity whose name or alias ``name`` is once its quote marks are dropped."""
    index = getattr(kit, "_name_index", None)
    if index is None:
        index = {}
        for surface, eid in kit.kb.aliases():
            index.setdefault(key_form(surface), eid)
        kit._name_index = index    # type: ignore[attr-defined]
    return index.get(" ".join(key_form(name).replace('"', " ").split()))


# --------------------------------------------------------------------------- NER

def _ner_cands(kit: EntityKit, text: str, norm: str, omap: list[int], cands: list[_Cand],
               doc_id: str, blocked: list[tuple[int, int]] = ()  # type: ignore[assignment]
               ) -> Generator[NerRequest, list[Any] | Exception, list[_Cand]]:
    """NER candidates: yields (text, needs_score) for the model, is sent its spans."""
    if kit.ner is None:
        return []
    occupied = bytearray(len(norm) + 1)
    for c in cands:
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    for s0, e0 in blocked:
        occupied[s0:e0] = b"\x01" * (e0 - s0)
    pat = kit.patterns

    # (span start, end) -> _ner_range (a function of the offsets only: an entry left by a
    # failed batch that is asked again stays right)
    ranges: dict[tuple[int, int], tuple[int, int, list[str]] | None] = {}

    def needs_score(sp: Any) -> bool:
        """The loop below reads a span's score only when the span is not on a list or rule
        hit (those are known before the NER runs)."""
        s0, e0 = norm_offset(omap, sp.start), norm_offset(omap, sp.end)
        if e0 <= s0 or (occupied.find(0, s0, e0) < 0 and not (s0 and norm[s0 - 1].isalnum())):
            # nothing left, or every character already taken: _ner_range only moves the start
            # forward when the span does not begin inside a word, so its range is taken too
            ranges[(sp.start, sp.end)] = None
            return False
        r = ranges[(sp.start, sp.end)] = _ner_range(sp, norm, omap, kit, (s0, e0))
        return r is not None and 1 not in occupied[r[0]:r[1]]

    spans = yield text, needs_score
    if isinstance(spans, Exception):   # a broken model must not stop the stage
        log.warning("entities: NER failed on %s: %s", doc_id, spans)
        return []
    out: list[_Cand] = []
    doc_ids: dict[str, str] = {}

    def doc_entity_id(name: str) -> str:
        """One document entity per normalised name ("doc:<doc_id>:<n>")."""
        key = _slug(name)
        if key not in doc_ids:
            doc_ids[key] = f"doc:{doc_id}:{len(doc_ids) + 1}"
        return doc_ids[key]

    for sp in spans:
        if sp.score < NER_FLOOR:
            continue          # below every threshold below (a NaN score is not: it was not needed)
        key = (sp.start, sp.end)
        r = ranges[key] if key in ranges else _ner_range(sp, norm, omap, kit)
        if r is None:
            continue
        s, e, words = r
        if 1 in occupied[s:e]:
            continue
        typ = sp.type
        single = len(words) == 1
        if sp.score < (NER_MIN_SCORE if not single else NER_MIN_SCORE_SINGLE_LOC if typ == "LOC"
                       else NER_MIN_SCORE_SINGLE):
            continue
        if any(not ARABIC_LETTER.search(w) for w in words) and typ != "ORG":
            continue
        name = " ".join(words)
        if typ == "PERS":
            if single:
                continue      # one word: only the surname rule may link it (below)
            if any(pat.is_stop(w) for w in words):
                continue
            if words[0][0] in "ول" and words[0] not in pat.first_names:
                continue      # "ليثبت حسن": a glued conjunction / preposition, not a given name
            if kit.demonyms and any(w.endswith(("ون", "ين")) and w.removeprefix("ال") in kit.demonyms
                                    for w in words):
                continue      # "ناشطون سوريون", "دبلوماسيون أمريكيون": people described, not named
            out.append(_Cand(s, e, "PERSON", "person:" + _slug(name), "ner", round(sp.score, 3), name=name))
        elif typ == "LOC":
            if single and (pat.is_stop(words[0]) or len(words[0]) < 3):
                continue
            definite = words[0].startswith("ال") or norm[max(0, s - 2):s] == "لل"
            if single and definite and not _gazetteer_knows(kit, "ال" + words[0].removeprefix("ال")):
                continue      # "الريف", "المنطقة": a common noun unless the gazetteer has it
            if single and not _place_cue_near(norm, s, e, pat) and (
                    _is_common_place_word(kit, words[0]) or pat._bare(words[0]) in pat.place_cues
                    or words[0] in _PLACE_NOUNS):
                continue      # "سوق الحميدية", "ومحيط": an everyday word needs a place cue
            out.append(_Cand(s, e, "PLACE", None, "ner", round(sp.score, 3), name=name))
        elif typ == "ORG":
            # an armed-group head right before the span belongs to the name ("لواء المعتصم")
            head = pat._bare(words[0])
            if s >= 2 and norm[s - 1] == " ":
                j = s - 2
                while j >= 0 and norm[j].isalnum():
                    j -= 1
                prev = norm[j + 1:s - 1]
                if prev and pat._bare(prev) in kit.armed_heads and not occupied[j + 1]:
                    s, head = j + 1, pat._bare(prev)
                    name = norm[s:e]
            typ2 = "ARMED_GROUP" if head in kit.armed_heads else "ORGANIZATION"
            if typ2 == "ORGANIZATION" and (words[-1] in _MEDIA_NAME_WORDS and not _company_before(norm, s, pat)
                                           or _media_cue_before(norm, s, pat)):
                typ2 = "MEDIA"   # "نون بوست", "البوابة نيوز", 'لصحيفة ( كومسومولسكايا برافدا )'
            out.append(_Cand(s, e, typ2, doc_entity_id(name), "ner", round(sp.score, 3), name=name))
        elif typ == "MISC":
            if _media_cue_before(norm, s, pat, strong=True):
                out.append(_Cand(s, e, "MEDIA", doc_entity_id(name), "ner", round(sp.score, 3), name=name))
        occupied[s:e] = b"\x01" * (e - s)
    return out


def _company_before(norm: str, s: int, pat: PatternFinder) -> bool:
    """A company word among the three words before offset s ("مكتب بريد صيدا - ليبان بوست")."""
    return any(w in pat.company_words for w in norm[max(0, s - 60):s].split()[-3:])


def _media_cue_before(norm: str, s: int, pat: PatternFinder, strong: bool = False) -> bool:
    """A media cue ("صحيفة", "لوكالة", "موقع") is the word before offset s, past an opening
    bracket or quote."""
    before = norm[max(0, s - 14):s].replace("(", " ").replace('"', " ").split()
    if not before:
        return False
    w = pat._bare(before[-1].lstrip("لب"))
    return w in (pat.media_cues if strong else pat.all_media_cues)


def _ner_range(sp: Any, norm: str, omap: list[int], kit: EntityKit,
               mapped: tuple[int, int] | None = None) -> tuple[int, int, list[str]] | None:
    """A NER span in normalised offsets, clitics and leading cue words off: (start, end, words),
    or None when nothing is left. ``mapped``: the span's normalised offsets, when the caller
    has them already."""
    # original offsets -> normalised offsets (omap is non-decreasing)
    s, e = mapped if mapped is not None else (norm_offset(omap, sp.start), norm_offset(omap, sp.end))
    if e <= s:
        return None
    s = _fix_ner_start(norm, s, e, kit)
    words = norm[s:e].split()
    # drop leading cue words the model sometimes includes ("الشيخ عبد الله عزام")
    pat = kit.patterns
    while words and (pat.is_stop(words[0]) or words[0] in pat.cue_words):
        s += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    return s, min(e, s + len(" ".join(words))), words


# place nouns the NER sometimes tags alone ("محيط مدينة القريتين")
_PLACE_NOUNS = frozenset(key_form(w) for w in word_list("place_words.yaml", "place_nouns"))


# countryside, governorate and direction words after a name that place it ("X , ريف حلب"; normalised, read into a regex)
ADMIN_DIRECTION_WORDS = word_list("place_words.yaml", "admin_direction_words")
_CUE_AFTER = re.compile(r"[ \t]*[)\"»]?[ \t]*[,،]?[ \t]*(?:و|في |ب)?(?:ال)?"
                        r"(?:" + "|".join(ADMIN_DIRECTION_WORDS) + r")[ \t]")


def _place_cue_near(norm: str, s: int, e: int, pat: PatternFinder) -> bool:
    """A place noun before ("بلدة ( المنصورة )") or an admin / direction phrase after the name
    ("الباب , شمال سوريا", "المنصورة بريف الرقة")."""
    j = s
    while j > 0 and norm[j - 1] in " \t(\"«":
        j -= 1
    prev = _prev_word(norm, j)
    if prev and (prev in pat.place_cues or pat._bare(prev) in pat.place_cues):
        return True
    return _CUE_AFTER.match(norm, e) is not None


def _is_common_place_word(kit: EntityKit, word: str) -> bool:
    gaz = kit.gazetteer
    if gaz is None:
        return False
    try:
        return bool(gaz.is_common_word(word))
    except Exception:
        return False


_ARTICLE_CLITICS = word_list("function_words.yaml", "article_clitics")
_NAME_CLITICS = word_list("function_words.yaml", "name_clitics")


def _fix_ner_start(norm: str, s: int, e: int, kit: EntityKit) -> int:
    """Align a NER span's start with the name: clitics off ("لحركة فتح" -> "حركة فتح",
    "للمدينة" -> "مدينة", "بالضفة" -> "الضفة"), a head word not cut ("كتائب", not "تائب")."""
    heads = kit.name_heads
    j = s
    while j > 0 and norm[j - 1].isalnum():
        j -= 1
    m = _WORD_RUN.match(norm, s, e)   # the first word's letters and digits (isalnum)
    word = norm[j:m.end() if m else s]
    if j < s:                           # the model cut the first word
        bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
        return j + (len(word) - len(bare)) if bare in heads else s
    if word.startswith("لل") and len(word) > 4:
        return s + 2
    # (each loop only when some clitic starts the word: one call for most words)
    if word.startswith(_ARTICLE_CLITICS):
        for p in _ARTICLE_CLITICS:
            if word.startswith(p) and len(word) - len(p) >= 3:
                return s + len(p) - 2
    if word.startswith(_NAME_CLITICS):
        for p in _NAME_CLITICS:
            if word.startswith(p) and word[len(p):] in heads:
                return s + len(p)
    return s


def _gazetteer_knows(kit: EntityKit, norm_name: str) -> bool:
    finder = getattr(kit.gazetteer, "candidates", None)
    if finder is None:
        return False
    try:
        return bool(finder(norm_name))
    except Exception:
        return False


# --------------------------------------------------------------------------- in-document

# relative pronouns (normalised) that start no name's second part
RELATIVES_AFTER_NAME = word_list("function_words.yaml", "relatives_short")


def _resolve_short_forms(cands: list[_Cand], toks: list[Tok], tok_at: _TokenIndex | None = None,
                         mtext: str = "", kit: EntityKit | None = None) -> list[_Cand]:
    full = [c for c in cands if c.short is None and c.entity_id]
    counts = Counter(c.entity_id for c in full)
    out: list[_Cand] = []
    for c in cands:
        if c.short is None:
            if c.type == "PLACE" and kit is not None and kit.short_heads:
                # 'قناة " الميادين "': the outlet named after the town, its head word before it
                own = _own_head(c, mtext, kit)
                ent = kit.kb.get(own) if own is not None else None
                if ent is not None:
                    c = _Cand(c.start, c.end, ent.type, ent.id, "kb", 0.9, prefix=c.prefix)
            out.append(c)
            continue
        present = [eid for eid in c.short if counts.get(eid)]
        if not present:
            own = _own_head(c, mtext, kit) if kit is not None else None
            if own is not None and own in c.short:
                c.entity_id = own
                out.append(c)
            continue
        if tok_at is None:   # built only for documents with a short form
            tok_at = _TokenIndex(toks)
        # "الجيش الروسي", "الهيئة العامة": a modifier right after makes it another noun phrase
        ti = tok_at.get(c.end - 1)    # the token that ends at c.end, if one does
        if ti is not None and tok_at.ends[ti] != c.end:
            ti = None
        if ti is not None and ti + 1 < len(toks):
            nxt = toks[ti + 1]
            if not nxt.broken and nxt.text.startswith("ال") and nxt.text not in RELATIVES_AFTER_NAME:
                continue
        before = [f for f in full if f.end <= c.start and f.entity_id in present]
        if before:
            c.entity_id = max(before, key=lambda f: f.end).entity_id
        else:
            c.entity_id = max(present, key=lambda eid: counts[eid])
        out.append(c)
    return out


# the kunya words ("ابو", "ام"; normalised)
KUNYA = word_list("name_words.yaml", "kunya")
# words before a name's last word that make it a compound, not a surname ("عبد الباقي"; normalised)
COMPOUND_FIRST_WORDS = word_list("name_words.yaml", "compound_first_words")
# second halves of compound given names ("صلاح الدين", "نصر الله")
SECOND_PARTS = word_list("name_words.yaml", "second_parts")


_MEDIA_NAME_WORDS = frozenset(key_form(w) for w in word_list("entity_patterns.yaml", "media_name_words"))
_SEPARATORS = ("|", " - ", "\n")
# the media words that end an outlet's name on their own ("وطن نيوز"; not "نت", "تايم": "الجزيرة . نت")
_MEDIA_WORDS_ALONE = frozenset(key_form(w) for w in word_list("entity_patterns.yaml", "media_name_words_alone"))


def _index(texts: Sequence[str], w: str, start: int) -> int:
    """The index of the first token ``w`` from ``start`` on, -1 if none (list.index's C loop)."""
    try:
        return texts.index(w, start)
    except ValueError:
        return -1


def _publisher_entity(pub: Any, kit: EntityKit) -> str | None:
    """The KB outlet the page's publisher is (by its Arabic or English name), if any."""
    for name in (pub.name_ar, pub.name_en):
        eid = _known_name(name, kit) if name else None
        if eid is not None:
            ent = kit.kb.get(eid)
            if ent is not None and ent.type == "MEDIA":
                return eid
    return None


def _publisher_mentions(cands: list[_Cand], toks: list[Tok], tok_at: _TokenIndex, pub: Any,
                        kit: EntityKit, mtext: str | None = None) -> list[_Cand]:
    """The page's own outlet named in its text: its name in quotes ('ل - " النهار "'), after a
    title separator ("| نون بوست", "- عنب بلدي"), or (a name of two words or more) anywhere. The
    NER reads such names as organisations ("نون بوست") or not at all ("النهار" is also "the day")."""
    if pub is None or not pub.name_ar:
        return cands
    words = key_form(pub.name_ar).split()
    if not words or not all(ARABIC_LETTER.match(w) for w in words) or words[0] in kit.patterns.org_heads:
        return cands      # "مركز المعلومات ...", "معهد واشنطن": a research body publishes, not an outlet
    if mtext is not None and words[0] not in mtext:
        return cands      # (the tokens' text: a word not in it is no token)
    texts = getattr(toks, "texts", None) or [t.text for t in toks]
    m = len(words)
    at = []
    i = -1
    while (i := _index(texts, words[0], i + 1)) >= 0:
        if texts[i:i + m] == words:
            at.append(i)
    if not at:
        return cands
    n = len(texts)
    eid = _publisher_entity(pub, kit)
    out = cands
    for i in at:
        j = i + m - 1
        gap = toks[i].gap
        quoted = '"' in gap and (j + 1 >= n or '"' in toks[j + 1].gap)
        if not (m >= 2 or quoted or any(x in gap for x in _SEPARATORS) or i == 0):
            continue
        s, e = toks[i].start, toks[j].end
        over = [c for c in out if c.start < e and s < c.end]
        if any(c.type == "MEDIA" or (c.source == "kb" and c.type != "PLACE") or c.source == "coref" for c in over):
            continue
        out = [c for c in out if not (c.start < e and s < c.end)]
        name = " ".join(texts[i:j + 1])
        out.append(_Cand(s, e, "MEDIA", eid or "media:" + _slug(name), "kb" if eid else "pattern", 0.8, name=name))
    return out


def _media_word_names(cands: list[_Cand], toks: list[Tok], kit: EntityKit) -> list[_Cand]:
    """An outlet's name that ends in a media word ("وطن نيوز", "مأرب برس") in quotes or right
    after a title separator or a line's start, where neither a list nor the NER found it."""
    texts = getattr(toks, "texts", None) or [t.text for t in toks]
    words = _MEDIA_WORDS_ALONE
    if words.isdisjoint(texts):
        return cands      # (one membership test per token, in C; most pages have none)
    at = [i for i in compress(range(len(texts)), map(words.__contains__, texts)) if i > 0]
    if not at:
        return cands
    pat = kit.patterns
    n = len(texts)
    out = cands
    for i in at:
        if toks[i].broken:
            continue
        first = i - 1
        if first > 0 and not toks[first].broken and ARABIC_LETTER.match(texts[first - 1]) \
                and not pat.is_stop(texts[first - 1]) and texts[first - 1] not in pat.cue_words:
            first -= 1
        if any(not ARABIC_LETTER.match(texts[j]) or pat.is_stop(texts[j]) or texts[j] in pat.cue_words
               for j in range(first, i)):
            continue
        gap = toks[first].gap
        quoted = '"' in gap and (i + 1 >= n or '"' in toks[i + 1].gap)
        if not (quoted or first == 0 or any(x in gap for x in _SEPARATORS)):
            continue
        if any(texts[j] in pat.company_words for j in range(max(0, first - 3), first)):
            continue      # "مكتب بريد صيدا - ليبان بوست": a company's name (LibanPost)
        s, e = toks[first].start, toks[i].end
        over = [c for c in out if c.start < e and s < c.end]
        if any(c.type != "PLACE" and c.source != "ner" for c in over):
            continue
        out = [c for c in out if not (c.start < e and s < c.end)]
        name = " ".join(texts[first:i + 1])
        eid = _known_name(name, kit)
        ent = kit.kb.get(eid) if eid else None
        if ent is not None and ent.type == "MEDIA":
            out.append(_Cand(s, e, "MEDIA", eid, "kb", 0.85, name=name))
        else:
            out.append(_Cand(s, e, "MEDIA", "media:" + _slug(name), "pattern", 0.7, name=name))
    return out


def _conjoined_people(cands: list[_Cand], toks: list[Tok], tok_at: _TokenIndex, kit: EntityKit,
                      text: str = "", omap: Sequence[int] = ()) -> list[_Cand]:
    """People listed after a named person, joined by و and led by a given name of the lexicon:
    "دريد لحام وحنا مينا وعلي فرزات", "بيرغ حاج موساييف ورستم ألتيميروف". Each new name has one
    or two words after its given name (a given name alone is no name) and ends at punctuation,
    a stop or cue word, the next و, or another mention."""
    people = [c for c in cands if c.type == "PERSON" and c.source != "coref" and c.entity_id
              and ":anon:" not in c.entity_id]
    if not people:
        return cands
    pat = kit.patterns
    n = len(toks)
    texts = getattr(toks, "texts", None) or [t.text for t in toks]
    # most pages have no "وX" (X a given name) right after a person: then no token map
    after = [k + 1 for k in map(tok_at.get, [c.end - 1 for c in people]) if k is not None and k + 1 < n]
    wa = [w[1:] for w in map(texts.__getitem__, after) if w[:1] == "و" and len(w) >= 3]
    if not any(map(pat.is_first_name, wa)):
        return cands
    owner: dict[int, _Cand] = {}
    for c in cands:
        f, la = tok_at.get(c.start), _last_token(toks, tok_at, c.end)
        if f is not None and la is not None:
            for j in range(f, la + 1):
                owner[j] = c
    out = list(cands)
    drop: set[int] = set()
    for c in sorted(people, key=_START):
        k = _last_token(toks, tok_at, c.end)
        if k is None:
            continue
        k += 1
        while k < n and not toks[k].broken and k not in owner:
            w = texts[k]
            if len(w) < 3 or w[0] != "و" or not pat.is_first_name(w[1:]) or w[1:] in COMPOUND_FIRST_WORDS:
                break
            if omap and w[1:] in pat.ambiguous_stop:     # "وعلى آله": the written form tells على from علي
                raw = text[omap[toks[k].start]:omap[toks[k].end - 1] + 1]
                if pat.is_stop(w[1:], raw[1:]):
                    break
            last = k
            q = k + 1
            while q < n and q - k <= 2 and not toks[q].broken:
                t = texts[q]
                oc = owner.get(q)
                if (oc is not None and oc.type != "PLACE") or not ARABIC_LETTER.match(t) or len(t) < 2 \
                        or t[0] == "و" or pat.is_stop(t, toks[q].raw) or t in pat.cue_words or pat.place_phrase_at(toks, q, {}):
                    break
                last = q
                q += 1
            if last == k:
                break
            for j in range(k + 1, last + 1):
                if j in owner:
                    drop.add(id(owner[j]))      # "حنا مينا": a village's name inside a person's
            s, e = toks[k].start + 1, toks[last].end
            name = " ".join(texts[k:last + 1])[1:]
            nc = _Cand(s, e, "PERSON", "person:" + _slug(name), "pattern", 0.6, name=name)
            out.append(nc)
            for j in range(k, last + 1):
                owner[j] = nc
            k = last + 1
    return [c for c in out if id(c) not in drop]


def _surname_coref(cands: list[_Cand], toks: list[Tok], mtext: str, kit: EntityKit,
                   tok_at: _TokenIndex | None = None) -> list[_Cand]:
    """One-word references to a person whose full name is in the document ("بيرقدار", "النجار")."""
    pat = kit.patterns
    keys: dict[str, _Cand] = {}
    # two people of one family ("سعد الحريري", "رفيق الحريري"): the surname is the one named most
    named = Counter(c.entity_id for c in cands if c.type == "PERSON" and c.source != "coref")
    for c in cands:
        if c.type != "PERSON" or not c.entity_id or ":anon:" in c.entity_id or c.source == "coref":
            continue
        if c.source == "pattern" and c.confidence < 0.7:
            continue     # kunyas and weak appositions do not seed surname links
        words = key_form(mtext[c.start:c.end]).split()
        if len(words) < 2 or words[0] in KUNYA or words[-2] in COMPOUND_FIRST_WORDS:
            continue     # kunyas and compounds ("عبد الباقي") are not surnames
        last = words[-1]
        bare = last[2:] if last.startswith("ال") else last
        if len(bare) < 3 or bare in pat.first_names or pat.is_stop(last) or pat.is_stop(bare) or last in SECOND_PARTS:
            continue
        nisba = last.startswith("ال") and last.endswith("ي")
        had = keys.setdefault(bare, c)
        if nisba and named[c.entity_id] >= named[had.entity_id]:
            keys[bare] = c
    if not keys:
        return []
    occupied = bytearray(len(mtext) + 1)
    for c in cands:
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
    prev_tok = tok_at if tok_at is not None else _TokenIndex(toks)
    out: list[_Cand] = []
    for start, end, p, key in _surname_hits(mtext, toks, keys):
        if occupied[start]:
            continue
        full = keys[key]
        full_last = key_form(mtext[full.start:full.end]).split()[-1]
        if full_last.startswith("ال") and not p.endswith(("ال", "لل")):
            continue      # the article is part of "الصدر": "صدر" alone is another word
        if pat.is_stop(mtext[start:end]) or pat.is_stop(p[-2:] + key if p.endswith("ال") else key):
            continue
        if full_last.startswith("ال") and full_last.endswith("ي"):
            # a nisba surname ("المصري") is also an adjective: not after a definite noun
            ti = prev_tok.get(start)
            if ti is not None and ti > 0 and not toks[ti].broken and toks[ti - 1].text.startswith("ال"):
                continue
        # keep the article with the name ("النجار"), drop other proclitics ("لبيرقدار")
        s = start + (len(p) - 2 if p.endswith("ال") else len(p))
        out.append(_Cand(s, end, "PERSON", full.entity_id, "coref", 0.8, name=full.name))
    return out


_SURNAME_PROCLITICS = word_list("function_words.yaml", "surname_proclitics")
_WORD_RUN = re.compile(r"[^\W_]+")


def _surname_hits(mtext: str, toks: list[Tok], keys: dict[str, _Cand]) -> list[tuple[int, int, str, str]]:
    """Words that are a surname key, alone or after one proclitic sequence:
    (start, end, proclitics, key), in text order.

    A key is a whole word (it may neither start nor end inside a word), so each token is looked
    up once in a table of every proclitic + key form (a regex alternation of the keys, compiled
    per document, cost more). Proclitics are tried longest first, as the alternation did; keys
    that are not plain words fall back to the regex.
    """
    if not all(_WORD_RUN.fullmatch(k) for k in keys):
        rx = re.compile(r"(?<![^\W_])(" + "|".join(_SURNAME_PROCLITICS) + r")?("
                        + "|".join(map(re.escape, keys)) + r")(?![^\W_])")
        return [(m.start(), m.end(), m.group(1) or "", m.group(2)) for m in rx.finditer(mtext)]
    forms: dict[str, tuple[str, str]] = {}
    for p in _SURNAME_PROCLITICS:       # the first proclitic that leaves a key wins
        for k in keys:
            forms.setdefault(p + k, (p, k))
    for k in keys:
        forms.setdefault(k, ("", k))
    out = []
    get = forms.get
    if isinstance(toks, TokList):       # tokens are the text's maximal word runs
        texts = toks.texts
        for i in compress(range(len(texts)), map(forms.__contains__, texts)):
            p, k = forms[texts[i]]
            out.append((toks.starts[i], toks.ends[i], p, k))
        return out
    for t in toks:
        hit = get(t.text)
        if hit is not None:
            out.append((t.start, t.end, hit[0], hit[1]))
    return out


# --------------------------------------------------------------------------- output

def _free_joins(joins: tuple[int, ...], norm: str, omap: Sequence[int], kit: EntityKit) -> tuple[int, ...]:
    """The join spaces (``split_word_joins``) that no list name spans: "آل ثاني", "أبو ظبي" are
    names of two words, whatever a joined spelling reads as."""
    if not joins:
        return joins
    free = []
    for j in joins:
        p = norm_offset(omap, j)
        lo = max(0, p - 30)
        window = norm[lo:p + 30].replace("_", " ")
        if not any(m.start < p - lo < m.end - 1 for m in kit.matcher.match(window)):
            free.append(j)
    return tuple(free)


def _emit(analysis: Analysis, cands: list[_Cand], text: str, omap: list[int], kit: EntityKit,
          doc_id: str, joins: tuple[int, ...] = ()) -> None:
    cands.sort(key=lambda c: (c.start, -c.end))
    entities = analysis.entities
    # new entities take their name from their longest non-coreference mention, wherever it is
    # ("زاخاروفا:" in a headline before "ماريا زاخاروفا" in the body)
    for c in sorted(cands, key=lambda c: (c.source == "coref", -(c.end - c.start))):
        if c.entity_id and c.entity_id.startswith(NEW_ENTITY_PREFIXES) and c.entity_id not in entities:
            s, e = to_original_span(omap, c.start, c.end)
            entities[c.entity_id] = Entity(id=c.entity_id, type=c.type, name_ar=text[s:e],
                                           source="ner" if c.source == "ner" else "pattern")
    for c in cands:
        s, e = to_original_span(omap, c.start, c.end)
        surface = text[s:e]
        key = surface
        # a split word is read as one ("عمان"); joins are sorted: the first after s is the one to test
        if joins and (k := bisect_right(joins, s)) < len(joins) and joins[k] < e:
            key = "".join(ch for i, ch in enumerate(surface, s) if i not in joins)
        if has_quote_mark(key):
            key = without_quote_marks(key)   # a name read through its quotation marks: its norm has none
        m = Mention(start=s, end=e, surface=surface, norm=key_form(key), type=c.type,
                    entity_id=c.entity_id, confidence=c.confidence, source=c.source,
                    role=_orig(text, omap, c.role_span), org_id=c.org_id, candidates=list(c.candidates))
        analysis.mentions.append(m)
        if not c.entity_id:
            continue
        ent = entities.get(c.entity_id)
        if ent is None:
            ent = kit.entity(c.entity_id)
            if ent is None:
                ent = Entity(id=c.entity_id, type=c.type, name_ar=surface,
                             source="pattern" if c.source in ("pattern", "coref") else c.source)
            entities[c.entity_id] = ent
        if c.source in ("pattern", "ner") and surface != ent.name_ar and surface not in ent.aliases:
            if len(surface.split()) >= len(ent.name_ar.split()):
                ent.aliases.append(surface)
        if c.handle:
            handle = "@" + _orig_handle(text, c.handle)
            if handle not in ent.aliases:
                ent.aliases.append(handle)
        if m.role and not ent.description:
            ent.description = m.role
        if c.org_id and c.type == "PERSON":
            rel = "spokesman_of" if re.search(r"(ناطق|متحدث)", key_form(m.role or "")) else "member_of"
            lst = ent.links.setdefault(rel, [])
            if c.org_id not in lst:
                lst.append(c.org_id)
            if c.org_id not in entities:
                org = kit.entity(c.org_id)
                if org is not None:
                    entities[c.org_id] = org


# "بيروت -", "لندن - الحياة", "أنقرة ( رويترز ) -", "دمشق، 5 آذار (سانا) -" after the place
_DATELINE_AFTER = re.compile(r"[ \t]*(?:[،,][ \t]*[^-–—()\n]{0,30}?\d[^-–—()\n]{0,20}?)?"
                             r"(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-–—][ \t]*)+(?=[^\W\d_])")
_DATELINE_BEFORE = (".", "…", "|", "*")   # not "#": "# الغوطة - الشرقية" is a hashtag
_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")   # a date stamp before it: "21 يناير 2018 طهران -"


_TIME_ZONE_WORDS = frozenset(key_form(w) for w in word_list("place_words.yaml", "time_zone_words"))
# a clock right before a bracketed place: Al Jazeera's "الساعة 21 : 24 ( مكة المكرمة )" (Mecca time)
_CLOCK_BRACKET = re.compile(r"\d\s*:\s*\d\d\s*\(\s*$")


def _time_zone_label(mtext: str, start: int) -> bool:
    """The place names a clock's time zone ("بتوقيت دمشق", "17 : 15 ( مكة المكرمة )"), not a place the
    page tells of: every stamp of a site would put its capital on the map."""
    head = mtext[max(0, start - 24):start]
    if _CLOCK_BRACKET.search(head):
        return True
    words = head.replace("(", " ").split()
    return bool(words) and (words[-1] in _TIME_ZONE_WORDS
                            or (words[-1][:1] in "وبفل" and words[-1][1:].lstrip("ب") in _TIME_ZONE_WORDS))


def _mark_datelines(mentions: list[Mention], text: str) -> None:
    """Flag dateline places: ``mention.source = "dateline"``.

    A place at the head of a line (or right after the end of a teaser, ". . . بغداد - وكالات", or
    after a date stamp, "21 يناير 2018 طهران -")
    followed by a dash, optionally with an agency in brackets or a date after a comma, is where
    the report was filed, not where its events happened. The mention stays a PLACE (it is
    geocoded as usual); consumers that locate events skip ``source == "dateline"``.
    """
    starts = {m.start for m in mentions if m.type in ("PLACE", "STATE")}
    for m in mentions:
        if m.type != "PLACE" or not ARABIC_LETTER.search(m.surface):
            continue       # "Afrin - based journalist"
        # what precedes the mention, spaces and tabs skipped (read in place: slicing
        # text[:m.start] for every mention made the stage quadratic in the page length)
        j = m.start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        # the year stamp is four digits right before: five characters decide the lookbehind
        if j and text[j - 1] != "\n" and text[j - 1] not in _DATELINE_BEFORE \
                and not _YEAR_END.search(text, max(0, j - 5), j):
            continue
        after = _DATELINE_AFTER.match(text, m.end)
        if after and after.end() not in starts:    # "إدلب - جبل الزاوية - البارة": a place path, not a dateline
            m.source = "dateline"


def _orig(text: str, omap: list[int], span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    s, e = to_original_span(omap, span[0], span[1])
    return text[s:e]


def _orig_handle(text: str, handle_norm: str) -> str:
    """The handle as written (case kept): normalisation lower-cased it."""
    m = re.search(re.escape(handle_norm), text, flags=re.IGNORECASE)
    return m.group(0) if m else handle_norm


__all__ = ["find_entities", "entity_kit", "EntityKit"]
