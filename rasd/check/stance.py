"""Stance of an article towards a claim: agree / disagree / discuss / unrelated, with rationale.

A fast, transparent model (no pretrained language model): hand-built features of the
(claim, article) pair, fed to two multinomial logistic regressions trained on the unifiedfc
corpus (Baly et al., NAACL 2018):

1. related vs unrelated: how much of the claim (IDF-weighted, clitic-stripped terms, word
   pairs, numbers, its rarest terms) the article and its best-matching sentences cover;
2. agree / disagree / discuss for related pairs: the same overlap features plus denial,
   support, hedging and negation cues (rasd/data/lexicons/stance_cues.yaml) in the
   sentences that match the claim best, and optionally a hashed bag of words of those sentences.

The rationale is the sentences that match the claim best; for "disagree" the best-matching
sentences that carry a denial cue come first. The model is stored as JSON (weights, feature
names, IDF vocabulary), never as a pickle.
"""

from __future__ import annotations

import bisect
import json
import math
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from rasd.records import Span
from rasd.text.sentences import split_sentences
from rasd.text.tokens import search_terms

LABELS: tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")
RELATED_LABELS: tuple[str, ...] = ("agree", "disagree", "discuss")
MODEL_FORMAT = "rasd-stance/1"
MAX_SENTENCES = 400          # scraped pages can be huge; the claim is discussed early if at all
TOP_K = 3                    # sentences whose cues are read
DEFAULT_MODEL = "stance.json"


# ---- text units --------------------------------------------------------------------------
@dataclass(slots=True)
class Sentence:
    start: int               # character offsets into the article
    end: int
    line: int                # 0-based line of the article the sentence starts on
    terms: list[str]         # normalised, clitic-stripped
    question: bool = False   # ends with ? or ؟


@dataclass(slots=True)
class Article:
    """An article tokenised once; features for any claim are computed from it."""

    text: str
    sentences: list[Sentence]
    term_counts: Counter[str]
    n_terms: int
    cue_counts: list[dict[str, int]] = field(default_factory=list)   # per sentence
    bigrams: list[set[tuple[str, str]]] = field(default_factory=list)


def _terms(text: str) -> list[str]:
    return [t for t in search_terms(text) if t]


def prepare_article(text: str) -> Article:
    text = text or ""
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    sentences: list[Sentence] = []
    for sp in split_sentences(text)[:MAX_SENTENCES]:
        seg = text[sp.start:sp.end]
        terms = _terms(seg)
        if not terms:
            continue
        line = bisect.bisect_left(newlines, sp.start)
        sentences.append(Sentence(sp.start, sp.end, line, terms, seg.rstrip()[-1:] in ("?", "؟")))
    counts: Counter[str] = Counter()
    for s in sentences:
        counts.update(s.terms)
    cues = cue_lexicon()
    return Article(
        text=text,
        sentences=sentences,
        term_counts=counts,
        n_terms=sum(counts.values()),
        cue_counts=[cues.count(s.terms) for s in sentences],
        bigrams=[set(zip(s.terms, s.terms[1:], strict=False)) for s in sentences],
    )


# ---- cue lexicon -------------------------------------------------------------------------
class CueLexicon:
    """Phrases of stance_cues.yaml as term tuples, matched on clitic-stripped terms."""

    GROUPS = ("denial", "support", "doubt", "negation")

    def __init__(self, groups: dict[str, list[str]]) -> None:
        self.single: dict[str, set[str]] = {}
        self.multi: dict[str, list[tuple[str, ...]]] = {}
        for g in self.GROUPS:
            singles: set[str] = set()
            multis: list[tuple[str, ...]] = []
            for phrase in groups.get(g, []) or []:
                ts = tuple(_terms(str(phrase)))
                if len(ts) == 1:
                    singles.add(ts[0])
                elif ts:
                    multis.append(ts)
            self.single[g] = singles
            self.multi[g] = multis

    def count(self, terms: Sequence[str]) -> dict[str, int]:
        out = {}
        for g in self.GROUPS:
            n = sum(1 for t in terms if t in self.single[g])
            for ph in self.multi[g]:
                k = len(ph)
                n += sum(1 for i in range(len(terms) - k + 1) if tuple(terms[i:i + k]) == ph)
            out[g] = n
        return out


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    raw = resources.files("rasd.data").joinpath("lexicons/stance_cues.yaml").read_text("utf-8")
    return CueLexicon(yaml.safe_load(raw))


