"""Words broken in two by a stray space, for matching.

Scraped pages lose a shadda, a tanwin or an inline link and leave a space inside the word:
"ق تل" (قُتّل), "عم ان" (عمّان), "ا ستهدف", "است شهد", "مدني ا" (مدنيًّا). Read as two tokens, the
trigger "قتل" or the place "عمان" is never found. ``split_word_joins`` finds such spaces and
gives their offsets; the matching stages read the two fragments as one word there
(``without_join_gaps`` for a normalised page, ``join_tokens`` for a sentence's tokens). The
text itself is never changed: a span over the joined word covers both fragments and the space.

This lives in the text layer, not in the places or events analysis: the entities stage (names,
places) and the events stage (triggers, counts) both tokenise the page, and a repair made in
one of them only would leave the other reading a different word sequence.

A space is dropped only when the two fragments join into a known word and are not two words
themselves (rules over the ranked vocabulary of ``rasd/data/models/ner_clusters.tsv``, most
frequent first; that list holds the corpus's own fragments too, "ق" and "تل", so the ranks are
compared rather than membership alone):
* the join is among the ``RANK_JOIN`` most frequent words;
* a fragment of one letter cannot stand alone (any letter but the conjunction "و", which is
  a word in spaced text); two such letters join only into a very frequent word ("م ن" -> "من");
* a longer fragment is unknown, or the rarer one is rarer than the join: "عبد الله" and "دير
  الزور" are two words (the joined spellings are rarer than both), "عم ان", "است شهد" join;
* two longer fragments that are both among the ``RANK_BOTH_WORDS`` most frequent words are two
  words whatever the join ("إلا من" is no "الأمن");
* the first fragment does not end in a letter written only at the end of a word (ة ى).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rasd.text.feed_items import _vocabulary
from rasd.text.normalize import norm_offset, normalize_with_map
from rasd.text.tokens import Token

RANK_JOIN = 20_000          # the joined word is among this many most frequent words
RANK_LETTERS = 2_000        # ... among this many when both fragments are single letters
RANK_BOTH_WORDS = 1_000     # two fragments both this frequent are two words
_NOT_FRAGMENT = frozenset("و")   # a lone "و" is the conjunction, written apart
_FINAL_ONLY = "ةى"
_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))


def _joins(a: str, b: str, rank: int, ranks: dict[str, int]) -> bool:
    """Whether fragments ``a`` + ``b`` (normalised) are one word of frequency rank ``rank``."""
    if a in _NOT_FRAGMENT or b in _NOT_FRAGMENT:
        return False
    longer = [x for x in (a, b) if len(x) > 1]
    if not longer:
        return rank < RANK_LETTERS
    fr = [ranks.get(x) for x in longer]
    if None in fr:
        return True         # a fragment that is no word
    if len(fr) == 2 and max(fr) < RANK_BOTH_WORDS:  # type: ignore[type-var, operator]
        return False
    return rank < max(fr)   # type: ignore[type-var, operator]


@lru_cache(maxsize=1)
def _automaton() -> Any:
    """Aho-Corasick automaton of every " a b" split of a frequent word that ``_joins`` accepts, with
    the space before the first fragment (value: the length of ``a`` and of the key). The leading
    space anchors a key at a word start: a scan has a few hits a page, not one per word end."""
    import ahocorasick

    ranks = _vocabulary()
    auto = ahocorasick.Automaton()
    for word, rank in ranks.items():
        if rank >= RANK_JOIN:
            continue
        if any(c not in _LETTERS for c in word):
            continue
        for i in range(1, len(word)):
            a, b = word[:i], word[i:]
            if _joins(a, b, rank, ranks):
                auto.add_word(f" {a} {b}", (i, len(word) + 2))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=32)
def split_word_joins(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` of the spaces that split a word in two (sorted). A fragment joins
    one neighbour at most: in "مدني ا من" the tanwin's alef goes with the word before it.
    A first fragment starts after a space or a line break (the page's lines are scanned as one
    text with a space before it)."""
    if " " not in text:
        return ()
    norm, offs = normalize_with_map(text)
    scan = " " + norm.replace("\n", " ")     # same length after the leading space: position - 1 is norm's
    n = len(norm)
    found: list[int] = []
    taken_end = -1      # normalised end of the last joined pair's second fragment
    for end, (i, size) in _automaton().iter(scan):
        first = end - size + 1      # norm's index of the first fragment's first letter (scan's - 1, + 1)
        space = first + i
        if end < n and norm[end].isalnum():
            continue        # the second fragment goes on
        if first <= taken_end:
            continue        # its first fragment already joined the word before
        if text[offs[space - 1]] in _FINAL_ONLY:
            continue
        found.append(offs[space])
        taken_end = end - 1
    return tuple(found)


def _joined(norm: str, offsets: Sequence[int], joins: tuple[int, ...]) -> tuple[str, list[int]]:
    parts: list[str] = []
    offs = list(offsets)
    prev = 0
    cut: list[int] = []
    for sp in joins:
        p = norm_offset(offsets, sp)
        if p < prev or p >= len(norm) or norm[p] != " ":
            continue
        parts.append(norm[prev:p])
        cut.append(p)
        prev = p + 1
    parts.append(norm[prev:])
    for p in reversed(cut):
        del offs[p]
    return "".join(parts), offs


def without_join_gaps(norm: str, offsets: Sequence[int], joins: tuple[int, ...]) -> tuple[str, Sequence[int]]:
    """``norm`` (a page's normalised text, ``offsets`` its map from ``normalize_with_map``)
    without the spaces at ``joins`` (original offsets, from ``split_word_joins``), and its map
    (the space's entry dropped: still non-decreasing, and a word over the join maps back to
    both fragments)."""
    if not joins:
        return norm, offsets
    return _joined(norm, offsets, joins)


@lru_cache(maxsize=32)
def normalize_joined(text: str, joins: tuple[int, ...]) -> tuple[str, Sequence[int]]:
    """``normalize_with_map(text)`` without the spaces at ``joins`` (``without_join_gaps``); cached:
    the entities and events stages ask for the same page."""
    norm, offsets = normalize_with_map(text)
    return without_join_gaps(norm, offsets, joins)


def join_tokens(text: str, toks: list[Token]) -> list[Token]:
    """``toks`` (tokens of ``text`` with offsets into it, in order) with the two fragments around
    each of the page's join spaces (``split_word_joins``) made one token."""
    joins = split_word_joins(text)
    if not joins or not toks:
        return toks
    lo, hi = toks[0].start, toks[-1].end
    k = bisect_right(joins, lo)     # (joins are sorted: the first after lo is the one to test)
    if k == len(joins) or joins[k] >= hi:
        return toks         # no join inside the tokens (most sentences of a page with one)
    at = frozenset(joins)
    out = [toks[0]]
    for t in toks[1:]:
        prev = out[-1]
        if prev.end + 1 == t.start and prev.end in at:
            out[-1] = Token(prev.start, t.end, text[prev.start:t.end], prev.norm + t.norm, prev.stem and prev.stem + t.norm)
        else:
            out.append(t)
    return out
