"""Statistical Arabic named-entity recogniser (linear-chain CRF, python-crfsuite).

Finds PERS / LOC / ORG / MISC names that no list holds. The model is trained by
``python -m rasd.knowledge.ner_train`` on ANERcorp (see rasd/data/models/README.md); this
module holds the feature function shared by training and inference, so both see exactly
the same features, and the fast inference API:

    model = NerModel.load()
    for span in model.predict(text):   # offsets into ``text``
        ...

Beside the model file live small data files the features read: ``ner_gazetteer.tsv``
(names derived from ANERGazet), ``ner_cues.tsv`` (title / place / organisation cue words) and
``ner_clusters.tsv`` (distributional word classes).

Inference does not use crfsuite's tagger: :class:`CrfDecoder` reads the model's weights and
decodes whole documents in numpy from per-word cached weight blocks (same labels and
marginals, several times faster). ``model.predict_many(texts)`` decodes the sentences of
several documents together (the pipeline's batches): numpy's per-call cost of each step is
then paid once per batch, and the result is the same as ``predict`` on each text.
"""

from __future__ import annotations

import copy
import math
import os
import re
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass
from importlib import resources
from itertools import chain, compress
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from rasd.data import word_list
from rasd.text.normalize import DROPPED_CHARS, normalize, normalize_with_map, normalize_word, normalize_words
from rasd.text.sentences import split_sentences
from rasd.text.tokens import MIN_SEARCH_STEM, proclitic_splits, strip_proclitics

MODEL_FILE = "ner.crfsuite"
GAZETTEER_FILE = "ner_gazetteer.tsv"
CUES_FILE = "ner_cues.tsv"
CLUSTERS_FILE = "ner_clusters.tsv"
TYPES = ("PERS", "LOC", "ORG", "MISC")

