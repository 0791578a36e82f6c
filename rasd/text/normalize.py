"""The one Arabic normaliser used everywhere for matching.

The stored and displayed text is always the original; matching runs on the normalised
form, and ``normalize_with_map`` gives, for every normalised character, the offset of the
original character it came from, so a match maps back to an evidence span.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

# Diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel:
# dropped, including stray ones such as the kasratan in "الإٍسلام".
_DROP = set(range(0x064B, 0x0660)) | {0x0670, 0x0640} | set(range(0x06D6, 0x06EE)) | set(range(0x0610, 0x061B))
# Invisible marks: LRM/RLM, ZWJ/ZWNJ/ZWSP, bidi embeddings and isolates, BOM, soft hyphen, ALM.
_DROP |= set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
_DROP |= {0xFEFF, 0x00AD, 0x061C, 0x180E}

_MAP: dict[int, str] = {}
for _c in "أإآٱٲٳ":
    _MAP[ord(_c)] = "ا"
_MAP[ord("ى")] = "ي"
_MAP[ord("ئ")] = "ي"
_MAP[ord("ؤ")] = "و"
_MAP[ord("ة")] = "ه"
_MAP[ord("ک")] = "ك"   # Persian kaf
_MAP[ord("ی")] = "ي"   # Persian yeh
for _i in range(10):
    _MAP[0x0660 + _i] = str(_i)   # Arabic-Indic digits
    _MAP[0x06F0 + _i] = str(_i)   # Extended (Persian) digits
_MAP[ord("،")] = ","
_MAP[ord("؛")] = ";"
_MAP[ord("؟")] = "?"
_MAP[ord("٪")] = "%"
_MAP[ord("٫")] = "."   # Arabic decimal separator
_MAP[ord("٬")] = ","   # Arabic thousands separator
for _c in "“”«»„‟″":
    _MAP[ord(_c)] = '"'
for _c in "‘’‚‛′":
    _MAP[ord(_c)] = "'"
for _c in "–—―−":
    _MAP[ord(_c)] = "-"
_MAP[0x00A0] = " "
_MAP[0x2009] = " "
_MAP[0x202F] = " "
_MAP[0x3000] = " "

_TABLE: dict[int, str | None] = {c: None for c in _DROP}
_TABLE.update(_MAP)

ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")


_DROP_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_DROP)) + "]")
_MAP_ITEMS = [(chr(c), v) for c, v in _MAP.items()]


# Whole documents are normalised by several consumers (document id, dates, search terms, the
# cleaner's line checks): the last few long texts are remembered. A hit costs a hash and a
# compare of the string (both C loops), a miss the normalisation itself.
_LONG = 512
_RECENT: dict[str, str] = {}
# a pipeline batch's pages (BATCH_DOCS = 16) are each normalised by every stage, stage after stage:
# the entries must outlive a whole batch (8 did not: the events stage normalised each page again)
_RECENT_MAX = 64


# Words and short phrases (names, lexicon words, a mention's surface, a label's window) are normalised
# again and again by the stages' many readers: their answers are remembered (a hit is one dict look-up,
# a miss one regex pass). Short ones only, and a bounded number: the memo stays a few MB.
_WORD_LEN = 64
_WORDS: dict[str, str] = {}
_WORDS_MAX = 100_000


def normalize(text: str) -> str:
    """Normalise for matching: no offsets. Same result as translating with _TABLE (then
    lower-casing), computed the fastest way for the length (see ``_normalize``)."""
    n = len(text)
    if n < _WORD_LEN:
        out = _WORDS.get(text)
        if out is None:
            out = _normalize(text)
            if len(_WORDS) >= _WORDS_MAX:
                _WORDS.clear()
            _WORDS[text] = out
        return out
    if n < _LONG:
        return _normalize(text)
    hit = _RECENT.get(text)
    if hit is not None:
        return hit
    out = _normalize(text)
    remember_normalized(text, out)
    return out


def remember_normalized(text: str, norm: str) -> None:
    """Record ``normalize(text) == norm`` for a caller that computed it piecewise (the cleaner
    normalises a page line by line, and its body is a join of those lines)."""
    if len(text) < _LONG:
        return
    _RECENT[text] = norm
    while len(_RECENT) > _RECENT_MAX:
        try:
            del _RECENT[next(iter(_RECENT))]     # oldest first (insertion order)
        except (KeyError, StopIteration, RuntimeError):   # another thread evicted it
            break


_WORD_TABLE = str.maketrans(_TABLE)
DROPPED_CHARS = frozenset(map(chr, _DROP))   # the characters normalize deletes


def normalize_word(tok: str) -> str:
    """``normalize`` for one short token: a table lookup per character is faster there than
    normalize's passes over the whole text (same result: the table holds normalize's
    deletions and replacements, and no replacement is itself replaced)."""
    return tok.translate(_WORD_TABLE).lower()


def normalize_words(toks: list[str]) -> list[str]:
    """``[normalize_word(t) for t in toks]`` in one translate and one lower-casing of the
    tokens joined by line breaks (a token without one stays one token: neither the table nor
    lower-casing makes a line break, and a break is no cased letter, so final-sigma casing
    sees the same word ends)."""
    joined = "\n".join(toks)
    if joined.count("\n") != len(toks) - 1:    # a token holds a line break: one by one
        return [normalize_word(t) for t in toks]
    if len(joined) >= _SHORT:
        # (speed: a long join goes through ``_normalize``'s passes, a regex deletion and a
        # ``str.replace`` per mapped character present, ~3x faster than a table lookup per
        # character; the same string, as normalize's is translate's)
        return _normalize(joined).split("\n")
    return joined.translate(_WORD_TABLE).lower().split("\n") if toks else []


# Every character normalize changes (deleted or replaced) in one character class: on a short
# text one substitution pass beats the delete pass plus a ``str.replace`` per character
# present; from ~100 characters on the passes win (the callback runs once per change).
_CHANGE = {chr(k): (v or "") for k, v in _TABLE.items()}
_CHANGE_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_CHANGE)) + "]")
_SHORT = 100


def _change(m: re.Match[str]) -> str:
    return _CHANGE[m.group()]


def _normalize(text: str) -> str:
    # the same string either way: no replacement is itself deleted or replaced
    if len(text) < _SHORT:
        return _CHANGE_RE.sub(_change, text).lower()
    s = _DROP_RE.sub("", text)
    for c, v in _MAP_ITEMS:
        if c in s:
            s = s.replace(c, v)
    return s.lower()


_DROP_LUT = np.zeros(0x110000, dtype=bool)      # code point -> dropped by normalize
_DROP_LUT[sorted(_DROP)] = True
# The one character whose lower case is longer than itself ("İ" -> "i" + U+0307): every
# other kept character gives exactly one normalised character (tests/test_text.py checks
# this against the running Python's Unicode tables).
_LONGER_LOWER = "\u0130"


def normalize_with_map(text: str) -> tuple[str, Sequence[int]]:
    """``normalize(text)`` and ``offsets`` with ``offsets[i]`` = index in ``text`` of normalised char i.

    ``offsets`` has one extra final entry (``len(text)``) so an end offset maps too. It is a
    read-only sequence (a ``range`` when nothing was dropped, else a list) that callers index
    and bisect; long texts are cached (the entities stage, the geocoder and the date parser
    all map the same document), so it is shared and must not be modified.
    """
    if len(text) < _LONG:
        return _map(text)
    return _map_cached(text)


def _map(text: str) -> tuple[str, Sequence[int]]:
    norm = normalize(text)
    n = len(text)
    if _LONGER_LOWER not in text:
        if len(norm) == n:          # nothing dropped and every character gave one: identity
            return norm, range(n + 1)
        kept = _kept(text)
        if len(kept) == len(norm):
            offsets = kept.tolist()
            offsets.append(n)
            return norm, offsets
    return norm, _offsets_slow(text)


# a pipeline batch (16 documents, stage by stage) plus headroom for other long texts
_map_cached = lru_cache(maxsize=32)(_map)


def _kept(text: str) -> np.ndarray:
    """Positions of the characters normalize keeps (a numpy lookup of the dropped code points;
    "surrogatepass" so a lone surrogate from a broken page is a code point like any other)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.flatnonzero(~_DROP_LUT.take(codes))     # (take: ~2x faster than indexing with uint32 codes)


