"""Statistical Arabic named-entity recogniser (linear-chain CRF, python-crfsuite).

Finds PERS / LOC / ORG / MISC names that no list holds. The model is trained by
``python -m rasd.knowledge.ner_train`` on ANERcorp (see rasd/data/models/README.md); this
module holds the feature function shared by training and inference, so both see exactly
the same features, and the fast inference API:

    model = NerModel.load()
    for span in model.predict(text):   # offsets into ``text``
        ...

Beside the model file live two small data files the features read: ``ner_gazetteer.tsv``
(names derived from ANERGazet) and ``ner_cues.tsv`` (title / place / organisation cue words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.sentences import split_sentences
from rasd.text.tokens import proclitic_splits, strip_proclitics

MODEL_FILE = "ner.crfsuite"
GAZETTEER_FILE = "ner_gazetteer.tsv"
CUES_FILE = "ner_cues.tsv"
CLUSTERS_FILE = "ner_clusters.tsv"
TYPES = ("PERS", "LOC", "ORG", "MISC")

# A word is a run of letters/digits with any Arabic diacritics, tatweel or joiners inside it
# ("مُحَمَّد" stays one token); every other non-space character is a token of its own, the way
# ANERcorp separates punctuation. Arabic punctuation (، ؛ ؟) is therefore never glued to a word.
TOKEN_RE = re.compile(
    r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200c\u200d])+|[^\w\s]|_"
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_LATIN = re.compile(r"[A-Za-z]")
# Proclitics that are not the article: a name may be glued to them ("بدمشق", "وحلب").
_NON_ARTICLE_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
_CACHE_LIMIT = 300_000


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
        if any(c.isdigit() for c in tok):
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


def _len_bucket(n: str) -> str:
    k = len(n)
    return str(k) if k <= 4 else ("6" if k <= 6 else "7")


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

    # ---- word level -------------------------------------------------------------------
    def _word(self, tok: str) -> tuple[str, tuple[list[str], ...], tuple[str, ...]]:
        """(normalised form, (own attributes, as seen from -2, -1, +1, +2), gazetteer heads)."""
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        n = normalize(tok)
        shape = _shape(tok)
        stem = strip_proclitics(n) if shape == "A" else n
        base = ["w=" + n, "sh=" + shape]
        own = ["b", "len=" + _len_bucket(n)]
        heads: tuple[str, ...] = ()
        if stem != n:
            base.append("s=" + stem)
        cl = self.clusters.get(n) or self.clusters.get(stem)
        if cl:
            base.append("k2=" + cl[1])
            own.append("k1=" + cl[0])
            own.append("k3=" + cl[2])
        if shape == "A":
            for k in (1, 2, 3, 4):
                if len(n) > k:
                    own.append(f"p{k}={n[:k]}")
                    own.append(f"x{k}={n[-k:]}")
            if len(stem) > 3 and stem != n:
                own.append("sx3=" + stem[-3:])
                own.append("sp3=" + stem[:3])
            prefix = n[: len(n) - len(stem)]
            if prefix:
                own.append("cl=" + prefix)
            if n.startswith("ال") or prefix.endswith("ال") or prefix.endswith("لل"):
                base.append("al")
            gz_exact = self.single.get(n)
            if gz_exact:
                base.extend("g=" + t for t in sorted(gz_exact))
            cue = self.cues.get(n)
            split_gz: set[str] = set()
            splits = proclitic_splits(n)
            for p, rest in splits[1:]:
                if not gz_exact:
                    split_gz.update(self.single.get(rest, ()))
                if cue is None and p in _NON_ARTICLE_PROCLITICS:
                    cue = self.cues.get(rest)
            base.extend("gs=" + t for t in sorted(split_gz))
            if cue:
                base.append("c=" + cue)
            heads = tuple(rest for _p, rest in splits if rest in self.multi)
        elif shape == "P":
            own.append("punct")
        elif shape in ("L", "Lc", "LU"):
            heads = (n,) if n in self.multi else ()
        feats = [base + own] + [[f"{off}{f}" for f in base] for off in ("-2", "-1", "+1", "+2")]
        if self.known is not None:
            known = self.known
            feats = [[f for f in fl if f in known] for fl in feats]
        entry = (n, tuple(feats), heads)
        self._cache[tok] = entry
        return entry

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
_MIN_PROPAGATE = 3


def propagate_labels(
    norms: list[list[str]], labels: list[list[str]], cues: dict[str, str]
) -> list[list[str]]:
    """One sense per document: a name the model tagged somewhere in a document is tagged
    where else it recurs untagged ("شينزو ابيه" ... "وقال ابيه").

    Keys are the tagged token sequences with the first token's proclitics stripped, plus the
    last token of a multi-token person name (the surname). A key seen with two types, a key
    that is a cue word or shorter than 3 letters, or a match overlapping a tagged token, is
    not used. ``norms``: normalised tokens per sentence; returns new label lists.
    """
    found: dict[tuple[str, ...], set[str]] = {}
    for sn, sl in zip(norms, labels, strict=True):
        for a, b, typ in bio_spans(sl):
            key = (strip_proclitics(sn[a]), *sn[a + 1 : b])
            found.setdefault(key, set()).add(typ)
            if typ == "PERS" and b - a >= 2:
                found.setdefault((strip_proclitics(sn[b - 1]),), set()).add(typ)
    by_head: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, types in found.items():
        if len(types) != 1 or len(key[0]) < _MIN_PROPAGATE or not _ARABIC_LETTER.search(key[0]):
            continue
        if len(key) == 1 and key[0] in cues:
            continue
        by_head.setdefault(key[0], []).append((key, next(iter(types))))
    if not by_head:
        return labels
    for lst in by_head.values():
        lst.sort(key=lambda x: -len(x[0]))
    out = []
    for sn, sl in zip(norms, labels, strict=True):
        new = list(sl)
        i = 0
        while i < len(sn):
            cands = by_head.get(strip_proclitics(sn[i])) if new[i] == "O" else None
            step = 1
            for key, typ in cands or ():
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
                    step = k
                    break
            i += step
        out.append(new)
    return out


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """CoNLL-style chunks [(first token, last token + 1, type)]; an I- after O or after
    another type starts a new chunk (as conlleval does)."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate(labels):
        if lab == "O" or not lab:
            if start >= 0:
                out.append((start, i, typ))
            start, typ = -1, ""
            continue
        bio, _, t = lab.partition("-")
        if bio == "B" or t != typ or start < 0:
            if start >= 0:
                out.append((start, i, typ))
            start, typ = i, t
    if start >= 0:
        out.append((start, len(labels), typ))
    return out