# A word is a run of letters/digits with any Arabic diacritics, tatweel or joiners inside it
# ("مُحَمَّد" stays one token); every other non-space character is a token of its own, the way
# ANERcorp separates punctuation. Arabic punctuation (، ؛ ؟) is therefore never glued to a word.
# (Written as runs of either class: the same matches as one alternation per character, and
# the regex engine's fast single-class loops do the work; possessive: nothing after a run
# could make it give characters back, so the engine keeps no backtracking state.)
TOKEN_RE = re.compile(
    r"(?:[^\W_]++|[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200c\u200d]++)++|[^\w\s]|_"
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_AR_WORD = re.compile(r"[\u0621-\u064A]+")   # Arabic letters only (all of them str.isalpha())
_LATIN = re.compile(r"[A-Za-z]")
# Proclitics that are not the article: a name may be glued to them ("بدمشق", "وحلب").
_NON_ARTICLE_PROCLITICS = frozenset(word_list("function_words.yaml", "non_article_proclitics"))
_CACHE_LIMIT = 300_000

_BLOCK_BATCH = 1024   # new words whose weight blocks are summed in one numpy call
_GROUP_CELLS = 1 << 16   # token positions of one padded (sentences x longest) decoding batch
_GROUP_SHRINK = 4        # a sentence this many times shorter than a group's longest starts a new group


def cached_words(words: dict[str, Any], sentences: list[list[str]],
                 add_words: Callable[[list[str]], None]) -> list[list[Any]]:
    """Every token's entry in a bounded per-word cache, the sentences' new words added in one
    call (``add_words`` fills ``words``); a cache about to pass its limit starts again."""
    new = set(chain.from_iterable(sentences)).difference(words)
    if new:
        if len(words) + len(new) > _CACHE_LIMIT:
            words.clear()
            new = set(chain.from_iterable(sentences))
        add_words(sorted(new))
    get = words.__getitem__
    return [list(map(get, toks)) for toks in sentences]


@dataclass(slots=True)
class NerSpan:
    start: int      # offsets into the input text
    end: int
    type: str       # PERS / LOC / ORG / MISC
    text: str       # text[start:end]
    score: float    # mean CRF marginal probability of the span's labels


def default_model_dir() -> Path:
    return Path(str(resources.files("rasd").joinpath("data", "models")))


def load_gazetteer(path: Path) -> dict[str, frozenset[str]]:
    """``type<TAB>normalised name`` lines -> {name: types}. Multi-word names keep their spaces."""
    out: dict[str, set[str]] = {}
    if not path.exists():
        return {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        typ, _, name = line.partition("\t")
        name = " ".join(normalize(name).split())
        if name:
            out.setdefault(name, set()).add(typ)
    return {k: frozenset(v) for k, v in out.items()}


def load_cues(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cls, _, word = line.partition("\t")
        word = normalize(word.strip())
        if word:
            out.setdefault(word, cls)
    return out


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """``word<TAB>c64<TAB>c256<TAB>c1024`` lines (written by ner_train.build_clusters)."""
    out: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            out[parts[0]] = tuple(parts[1:4])
    return out


def _shape(tok: str) -> str:
    if _ARABIC_LETTER.search(tok):
        if not tok.isalpha() and any(c.isdigit() for c in tok):
            return "AD"
        if _LATIN.search(tok):
            return "AL"
        return "A"
    if tok.isdigit():
        return "D4" if len(tok) == 4 else "D"
    if _LATIN.search(tok):
        if tok.isupper():
            return "LU"
        if tok[0].isupper():
            return "Lc"
        return "L"
    if any(c.isdigit() for c in tok):
        return "DX"
    if not any(c.isalnum() for c in tok):
        return "P"
    return "O"


def _arabic_word(tok: str) -> bool:
    """The word is of shape "A": alphabetic, with an Arabic letter and no Latin one (the
    letters of _AR_WORD are all alphabetic, so one match decides it for most words)."""
    return bool(_AR_WORD.fullmatch(tok)) or bool(
        tok.isalpha() and _ARABIC_LETTER.search(tok) and not _LATIN.search(tok))


_PREFIX_KEYS = ("", "p1=", "p2=", "p3=")
# the attribute kinds NerModel._arabic_rows reads rows of, in the order it unpacks them
_ROW_KINDS = ("w=", "s=", "k1=", "k2=", "k3=", "p1=", "x1=", "p2=", "x2=", "p3=", "x3=", "p4=", "x4=",
              "sx3=", "sp3=", "cl=", "gs=", "c=")
_SUFFIX_KEYS = ("", "x1=", "x2=", "x3=")


def _len_bucket(n: str) -> str:
    k = len(n)
    return str(k) if k <= 4 else ("6" if k <= 6 else "7")


_LEN_ATTRS = tuple("len=" + _len_bucket("x" * k) for k in range(8))   # by min(length, 7)


class FeatureExtractor:
    """Turns a sentence (list of surface tokens) into CRF attribute lists.

    Word-level attributes are computed once per distinct token and cached, then the ±2 window
    is assembled from the cached, offset-prefixed lists, which keeps inference fast.
    """

    def __init__(
        self,
        gazetteer: dict[str, frozenset[str]],
        cues: dict[str, str],
        clusters: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.single: dict[str, frozenset[str]] = {k: v for k, v in gazetteer.items() if " " not in k}
        # multi-word names indexed by their first word: [(rest words, types)], longest first
        self.multi: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        for name, types in gazetteer.items():
            words = name.split()
            if len(words) > 1:
                self.multi.setdefault(words[0], []).append((tuple(words[1:]), types))
        for lst in self.multi.values():
            lst.sort(key=lambda x: -len(x[0]))
        self.cues = cues
        self.clusters = clusters or {}
        # attributes the loaded model has weights for; None while training (keep everything)
        self.known: frozenset[str] | None = None
        self._cache: dict[str, tuple[str, tuple[list[str], ...], tuple[str, ...]]] = {}
        self._g_cache: dict[frozenset[str], list[str]] = {}

    def clone(self) -> FeatureExtractor:
        """The same lists with an empty cache and no attribute filter (for a second model)."""
        c = copy.copy(self)
        c._cache = {}
        c.known = None
        return c

    # ---- word level -------------------------------------------------------------------
    def _word(self, tok: str) -> tuple[str, tuple[list[str], ...], tuple[str, ...]]:
        """(normalised form, (own attributes, as seen from -2, -1, +1, +2), gazetteer heads)."""
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        entry = self.word_features(tok)
        self._cache[tok] = entry
        return entry

    def word_features(self, tok: str) -> tuple[str, tuple[list[str], ...], tuple[str, ...]]:
        """Uncached :meth:`_word`."""
        n, base, own, heads = self.word_attrs(tok)
        feats = [base + own] + [[f"{off}{f}" for f in base] for off in ("-2", "-1", "+1", "+2")]
        if self.known is not None:
            known = self.known
            feats = [[f for f in fl if f in known] for fl in feats]
        return n, tuple(feats), heads

    def word_attrs(self, tok: str) -> tuple[str, list[str], list[str], tuple[str, ...]]:
        """(normalised form, attributes also seen by the neighbours, the word's own-only
        attributes, gazetteer heads): what :meth:`word_features` expands into its 5 lists."""
        return self._attrs(tok)[:4]

    def _attrs(self, tok: str) -> tuple[str, list[str], list[str], tuple[str, ...], str | None]:
        """:meth:`word_attrs` plus the proclitic-stripped form (None when the word is not
        all Arabic letters and it was not computed)."""
        return self._attrs_of(tok, normalize_word(tok))

    def _attrs_of(self, tok: str, n: str) -> tuple[str, list[str], list[str], tuple[str, ...], str | None]:
        """:meth:`_attrs` given ``n = normalize_word(tok)`` (a batch of new words is
        normalised in one call)."""
        # the common case first: a word of Arabic letters only (what _shape calls "A"; the
        # letters of _AR_WORD are all alphabetic, so one match decides it for most words)
        if _arabic_word(tok):
            shape = "A"
        else:
            shape = _shape(tok)
        base = ["w=" + n, "sh=" + shape]
        own = ["b", _LEN_ATTRS[min(len(n), 7)]]
        clusters = self.clusters
        if shape != "A":
            cl = clusters.get(n)
            if cl:
                base.append("k2=" + cl[1])
                own += ("k1=" + cl[0], "k3=" + cl[2])
            heads: tuple[str, ...] = ()
            if shape == "P":
                own.append("punct")
            elif shape in ("L", "Lc", "LU"):
                heads = (n,) if n in self.multi else ()
            return n, base, own, heads, None
        # strip_proclitics(n) is the first split (longest proclitic first) leaving a stem of
        # MIN_SEARCH_STEM letters: read off the splits, which are needed below anyway
        splits = proclitic_splits(n)
        stem = n
        for _p, rest in splits[1:]:
            if len(rest) >= MIN_SEARCH_STEM:
                stem = rest
                break
        if stem != n:
            base.append("s=" + stem)
        cl = clusters.get(n) or clusters.get(stem)
        if cl:
            base.append("k2=" + cl[1])
            own += ("k1=" + cl[0], "k3=" + cl[2])
        if len(n) > 4:
            own += ("p1=" + n[:1], "x1=" + n[-1:], "p2=" + n[:2], "x2=" + n[-2:],
                    "p3=" + n[:3], "x3=" + n[-3:], "p4=" + n[:4], "x4=" + n[-4:])
        else:
            for k in (1, 2, 3):
                if len(n) > k:
                    own += (_PREFIX_KEYS[k] + n[:k], _SUFFIX_KEYS[k] + n[-k:])
        if stem != n:
            if len(stem) > 3:
                own += ("sx3=" + stem[-3:], "sp3=" + stem[:3])
            prefix = n[: len(n) - len(stem)]
            own.append("cl=" + prefix)
            if n.startswith("ال") or prefix.endswith(("ال", "لل")):
                base.append("al")
        elif n.startswith("ال"):
            base.append("al")
        single = self.single
        gz_exact = single.get(n)
        if gz_exact:
            base += self._g_attrs(gz_exact)
        cues = self.cues
        cue = cues.get(n)
        heads = ()
        if len(splits) > 1:
            split_gz: set[str] = set()
            for p, rest in splits[1:]:
                if not gz_exact:
                    hit = single.get(rest)
                    if hit:
                        split_gz.update(hit)
                if cue is None and p in _NON_ARTICLE_PROCLITICS:
                    cue = cues.get(rest)
            if split_gz:
                base.extend("gs=" + t for t in sorted(split_gz))
            multi = self.multi
            for _p, rest in splits:    # (a loop: most words start no name)
                if rest in multi:
                    heads += (rest,)
        elif n in self.multi:
            heads = (n,)
        if cue:
            base.append("c=" + cue)
        return n, base, own, heads, stem

    def _g_attrs(self, types: frozenset[str]) -> list[str]:
        """The "g=" attributes of a gazetteer type set (sorted; few distinct sets, cached)."""
        got = self._g_cache.get(types)
        if got is None:
            got = self._g_cache[types] = ["g=" + t for t in sorted(types)]
        return got

    # ---- sentence level ---------------------------------------------------------------
    def _gazetteer_spans(self, norms: list[str], heads: list[tuple[str, ...]]) -> list[str | None]:
        """BIO labels of multi-word gazetteer matches (longest match, left to right)."""
        out: list[str | None] = [None] * len(norms)
        i, n = 0, len(norms)
        while i < n:
            matched = 0
            for first in heads[i]:
                for rest, types in self.multi[first]:
                    k = len(rest)
                    if i + k < n and tuple(norms[i + 1 : i + 1 + k]) == rest:
                        t = sorted(types)[0]
                        out[i] = "B-" + t
                        for j in range(i + 1, i + 1 + k):
                            out[j] = "I-" + t
                        matched = k + 1
                        break
                if matched:
                    break
            i += matched or 1
        return out

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        words = [self._word(t) for t in tokens]
        norms = [w[0] for w in words]
        n = len(tokens)
        heads = [w[2] for w in words]
        gz = self._gazetteer_spans(norms, heads) if any(heads) else None
        known = self.known
        feats: list[list[str]] = []
        for i in range(n):
            f = list(words[i][1][0])
            if i >= 2:
                f += words[i - 2][1][1]
            elif i == 0:
                f.append("BOS")
            if i >= 1:
                f += words[i - 1][1][2]
                bg = "bg-=" + norms[i - 1] + "|" + norms[i]
                if known is None or bg in known:
                    f.append(bg)
            if i + 1 < n:
                f += words[i + 1][1][3]
                bg = "bg+=" + norms[i] + "|" + norms[i + 1]
                if known is None or bg in known:
                    f.append(bg)
            else:
                f.append("EOS")
            if i + 2 < n:
                f += words[i + 2][1][4]
            if gz is not None:
                if gz[i]:
                    f.append("G=" + gz[i])
                if i >= 1 and gz[i - 1]:
                    f.append("-1G=" + gz[i - 1])
                if i + 1 < n and gz[i + 1]:
                    f.append("+1G=" + gz[i + 1])
            feats.append(f)
        return feats


PROPAGATED_SCORE = 0.5
_PAD_ROW = 0
_ROW = itemgetter(3)   # a _Word's row in the weight blocks
# per distinct surface token at inference: normalised form, proclitic-stripped form,
# gazetteer heads, row of its weight block, the bigram features it starts (or None), and
# whether the weights of the word form itself favour O by more than COMMON_MARGIN
_Word = tuple[str, str, tuple[str, ...], int, "dict[str, list] | None", bool]
# per string NerModel._arabic_rows looks up (a word, its stem, a rest after a proclitic): its
# "w=" row, its "s=" row, its cluster rows ("k2=", "k1=", "k3="), its gazetteer types, its
# cue class, whether a multi-word gazetteer name starts with it; and what _add_words reads of a
# new word's form: the O margin of its "w=" weight, the bigram features it starts, its index as
# the first / second word of a bigram (-1: none), whether it is the second word of a
# multi-word gazetteer name
_StrInfo = tuple[int | None, int | None, "tuple[int | None, int | None, int | None] | None",
                 "frozenset[str] | None", "str | None", bool, "float | None", "dict[str, list] | None",
                 int, int, bool]
_NO_INFO: _StrInfo = (None, None, None, None, None, False, None, None, -1, -1, False)
COMMON_MARGIN = 0.0
_MIN_PROPAGATE = 3


def propagate_labels(
    norms: list[list[str]],
    labels: list[list[str]],
    cues: dict[str, str],
    stripped: list[list[str]] | None = None,
    common: Collection[str] = (),
) -> list[list[str]]:
    """One sense per document: a name the model tagged somewhere in a document is tagged
    where else it recurs untagged ("شينزو ابيه" ... "وقال ابيه").

    Keys are the tagged token sequences with the first token's proclitics stripped, plus the
    last token of a multi-token person name (the surname); a key's type is the one given to
    a strict majority of its tags. A key with no majority type, a key that is a cue word or
    shorter than 3 letters, or a match overlapping a tagged token, is not used. ``norms``: normalised tokens per sentence; ``stripped``: the same with
    proclitics stripped (computed if not given); ``common``: words never propagated on their
    own (ordinary words that are also part of names: "الدين", "الثاني"); returns new label
    lists.
    """
    if stripped is None:
        stripped = [[strip_proclitics(w) for w in sn] for sn in norms]
    found: dict[tuple[str, ...], dict[str, int]] = {}
    for sn, ss, sl in zip(norms, stripped, labels, strict=True):
        if sl.count("O") == len(sl):
            continue
        for a, b, typ in bio_spans(sl):
            seen = found.setdefault((ss[a], *sn[a + 1 : b]), {})
            seen[typ] = seen.get(typ, 0) + 1
            if typ == "PERS" and b - a >= 2:
                seen = found.setdefault((ss[b - 1],), {})
                seen[typ] = seen.get(typ, 0) + 1
    by_head: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, types in found.items():
        typ = max(types, key=types.__getitem__)
        if 2 * types[typ] <= sum(types.values()):
            continue   # no type holds a strict majority of the document's tags
        if len(key[0]) < _MIN_PROPAGATE or not _ARABIC_LETTER.search(key[0]):
            continue
        if len(key) == 1 and (key[0] in cues or key[0] in common):
            continue
        by_head.setdefault(key[0], []).append((key, typ))
    if not by_head:
        return labels
    for lst in by_head.values():
        lst.sort(key=lambda x: -len(x[0]))
    out = []
    for sn, ss, sl in zip(norms, stripped, labels, strict=True):
        if by_head.keys().isdisjoint(ss):
            out.append(sl)
            continue
        new = list(sl)
        nxt = 0   # a match covers tokens up to here: the scan resumes after it
        # only tokens that start a key can start a match
        for i in [i for i, w in enumerate(ss) if w in by_head]:
            if i < nxt or new[i] != "O":
                continue
            for key, typ in by_head[ss[i]]:
                k = len(key)
                if (
                    i + k <= len(sn)
                    and tuple(sn[i + 1 : i + k]) == key[1:]
                    and all(x == "O" for x in new[i : i + k])
                    and (i + k == len(sn) or new[i + k] == "O" or new[i + k].startswith("B-"))
                ):
                    new[i] = "B-" + typ
                    for j in range(i + 1, i + k):
                        new[j] = "I-" + typ
                    nxt = i + k
                    break
        out.append(new)
    return out


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """CoNLL-style chunks [(first token, last token + 1, type)]; an I- after O or after
    another type starts a new chunk (as conlleval does)."""
    out: list[tuple[int, int, str]] = []
    if "" in labels:
        labels = [lab or "O" for lab in labels]
    start, typ = -1, ""
    last = -2
    # visit only the labelled tokens (most are O); a gap before one closes the open chunk
    for i in compress(range(len(labels)), map("O".__ne__, labels)):
        if start >= 0 and i != last + 1:
            out.append((start, last + 1, typ))
            start, typ = -1, ""
        bio, _, t = labels[i].partition("-")
        if bio == "B" or t != typ or start < 0:
            if start >= 0:
                out.append((start, i, typ))
            start, typ = i, t
        last = i
    if start >= 0:
        out.append((start, last + 1, typ))
    return out


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The surface tokens of :func:`tokenize_with_offsets`, without offsets (faster).

    The same tokens as ``TOKEN_RE.findall`` over text[start:end] (:func:`_tokenize_regex`):
    a token never holds a space, and a space-separated chunk of letters and digits only
    (``str.isalnum``, the regex's ``[^\\W_]``) is one token, so only the other chunks (a word
    with punctuation, a mark or "_") go through the regex: most words skip it."""
    toks: list[str] = []
    add = toks.append
    findall = TOKEN_RE.findall
    for chunk in text[start:end].split():
        if chunk.isalnum():
            add(chunk)
        else:
            toks += findall(chunk)
    gone = DROPPED_CHARS.intersection(toks)
    return [t for t in toks if t not in gone] if gone else toks


def _tokenize_regex(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """:func:`tokenize` by the regex alone over the whole range (the definition; tests compare)."""
    toks = TOKEN_RE.findall(text, start, len(text) if end is None else end)
    # a one-character token normalises to nothing exactly when normalize drops that character
    gone = DROPPED_CHARS.intersection(toks)
    return [t for t in toks if t not in gone] if gone else toks


def tokenize_with_offsets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Tokens of text[start:end] as (start, end, surface); tokens that normalise to nothing
    (stray RLM/LRM marks, tatweel) are dropped."""
    out = []
    empty = _EMPTY_CHARS
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        tok = m.group()
        if len(tok) == 1:
            gone = empty.get(tok)
            if gone is None:
                gone = empty[tok] = not normalize(tok)
            if gone:
                continue
        a, b = m.span()
        out.append((a, b, tok))
    return out


_EMPTY_CHARS: dict[str, bool] = {}   # single character -> it normalises to nothing


_OFFSETS = {"-2": 1, "-1": 2, "+1": 3, "+2": 4}


class CrfDecoder:
    """Viterbi and marginals for a python-crfsuite linear-chain model, in numpy.

    Every attribute the features produce belongs to one word seen from one offset (-2..+2),
    except the word bigrams and the multi-word gazetteer labels. So a word's contribution to
    the label scores of its neighbours is a fixed 5 x K block, computed once per distinct word
    and cached; a sentence's emission scores are then a few array additions. Same model, same
    scores as ``pycrfsuite.Tagger`` (crfsuite's CRF1d has no start/end transitions).
    """

    def __init__(self, info: object, labels: list[str]) -> None:

        self.labels = labels
        self._label_objects = np.array(labels, dtype=object)   # the same str objects
        self.index = {lab: i for i, lab in enumerate(labels)}
        k = len(labels)
        self.attr: dict[str, np.ndarray] = {}
        # bigram features: first word -> second word -> [vector for "bg-", vector for "bg+"]
        self.bigram: dict[str, dict[str, list]] = {}
        for (att, lab), w in info.state_features.items():  # type: ignore[attr-defined]
            if att.startswith(("bg-=", "bg+=")):
                first, _, second = att[4:].partition("|")
                slot = self.bigram.setdefault(first, {}).setdefault(second, [None, None])
                j = 0 if att[2] == "-" else 1
                if slot[j] is None:
                    slot[j] = np.zeros(k)
                slot[j][self.index[lab]] += w
                continue
            v = self.attr.get(att)
            if v is None:
                v = self.attr[att] = np.zeros(k)
            v[self.index[lab]] += w
        self.trans = np.zeros((k, k))
        for (a, b), w in info.transitions.items():  # type: ignore[attr-defined]
            self.trans[self.index[a], self.index[b]] = w
        self.exp_trans = np.exp(self.trans - self.trans.max())
        self.zero = np.zeros(k)
        self.o = self.index.get("O", 0)
        # per word-level attribute: its weights as seen from the word itself and from -2, -1,
        # +1, +2 (a 5 x K block), so a word's block is one gather and sum over its attributes
        # instead of building the offset-prefixed attribute strings
        rows: dict[str, int] = {}
        keys: list[tuple[int, int, str]] = []
        for att in self.attr:
            j = _OFFSETS.get(att[:2], 0)
            f = att[2:] if j else att
            r = rows.setdefault(f, len(rows) + 1)
            keys.append((r, j, att))
        self.block_rows = rows
        # per word form with a "w=" weight: how much that weight favours O over the best other label
        o = self.o
        self.o_margin: dict[str, float] = {
            att[2:]: float(v[o] - np.delete(v, o).max()) for att, v in self.attr.items() if att.startswith("w=")
        }
        self.blocks5 = np.zeros((len(rows) + 1, 5, k))   # row 0: no weights
        for r, j, att in keys:
            self.blocks5[r, j] = self.attr[att]

    def vector(self, attrs: list[str]):
        """Summed weight vector of attributes (unknown ones weigh nothing)."""
        v = self.zero.copy()
        get = self.attr.get
        for a in attrs:
            w = get(a)
            if w is not None:
                v += w
        return v

    def viterbi(self, em, lens, time_major: bool = False) -> list[list[str]]:
        """Best label sequence per sentence. ``em``: (S x longest x K) emission scores with
        the sentences sorted longest first (``time_major``: laid out longest x S x K);
        ``lens``: their lengths (descending)."""

        # (longest x S x K): each step's live rows are contiguous
        emt = em if time_major else em.transpose(1, 0, 2).copy()
        longest, s, k = emt.shape
        ln = [int(x) for x in lens]   # Python ints: the loops below compare them every step
        delta = emt[0].copy()
        back = np.empty((longest, s, k), dtype=np.intp)
        # candidates laid out [sentence, to, from] (the same sums delta[from] + trans[from, to]):
        # the argmax runs along contiguous rows, and the transitions are tiled per sentence so
        # the add broadcasts only the scores (buffers reused by every step, no allocation)
        cand = np.empty((s, k, k))
        tiled = np.ascontiguousarray(np.broadcast_to(self.trans.T, (s, k, k)))
        # the best score per label is the candidate its argmax points at, read by flat index
        # (i * k * k + to * k + from): cheaper than a second reduction, and the same number
        flat_c = cand.reshape(-1)
        base = np.arange(s)[:, None] * (k * k) + np.arange(k)[None, :] * k
        idx = np.empty((s, k), dtype=np.intp)
        active = s
        c, d, ix, bs, tr = cand, delta, idx, base, tiled
        d3 = d[:, None, :]
        add, take = np.add, np.take
        for t in range(1, longest):
            if ln[active - 1] <= t:
                while ln[active - 1] <= t:
                    active -= 1   # sorted longest first: the live sentences are a prefix
                c, d, ix, bs, tr = cand[:active], delta[:active], idx[:active], base[:active], tiled[:active]
                d3 = d[:, None, :]
            add(d3, tr, out=c)
            bk = back[t, :active]
            c.argmax(axis=2, out=bk)   # first maximum over "from", as before
            add(bk, bs, out=ix)
            take(flat_c, ix, out=d)
            add(d, emt[t, :active], out=d)
        cur = delta.argmax(axis=1)
        out = np.empty((longest, s), dtype=np.intp)
        out[longest - 1] = cur
        rows = np.arange(s)
        active = 0
        for t in range(longest - 1, 0, -1):
            while active < s and ln[active] > t:
                active += 1
            cur[:active] = back[t, rows[:active], cur[:active]]
            out[t - 1] = cur
        # a sentence of length n ends at step n - 1: its labels are out[0:n], read from the end
        # (the label strings gathered by numpy from an object array: no Python call per token)
        rows = self._label_objects[out.T].tolist()
        return [rows[i][: ln[i]] for i in range(s)]

    def marginals(self, em, lens, paths: list[list[str]],
                  ranges: list[tuple[int, int]] | None = None) -> list[list[float]]:
        """P(label_t = path_t | sentence) per token (forward-backward, rescaled each step);
        ``em``/``lens`` as for :meth:`viterbi`. ``ranges``: per path, the tokens [lo, hi) whose
        marginals are wanted (then only those are returned, and the forward pass stops at the
        largest hi, the backward pass at the smallest lo: the values computed are the same)."""

        s, longest, k = em.shape
        if ranges is None:
            ranges = [(0, len(p)) for p in paths]
        f_end = max((hi for _lo, hi in ranges), default=longest)
        b_start = min((lo for lo, _hi in ranges), default=0)
        # each position's best score, label column by label column (the same maximum as
        # em.max(axis=2), whose per-position reduction over K values is several times slower)
        top = em[:, :, 0].copy()
        for j in range(1, k):
            np.maximum(top, em[:, :, j], out=top)
        pe = np.exp(em - top[:, :, None])
        et = self.exp_trans
        fw = np.empty((s, longest, k))
        a = pe[:, 0]
        fw[:, 0] = a / a.sum(axis=1, keepdims=True)
        ln = [int(x) for x in lens]
        # (np.add.reduce is what ndarray.sum calls, without its Python wrapper)
        total = np.add.reduce
        divide = np.divide
        active = s
        for t in range(1, f_end):
            while ln[active - 1] <= t:
                active -= 1
            a = (fw[:active, t - 1] @ et) * pe[:active, t]
            divide(a, total(a, axis=1, keepdims=True), out=fw[:active, t])
        bw = np.ones((s, longest, k))
        et_t = et.T
        active = 0
        for t in range(longest - 2, b_start - 1, -1):
            while active < s and ln[active] > t + 1:
                active += 1
            b = (bw[:active, t + 1] * pe[:active, t + 1]) @ et_t
            divide(b, total(b, axis=1, keepdims=True), out=bw[:active, t])
        # the wanted positions of all paths in one array (each row normalised on its own, as
        # per path: the same products, row sums and quotients)
        index = self.index
        los = np.array([lo for lo, _hi in ranges], dtype=np.intp)
        sizes = np.array([hi for _lo, hi in ranges], dtype=np.intp) - los
        n = int(sizes.sum())
        row_of = np.repeat(np.arange(len(ranges)), sizes)
        step = np.arange(n) - np.repeat(np.cumsum(sizes) - sizes, sizes) + np.repeat(los, sizes)
        m = fw[row_of, step] * bw[row_of, step]
        m /= m.sum(axis=1, keepdims=True)
        labs = [index[lab] for (lo, hi), path in zip(ranges, paths, strict=True) for lab in path[lo:hi]]
        picked = m[np.arange(n), labs].tolist()
        bounds = np.cumsum(sizes).tolist()
        return [picked[b - z : b] for b, z in zip(bounds, sizes.tolist(), strict=True)]


@dataclass(slots=True)
class CrfWeights:
    """What :class:`CrfDecoder` reads of a model (the fields of pycrfsuite's ``Tagger.info()``)."""

    state_features: dict[tuple[str, str], float]    # (attribute, label) -> weight, in the dump's order
    transitions: dict[tuple[str, str], float]       # (label, next label) -> weight


# a weight line of a crfsuite text dump: "  (0) sh=A --> B-ORG: -0.049145" (the pattern
# pycrfsuite's dump parser matches each line against)
_DUMP_WEIGHT = re.compile(r"^[ \t]*\(\d+\) (.+) --> (.+): ([+-]?\d+\.\d+)", re.M)


def model_weights(tagger: Any) -> CrfWeights | Any:
    """The weights ``tagger.info()`` gives, read from the model's text dump with one regex pass
    per section: pycrfsuite's parser makes a Python call and two regex matches per line (92k
    lines: ~0.4 s of every process start, ~0.12 s here). Falls back to ``info()`` when
    the dump cannot be read so."""
    fd, name = tempfile.mkstemp(suffix=".crfsuite-dump")   # (as info() itself does)
    os.close(fd)
    try:
        tagger.dump(name)
        with open(name, "rb") as fh:
            text = fh.read().decode("utf-8")   # bytes: a lone "\r" in a name is no line end
    except (OSError, AttributeError, UnicodeDecodeError):
        return tagger.info()
    finally:
        os.unlink(name)

    def section(title: str) -> str | None:
        start = text.find(f"\n{title} = {{\n")
        end = text.find("\n}\n", start + 1) if start >= 0 else -1
        return text[start + len(title) + 6:end + 1] if end >= 0 else None

    trans, state = section("TRANSITIONS"), section("STATE_FEATURES")
    if trans is None or state is None:
        return tagger.info()
    return CrfWeights(state_features={(a, lab): float(w) for a, lab, w in _DUMP_WEIGHT.findall(state)},
                      transitions={(a, b): float(w) for a, b, w in _DUMP_WEIGHT.findall(trans)})


class NerModel:
    def __init__(self, tagger: object, extractor: FeatureExtractor) -> None:

        self._tagger = tagger
        self.features = extractor
        self.decoder = CrfDecoder(model_weights(tagger), list(tagger.labels()))  # type: ignore[attr-defined]
        # Only attributes with a weight matter: dropping the rest up front makes tagging faster.
        extractor.known = frozenset(self.decoder.attr) | frozenset(
            f"bg{d}={a}|{b}" for a, seconds in self.decoder.bigram.items() for b in seconds for d in "-+"
        )
        dec = self.decoder
        self._bos = dec.vector(["BOS"])
        self._eos = dec.vector(["EOS"])
        # per distinct surface token: (normalised, proclitic-stripped, gazetteer heads, row in _blocks)
        self._words: dict[str, _Word] = {}
        # per row: the entry of the word whose block it holds (row 0, the padding: None;
        # rows past the cache's words are stale, and no token reads them)
        self._by_row: list[_Word | None] = [None]
        # a word's 5 x K block is _blocks[:, row] (row 0: the empty padding word): laid out by
        # offset, so _emissions gathers each offset's rows from one contiguous (rows x K) array
        self._blocks = np.zeros((5, 1024, len(dec.labels)))
        # per row: the word starts bigram features / may start a multi-word gazetteer name, so
        # _emissions visits only those words (row 0, the padding, has neither)
        self._has_heads = np.zeros(1024, dtype=bool)
        # per row: index of the word as the first / second word of a bigram feature (-1: none),
        # so a document's bigrams are found by one sorted-array search of the pair keys
        self._bg_first = np.full(1024, -1, dtype=np.int64)
        self._bg_second = np.full(1024, -1, dtype=np.int64)
        firsts = {w: i for i, w in enumerate(dec.bigram)}
        seconds = {b: i for i, b in enumerate(dict.fromkeys(chain.from_iterable(dec.bigram.values())))}
        self._bg_firsts, self._bg_seconds = firsts, seconds
        pairs = sorted((firsts[a] * len(seconds) + seconds[b], slot)
                       for a, bs in dec.bigram.items() for b, slot in bs.items())
        k = len(dec.labels)
        self._bg_keys = np.array([key for key, _slot in pairs], dtype=np.int64)
        self._bg_vec = [np.array([slot[j] if slot[j] is not None else np.zeros(k) for _key, slot in pairs])
                        .reshape(len(pairs), k) for j in (0, 1)]
        self._bg_has = [np.array([slot[j] is not None for _key, slot in pairs], dtype=bool) for j in (0, 1)]
        self._gaz_vectors: dict[str, np.ndarray] = {}
        # per first word of a multi-word gazetteer name: the second words its names go on with
        self._multi_second = {first: frozenset(rest[0] for rest, _t in lst)
                              for first, lst in extractor.multi.items()}
        # per row: the word is the second word of some multi-word gazetteer name (row 0: no)
        self._second_words = frozenset().union(*self._multi_second.values())
        self._is_second = np.zeros(1024, dtype=bool)
        self.common_margin = COMMON_MARGIN
        self._trim: dict[str, int] = {}   # token -> characters of proclitic to skip
        # block rows of the word-level attributes by kind ("p3=" -> {"الم": row}), so the
        # rows of an all-Arabic word are looked up from its affixes without building the
        # attribute strings (_arabic_rows)
        kinds: dict[str, dict[str, int]] = {}
        for att, r in dec.block_rows.items():
            kind, eq, value = att.partition("=")
            if eq:
                kinds.setdefault(kind + eq, {})[value] = r
        self._kind_rows = tuple(kinds.get(k, {}) for k in _ROW_KINDS)
        get = dec.block_rows.get
        self._len_rows = tuple(get(a) for a in _LEN_ATTRS)
        self._fixed_rows = (get("sh=A"), get("b"), get("al"))
        self._g_rows: dict[frozenset[str], list[int | None]] = {}
        # per string that a lookup of _arabic_rows can find (a word, its stem or the rest
        # after a proclitic): every answer in one entry, so a new word costs one lookup in a
        # large dictionary per form instead of up to six (_StrInfo)
        w_rows, s_rows = kinds.get("w=", {}), kinds.get("s=", {})
        k1, k2, k3 = kinds.get("k1=", {}), kinds.get("k2=", {}), kinds.get("k3=", {})
        fx = extractor

        def cluster_rows(s: str) -> tuple[int | None, int | None, int | None] | None:
            cl = fx.clusters.get(s)
            return (k2.get(cl[1]), k1.get(cl[0]), k3.get(cl[2])) if cl else None

        margins, bigram = dec.o_margin, dec.bigram
        self._str_info: dict[str, _StrInfo] = {
            s: (w_rows.get(s), s_rows.get(s), cluster_rows(s), fx.single.get(s), fx.cues.get(s), s in fx.multi,
                margins.get(s), bigram.get(s), firsts.get(s, -1), seconds.get(s, -1), s in self._second_words)
            for s in set(w_rows).union(s_rows, fx.clusters, fx.single, fx.cues, fx.multi, margins, bigram,
                                       seconds, self._second_words)
        }
        # first / last four letters of a word -> rows of its 1..4-letter prefixes / suffixes
        self._prefix_rows: dict[str, tuple[int | None, ...]] = {}
        self._suffix_rows: dict[str, tuple[int | None, ...]] = {}

    @classmethod
    def load(cls, path: str | None = None) -> NerModel:
        """Load a trained model; ``None`` means the one packaged in rasd/data/models/.

        The gazetteer and cue files are read from the model's folder, else the packaged ones.
        """
        import pycrfsuite

        model_path = Path(path) if path else default_model_dir() / MODEL_FILE
        if not model_path.is_file():
            raise FileNotFoundError(
                f"NER model not found at {model_path}; train it with "
                "`python -m rasd.knowledge.ner_train --data ../shared/data/ner --out "
                "rasd/data/models/ner.crfsuite`"
            )
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_path))
        return cls(tagger, extractor_for(model_path.parent))

    # ---- emission scores ----------------------------------------------------------------
    def _word(self, tok: str) -> _Word:
        hit = self._words.get(tok)
        if hit is not None:
            return hit
        if len(self._words) >= _CACHE_LIMIT:
            self._words.clear()
        self._add_words([tok])
        return self._words[tok]

    def _lookup(self, sentences: list[list[str]]) -> list[list[_Word]]:
        """The cached entries of every token of a document's sentences; the document's new
        words are added together (one gather and one sum for all their blocks)."""
        return cached_words(self._words, sentences, self._add_words)

    def _token_rows(self, sentences: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """(every token's row in the weight blocks, all sentences end to end; each sentence's
        length): what :meth:`_emissions_of` reads, with the cache handled as by :meth:`_lookup`,
        but no list of entries per sentence (one pass over the tokens in C)."""
        words = self._words
        toks = chain.from_iterable(sentences)
        new = set(toks).difference(words)
        if new:
            if len(words) + len(new) > _CACHE_LIMIT:
                words.clear()
                new = set(chain.from_iterable(sentences))
            self._add_words(sorted(new))
        lens = np.fromiter(map(len, sentences), dtype=np.intp, count=len(sentences))
        rows = np.fromiter(map(_ROW, map(words.__getitem__, chain.from_iterable(sentences))),
                           dtype=np.intp, count=int(lens.sum()))
        return rows, lens

    def _add_words(self, toks: list[str]) -> None:
        """Cache entries for distinct tokens not in the cache."""
        words = self._words
        dec = self.decoder
        row = len(words) + 1
        need = row + len(toks)
        if need > self._blocks.shape[1]:
            size = self._blocks.shape[1]
            while size < need:
                size *= 2
            grown = np.zeros((5, size, self._blocks.shape[2]))
            grown[:, :row] = self._blocks[:, :row]
            self._blocks = grown
            for name in ("_has_heads", "_is_second", "_bg_first", "_bg_second"):
                old = getattr(self, name)
                arr = np.full(size, 0 if old.dtype == bool else -1, dtype=old.dtype)
                arr[:row] = old[:row]
                setattr(self, name, arr)
        attrs = self.features._attrs_of
        get = dec.block_rows.get
        cm = self.common_margin
        by_row = self._by_row
        if len(by_row) < need:
            by_row.extend([None] * (need - len(by_row)))
        first = row
        idxs: list[list[int]] = []
        infos: list[_StrInfo] = []   # per word: the _str_info entry of its normalised form
        info, none = self._str_info.get, _NO_INFO
        any_heads: list[bool] = []
        arabic_rows = self._arabic_rows
        # (the all-Arabic-letters test of _arabic_word for every word in one map: most words
        # pass it, and only the others need the full test)
        plain_ar = map(_AR_WORD.fullmatch, toks)
        for tok, n, ar in zip(toks, normalize_words(toks), plain_ar, strict=True):   # one normalisation call
            if ar is not None or _arabic_word(tok):
                inf = info(n, none)
                idx, heads, stem = arabic_rows(n, inf)
            else:
                n, base, own, heads, stem = attrs(tok, n)
                inf = info(n, none)
                base += own
                idx = list(filter(None, map(get, base)))   # rows start at 1: None is unknown
            idxs.append(idx)
            infos.append(inf)
            # an ordinary word: the weights of the word itself (not its affixes or neighbours)
            # favour O; a word the model never saw is not one ("داعش" in 2007 news)
            margin = inf[6]
            if stem is None:
                stem = strip_proclitics(n)
            words[tok] = by_row[row] = (n, stem, heads, row, inf[7], margin is not None and margin > cm)
            any_heads.append(bool(heads))
            row += 1
        # the per-row columns, one slice assignment each
        self._bg_first[first:row] = [inf[8] for inf in infos]
        self._bg_second[first:row] = [inf[9] for inf in infos]
        self._has_heads[first:row] = any_heads
        self._is_second[first:row] = [inf[10] for inf in infos]
        # a word's block: its attributes' 5 x K blocks summed in attribute order, padded with
        # the all-zero row 0 (the same sums, in the same order, as word_features' five lists
        # through CrfDecoder.vector: the reduction adds whole blocks one after the other)
        for c in range(0, len(idxs), _BLOCK_BATCH):
            chunk = idxs[c : c + _BLOCK_BATCH]
            # the chunk's words, most rows first: column j then only adds to the words that
            # have a j-th row (a prefix), not the zero padding of the shorter ones
            lens = np.fromiter(map(len, chunk), dtype=np.intp, count=len(chunk))
            order = np.argsort(-lens, kind="stable")
            lens = lens[order]
            width = max(int(lens[0]), 1)
            # each word's rows in a row of the matrix, padded with row 0 (scattered from one
            # flat array: no padded list per word)
            flat = np.fromiter(chain.from_iterable(map(chunk.__getitem__, order.tolist())), dtype=np.intp,
                               count=int(lens.sum()))
            mat = np.full((len(chunk), width), _PAD_ROW, dtype=np.intp)
            mat[np.repeat(np.arange(len(chunk)), lens), np.arange(flat.size) - np.repeat(np.cumsum(lens) - lens, lens)] = flat
            # column by column into the output: each word's blocks added in attribute order, as
            # np.add.reduce over its gathered rows would (adding the zero padding changes no sum)
            out = np.take(dec.blocks5, mat[:, 0], axis=0)
            live = len(chunk)
            for j in range(1, width):
                while lens[live - 1] <= j:
                    live -= 1
                out[:live] += dec.blocks5.take(mat[:live, j], axis=0)
            self._blocks[:, first + c + order] = out.transpose(1, 0, 2)

    def _arabic_rows(self, n: str, n_info: _StrInfo | None = None) -> tuple[list[int], tuple[str, ...], str]:
        """(block rows, gazetteer heads, proclitic-stripped form) of a word of shape "A" whose
        normalised form is ``n``: the rows of FeatureExtractor._attrs_of's attributes (base
        then own), in its order, unknown ones left out, read by kind from the word's affixes
        (the same rows as looking up the attribute strings; tests/test_ner.py compares).
        The word's, its stem's and its proclitic splits' entries come from ``_str_info``,
        the affix rows of a long word from the caches of its first and last four letters
        (``n_info``: the entry of ``n``, when the caller has it)."""
        _w, _s, k1, k2, k3, p1, x1, p2, x2, p3, x3, _p4, _x4, sx3, sp3, cl_, gs, c_ = self._kind_rows
        sh_a, b_row, al_row = self._fixed_rows
        info = self._str_info.get
        none = _NO_INFO
        w_row, _sr, cl, gz_exact, cue, n_multi, _m, _b, _f, _s2, _sec = info(n, none) if n_info is None else n_info
        splits = proclitic_splits(n)
        stem = n
        s_row = al = sx = sp = pre_row = None
        heads: tuple[str, ...] = (n,) if n_multi else ()
        split_gz: set[str] | None = None
        if len(splits) > 1:
            # one pass over the splits: the stem (the first rest of MIN_SEARCH_STEM letters),
            # the rests' gazetteer types, the cue after a non-article proclitic, the heads
            stem_info = None
            for p, rest in splits[1:]:
                got = info(rest, none)
                if stem_info is None and len(rest) >= MIN_SEARCH_STEM:
                    stem, stem_info = rest, got
                if not gz_exact and got[3]:
                    if split_gz is None:
                        split_gz = set(got[3])
                    else:
                        split_gz.update(got[3])
                if cue is None and p in _NON_ARTICLE_PROCLITICS:
                    cue = got[4]
                if got[5]:
                    heads += (rest,)
            if stem_info is not None:
                s_row = stem_info[1]
                if not cl:
                    cl = stem_info[2]
                if len(stem) > 3:
                    sx, sp = sx3.get(stem[-3:]), sp3.get(stem[:3])
                prefix = n[: len(n) - len(stem)]
                pre_row = cl_.get(prefix)
                if n.startswith("ال") or prefix.endswith(("ال", "لل")):
                    al = al_row
        if stem is n and n.startswith("ال"):
            al = al_row
        k2r, k1r, k3r = cl if cl else (None, None, None)
        k = len(n)
        if k > 4:
            pre = self._prefix_rows.get(n[:4])
            if pre is None:
                pre = self._affix_rows(n[:4], self._prefix_rows, True)
            suf = self._suffix_rows.get(n[-4:])
            if suf is None:
                suf = self._affix_rows(n[-4:], self._suffix_rows, False)
            a1, b1, a2, b2, a3, b3, a4, b4 = pre[0], suf[0], pre[1], suf[1], pre[2], suf[2], pre[3], suf[3]
        else:   # the affixes of 1 .. 3 letters shorter than n
            a1 = b1 = a2 = b2 = a3 = b3 = a4 = b4 = None
            if k > 1:
                a1, b1 = p1.get(n[:1]), x1.get(n[-1:])
            if k > 2:
                a2, b2 = p2.get(n[:2]), x2.get(n[-2:])
            if k > 3:
                a3, b3 = p3.get(n[:3]), x3.get(n[-3:])
        # FeatureExtractor._attrs_of's order: the base attributes, then the word's own ones
        rows = [w_row, sh_a, s_row, k2r, al,
                *(self._g_rows_of(gz_exact) if gz_exact else ()),
                *([gs.get(t) for t in sorted(split_gz)] if split_gz else ()),
                c_.get(cue) if cue else None,
                b_row, self._len_rows[min(k, 7)], k1r, k3r, a1, b1, a2, b2, a3, b3, a4, b4, sx, sp, pre_row]
        return list(filter(None, rows)), heads, stem

    def _affix_rows(self, four: str, cache: dict[str, tuple[int | None, ...]],
                    prefix: bool) -> tuple[int | None, ...]:
        """Rows of the "p1=".."p4=" (or "x1=".."x4=") attributes of a word starting (ending)
        with the four letters ``four``, cached."""
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        kinds = self._kind_rows
        if prefix:
            got = (kinds[5].get(four[:1]), kinds[7].get(four[:2]), kinds[9].get(four[:3]), kinds[11].get(four))
        else:
            got = (kinds[6].get(four[-1:]), kinds[8].get(four[-2:]), kinds[10].get(four[-3:]), kinds[12].get(four))
        cache[four] = got
        return got

    def _g_rows_of(self, types: frozenset[str]) -> list[int | None]:
        got = self._g_rows.get(types)
        if got is None:
            get = self.decoder.block_rows.get
            got = self._g_rows[types] = [get(a) for a in self.features._g_attrs(types)]
        return got

    def _emissions(self, words: list[list[_Word]]):
        """Label scores for a batch of sentences, as one (rows x K) array of all sentences laid
        end to end, plus each sentence's first row and its length. Same attributes as
        FeatureExtractor.sentence: all sentences are laid end to end with two empty words
        between them, so the ±2 window never crosses a sentence boundary."""
        lens = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
        rows = np.fromiter(map(_ROW, chain.from_iterable(words)), dtype=np.intp, count=int(lens.sum()))
        return self._emissions_of(rows, lens)

    def _emissions_of(self, tok_rows: np.ndarray, lens: np.ndarray):
        """:meth:`_emissions` given every token's block row (sentences end to end) and the
        sentences' lengths."""
        # token j of sentence i sits at j + 2 (i + 1): two padding rows before each sentence
        # and two after the last (row _PAD_ROW = 0, the empty word)
        n_sent = len(lens)
        sent_of_tok = np.repeat(np.arange(n_sent, dtype=np.intp), lens)
        rows_arr = np.zeros(len(tok_rows) + 2 * n_sent + 2, dtype=np.intp)
        rows_arr[np.arange(len(tok_rows)) + 2 * (sent_of_tok + 1)] = tok_rows
        st = np.cumsum(lens) - lens + 2 * np.arange(1, n_sent + 1)   # each sentence's first row
        # (ndarray.take on each offset's contiguous rows: several times faster than fancy
        # indexing the rows' 5 x K blocks and adding strided views; the same sums in the same order)
        blk = self._blocks
        em = blk[0].take(rows_arr, axis=0)
        em[1:] += blk[2].take(rows_arr[:-1], axis=0)    # the previous word, seen from -1
        em[:-1] += blk[3].take(rows_arr[1:], axis=0)    # the next word, seen from +1
        em[2:] += blk[1].take(rows_arr[:-2], axis=0)
        em[:-2] += blk[4].take(rows_arr[2:], axis=0)
        em[st] += self._bos
        em[st + lens - 1] += self._eos
        # word bigrams: the (first, second) keys of adjacent rows, looked up in the model's sorted
        # pair keys (padding rows have no index, so no pair crosses a sentence boundary). Each
        # row gets at most one "bg-" (from the pair it ends) and one "bg+" (from the pair it
        # starts), the former first, as adding one pair at a time did.
        f = self._bg_first[rows_arr[:-1]]
        sc = self._bg_second[rows_arr[1:]]
        p = np.flatnonzero((f >= 0) & (sc >= 0))
        if len(p) and len(self._bg_keys):
            keys = f[p] * len(self._bg_seconds) + sc[p]
            pos = np.searchsorted(self._bg_keys, keys)
            pos[pos >= len(self._bg_keys)] = 0
            hit = self._bg_keys[pos] == keys
            p, pos = p[hit], pos[hit]
            m0 = self._bg_has[0][pos]
            em[p[m0] + 1] += self._bg_vec[0][pos[m0]]
            m1 = self._bg_has[1][pos]
            em[p[m1]] += self._bg_vec[1][pos[m1]]
        # multi-word gazetteer labels (as FeatureExtractor._gazetteer_spans: longest match, left
        # to right, never past the sentence's end), tried only at words that may start a name;
        # the padding between sentences (None) ends every match
        # (only where the next word is the second word of some name: at the other heads no
        # name can match, and most heads are ordinary words)
        at_heads = np.flatnonzero(self._has_heads[rows_arr[:-1]] & self._is_second[rows_arr[1:]]).tolist()
        if at_heads:
            # the word at each row position (None: padding), two more paddings past the end
            flat = list(map(self._by_row.__getitem__, rows_arr.tolist()))
            flat += (None, None)
            multi = self.features.multi
            size = len(flat)
            labelled: list[tuple[int, str]] = []
            nxt = 0
            seconds = self._multi_second
            for p in at_heads:
                if p < nxt:
                    continue
                w1 = flat[p + 1]
                if w1 is None:
                    continue      # every name here has two words or more: none ends at a boundary
                n1 = w1[0]
                for first in flat[p][2]:  # type: ignore[index]
                    if n1 not in seconds[first]:
                        continue  # no name with this head goes on with the next word ("في", "ان" ...)
                    for rest, types in multi[first]:
                        k = len(rest)
                        if p + k >= size:
                            continue
                        q = p + 1
                        for r in rest:
                            w = flat[q]
                            if w is None or w[0] != r:
                                break
                            q += 1
                        else:
                            t = min(types)
                            labelled.append((p, "B-" + t))
                            labelled.extend((j, "I-" + t) for j in range(p + 1, p + 1 + k))
                            nxt = p + 1 + k
                            break
                    if nxt > p:
                        break
            gvec = self._gaz_vector
            for j, g in labelled:
                em[j] += gvec("G=" + g)
                if flat[j + 1] is not None:
                    em[j + 1] += gvec("-1G=" + g)
                if flat[j - 1] is not None:
                    em[j - 1] += gvec("+1G=" + g)
        return em, st, lens

    def _gaz_vector(self, attr: str) -> np.ndarray:
        v = self._gaz_vectors.get(attr)
        if v is None:
            v = self._gaz_vectors[attr] = self.decoder.vector([attr])
        return v

    @staticmethod
    def _groups(lens: np.ndarray, sel: list[int] | None = None) -> list[np.ndarray]:
        """Sentences (all, or those in ``sel``) longest first, cut into groups padded to at
        most _GROUP_CELLS token positions each (a group holds one sentence at least): the
        padded arrays of a batch of documents stay small whatever its longest sentence."""
        idx = np.arange(len(lens)) if sel is None else np.asarray(sel, dtype=np.intp)
        if not len(idx):
            return []
        order = idx[np.argsort(-lens[idx], kind="stable")]
        ln = lens[order].tolist()
        out: list[np.ndarray] = []
        a = 0
        n = len(order)
        while a < n:
            # lengths descend: the group's first sentence is its longest; a sentence under
            # 1/_GROUP_SHRINK of it starts the next group (padding stays a small multiple of
            # the tokens, for a few more numpy steps)
            longest = ln[a]
            b = min(n, a + max(1, _GROUP_CELLS // max(longest, 1)))
            b = a + 1 + bisect_right([-x for x in ln[a + 1 : b]], -longest / _GROUP_SHRINK)
            out.append(order[a:b])
            a = b
        return out

    @staticmethod
    def _padded(decoded, group: np.ndarray, time_major: bool = False):
        """(len(group) x longest x K) emission scores of a group (longest first) and their
        lengths; positions past a sentence's end read the last (padding) row. ``time_major``:
        laid out (longest x len(group) x K) instead, as CrfDecoder.viterbi steps through them."""
        em, st, lens = decoded
        glens = lens[group]
        longest = int(glens[0])
        steps = np.arange(longest)[None, :]
        idx = st[group][:, None] + steps
        idx = np.where(steps < glens[:, None], idx, len(em) - 1)
        # (take: faster than fancy indexing, the same rows)
        return em.take(idx.T if time_major else idx, axis=0), glens

    def _decode(self, words: list[list[_Word]]):
        """(labels per sentence, (emission rows, first row per sentence, lengths)). The
        sentences may come from several documents: each is decoded on its own."""
        return self._decode_emissions(self._emissions(words))

    def _decode_emissions(self, decoded):
        """:meth:`_decode` given the sentences' :meth:`_emissions`."""
        labels: list[list[str]] = [[] for _ in range(len(decoded[2]))]
        for group in self._groups(decoded[2]):
            emt, glens = self._padded(decoded, group, time_major=True)
            for i, best in zip(group.tolist(), self.decoder.viterbi(emt, glens, time_major=True), strict=True):
                labels[i] = best
        return labels, decoded

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        """Labels (B-/I-TYPE or O) for one pre-tokenised sentence."""
        if not tokens:
            return []
        return self._decode([[self._word(t) for t in tokens]])[0][0]

    def label_document(
        self, words: list[list[_Word]]
    ) -> tuple[list[list[str]], list[list[str]], dict[tuple[int, int], float]]:
        """Tag a document's sentences: (tagger labels, labels after propagate_labels,
        {(sentence, first token): mean marginal of the tagged span})."""
        labels, propagated, decoded = self._label(words)
        return labels, propagated, self._span_scores(labels, decoded)

    def _label(self, words: list[list[_Word]], propagate: bool = True):
        """(tagger labels, labels after propagate_labels, what _span_scores needs);
        ``propagate`` False: the tagger's labels stand for both (the same lists)."""
        labels, decoded = self._decode(words)
        if not propagate:
            return labels, labels, decoded
        return labels, self._propagate(words, labels), decoded

    def _propagate(self, words: list[list[_Word]], labels: list[list[str]]) -> list[list[str]]:
        """propagate_labels over one document's sentences."""
        norms = [[w[0] for w in ws] for ws in words]
        stripped = [[w[1] for w in ws] for ws in words]
        common = {w[1] for ws in words for w in ws if w[5]}
        return propagate_labels(norms, labels, self.features.cues, stripped, common)

    def _span_scores(self, labels: list[list[str]], decoded, wanted: Collection[int] | None = None,
                     firsts: dict[int, Collection[int]] | None = None,
                     spans_of: dict[int, list[tuple[int, int, str]]] | None = None) -> dict[tuple[int, int], float]:
        """{(sentence, first token): mean marginal of the tagged span} for the tagged sentences
        (only those in ``wanted`` when given; only the spans starting at the tokens
        ``firsts[sentence]`` when given). ``spans_of``: bio_spans(labels[sentence]) where the
        caller has them already."""
        lens = decoded[2]
        o = "O"
        # marginals only for sentences with a name
        tagged_all = [i for i in (range(len(labels)) if wanted is None else sorted(wanted))
                      if labels[i].count(o) != len(labels[i])]
        scores: dict[tuple[int, int], float] = {}
        for group in self._groups(lens, tagged_all):
            tagged = group.tolist()
            spans: list[list[tuple[int, int, str]]] = []
            ranges: list[tuple[int, int]] = []
            for si in tagged:
                sp = spans_of[si] if spans_of is not None and si in spans_of else bio_spans(labels[si])
                if firsts is not None:
                    keep = firsts[si]
                    sp = [x for x in sp if x[0] in keep]
                spans.append(sp)
                # the tokens whose marginals are read
                ranges.append((sp[0][0], max(b for _a, b, _t in sp)) if sp else (0, 0))
            em, glens = self._padded(decoded, group)
            margs = self.decoder.marginals(em, glens, [labels[i] for i in tagged], ranges)
            for si, sp, (lo, _hi), mg in zip(tagged, spans, ranges, margs, strict=True):
                for a, b, _typ in sp:
                    scores[(si, a)] = sum(mg[a - lo : b - lo]) / (b - a)
        return scores

    def tag_document(self, sentences: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
        """(tagger labels, labels after propagation) for a document of pre-tokenised sentences."""
        keep = [i for i, s in enumerate(sentences) if s]
        if not keep:
            return [[] for _ in sentences], [[] for _ in sentences]
        a, b, _ = self.label_document(self._lookup([sentences[i] for i in keep]))
        ta: list[list[str]] = [[] for _ in sentences]
        tb: list[list[str]] = [[] for _ in sentences]
        for k, i in enumerate(keep):
            ta[i], tb[i] = a[k], b[k]
        return ta, tb

    def predict(self, text: str, needs_score: Callable[[NerSpan], bool] | None = None,
                min_score: float = 0.0) -> list[NerSpan]:
        """Names in ``text``. ``needs_score``: a caller that reads the score of only some spans
        says which (given each span with a provisional score); the CRF marginals, the costly
        part of a score, are then computed for those spans' sentences only, and the other
        spans found by the tagger get a NaN score. Labels and offsets do not change.
        ``min_score``: a caller that drops spans scoring below it; spans known to score below
        it before any marginal is computed (those only found by propagation, when
        PROPAGATED_SCORE is lower) are then not looked for."""
        return self.predict_many([text], [needs_score], min_score)[0]

    def predict_many(self, texts: list[str],
                     needs_score: list[Callable[[NerSpan], bool] | None] | None = None,
                     min_score: float = 0.0) -> list[list[NerSpan]]:
        """:meth:`predict` for several documents at once (``needs_score``: one per text, or
        None): the same spans and scores, but the sentences of all the texts are decoded
        together, so numpy's per-call cost of each Viterbi / forward-backward step is paid
        once per batch instead of once per document. Propagation stays per document."""
        if needs_score is None:
            needs_score = [None] * len(texts)
        # per text: (sentence start, tokens) of its sentences with an Arabic letter
        bounds_of: list[list[tuple[int, list[str]]]] = []
        for text in texts:
            bounds: list[tuple[int, list[str]]] = []
            if text and _ARABIC_LETTER.search(text):   # no Arabic: the model was trained on Arabic only
                for sent in split_sentences(text):
                    if not _ARABIC_LETTER.search(text, sent.start, sent.end):
                        continue
                    toks = tokenize(text, sent.start, sent.end)
                    if toks:
                        bounds.append((sent.start, toks))
            bounds_of.append(bounds)
        results: list[list[NerSpan]] = [[] for _ in texts]
        all_toks = [toks for bounds in bounds_of for _s, toks in bounds]
        if not all_toks:
            return results
        propagate = PROPAGATED_SCORE >= min_score
        plain, decoded = self._decode_emissions(self._emissions_of(*self._token_rows(all_toks)))
        labels = plain
        if propagate:
            get = self._words.__getitem__   # (every token is in the cache now)
            words = [list(map(get, toks)) for toks in all_toks]
            labels = []
            first = 0
            for bounds in bounds_of:
                last = first + len(bounds)
                if last > first:
                    labels += self._propagate(words[first:last], plain[first:last])
                first = last
        # sentence indices below are over all texts (text k's sentences follow text k - 1's)
        keys: list[tuple[int, int]] = []
        outs: list[NerSpan] = []
        doc_of: list[int] = []
        span_cache: dict[int, list[tuple[int, int, str]]] = {}   # sentence -> bio_spans(labels)
        o = "O"
        si = 0
        for d, (text, bounds) in enumerate(zip(texts, bounds_of, strict=True)):
            for bound in bounds:
                labs = labels[si]
                if labs.count(o) == len(labs):
                    si += 1
                    continue
                # offsets only where there is a name: tokens are in order with only spaces or
                # dropped marks between them, so each is the next occurrence of its string
                pos, toks = bound
                spans = span_cache[si] = bio_spans(labs)
                find = text.find
                # each token's start only (its end and text follow from the token): no tuple
                # per token, most tokens are no span's first or last
                tok_at: list[int] = []
                add = tok_at.append
                for t in toks[: spans[-1][1]]:    # up to the last span's last token
                    pos = find(t, pos)
                    add(pos)
                    pos += len(t)
                for a, b, typ in spans:
                    end = tok_at[b - 1] + len(toks[b - 1])
                    if typ not in TYPES or not _ARABIC_LETTER.search(text, tok_at[a], end):
                        continue
                    start = self._trim_proclitic(tok_at[a], toks[a])
                    # a span only found by propagation gets a fixed, modest score
                    sp = NerSpan(start, end, typ, text[start:end], PROPAGATED_SCORE)
                    results[d].append(sp)
                    outs.append(sp)
                    keys.append((si, a))
                    doc_of.append(d)
                si += 1
        # a span starting where the tagger's own span starts is scored by the marginals
        starts: dict[int, set[int]] = {}
        plain_spans: dict[int, list[tuple[int, int, str]]] = {}   # sentence -> bio_spans(plain), when not in span_cache
        scored: list[int] = []
        wanted: dict[int, set[int]] = {}   # sentence -> first tokens of the spans to score
        for k, (sp, (si, a)) in enumerate(zip(outs, keys, strict=True)):
            firsts = starts.get(si)
            if firsts is None:
                # propagation hands back the tagger's own list where it changed nothing
                if plain[si] is labels[si]:
                    sp_plain = span_cache[si]
                else:
                    sp_plain = plain_spans[si] = bio_spans(plain[si])
                firsts = starts[si] = {x for x, _b, _t in sp_plain}
            if a not in firsts:
                continue
            ask = needs_score[doc_of[k]]
            if ask is None or ask(sp):
                scored.append(k)
                wanted.setdefault(si, set()).add(a)
            else:
                sp.score = math.nan
        if scored:
            for si in wanted:
                if si not in plain_spans:
                    plain_spans[si] = span_cache[si]   # plain[si] is labels[si]
            scores = self._span_scores(plain, decoded, wanted, wanted, plain_spans)
            for k in scored:
                outs[k].score = round(scores[keys[k]], 4)
        return results

    def _trim_proclitic(self, start: int, tok: str) -> int:
        """Move the start past a conjunction/preposition glued to a known name ("بدمشق" ->
        "دمشق"), only when the bare form is in the gazetteer and the whole token is not, so
        names such as "بغداد" keep their first letter."""
        shift = self._trim.get(tok)
        if shift is None:
            if len(self._trim) >= _CACHE_LIMIT:
                self._trim.clear()
            shift = 0
            n, offsets = normalize_with_map(tok)
            single = self.features.single
            if n not in single:
                for p, rest in proclitic_splits(n)[1:]:
                    if p in _NON_ARTICLE_PROCLITICS and rest in single:
                        shift = offsets[len(p)]
                        break
            self._trim[tok] = shift
        return start + shift


def extractor_for(model_dir: Path) -> FeatureExtractor:
    """Feature extractor with the gazetteer and cue files beside a model (or the packaged ones)."""
    packaged = default_model_dir()

    def pick(name: str) -> Path:
        return model_dir / name if (model_dir / name).exists() else packaged / name

    return FeatureExtractor(
        load_gazetteer(pick(GAZETTEER_FILE)), load_cues(pick(CUES_FILE)), load_clusters(pick(CLUSTERS_FILE))
    )
