"""Page genre: does the page report happenings of its own?

A learned score (``genre_score``), the probability that a page is a report of the day (news, a digest, a
bulletin) rather than a page that names happenings without reporting them (an analysis, a profile, a
retrospective, an op-ed compilation, a tag or teaser page, a gallery). It is an L2 logistic regression
(trained and measured by bench/heldout/genre_train.py; model rasd/data/models/page_genre.yaml, README there) over the
words of the title and the lead, and a few measures of the whole page: its length, the rate of news-day
words, happening words, reporting words, agencies, first-person and opinion words, look-back words
(rasd/data/lexicons/genre_cues.yaml), question marks, quotation marks, digits, written years and the
number of distinct years. The score reads only the page's title and text, so training and running use
one function (``page_vector``).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasd.data import read_data
from rasd.records import Event
from rasd.text.normalize import normalize

_DIR = Path(__file__).resolve().parents[2] / "data"
LEAD_WORDS = 40
_WORD = re.compile(r"[\u0621-\u064a]+")
_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20[0-4]\d)(?!\d)")
_CLITICS = ("و", "ف", "ب", "ل")


@lru_cache(maxsize=1)
def cue_lists() -> dict[str, frozenset[str]]:
    """The cue lists of genre_cues.yaml, normalised (single words only)."""
    raw = read_data(_DIR / "lexicons" / "genre_cues.yaml")
    return {k: frozenset(normalize(w) for w in v if " " not in w) for k, v in raw.items()}


MEASURES = ("log_words", "news_day", "happening", "reporting", "agency", "opinion", "retro", "questions",
            "quotes", "digits", "years", "distinct_years", "title_happening", "lead_happening",
            "lead_news_day")


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def _cue(word: str, cues: frozenset[str]) -> bool:
    if word in cues:
        return True
    return len(word) > 3 and word[0] in _CLITICS and word[1:] in cues


def page_terms(title: str, text: str, words: list[str] | None = None) -> set[str]:
    """The title's and the lead's words, marked by where they stand ("t:" title, "l:" lead); ``words``: the
    text's words when already read."""
    lead = (_words(text) if words is None else words)[:LEAD_WORDS]
    return {f"t:{w}" for w in _words(title)} | {f"l:{w}" for w in lead}


def page_measures(title: str, text: str, words: list[str] | None = None) -> dict[str, float]:
    """The page's measures (rates per 1,000 words, counts on a log scale); ``words``: the text's words when
    already read."""
    cues = cue_lists()
    if words is None:
        words = _words(text)
    n = max(len(words), 1)
    per_k = 1000.0 / n
    out: dict[str, float] = {"log_words": math.log1p(len(words))}
    # (speed: each distinct word is tested once per list and counted as often as it stands; the counts are
    # whole numbers, so the rates are those of a test per word)
    seen = Counter(words)
    for name in ("news_day", "happening", "reporting", "agency", "opinion", "retro"):
        out[name] = sum(n for w, n in seen.items() if _cue(w, cues[name])) * per_k
    out["questions"] = (text.count("?") + text.count("؟")) * per_k
    out["quotes"] = (text.count('"') + text.count("«") + text.count("»")) * per_k
    out["digits"] = len(re.findall(r"\d+", text)) * per_k
    years = _YEAR.findall(text)
    out["years"] = len(years) * per_k
    out["distinct_years"] = math.log1p(len(set(years)))
    lead = words[:LEAD_WORDS]
    title_words = _words(title)
    out["title_happening"] = float(any(_cue(w, cues["happening"]) for w in title_words))
    out["lead_happening"] = float(sum(1 for w in lead if _cue(w, cues["happening"])))
    out["lead_news_day"] = float(sum(1 for w in lead if _cue(w, cues["news_day"])))
    return out


@dataclass(frozen=True, slots=True)
class GenreModel:
    """The fitted model: term weights, the measures' standardisation and weights, the bias and threshold."""
    terms: dict[str, float]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    bias: float
    threshold: float
    body_share: float
    min_words: int


def page_vector(title: str, text: str) -> tuple[set[str], dict[str, float]]:
    """What the model reads of a page: its terms and its measures (the text normalised and split once)."""
    words = _words(text)
    return page_terms(title, text, words), page_measures(title, text, words)


def score_vector(model: GenreModel, terms: set[str], measures: dict[str, float]) -> float:
    z = model.bias + sum(model.terms.get(t, 0.0) for t in terms)
    for name, m, s, c in zip(MEASURES, model.mean, model.scale, model.coef, strict=True):
        z += c * max(-4.0, min(4.0, (measures[name] - m) / s))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> GenreModel | None:
    """The committed model (None when the file is missing); refuses a file whose measures are not the code's."""
    p = Path(path) if path else _DIR / "models" / "page_genre.yaml"
    if not p.exists():
        return None
    raw = read_data(p)
    if tuple(raw["measures"]) != MEASURES:
        raise ValueError(f"{p}: its measures are not genre.MEASURES; retrain it (rasd/data/models/README.md)")
    return GenreModel({str(k): float(v) for k, v in raw["terms"].items()}, tuple(raw["mean"]),
                      tuple(raw["scale"]), tuple(raw["coef"]), float(raw["bias"]), float(raw["threshold"]),
                      float(raw["body_share"]), int(raw["min_words"]))


def genre_score(title: str, text: str, path: str | None = None) -> float | None:
    """The probability that the page reports happenings of its own (None: no model file)."""
    model = load_model(path)
    if model is None:
        return None
    terms, measures = page_vector(title, text)
    return score_vector(model, terms, measures)


def told_in_body(title: str, text: str, event: Event) -> bool:
    """True when the page does not report happenings of its own (its genre score is under the model's threshold;
    a page of fewer than the model's ``min_words`` words is not read)
    and the event, with no date of its own (no date told within its evidence), is told past the model's
    ``body_share`` of the text: what an analysis, a profile or a look back names deep in its body, undated, is
    what it recalls or argues about, not its news (the lead of such a page may still tell the day's happening
    it was written on, and a happening it dates is judged on its date)."""
    model = load_model()
    start, end = event.evidence.start, event.evidence.end
    if model is None or not text or start <= model.body_share * len(text):
        return False
    told = event.field_evidence.get("date")
    if told and start <= told[0] and told[1] <= end:
        return False
    return _page_score(title, text) < model.threshold


@lru_cache(maxsize=4)
def _page_score(title: str, text: str) -> float:
    """The committed model's score of a page (read once for the page's events)."""
    model = load_model()
    if model is None or len(_WORD.findall(text)) < model.min_words:
        return 1.0      # no model, or too short a page for a reading of its genre (its rates, its lead are a few words)
    return score_vector(model, *page_vector(title, text))
