"""The claim lexicon: reporting cues (claim_cues.yaml), media, person titles, and the word lists of
claim_words.yaml / function_words.yaml the steps share, read once at import."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rasd.data import read_data, word_data, word_list
from rasd.text.normalize import normalize
from rasd.text.tokens import Token

ACTOR_TYPES = {"PERSON", "ARMED_GROUP", "STATE_FORCES", "STATE", "ORGANIZATION", "MEDIA", "FACILITY"}
CONTENT_OPENERS = set(word_list("function_words.yaml", "content_openers"))
QUOTES = "\"“”«»'"


def _norm_words(name: str, file: str = "claim_words.yaml") -> frozenset[str]:
    """A word list of the lexicons, each word normalised (rasd.text.normalize) as the tokens' ``norm`` is."""
    return frozenset(normalize(w) for w in word_list(file, name))


# word lists more than one step reads (claim_words.yaml, function_words.yaml; the steps' own lists stand with them)
RELATIVE_SUBJECTS = frozenset(word_list("claim_words.yaml", "relative_subjects"))
OPENER_BLOCKERS = frozenset(word_list("claim_words.yaml", "opener_blockers"))
RELAY_FRAME_NOUNS = _norm_words("relay_frame_nouns")
SPEECH_EVENT_NOUNS = _norm_words("speech_event_nouns")
SUBJECT_LINK_WORDS = _norm_words("subject_link_words")
OBJECT_FIRST_LEMMAS = word_list("claim_words.yaml", "object_first_lemmas")
OBJECT_KINDS = ("accusation", "demand", "threat")   # "واتهم السعودية بـ": after these verbs a noun is the object

SOURCE_END_WORDS = word_list("function_words.yaml", "source_end_words")   # "came", "that": end a source's name
SOURCE_END_PREPOSITIONS = word_list("function_words.yaml", "source_end_prepositions")   # and these
CLAUSE_OPENERS = _norm_words("clause_openers")
NON_SUBJECT_PREPOSITIONS = _norm_words("non_subject_prepositions", "function_words.yaml")
RELATIVE_PRONOUNS = _norm_words("relative_pronouns", "function_words.yaml")
# attached pronouns by person (claim_words.yaml): the third person ends a noun or a preposition ("فيه", "منهم")
_PRONOUNS = {person: tuple(str(w) for w in ws) for person, ws in word_data("claim_words.yaml", "attached_pronouns").items()}
PRONOUN_ENDS = _PRONOUNS["third"]
PREPOSITION_PRONOUNS = frozenset(w for ws in _PRONOUNS.values() for w in ws)   # "له", "بها", "لنا", "لي"
SURFACE_PRONOUN_ENDS = PRONOUN_ENDS + _PRONOUNS["second"]    # read on the surface: "انسحابه", "تفاصيلك"


@dataclass(slots=True)
class Cue:
    lemma: str
    stance: str
    kind: str
    role: str
    not_next: tuple[str, ...] = ()      # the word is another part of speech before these ("مكتب تابع لها")
    needs_content: bool = False         # a common sense reports nothing ("نشر قوات"): a content clause is required
    impersonal: bool = False            # also the passive ("يُذكر أن"): subjectless, it is the page's own aside
    said_object: bool = False           # with needs_content: a said thing as its object will do ("نشرت خبرا")


@dataclass
class Lexicon:
    cues: dict[str, Cue]
    denials: list[str]
    negations: set[str]
    neg_any: set[str]
    media: list[tuple[re.Pattern[str], str]]   # (a medium's normalised phrases, with proclitics and a suffix; medium)
    described: set[str]
    count_nouns: dict[str, str]           # normalised noun -> key
    event_keywords: dict[str, list[str]]  # sub_event_type -> normalised keyword stems
    title_words: frozenset[str]           # words of role/rank/title phrases between a cue and a name
    outlet_kinds: list[tuple[str, str]] = field(default_factory=list)   # (word of an outlet's name/description, medium)
    outlet_heads: frozenset[str] = frozenset()                           # "وكالة", "صحيفة", "قناة" ... (normalised)


# words inside a speaker's title besides person_titles.yaml ("المتحدث الرسمي باسم", "مسؤول في"; normalised)
TITLE_LINK_WORDS = word_list("claim_words.yaml", "title_link_words")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = read_data(resources.files("rasd.data").joinpath("lexicons/claim_cues.yaml"))
    cues: dict[str, Cue] = {}
    for c in raw["cues"]:
        impersonal = {normalize(x) for x in c.get("impersonal_forms") or ()}
        for f in c["forms"]:
            cues.setdefault(normalize(f), Cue(c["lemma"], c["stance"], c["kind"], c["role"],
                                              tuple(normalize(x) for x in c.get("not_next_prefix") or ()),
                                              bool(c.get("needs_content")), normalize(f) in impersonal,
                                              bool(c.get("said_object"))))
    media = [(_medium_pattern([normalize(p) for p in ps]), m) for m, ps in raw["media"].items()]
    outlets = [(normalize(w).lower(), m) for m, ws in (raw.get("outlet_kinds") or {}).items() for w in ws]
    counts = {normalize(n): k for k, ns in raw["count_nouns"].items() for n in ns}
    kw = {k: [normalize(w) for w in ws] for k, ws in (raw.get("event_keywords") or {}).items()}
    titles = read_data(resources.files("rasd.data").joinpath("lexicons/person_titles.yaml"))
    words: set[str] = set()
    for key in ("roles", "ranks", "honorifics", "descriptors"):
        for item in titles.get(key) or []:
            words.update(normalize(item["ar"] if isinstance(item, dict) else str(item)).split())
    words.update(normalize(w) for w in titles.get("role_connectors") or [])
    words.update(TITLE_LINK_WORDS)
    return Lexicon(cues, [normalize(p) for p in raw["denial_phrases"]], {normalize(x) for x in raw["negation_particles"]},
                   {normalize(x) for x in raw["negation_any"]}, media, {normalize(x) for x in raw["described_sources"]},
                   counts, kw, frozenset(words), outlets, frozenset(normalize(w) for w in raw.get("outlet_heads") or ()))


_PRONOUN_SUFFIX = "(?:" + "|".join(PRONOUN_ENDS + _PRONOUNS["first_plural"]) + ")"    # a possessive: "بيانه", "بياننا"


def _medium_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One medium's phrases (longest first), each with its proclitics and the article, and a possessive on its
    last word: "في بيانه", "تغريدته" (the normalised ة, here ه, is ت before a suffix)."""
    tails = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        tail = re.escape(phrase) + _PRONOUN_SUFFIX + "?"
        if phrase.endswith("ه"):
            tail = re.escape(phrase) + "|" + re.escape(phrase[:-1]) + "ت" + _PRONOUN_SUFFIX
        tails.append(tail)
    return re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:" + "|".join(tails) + r")(?!\w)")


# "نشرتها": the verb with an object pronoun (not a bare ه: after normalisation it is also ة)
_OBJECT_SUFFIXES = word_list("function_words.yaml", "object_suffixes")


def _cue_of(tok: Token, lex: Lexicon) -> Cue | None:
    n = tok.norm
    for form in (n, n[1:] if len(n) > 3 and n[0] in "وف" else None):
        if not form:
            continue
        c = lex.cues.get(form)
        if c is not None:
            return c
        for suf in _OBJECT_SUFFIXES:
            if form.endswith(suf) and len(form) - len(suf) >= 3:
                c = lex.cues.get(form[: -len(suf)])
                if c is not None and c.role == "verb":
                    return c
    return None
