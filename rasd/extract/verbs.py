"""Verb forms told from nouns by their shape alone (no analyser): a past form ending in "وا" / "ت" / "نا",
a short imperfective in "ي", or one of the bare past verbs of ``VERB_BARE`` (a bare form is as often a
noun: "قتل" killing, "هاجم"). Read by the events layer (clause joins, subjects, tense) and by the feed-item
detectors (rasd.extract.feed_items: a verb before a place makes the actor after it its object).

The shape misreads common forms both ways ("يوم", "يونيو", "بيروت", "وقت" are no verbs; "أعلن", "وأكد",
"شن", "سيتم" are): ``rasd/data/lexicons/verb_forms.yaml``, built once from a morphological lexicon by
``bench/build_verb_forms.py``, lists the news forms where it does, and ``is_verb`` is the shape corrected by it
(imperfectives in ت are left to the shape: see the file's header)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rasd.data import read_data, word_list
from rasd.text.normalize import normalize

VERB_BARE = frozenset(normalize(w) for w in word_list("event_words.yaml", "verb_bare"))


# the prefixes of an imperfect verb other than the first person singular ("يسيطر", "تسيطر", "نسيطر"): read by the
# future-verb reading (modality: "س" + one of them; "سا" would begin "ساعات", "سانا") and by the actors' "a
# standing state, not a taking" ("التي يسيطر عليها")
IMPERFECT_PREFIXES = word_list("function_words.yaml", "imperfect_prefixes")


def shape_is_verb(form: str) -> bool:
    """The reading by shape alone (what ``is_verb`` corrects with the lexicon's exceptions)."""
    if " " in form:
        return False
    return (form.endswith("وا") or (form.endswith("ت") and not form.endswith("ات"))
            or (form.startswith("ي") and len(form) <= 7) or form in VERB_BARE or form.endswith("نا"))


@lru_cache(maxsize=1)
def _lexicon_exceptions() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns the shape calls verbs, verbs the shape misses), normalised."""
    raw = read_data(resources.files("rasd.data").joinpath("lexicons/verb_forms.yaml"))
    return (frozenset(normalize(w) for w in raw.get("nouns") or ()),
            frozenset(normalize(w) for w in raw.get("verbs") or ()))


def verb_lexicon_forms() -> frozenset[str]:
    """The forms the lexicon reads as verbs where the shape misses them (verb_forms.yaml verbs)."""
    return _lexicon_exceptions()[1]


# speed: both are asked of the same forms over and over (every token of a sentence, by many readers);
# the answer depends on the form alone (the lexicon is read once)
@lru_cache(maxsize=65536)
def is_verb(form: str) -> bool:
    """Whether a normalised word form reads as a verb: its shape, corrected by the lexicon's exceptions."""
    nouns, verbs = _lexicon_exceptions()
    if form in verbs:
        return True
    return form not in nouns and shape_is_verb(form)


@lru_cache(maxsize=65536)
def is_verb_or_joined(form: str) -> bool:
    """A verb, bare or after the conjunction "و" ("قصفت", "وقصفت"): a predicate of its own."""
    return is_verb(form) or form[:1] == "و" and is_verb(form[1:])


# shapes read by the name patterns (rasd.knowledge.patterns): a verb or a verbal noun is no name
def verb_like(w: str, raw: str = "", past: bool = True) -> bool:
    """A word that reads as a verb, not a name: an imperfect ("يدعو", "يلتقي"; in ت: "تنحو", "تأكل"),
    with ``past`` a past form too ("فضحت", "تضامنوا"). A long vowel or و after the prefix keeps foreign
    names ("ياكوف", "يوري", "تامر", "تومي") unless the written hamza shows a verb ("يأتي"); past forms in
    "نا" are left out ("لينا", "رنا"), in ت only of four letters ("روبرت", "كومرسنت" are names)."""
    if len(w) < 3 or w.startswith("ال"):
        return False
    if w[0] in "يت" and len(w) <= 7 and (w[1] not in "اوي" or raw[1:2] == "أ"):
        if is_verb(w) if w[0] == "ي" else (len(w) <= 5 and w[-1] != "ي" and is_verb("ي" + w[1:])):
            return True
    return past and ((w.endswith("ت") and len(w) == 4) or w.endswith("وا")) and is_verb(w)


def tafil_shaped(w: str) -> bool:
    """The verbal noun of a form-II verb, تفعيل ("تقديم", "تشكيل")."""
    return len(w) == 5 and w[0] == "ت" and w[3] == "ي"


def masdar_like(w: str) -> bool:
    """The shape of a verbal noun of a derived verb: افتعال / انفعال / استفعال ("انتهاء", "اعتقال",
    "استهداف"), تفعيل ("تقديم"); after the preposition ب too ("بتقديم")."""
    if len(w) >= 6 and w[0] == "ب":
        w = w[1:]
    return (len(w) >= 5 and w[0] == "ا" and w[-2] == "ا") or tafil_shaped(w)
