"""Tokens with separable proclitics, and the clitic-stripped form used for search and matching."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse
from operator import attrgetter

import numpy as np

from rasd.data import word_list
from rasd.text.glued import cut_word, glued_starts, may_glue
from rasd.text.normalize import normalize

# A token: a run of letters/digits (Arabic or Latin), keeping internal '.' in "ق.م" style
# abbreviations out (they are split, which is what search wants).
TOKEN_RE = re.compile(r"[\w\u064B-\u065F\u0670]+")   # letters, digits, tatweel, harakat; not ، ؛ ؟

# Proclitic sequences in normalised form, longest first. "لل" is ل + ال with the alef dropped.
# Conjunction (و ف) + preposition (ب ل ك) + article (ال), in that order.
_CONJ = word_list("function_words.yaml", "conjunction_proclitics")
_PREP = word_list("function_words.yaml", "preposition_proclitics")


def _proclitic_sequences() -> list[str]:
    seqs = set()
    for c in ("",) + _CONJ:
        for p in ("",) + _PREP:
            for a in ("", "ال"):
                seqs.add(c + p + a)
            seqs.add(c + "لل")
    seqs.discard("")
    return sorted(seqs, key=len, reverse=True)


PROCLITICS: tuple[str, ...] = tuple(_proclitic_sequences())
PROCLITIC_SET = frozenset(PROCLITICS)
# attached pronouns (enclitics) after normalisation: "وصوله", "سيطرتها", "قادتهم", "بلدنا"
PRONOUN_SUFFIXES = word_list("function_words.yaml", "pronoun_suffixes")
MIN_STEM = 2
MIN_SEARCH_STEM = 3   # "برس" keeps its ب, "لجيش" -> "جيش"


@dataclass(slots=True)
class Token:
    start: int       # offsets into the original text
    end: int
    text: str        # original surface
    norm: str        # normalised surface
    stem: str        # normalised, proclitics stripped (best single guess)


_BY_LEN = sorted({len(p) for p in PROCLITICS}, reverse=True)
_PROC_FIRST = frozenset(p[0] for p in PROCLITICS)   # letters a proclitic sequence starts with


# the fields of a token (or any span with them) as C calls, to map over a sentence's tokens instead of a
# Python loop per token (speed): one set shared by the layers
token_norm = attrgetter("norm")
token_start = attrgetter("start")
token_end = attrgetter("end")


def drop_conjunction(norm_token: str, min_len: int = 3) -> str:
    """The token without a leading conjunction "و" / "ف" when it is longer than ``min_len`` letters (what
    remains is still a word), else the token itself."""
    return norm_token[1:] if norm_token[:1] in ("و", "ف") and len(norm_token) > min_len else norm_token


@lru_cache(maxsize=262_144)   # the vocabulary repeats: a cache beats re-checking every prefix
def strip_proclitics(norm_token: str) -> str:
    """Strip one proclitic sequence when a stem of at least 2 letters remains.

    Works on normalised text. "والنظام" -> "نظام", "بدوما" -> "دوما", "للنظام" -> "نظام".
    Deliberately greedy: used for the search index and queries, where both sides go through
    the same function, so over-stripping is harmless ("بيرقدار" -> "يرقدار" on both sides).
    The "لـ" form ("لـ أنا برس") leaves a bare "ل" token, which is dropped.
    """
    n = len(norm_token)
    for k in _BY_LEN:   # longest proclitic sequence first
        if n - k >= MIN_SEARCH_STEM and norm_token[:k] in PROCLITIC_SET:
            return norm_token[k:]
    return norm_token


def proclitic_splits(norm_token: str) -> list[tuple[str, str]]:
    """All (proclitic, rest) splits of a normalised token, including ("", token).

    Used by the dictionary matcher, which checks each candidate stem against the lexicon
    instead of trusting a single greedy guess.
    """
    # PROCLITICS are ordered longest first and no two of one length can both start a word: one
    # slice and set lookup per length gives the same list, in the same order
    out = [("", norm_token)]
    if norm_token[:1] not in _PROC_FIRST:
        return out          # most words: no proclitic sequence starts with their first letter
    room = len(norm_token) - MIN_STEM
    for k in _BY_LEN:
        if k <= room and norm_token[:k] in PROCLITIC_SET:
            out.append((norm_token[:k], norm_token[k:]))
    return out


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text``; a token holding two words glued after a final ة or اء ("حماةقصف",
    "قضاءالحويجة", rasd.text.glued) is two tokens."""
    toks = []
    for m in TOKEN_RE.finditer(text):
        n = normalize(m.group())
        if not n:
            continue
        toks.append(Token(m.start(), m.end(), m.group(), n, strip_proclitics(n)))
    if glued_starts(text):      # (few pages hold a glued word: one cached scan decides)
        toks = cut_glued_tokens(text, toks, normalize, strip_proclitics)
    return toks


