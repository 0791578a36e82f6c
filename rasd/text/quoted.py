"""Quotation marks inside a name: runs that a dictionary match may read through.

Arabic news often quotes a group's name or part of it: ``قوات " سوريا الديمقراطية "``,
``جبهة « النصرة »``, ``هيئة "تحرير الشام"``. After ``rasd.text.normalize`` every quotation mark is
``"`` or ``'`` (“ ” « » „ → ``"``, ‘ ’ → ``'``). A *quote gap* is one quotation mark between two
words on one line, with or without spaces around it: a run of one kind of mark, so a doubled
mark (``''`` written for ``"``) counts as one. Two marks apart (``" "``: a name's closing quote
and the next one's opening quote, ``»  «`` after normalisation) make no gap: two quoted names are
never read as one.

:func:`quote_gaps` finds the gaps, :func:`squeeze` writes the text with each gap as one space (what
a dictionary of names indexed with single spaces can match), and :func:`without_gaps` drops the
chosen gaps from a normalised text and its offset map (each gap becomes one space mapped to the
gap's first character), so a name's span in the original text covers its quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# the quotation marks the normaliser writes as '"' or "'" (rasd.text.normalize)
QUOTE_MARKS = "\"'“”«»„‟″‘’‚‛′"
_ANY_MARK = re.compile("[" + re.escape(QUOTE_MARKS) + "]")
_MARK_GAP = re.compile(r"(?<=[^\W_])[ \t]*[" + re.escape(QUOTE_MARKS) + r"]+[ \t]*(?=[^\W_])")

# a letter or digit, spaces (no line break), one run of one kind of mark, spaces, a letter or digit
_GAP = re.compile(r"(?<=[^\W_])[ \t]*(?:\"+|'+)[ \t]*(?=[^\W_])")


# a quotation mark of the normalised text (one character class: the regex engine skips ahead to
# the next mark, and a page holds a few dozen)
_MARK = re.compile("[\"']")
_WORD_CHAR = re.compile(r"[^\W_]")
_BLANKS = " \t"


def quote_gaps(norm: str) -> list[tuple[int, int]]:
    """The (start, end) of every quote gap of a normalised text, in text order: the matches of
    ``_GAP``, found from the runs of one kind of mark (a gap holds exactly one run, with the blanks
    around it and a word character on both sides, so gaps never overlap and each run makes at most
    one) instead of trying the gap pattern at every character of the page."""
    if '"' not in norm and "'" not in norm:
        return []
    out: list[tuple[int, int]] = []
    word = _WORD_CHAR.match
    n = len(norm)
    run_end = 0
    for m in _MARK.finditer(norm):
        start = m.start()
        if start < run_end:
            continue        # inside the run read before
        mark = norm[start]
        end = start + 1
        while end < n and norm[end] == mark:
            end += 1
        run_end = end
        while start > 0 and norm[start - 1] in _BLANKS:
            start -= 1
        if start == 0 or word(norm, start - 1) is None:
            continue
        while end < n and norm[end] in _BLANKS:
            end += 1
        if end < n and word(norm, end) is not None:
            out.append((start, end))
    return out


def squeeze(norm: str, gaps: Sequence[tuple[int, int]]) -> tuple[str, list[int]]:
    """``norm`` with each gap written as one space, and the offset of that space in the result
    for each gap."""
    out: list[str] = []
    at: list[int] = []
    prev = size = 0
    for s, e in gaps:
        out.append(norm[prev:s])
        size += s - prev
        at.append(size)
        out.append(" ")
        size += 1
        prev = e
    out.append(norm[prev:])
    return "".join(out), at


def without_gaps(norm: str, offsets: Sequence[int], gaps: Sequence[tuple[int, int]]) -> tuple[str, list[int]]:
    """``norm`` and its offset map (one entry per character plus the final one) with each gap
    replaced by one space, mapped to the original offset of the gap's first character (the map
    stays non-decreasing)."""
    out: list[str] = []
    offs: list[int] = []
    prev = 0
    for s, e in gaps:
        out.append(norm[prev:s])
        offs.extend(offsets[prev:s])
        out.append(" ")
        offs.append(offsets[s])
        prev = e
    out.append(norm[prev:])
    offs.extend(offsets[prev:])
    return "".join(out), offs


def has_quote_mark(s: str) -> bool:
    """``s`` holds a quotation mark of any kind (one scan, for the check on every mention)."""
    return _ANY_MARK.search(s) is not None


def without_quote_marks(surface: str) -> str:
    """A mention's surface with each quotation mark between two of its words made one space
    ('قوات " سوريا الديمقراطية' -> "قوات سوريا الديمقراطية"): the form its norm is made from."""
    return _MARK_GAP.sub(" ", surface)


def cued_bracket_gaps(norm: str, type_words: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) of the opening bracket, with the blanks around it, between a place type word
    and a bracketed name of one to three words of letters: "بلدة ( المزرعة )", "وقرية ( الزارة )".
    Scraped Syrian pages bracket a town's name after its type word; read as a quote gap, the cue form
    ("بلدة المزرعة") the gazetteer indexes matches through it like "حي « جوبر »". ``type_words``:
    normalised type words. A bracket with digits, commas or more words inside ("( رويترز , 15 آذار )",
    "( 25 عاما )") is no name; a gap is used only inside a dictionary match, so an aside the
    dictionary does not name with the type word before it stays an aside."""
    if "(" not in norm or not type_words:
        return []
    head = _head_re(tuple(type_words))
    out: list[tuple[int, int]] = []
    i = norm.find("(")
    while i != -1:      # speed: only the page's few brackets are looked at, each back to its word
        a, b = i, i + 1
        while a and norm[a - 1] in " \t":
            a -= 1
        while b < len(norm) and norm[b] in " \t":
            b += 1
        w = a
        while w and norm[w - 1].isalnum():     # the whole word before the blanks (a regex "\\w" minus "_")
            w -= 1
        if w < a and head.fullmatch(norm, w, a) and _BRACKET_NAME.match(norm, b):
            out.append((a, b))
        i = norm.find("(", i + 1)
    return out


_LETTER_WORD = r"[\u0621-\u064a]+"
# the bracketed name: one to three words of letters, then the closing bracket
_BRACKET_NAME = re.compile(_LETTER_WORD + r"(?:[ \t]+" + _LETTER_WORD + r"){0,2}[ \t]*\)")
_HEAD_RES: dict[tuple[str, ...], re.Pattern[str]] = {}


def _head_re(type_words: tuple[str, ...]) -> re.Pattern[str]:
    """A type word with up to two proclitics ("وبلدة", "لناحية")."""
    pat = _HEAD_RES.get(type_words)
    if pat is None:
        pat = _HEAD_RES[type_words] = re.compile("[وفبل]{0,2}(?:" + "|".join(map(re.escape, type_words)) + ")")
    return pat
