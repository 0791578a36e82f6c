"""Sentence splitting for Arabic news text, with spans into the original text.

Splits at line breaks and at sentence-final punctuation (. ! ? ؟ and "..") that is not
inside an abbreviation such as "ق.م" or a number such as "3.5". Overlong runs without
punctuation (some scraped pages have none) are cut at the last comma or space before a
hard limit so later stages stay linear, not at a comma that a preposition or time adjunct follows
(the clause goes on: "انتزعت قسد , اليوم الاثنين , | على حي ..." left the taking's object without its
subject and day); a run that a stop closes and whose commas there all go on with their clause is
kept whole up to a looser limit (a run with no comma there, glued items or an unpunctuated page,
is cut at a space as before). On a news-feed page whose items arrive glued
together ("... الساحل الشماليحلب : هيئة ..."), a sentence is also cut where an item starts
inside a glued token, around an item's time stamp ("منذ 3 ساعات", "3 hours ago") on a page
with several, and at a dash before an item's headline on such a page ("... البوكمال - مقتل ...");
on any page after a source credit with its day that closes a caption and before a "related stories" label
(``rasd.text.feed_items``): every stage then reads one item a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.data import word_list
from rasd.records import Span
from rasd.text.feed_items import dash_cuts, item_starts, label_cuts, stamp_cuts

MAX_SENTENCE = 600
# a run that a stop closes (". ! ? ؟") and that has no comma to cut at outside a clause is kept
# whole up to this length: 600-1,000 characters are one long sentence far more often than a page
# without stops (dev half of the breadth set: 386 of the 403 runs over 600 characters end at a stop,
# 14 of them over 1,000)
MAX_CLOSED_SENTENCE = 1000
CLAUSE_CONTINUATIONS = frozenset(word_list("function_words.yaml", "clause_continuations"))
_COMMAS = ("،", ",", "؛", ";")
_STOPS = ".!?؟"
_CLOSERS = "\"”»)"
# A run of marks ([.!?؟]+; a run of dots is one) followed by a space, the end or a closing
# quote/bracket, not after a digit ("3.5") nor inside an abbreviation ("ق.م"). The pattern opens
# with the first mark's class, so the regex engine skips to the next mark in a tight loop (a
# leading lookaround is tried at every position); the two lookbehinds, read after that mark,
# span it too ([\s\S]): the same matches as testing them before it.
_END = re.compile(r"([.!?؟](?<![\u0600-\u06FF]\.[\u0600-\u06FF][\s\S])(?<!\d[\s\S])[.!?؟]*)(?=\s|$|[\"”»)])")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, in order. The stages (NER, geocoding, events, claims) split
    the same document text: the spans are computed once and each caller gets its own list
    (the spans are shared: callers read them, never change them)."""
    return list(_split_cached(text))


# room for a pipeline batch (rasd.pipeline.BATCH_DOCS = 16 documents go through each stage in
# turn) with headroom, so the events stage still finds the splits the places stage made
@lru_cache(maxsize=32)
def _split_cached(text: str) -> tuple[Span, ...]:
    return tuple(_split(text))


def _split(text: str) -> list[Span]:
    spans: list[Span] = []
    glued, stamps = item_starts(text), stamp_cuts(text)
    dashes = dash_cuts(text) if glued or stamps else ()
    labels = label_cuts(text)
    starts = tuple(sorted(set(glued) | set(stamps) | set(dashes) | set(labels))) if stamps or dashes or labels else glued
    k = 0           # the next item start not yet cut at
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        start = line_start
        for m in _END.finditer(line):
            end = line_start + m.end()
            # include closing quotes/brackets right after the punctuation
            while end < line_start + len(line) and text[end] in "\"”»)":
                end += 1
            k = _emit_items(text, start, end, spans, starts, k)
            start = end
        k = _emit_items(text, start, line_start + len(line), spans, starts, k)
    return spans


def _emit_items(text: str, start: int, end: int, spans: list[Span], starts: tuple[int, ...], k: int) -> int:
    """_emit for [start, end) cut first at the glued feed items that start inside it (before
    the length limit cuts, so that an item is not cut off at a limit it does not reach)."""
    while k < len(starts) and starts[k] <= start:
        k += 1
    while k < len(starts) and starts[k] < end:
        _emit(text, start, starts[k], spans)
        start = starts[k]
        k += 1
    _emit(text, start, end, spans)
    return k


def _emit(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    while end - start > MAX_SENTENCE:
        cut = _clause_cut(text, start, start + MAX_SENTENCE)
        if cut == -1 and end - start <= MAX_CLOSED_SENTENCE and _closed(text, start, end):
            break       # its commas are all inside clauses: one long sentence a stop closes
        if cut < 0:
            cut = _cut_point(text, start, start + MAX_SENTENCE)
        spans.append(Span(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(Span(start, end))


def _closed(text: str, start: int, end: int) -> bool:
    """Whether the run [start, end) ends at a sentence stop (closing quotes or brackets after it)."""
    k = end - 1
    while k > start and text[k] in _CLOSERS:
        k -= 1
    return text[k] in _STOPS


def _clause_cut(text: str, start: int, limit: int) -> int:
    """The cut after the last comma in [start + MAX_SENTENCE // 2, limit) (in ``_COMMAS`` order, as
    ``_cut_point``) that a clause-continuing word does not follow; -1 when every comma there is
    followed by one, -2 when there is no comma there (a run of glued items or an unpunctuated page:
    ``_cut_point`` cuts it at a space as before)."""
    lo = start + MAX_SENTENCE // 2
    seen = False
    for sep in _COMMAS:
        k = text.rfind(sep, lo, limit)
        while k != -1:
            seen = True
            m = _NEXT_WORD.match(text, k + 1)
            if m is None or m.group(1) not in CLAUSE_CONTINUATIONS:
                return k + 1
            k = text.rfind(sep, lo, k)
    return -1 if seen else -2


_NEXT_WORD = re.compile(r"\s*([^\s,،؛;.!?؟]+)")


def _cut_point(text: str, start: int, limit: int) -> int:
    for sep in ("،", ",", "؛", ";", " "):
        k = text.rfind(sep, start + MAX_SENTENCE // 2, limit)
        if k != -1:
            return k + 1
    return limit