def cut_glued_tokens(text: str, toks: list[Token], norm: Callable[[str], str],
                     stem: Callable[[str], str] | None = None) -> list[Token]:
    """``toks`` with each token that holds two words glued (rasd.text.glued) cut in two, the parts
    normalised by ``norm`` (and stemmed by ``stem``, else no stem), as the tokenisers make them."""
    out: list[Token] = []
    for t in toks:
        if not may_glue(t.text):
            out.append(t)
            continue
        for a, b in cut_word(text, t.start, t.end):
            n = norm(text[a:b])
            if n:
                out.append(Token(a, b, text[a:b], n, stem(n) if stem else ""))
    return out


_BARE_CLITICS = frozenset(word_list("function_words.yaml", "bare_clitics"))   # "لـ" leaves a bare ل


@lru_cache(maxsize=32)   # ingest asks for the same body's terms for dedup and for the index
def search_terms(text: str) -> tuple[str, ...]:
    """Normalised, clitic-stripped terms: the same function builds the index and parses queries."""
    joined = search_text(text)
    return tuple(joined.split(" ")) if joined else ()


def _search_terms_reference(text: str) -> tuple[str, ...]:
    """``search_terms`` token by token (the definition; ``search_text`` computes it vectorised)."""
    return tuple(map(strip_proclitics, filterfalse(_BARE_CLITICS.__contains__, TOKEN_RE.findall(normalize(text)))))


# ---- vectorised search_terms: one numpy pass over the normalised text instead of a regex
# token scan plus a per-token proclitic lookup (~1 us per token in Python).
#
# A token is a maximal run of word characters (``\w``: str.isalnum() or "_"; after normalize the
# harakat TOKEN_RE also allows are gone). A token of one character that is a bare clitic is
# dropped; otherwise its longest proclitic sequence is stripped when >= MIN_SEARCH_STEM
# characters remain (strip_proclitics). Proclitic letters get digits 1..6, so a prefix of k
# letters is a base-7 number and membership is one table lookup per length (all lengths at once:
# _longest_proclitic).
_PROC_LETTERS = sorted({c for p in PROCLITICS for c in p})
_MAX_PROC = max(_BY_LEN)
_BASE = len(_PROC_LETTERS) + 1
assert _MAX_PROC <= MIN_SEARCH_STEM + 1   # search_text reads a candidate's first _MAX_PROC letters


@lru_cache(maxsize=1)
def _vector_tables() -> tuple[np.ndarray, np.ndarray, list[np.ndarray], np.ndarray]:
    bmp = "".join(map(chr, range(0x10000)))
    word = np.zeros(0x10000, dtype=bool)
    word[[m.start() for m in re.finditer(r"\w", bmp)]] = True       # exactly what TOKEN_RE calls \w
    digit = np.zeros(0x10000, dtype=np.int64)
    for i, c in enumerate(_PROC_LETTERS, 1):
        digit[ord(c)] = i
    base = len(_PROC_LETTERS) + 1
    sets = [np.zeros(1, dtype=bool)]
    for k in range(1, _MAX_PROC + 1):
        t = np.zeros(base ** k, dtype=bool)
        for p in PROCLITICS:
            if len(p) == k:
                key = 0
                for c in p:
                    key = key * base + int(digit[ord(c)])
                t[key] = True
        sets.append(t)
    bare = np.zeros(0x10000, dtype=bool)
    bare[[ord(c) for c in _BARE_CLITICS]] = True
    return word, digit, sets, bare


