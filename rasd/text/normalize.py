"""The one Arabic normaliser used everywhere for matching.

The stored and displayed text is always the original; matching runs on the normalised
form, and ``normalize_with_map`` gives, for every normalised character, the offset of the
original character it came from, so a match maps back to an evidence span.
"""

from __future__ import annotations

import re
import unicodedata
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
_RECENT_MAX = 8


def normalize(text: str) -> str:
    """Normalise for matching: no offsets. Same result as translating with _TABLE, but a regex
    delete plus str.replace only for the characters present is ~4x faster than str.translate
    with a dict on long Arabic texts."""
    if len(text) < _LONG:
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


def _normalize(text: str) -> str:
    s = _DROP_RE.sub("", text)
    for c, v in _MAP_ITEMS:
        if c in s:
            s = s.replace(c, v)
    return s.lower()


_SENTINEL_TABLE = {k: ("\x00" if v is None else v) for k, v in _TABLE.items()}
_DROP_LUT = np.zeros(0x110000, dtype=bool)      # code point -> dropped by normalize
_DROP_LUT[sorted(_DROP)] = True


@lru_cache(maxsize=16)   # stages normalise the same document text several times
def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise and return ``offsets`` with ``offsets[i]`` = index in ``text`` of normalised char i.

    ``offsets`` has one extra final entry (``len(text)``) so an end offset maps too.
    Vectorised: ``normalize`` gives the text (every kept character maps to one character), a
    numpy lookup of the dropped code points gives the kept positions.
    """
    if "\x00" in text:
        return _normalize_with_map_slow(text)
    if "\u03a3" in text:
        # Σ lower-cases by context (final sigma): keep the historical rule, which lower-cases
        # with dropped characters still in place (as NUL sentinels)
        t = text.translate(_SENTINEL_TABLE).lower()
        if len(t) != len(text):
            return _normalize_with_map_slow(text)
        codes = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32)
        offsets = np.flatnonzero(codes != 0).tolist()
        offsets.append(len(text))
        return t.replace("\x00", ""), offsets
    t = normalize(text)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    offsets = np.flatnonzero(~_DROP_LUT[codes]).tolist()
    if len(offsets) != len(t):          # a lower-casing that changes length ("İ")
        return _normalize_with_map_slow(text)
    offsets.append(len(text))
    return t, offsets


class OffsetArray:
    """``normalize_with_map`` offsets kept as a numpy array: indexing gives a Python int. For a
    caller that maps a few spans of a long text back (building the list costs ~30 ns per character)."""

    __slots__ = ("_a",)

    def __init__(self, a: np.ndarray) -> None:
        self._a = a

    def __getitem__(self, i: int) -> int:
        return int(self._a[i])

    def __len__(self) -> int:
        return len(self._a)


def normalize_with_offset_array(text: str) -> tuple[str, OffsetArray]:
    """``normalize_with_map`` with the offsets as an ``OffsetArray`` (same values)."""
    if "\x00" in text or "\u03a3" in text:
        t, offs = normalize_with_map(text)
        return t, OffsetArray(np.asarray(offs, dtype=np.int64))
    t = normalize(text)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    kept = np.flatnonzero(~_DROP_LUT[codes])
    if len(kept) != len(t):             # a lower-casing that changes length: the general path
        t, offs = normalize_with_map(text)
        return t, OffsetArray(np.asarray(offs, dtype=np.int64))
    return t, OffsetArray(np.append(kept, len(text)))


def _normalize_with_map_slow(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    table = _TABLE
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep is None:
            continue
        rep = rep.lower()
        out.append(rep)
        offsets.extend([i] * len(rep))
    offsets.append(len(text))
    return "".join(out), offsets


def to_original_span(offsets: list[int] | OffsetArray, start: int, end: int) -> tuple[int, int]:
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