# ---- IDF -----------------------------------------------------------------------------------
@dataclass(slots=True)
class Idf:
    n_docs: int
    df: dict[str, int]

    def __call__(self, term: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + 1.0

    @classmethod
    def fit(cls, articles: Iterable[Article], min_df: int = 2) -> Idf:
        df: Counter[str] = Counter()
        n = 0
        for a in articles:
            n += 1
            df.update(a.term_counts.keys())
        return cls(n, {t: c for t, c in df.items() if c >= min_df})


# ---- features ------------------------------------------------------------------------------
FEATURE_NAMES: tuple[str, ...] = (
    "bias_related_rarity",     # mean idf of claim terms / max idf (specific vs generic claim)
    "art_cov", "art_cos", "art_bigram", "art_rare3",
    "best_cov", "best_cos", "best_bigram", "second_cov", "top3_cov",
    "n_cov50", "n_cov30", "best_pos", "best_first3",
    "head_cov", "num_has", "num_art", "num_best",
    "claim_len", "art_len", "n_sent",
    "top_denial", "top_support", "top_doubt", "top_negation", "top_question",
    "neg_mismatch", "claim_negation", "claim_denial",
    "denial_near", "support_near", "doubt_near", "art_denial", "art_doubt",
    "cov_x_denial", "best_cov_sq", "art_cov_sq",
    "win3_cov", "rare_cov", "best_rare_cov",
)


@dataclass(slots=True)
class PairAnalysis:
    features: np.ndarray
    ranked: list[int]            # sentence indices, best match first
    coverage: list[float]        # per sentence
    bow: dict[int, float]        # hashed bag of words of the best sentences (may be empty)


def _is_number(t: str) -> bool:
    return t.isdigit()


def analyse_pair(claim: str, art: Article, idf: Idf, bow_dim: int = 0) -> PairAnalysis:
    cues = cue_lexicon()
    cterms = _terms(claim)
    uniq = list(dict.fromkeys(t for t in cterms if len(t) > 1 or t.isdigit()))
    n_s = len(art.sentences)
    f = dict.fromkeys(FEATURE_NAMES, 0.0)
    if not uniq or not n_s:
        return PairAnalysis(np.array([f[n] for n in FEATURE_NAMES], dtype=float), [], [0.0] * n_s, {})

    w = {t: idf(t) for t in uniq}
    wsum = sum(w.values())
    max_idf = idf("\0never-seen\0")
    cbigrams = set(zip(cterms, cterms[1:], strict=False))
    numbers = [t for t in uniq if _is_number(t)]
    rare3 = sorted(uniq, key=lambda t: -w[t])[:3]
    cvec_norm = math.sqrt(sum(v * v for v in w.values()))

    cov: list[float] = []
    cos: list[float] = []
    big: list[float] = []
    for s, bg in zip(art.sentences, art.bigrams, strict=True):
        sset = set(s.terms)
        cov.append(sum(w[t] for t in uniq if t in sset) / wsum)
        tf = Counter(s.terms)
        dot = sum(w[t] * tf[t] * w[t] for t in uniq if t in tf)
        snorm = math.sqrt(sum((c * idf(t)) ** 2 for t, c in tf.items()))
        cos.append(dot / (cvec_norm * snorm) if snorm else 0.0)
        big.append(len(cbigrams & bg) / len(cbigrams) if cbigrams else 0.0)

    ranked = sorted(range(n_s), key=lambda i: (-(cov[i] + 0.5 * cos[i] + 0.25 * big[i]), i))
    b = ranked[0]
    top = ranked[:TOP_K]

    aset = art.term_counts
    f["bias_related_rarity"] = (wsum / len(uniq)) / max_idf
    f["art_cov"] = sum(w[t] for t in uniq if t in aset) / wsum
    dot = sum(w[t] * aset[t] * w[t] for t in uniq if t in aset)
    anorm = math.sqrt(sum((c * idf(t)) ** 2 for t, c in aset.items()))
    f["art_cos"] = dot / (cvec_norm * anorm) if anorm else 0.0
    all_bigrams = set().union(*art.bigrams) if art.bigrams else set()
    f["art_bigram"] = len(cbigrams & all_bigrams) / len(cbigrams) if cbigrams else 0.0
    f["art_rare3"] = sum(1 for t in rare3 if t in aset) / len(rare3)
    f["best_cov"] = cov[b]
    f["best_cos"] = cos[b]
    f["best_bigram"] = big[b]
    f["second_cov"] = cov[ranked[1]] if n_s > 1 else 0.0
    f["top3_cov"] = sum(cov[i] for i in top) / len(top)
    f["n_cov50"] = math.log1p(sum(1 for c in cov if c >= 0.5))
    f["n_cov30"] = math.log1p(sum(1 for c in cov if c >= 0.3))
    f["best_pos"] = b / n_s
    f["best_first3"] = float(art.sentences[b].line < 3)
    f["head_cov"] = max(cov[:2])
    if numbers:
        f["num_has"] = 1.0
        f["num_art"] = sum(1 for t in numbers if t in aset) / len(numbers)
        bset = set(art.sentences[b].terms)
        f["num_best"] = sum(1 for t in numbers if t in bset) / len(numbers)
    f["claim_len"] = math.log1p(len(uniq))
    f["art_len"] = math.log1p(art.n_terms)
    f["n_sent"] = math.log1p(n_s)
    cc = cues.count(cterms)
    f["claim_negation"] = float(cc["negation"] > 0)
    f["claim_denial"] = float(cc["denial"] > 0)
    for g in ("denial", "support", "doubt", "negation"):
        f["top_" + g] = math.log1p(sum(art.cue_counts[i][g] for i in top))
    f["top_question"] = float(any(art.sentences[i].question for i in top))
    f["neg_mismatch"] = float((art.cue_counts[b]["negation"] > 0) != (cc["negation"] > 0))
    f["denial_near"] = max(cov[i] * (art.cue_counts[i]["denial"] > 0) for i in range(n_s))
    f["support_near"] = max(cov[i] * (art.cue_counts[i]["support"] > 0) for i in range(n_s))
    f["doubt_near"] = max(cov[i] * (art.cue_counts[i]["doubt"] > 0) for i in range(n_s))
    per_k = 1000.0 / max(art.n_terms, 1)
    f["art_denial"] = math.log1p(per_k * sum(c["denial"] for c in art.cue_counts))
    f["art_doubt"] = math.log1p(per_k * sum(c["doubt"] for c in art.cue_counts))
    f["cov_x_denial"] = cov[b] * f["top_denial"]
    f["best_cov_sq"] = cov[b] ** 2
    f["art_cov_sq"] = f["art_cov"] ** 2
    # claim content spread over neighbouring sentences (a report that paraphrases across sentences)
    win_best = 0.0
    for i in range(n_s):
        win = set().union(*(art.sentences[j].terms for j in range(i, min(i + 3, n_s))))
        win_best = max(win_best, sum(w[t] for t in uniq if t in win) / wsum)
        if win_best >= 1.0:
            break
    f["win3_cov"] = win_best
    # rare terms (names, places) weigh more: idf squared
    w2sum = sum(v * v for v in w.values())
    f["rare_cov"] = sum(w[t] ** 2 for t in uniq if t in aset) / w2sum
    bset = set(art.sentences[b].terms)
    f["best_rare_cov"] = sum(w[t] ** 2 for t in uniq if t in bset) / w2sum

    bow: dict[int, float] = {}
    if bow_dim:
        for i in top:
            for t in art.sentences[i].terms:
                bow[zlib.crc32(t.encode("utf-8")) % bow_dim] = 1.0
        norm = math.sqrt(len(bow)) or 1.0
        bow = {k: v / norm for k, v in bow.items()}
    return PairAnalysis(np.array([f[n] for n in FEATURE_NAMES], dtype=float), ranked, cov, bow)


# ---- logistic regression (numpy + scipy L-BFGS) -----------------------------------------------
def fit_softmax(X: np.ndarray, y: np.ndarray, n_classes: int, l2: float = 1.0,
                class_weight: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression with L2 on the weights (not the bias). Returns (W, b)."""
    from scipy.optimize import minimize

    n, d = X.shape
    sw = np.ones(n) if class_weight is None else class_weight[y]
    sw = sw / sw.sum()
    Y = np.zeros((n, n_classes))
    Y[np.arange(n), y] = 1.0

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        W = theta[: d * n_classes].reshape(d, n_classes)
        b = theta[d * n_classes:]
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
        val = -(sw * (logp * Y).sum(axis=1)).sum() + 0.5 * l2 * (W * W).sum() / n
        G = (np.exp(logp) - Y) * sw[:, None]
        gW = X.T @ G + l2 * W / n
        gb = G.sum(axis=0)
        return float(val), np.concatenate([gW.ravel(), gb])

    theta0 = np.zeros(d * n_classes + n_classes)
    res = minimize(loss, theta0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    W = res.x[: d * n_classes].reshape(d, n_classes)
    return W, res.x[d * n_classes:]


def _softmax(Z: np.ndarray) -> np.ndarray:
    Z = Z - Z.max(axis=-1, keepdims=True)
    E = np.exp(Z)
    return E / E.sum(axis=-1, keepdims=True)


def balanced_weights(y: np.ndarray, n_classes: int, power: float = 1.0) -> np.ndarray:
    counts = np.bincount(y, minlength=n_classes).astype(float)
    counts[counts == 0] = 1.0
    return (counts.sum() / (n_classes * counts)) ** power


# ---- the model -----------------------------------------------------------------------------
@dataclass
class StanceModel:
    idf: Idf
    mean: np.ndarray
    std: np.ndarray
    rel_W: np.ndarray            # (d, 2): columns unrelated, related
    rel_b: np.ndarray
    st_W: np.ndarray             # (d, 3): agree, disagree, discuss
    st_b: np.ndarray
    bow_dim: int = 0
    meta: dict[str, Any] = field(default_factory=dict)

    def _matrix(self, pairs: Sequence[PairAnalysis]) -> np.ndarray:
        X = np.vstack([p.features for p in pairs]) if pairs else np.zeros((0, len(FEATURE_NAMES)))
        X = (X - self.mean) / self.std
        if self.bow_dim:
            B = np.zeros((len(pairs), self.bow_dim))
            for r, p in enumerate(pairs):
                for k, v in p.bow.items():
                    B[r, k] = v
            X = np.hstack([X, B])
        return X

    def proba(self, pairs: Sequence[PairAnalysis]) -> np.ndarray:
        """(n, 4) probabilities in LABELS order."""
        X = self._matrix(pairs)
        d0 = len(FEATURE_NAMES)
        p_rel = _softmax(X[:, :d0] @ self.rel_W + self.rel_b)[:, 1]
        q = _softmax(X @ self.st_W + self.st_b)
        return np.hstack([q * p_rel[:, None], (1 - p_rel)[:, None]])

    # JSON: small, diffable, no code execution on load
    def to_json(self) -> dict[str, Any]:
        r = lambda a: np.round(np.asarray(a, dtype=float), 6).tolist()  # noqa: E731
        return {
            "format": MODEL_FORMAT, "labels": list(LABELS), "features": list(FEATURE_NAMES),
            "bow_dim": self.bow_dim, "mean": r(self.mean), "std": r(self.std),
            "related": {"classes": ["unrelated", "related"], "W": r(self.rel_W), "b": r(self.rel_b)},
            "stance": {"classes": list(RELATED_LABELS), "W": r(self.st_W), "b": r(self.st_b)},
            "idf": {"n_docs": self.idf.n_docs, "df": dict(sorted(self.idf.df.items()))},
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> StanceModel:
        if obj.get("format") != MODEL_FORMAT or obj.get("features") != list(FEATURE_NAMES):
            raise ValueError("stance model was trained with other features; retrain with rasd.check.train")
        a = lambda v: np.asarray(v, dtype=float)  # noqa: E731
        return cls(Idf(int(obj["idf"]["n_docs"]), {k: int(v) for k, v in obj["idf"]["df"].items()}),
                   a(obj["mean"]), a(obj["std"]), a(obj["related"]["W"]), a(obj["related"]["b"]),
                   a(obj["stance"]["W"]), a(obj["stance"]["b"]), int(obj.get("bow_dim", 0)), obj.get("meta", {}))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")), "utf-8")


@dataclass(slots=True)
class TrainPair:
    claim: str
    article: Article
    label: str


def train(pairs: Sequence[TrainPair], l2_related: float = 1.0, l2_stance: float = 1.0,
          bow_dim: int = 0, weight_power: float = 1.0, idf: Idf | None = None) -> StanceModel:
    """Train both stages on (claim, article, label) pairs. IDF comes from the training articles."""
    if idf is None:
        seen: dict[int, Article] = {}
        for p in pairs:
            seen[id(p.article)] = p.article
        idf = Idf.fit(seen.values())
    analysed = [analyse_pair(p.claim, p.article, idf, bow_dim) for p in pairs]
    X = np.vstack([a.features for a in analysed])
    mean, std = X.mean(axis=0), X.std(axis=0)
    std[std < 1e-9] = 1.0
    model = StanceModel(idf, mean, std, np.zeros((len(FEATURE_NAMES), 2)), np.zeros(2),
                        np.zeros((len(FEATURE_NAMES) + bow_dim, 3)), np.zeros(3), bow_dim)
    Xs = model._matrix(analysed)
    d0 = len(FEATURE_NAMES)
    y_rel = np.array([int(p.label != "unrelated") for p in pairs])
    model.rel_W, model.rel_b = fit_softmax(Xs[:, :d0], y_rel, 2, l2_related, balanced_weights(y_rel, 2, weight_power))
    idx = [i for i, p in enumerate(pairs) if p.label != "unrelated"]
    y_st = np.array([RELATED_LABELS.index(pairs[i].label) for i in idx])
    model.st_W, model.st_b = fit_softmax(Xs[idx], y_st, 3, l2_stance, balanced_weights(y_st, 3, weight_power))
    model.meta = {"n_pairs": len(pairs), "counts": dict(Counter(p.label for p in pairs)),
                  "l2_related": l2_related, "l2_stance": l2_stance, "weight_power": weight_power}
    return model


@lru_cache(maxsize=4)
def _load(path: str) -> StanceModel:
    return StanceModel.from_json(json.loads(Path(path).read_text("utf-8")))


def default_model_path() -> Path:
    return Path(str(resources.files("rasd.data").joinpath("models", DEFAULT_MODEL)))


def load_model(path: str | Path | None = None) -> StanceModel:
    """The shipped model (rasd/data/models/stance.json) or one at `path`."""
    p = Path(path) if path else default_model_path()
    if not p.is_file():
        raise FileNotFoundError(f"no stance model at {p}; train one with python -m rasd.check.train")
    return _load(str(p.resolve()))


# ---- prediction ------------------------------------------------------------------------------
def rationale(label: str, pa: PairAnalysis, art: Article, max_sentences: int = 2) -> list[Span]:
    """Sentences that show the stance: best matches; for 'disagree' denial sentences first."""
    if label == "unrelated" or not pa.ranked:
        return []
    best = pa.coverage[pa.ranked[0]]
    if best <= 0:
        return []
    keep = [i for i in pa.ranked[: max(8, max_sentences)] if pa.coverage[i] >= 0.5 * best]
    if label == "disagree":
        deny = [i for i in keep if art.cue_counts[i]["denial"] > 0]
        keep = deny + [i for i in keep if i not in deny]
    chosen = keep[:max_sentences]
    return [Span(art.sentences[i].start, art.sentences[i].end) for i in chosen]


def label_pair(claim: str, art: Article, model: StanceModel) -> tuple[str, float, list[Span], np.ndarray]:
    pa = analyse_pair(claim, art, model.idf, model.bow_dim)
    if not pa.ranked:   # nothing to compare (empty claim or article): no evidence of relation
        probs = np.array([0.0, 0.0, 0.0, 1.0])
        return "unrelated", 1.0, [], probs
    probs = model.proba([pa])[0]
    k = int(np.argmax(probs))
    label = LABELS[k]
    return label, float(probs[k]), rationale(label, pa, art), probs


def predict(claim: str, article_text: str, model: StanceModel | None = None) -> tuple[str, float, list[Span]]:
    """Stance of `article_text` towards `claim`: (label, probability, rationale spans into the article)."""
    model = model or load_model()
    label, score, spans, _ = label_pair(claim, prepare_article(article_text), model)
    return label, score, spans
