"""Verb forms told from nouns by their shape alone (no analyser): a past form ending in "وا" / "ت" / "نا",
a short imperfective in "ي", or one of the bare past verbs of ``VERB_BARE`` (a bare form is as often a
noun: "قتل" killing, "هاجم"). Read by the events layer (clause joins, subjects, tense) and by the feed-item
detectors (rasd.extract.feed_items: a verb before a place makes the actor after it its object)."""

from __future__ import annotations

from rasd.text.normalize import normalize

VERB_BARE = frozenset(normalize(w) for w in (
    "هاجم", "اشتبك", "سيطر", "استعاد", "حرر", "استولى", "انسحب", "خرج", "غادر", "نزح", "وصل", "سلم", "اتفق",
    "اعتقل", "اختطف", "أعدم", "ذبح", "تظاهر", "اعتصم", "أحرق", "دمر", "نهب", "عطل", "استشهد", "فجر", "اقتحم",
    "استهدف", "احتجز", "داهم", "قتل"))


def is_verb(form: str) -> bool:
    if " " in form:
        return False
    return (form.endswith("وا") or (form.endswith("ت") and not form.endswith("ات"))
            or (form.startswith("ي") and len(form) <= 7) or form in VERB_BARE or form.endswith("نا"))

