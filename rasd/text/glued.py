"""Two words glued together at a word-final letter (ة, or a final "اء" before the article), for tokenising.

Ticker and teaser pages scraped without their markup lose the space between two words when a
line break or a link boundary goes: "حماةقصف", "الرقةتحطمت", "الإسلاميةمناشير". In Arabic
orthography ta marbuta (ة) is written only at the end of a word, so a ة followed by a letter
inside one token marks two words. Read as one token, neither the place ("حماة") nor the
trigger ("قصف") is found. ``glued_starts`` gives the offsets of the second words; the
tokenisers (rasd.text.tokens, rasd.extract.counts) cut their tokens there and the entities
stage reads a space there in its normalised page (as for glued feed items,
rasd.text.feed_items.with_item_gaps). The text itself is never changed: a cut between two
characters is a valid span boundary, so every span still points into the original text.

This lives in the text layer, like rasd.text.split_words (the opposite repair: a stray space
inside a word): the entities stage (places, names) and the events stage (triggers, counts)
both tokenise the page, and a repair in one of them only would leave them reading different
words.

A word ending in alif + hamza ("قضاء", "جراء", "سيناء", "الاستفتاء") glued to a word with the article is a
glue too ("قضاءالحويجة", "جراءالقصف", "سيناءالمتحدث"): "اء" stands inside words before a suffix or a stem
letter ("إجراءات", "جاءت", "تساءل", "حلفاءه", "جاءوا", "لقاءين") and some sites write ء for ئ ("الناءب",
"طاءفيين"), but no word goes on with "ال" after "اء". Before any other letter ("صنعاءقتل") it is left
alone. Measured on the breadth and dev sets: 19 such spots in 13 pages, all glues.

The test reads the original letter: the normaliser folds ة to ه, and a medial ه is ordinary.
Alif maqsura (ى) is left out: measured on the breadth set, a medial ى is almost always a dotless
ي typed for ي inside a word ("مدىنة", "المسلمىن", 1,157 tokens in 92 pages), not a glue.
"""

from __future__ import annotations

import re
from functools import lru_cache

TA_MARBUTA = "ة"
FINAL_HAMZA = "اء"
# a ta marbuta (and its harakat) followed by an Arabic letter in the same token, or a final "اء" after a
# letter followed by the article: the letter starts a second word
_GLUED_TA = r"ة[\u064B-\u065F\u0670]*(?=[\u0621-\u063A\u0641-\u064A])"
_GLUED_HAMZA = r"اء(?<=[\u0621-\u064A]اء)(?=ال)"
_GLUED = re.compile(f"{_GLUED_TA}|{_GLUED_HAMZA}")
# (speed: a page is scanned for each form apart, each pattern opening with its literal letters)
_TA_RE, _HAMZA_RE = re.compile(_GLUED_TA), re.compile(_GLUED_HAMZA)


@lru_cache(maxsize=32)      # the entities and events stages ask for the same pages
def glued_starts(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` of the first letter of a word glued after a word ending in ة or اء (sorted).
    Cheap on ordinary text: C-level membership tests per page, and a regex scan of the pages with
    a ة or an "اء"."""
    ta = [m.end() for m in _TA_RE.finditer(text)] if TA_MARBUTA in text else []
    hamza = [m.end() for m in _HAMZA_RE.finditer(text)] if FINAL_HAMZA in text else []
    return tuple(sorted(ta + hamza)) if hamza else tuple(ta)


def may_glue(word: str) -> bool:
    """Whether the token ``word`` may hold a glue (a cheap test before ``cut_word``)."""
    return TA_MARBUTA in word[:-1] or FINAL_HAMZA in word[1:-1]


def cut_word(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) (one token of ``text``) cut at each glue: the (start, end) of its parts."""
    out = []
    for m in _GLUED.finditer(text, start, end):
        cut = m.end()
        if cut < end:
            out.append((start, cut))
            start = cut
    out.append((start, end))
    return out
