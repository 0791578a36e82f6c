"""Two words glued together at a word-final letter, for tokenising.

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

The test reads the original letter: the normaliser folds ة to ه, and a medial ه is ordinary.
Alif maqsura (ى) is left out: measured on the breadth set, a medial ى is almost always a dotless
ي typed for ي inside a word ("مدىنة", "المسلمىن", 1,157 tokens in 92 pages), not a glue.
"""

from __future__ import annotations

import re
from functools import lru_cache

TA_MARBUTA = "ة"
# a ta marbuta (and its harakat) followed by an Arabic letter in the same token: the letter
# starts a second word
_GLUED = re.compile(r"ة[\u064B-\u065F\u0670]*(?=[\u0621-\u063A\u0641-\u064A])")


@lru_cache(maxsize=32)      # the entities and events stages ask for the same pages
def glued_starts(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` of the first letter of a word glued after a word ending in ة (sorted).
    Cheap on ordinary text: one C-level membership test per page, a regex scan of the few pages
    with a ة, and most of those have none inside a word."""
    if TA_MARBUTA not in text:
        return ()
    return tuple(m.end() for m in _GLUED.finditer(text))


def cut_word(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) (one token of ``text``) cut after each medial ة: the (start, end) of its parts."""
    out = []
    for m in _GLUED.finditer(text, start, end):
        cut = m.end()
        if cut < end:
            out.append((start, cut))
            start = cut
    out.append((start, end))
    return out
