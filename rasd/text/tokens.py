"""Tokens with separable proclitics, and the clitic-stripped form used for search and matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import filterfalse

from rasd.text.normalize import normalize

# A token: a run of letters/digits (Arabic or Latin), keeping internal '.' in "ق.م" style
# abbreviations out (they are split, which is what search wants).
TOKEN_RE = re.compile(r"[\w\u064B-\u065F\u0670]+")   # letters, digits, tatweel, harakat; not ، ؛ ؟

# Proclitic sequences in normalised form, longest first. "لل" is ل + ال with the alef dropped.
# Conjunction (و ف) + preposition (ب ل ك) + article (ال), in that order.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


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
    out = [("", norm_token)]
    for p in PROCLITICS:
        if norm_token.startswith(p) and len(norm_token) - len(p) >= MIN_STEM:
            out.append((p, norm_token[len(p):]))
    return out


def tokenize(text: str) -> list[Token]:
    toks = []
    for m in TOKEN_RE.finditer(text):
        n = normalize(m.group())
        if not n:
            continue
        toks.append(Token(m.start(), m.end(), m.group(), n, strip_proclitics(n)))
    return toks


_BARE_CLITICS = frozenset(("ل", "و", "ب", "ف", "ك"))   # "لـ" leaves a bare ل


@lru_cache(maxsize=32)   # ingest asks for the same body's terms for dedup and for the index
def search_terms(text: str) -> tuple[str, ...]:
    """Normalised, clitic-stripped terms: the same function builds the index and parses queries."""
    # map/filterfalse keep the per-token loop in C (strip_proclitics is an lru_cache wrapper)
    return tuple(map(strip_proclitics, filterfalse(_BARE_CLITICS.__contains__, TOKEN_RE.findall(normalize(text)))))