def tokenize_with_offsets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Tokens of text[start:end] as (start, end, surface); tokens that normalise to nothing
    (stray RLM/LRM marks, tatweel) are dropped."""
    out = []
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        tok = m.group()
        if len(tok) == 1 and not normalize(tok):
            continue
        out.append((m.start(), m.end(), tok))
    return out


class NerModel:
    def __init__(self, tagger: object, extractor: FeatureExtractor) -> None:
        self._tagger = tagger
        self.features = extractor

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
        extractor = extractor_for(model_path.parent)
        # Only attributes with a weight matter: dropping the rest up front makes tagging faster.
        extractor.known = frozenset(a for a, _label in tagger.info().state_features)
        return cls(tagger, extractor)

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        """Labels (B-/I-TYPE or O) for one pre-tokenised sentence."""
        if not tokens:
            return []
        return list(self._tagger.tag(self.features.sentence(tokens)))

    def predict(self, text: str) -> list[NerSpan]:
        if not text or not _ARABIC_LETTER.search(text):
            return []  # no Arabic: the model was trained on Arabic only, invent nothing
        tagger = self._tagger
        sents: list[list[tuple[int, int, str]]] = []
        labels: list[list[str]] = []
        scores: dict[tuple[int, int], float] = {}
        for sent in split_sentences(text):
            if not _ARABIC_LETTER.search(text, sent.start, sent.end):
                continue
            toks = tokenize_with_offsets(text, sent.start, sent.end)
            if not toks:
                continue
            labs = tagger.tag(self.features.sentence([t[2] for t in toks]))
            for a, b, _typ in bio_spans(labs):
                scores[(len(sents), a)] = sum(tagger.marginal(labs[k], k) for k in range(a, b)) / (b - a)
            sents.append(toks)
            labels.append(labs)
        word = self.features._word   # cached: the same tokens were just featurised
        norms = [[word(t[2])[0] for t in toks] for toks in sents]
        labels = propagate_labels(norms, labels, self.features.cues)
        out: list[NerSpan] = []
        for si, (toks, labs) in enumerate(zip(sents, labels, strict=True)):
            for a, b, typ in bio_spans(labs):
                if typ not in TYPES or not _ARABIC_LETTER.search(text, toks[a][0], toks[b - 1][1]):
                    continue
                # a span only found by propagation gets a fixed, modest score
                score = scores.get((si, a), PROPAGATED_SCORE)
                start = self._trim_proclitic(toks[a][0], toks[a][2])
                end = toks[b - 1][1]
                out.append(NerSpan(start, end, typ, text[start:end], round(score, 4)))
        return out

    def _trim_proclitic(self, start: int, tok: str) -> int:
        """Move the start past a conjunction/preposition glued to a known name ("بدمشق" ->
        "دمشق"), only when the bare form is in the gazetteer and the whole token is not, so
        names such as "بغداد" keep their first letter."""
        n, offsets = normalize_with_map(tok)
        single = self.features.single
        if n in single:
            return start
        for p, rest in proclitic_splits(n)[1:]:
            if p in _NON_ARTICLE_PROCLITICS and rest in single:
                return start + offsets[len(p)]
        return start


def extractor_for(model_dir: Path) -> FeatureExtractor:
    """Feature extractor with the gazetteer and cue files beside a model (or the packaged ones)."""
    packaged = default_model_dir()

    def pick(name: str) -> Path:
        return model_dir / name if (model_dir / name).exists() else packaged / name

    return FeatureExtractor(
        load_gazetteer(pick(GAZETTEER_FILE)), load_cues(pick(CUES_FILE)), load_clusters(pick(CLUSTERS_FILE))
    )
