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