def _offsets_slow(text: str) -> list[int]:
    """Offsets one character at a time, for text whose lower-casing changes its length."""
    offsets: list[int] = []
    table = _TABLE
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep is not None:
            offsets.extend([i] * len(rep.lower()))
    offsets.append(len(text))
    return offsets


class OffsetArray:
    """``normalize_with_map`` offsets kept as a numpy array (or a range): indexing gives a
    Python int. For a caller that maps a few spans of a long text back (building the list
    costs ~30 ns per character)."""

    __slots__ = ("_a",)

    def __init__(self, a: np.ndarray | range) -> None:
        self._a = a

    def __getitem__(self, i: int) -> int:
        return int(self._a[i])

    def __len__(self) -> int:
        return len(self._a)


def normalize_with_offset_array(text: str) -> tuple[str, OffsetArray]:
    """``normalize_with_map`` with the offsets as an ``OffsetArray`` (same values)."""
    norm = normalize(text)
    n = len(text)
    if _LONGER_LOWER not in text:
        if len(norm) == n:
            return norm, OffsetArray(range(n + 1))
        kept = _kept(text)
        if len(kept) == len(norm):
            return norm, OffsetArray(np.append(kept, n))
    return norm, OffsetArray(np.asarray(_offsets_slow(text), dtype=np.int64))


def norm_offset(offsets: Sequence[int], pos: int) -> int:
    """``bisect_left(offsets, pos)`` for offsets from ``normalize_with_map``: the normalised
    position of original position ``pos``. When normalisation changed nothing the map is
    ``range(n + 1)`` and the answer is ``pos`` itself (clamped to the map): no bisection,
    which on a range makes a new int at each of its ~13 steps (~1 us a call)."""
    if type(offsets) is range and offsets.start == 0 and offsets.step == 1:
        # min(max(pos, 0), len(offsets)) without the three calls (a hot path: once per mention end)
        n = offsets.stop if offsets.stop > 0 else 0
        return pos if 0 <= pos <= n else (0 if pos < 0 else n)
    return bisect_left(offsets, pos)


def to_original_span(offsets: Sequence[int] | OffsetArray, start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) range in normalised text back to the original text."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def line_key(line: str) -> str:
    """Key under which a line is counted for site templates (CCNet-style).

    Normalised, each run of digits replaced by 0, punctuation (Latin and Arabic ، ؛ ؟) and spaces removed,
    so "938 مشاهدة" and "1327 مشاهدة" share a key, and trivial punctuation changes do not
    hide a template line.
    """
    s = normalize(line)
    s = re.sub(r"\d+", "0", s)
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith(("P", "Z", "S", "C")))
    return s


def is_arabic(text: str, threshold: float = 0.3) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    return sum(1 for c in letters if "\u0600" <= c <= "\u06FF") / len(letters) >= threshold
