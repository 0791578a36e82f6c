"""Speed paths of session 22 (speed4): each gives the answer of the code it replaced."""

from __future__ import annotations

import math
import random

from rasd.extract import verbs
from rasd.extract.events import confidence
from rasd.knowledge.resources import Resources
from rasd.text import normalize as normalize_module
from rasd.text.normalize import _normalize, normalize

WORDS = ["قصفت", "وقصفت", "الطائرات", "يوم", "يسيطر", "سيطروا", "استهدفنا", "وبالقرب", "إدلب", "مُحَافَظَة",
         "ريف حماة الشمالي", "للنظام", "فالقوات", "The Quick", "İstanbul", "", "ـــ", "قوات النظام السوري في ريف دمشق"]


def _probability_by_formula(m: confidence.ConfidenceModel, x: list[float]) -> float:
    """The model's probability as the stage computed it before (one generator over the zipped columns)."""
    z = m.bias + sum(w * max(-m.clip, min(m.clip, (v - mu) / s))
                     for w, v, mu, s in zip(m.coef, x, m.mean, m.scale, strict=True))
    z = m.slope * z + m.intercept
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def test_model_probability_is_the_formula_to_the_last_bit() -> None:
    rng = random.Random(22)
    n = len(confidence.FEATURES)
    models = [m for m in (confidence.model(), confidence.gate_model()) if m is not None]
    models.append(confidence.ConfidenceModel(confidence.FEATURES, tuple(rng.uniform(-1, 1) for _ in range(n)),
                                             tuple(rng.uniform(0.01, 2) for _ in range(n)),
                                             tuple(rng.uniform(-2, 2) for _ in range(n)), 0.3, 4.0, 1.2, -0.1, 0.05))
    for m in models:
        for _ in range(3000):
            # clip edges, signed zeros and non-finite values too: the clipping must pick what min/max picked
            x = [rng.choice([0.0, -0.0, 1.0, mu + 4 * s, mu - 4 * s, rng.gauss(mu, 5 * s), math.inf, -math.inf,
                             math.nan]) for mu, s in zip(m.mean, m.scale, strict=True)]
            got, want = m.probability(x), _probability_by_formula(m, x)
            assert got == want or (math.isnan(got) and math.isnan(want))


def test_resources_build_the_variant_index_with_the_gazetteer() -> None:
    # built while loading, before settle_gc freezes the resources (not by the first page that asks)
    gaz = Resources().gazetteer
    assert gaz._variants is not None
    assert gaz._variants == gaz._variant_index()


def test_normalize_remembers_short_texts_with_the_same_answer(monkeypatch) -> None:
    monkeypatch.setattr(normalize_module, "_WORDS", {})
    monkeypatch.setattr(normalize_module, "_WORDS_MAX", 5)
    for _ in range(3):
        for w in WORDS:
            assert normalize(w) == _normalize(w)
    assert len(normalize_module._WORDS) <= 5      # bounded: cleared when full
    long_text = "قصفت الطائرات " * 10              # (a text over the word length is not remembered)
    assert normalize(long_text) == _normalize(long_text) and long_text not in normalize_module._WORDS


def test_cached_word_readers_answer_as_uncached() -> None:
    for w in [normalize(w) for w in WORDS]:
        assert verbs.is_verb(w) == verbs.is_verb.__wrapped__(w)
        assert verbs.is_verb_or_joined(w) == verbs.is_verb_or_joined.__wrapped__(w)
    assert verbs.is_verb("قصفت") and verbs.is_verb_or_joined("وقصفت") and not verbs.is_verb("يوم")