@lru_cache(maxsize=1)
def _longest_proclitic() -> np.ndarray:
    """For the base-7 number of a token's first _MAX_PROC letters and the room its length leaves
    (``room``: at most that many letters may go), at index ``number * (_MAX_PROC + 1) + room``: the
    length of the longest proclitic sequence that starts the token and fits, else 0."""
    _word, _digit, sets, _bare = _vector_tables()
    out = np.zeros(_BASE ** _MAX_PROC * (_MAX_PROC + 1), dtype=np.int64)
    for number in range(_BASE ** _MAX_PROC):
        for room in range(_MAX_PROC + 1):
            for k in range(min(room, _MAX_PROC), 0, -1):
                if sets[k][number // _BASE ** (_MAX_PROC - k)]:     # its first k letters
                    out[number * (_MAX_PROC + 1) + room] = k
                    break
    return out


def _word_mask(codes: np.ndarray, word: np.ndarray) -> np.ndarray:
    if not codes.size or int(codes.max()) <= 0xFFFF:
        return word.take(codes)     # (take: ~2x faster than indexing with uint32 codes)
    hi = codes > 0xFFFF                       # beyond the BMP (emoji ...): classified one by one
    w = word.take(np.where(hi, 0, codes))
    uniq = np.unique(codes[hi])
    is_w = np.array([re.match(r"\w", chr(int(c))) is not None for c in uniq], dtype=bool)
    w[hi] = is_w[np.searchsorted(uniq, codes[hi])]
    return w


@lru_cache(maxsize=32)
def search_text(text: str) -> str:
    """``" ".join(search_terms(text))``: the full-text index body, computed over the whole text."""
    norm = normalize(text)
    codes = np.frombuffer(norm.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not codes.size:
        return ""
    word, digit, _sets, bare = _vector_tables()
    w = _word_mask(codes, word)
    padded = np.zeros(codes.size + 2, dtype=bool)
    padded[1:-1] = w
    bounds = np.flatnonzero(padded[1:] != padded[:-1])     # token starts and ends, alternating
    if not bounds.size:
        return ""
    starts, ends = bounds[::2], bounds[1::2]
    length = ends - starts
    low = codes if int(codes.max()) <= 0xFFFF else np.where(codes > 0xFFFF, 0, codes)   # clitics are BMP
    # characters dropped from the front of each token: all of a bare clitic token ("لـ" leaves
    # a lone ل), else its longest proclitic sequence that leaves >= MIN_SEARCH_STEM characters
    cut = np.zeros(starts.size, dtype=np.int64)
    one = length == 1
    cut[one] = bare.take(low[starts[one]])
    cand = np.flatnonzero(length > MIN_SEARCH_STEM)
    if cand.size:
        # the first _MAX_PROC letters of every candidate at once (all inside the token: its
        # length is > MIN_SEARCH_STEM >= _MAX_PROC - 1) as one base-7 number, and the letters
        # its length lets go: one lookup gives the longest proclitic sequence (_longest_proclitic)
        first = starts[cand]
        number = digit.take(low[first])
        for j in range(1, _MAX_PROC):
            number = number * _BASE + digit.take(low[first + j])
        room = np.minimum(length[cand] - MIN_SEARCH_STEM, _MAX_PROC)     # (>= 1)
        cut[cand] = _longest_proclitic()[number * (_MAX_PROC + 1) + room]
    # the output: each kept token's remaining characters, one space between tokens (the
    # non-word character just before a token, set to a space, serves as that separator)
    kept = cut < length
    ks = starts[kept]
    if not ks.size:
        return ""
    sel = w.copy()
    for j in range(_MAX_PROC):
        sel[starts[cut > j] + j] = False
    sep = ks[1:] - 1
    sel[sep] = True
    out = codes.copy()
    out[sep] = 32
    return out[sel].tobytes().decode("utf-32-le", "surrogatepass")


def word_runs(text: str) -> tuple[list[int], list[int], list[str]]:
    r"""(starts, ends, texts) of the maximal runs of letters and digits in ``text`` (the matches
    of ``[^\W_]+``), found with one numpy pass over the code points instead of a regex scan.
    The texts come from one ``str.split`` of the text with every other character made a space
    (no letter or digit is a space)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not codes.size:
        return [], [], []
    w = _word_mask(codes, _vector_tables()[0])      # \w ...
    w &= codes != 0x5F                              # ... but "_"
    padded = np.zeros(codes.size + 2, dtype=bool)
    padded[1:-1] = w
    bounds = np.flatnonzero(padded[1:] != padded[:-1])
    spaced = np.where(w, codes, 0x20).astype(np.uint32)
    texts = spaced.tobytes().decode("utf-32-le", "surrogatepass").split()
    return bounds[::2].tolist(), bounds[1::2].tolist(), texts
