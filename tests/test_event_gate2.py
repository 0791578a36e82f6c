"""The second emit gate (rasd.extract.events.confidence.second_gate_model): a model of the strict verdict
over ALL_FEATURES (the confidence features + GATE_FEATURES), fitted on the judged rows the first gate keeps;
an event either gate scores under its threshold is not emitted. GATE_FEATURES read where the place and date
evidence stand against the trigger, the place's level, the date's precision, the trigger's tense and
continuation words, the sub-type."""

from __future__ import annotations

import pytest
from analysed import events_over

import rasd.extract.events.confidence as confidence
from rasd.records import Entity

TEXT = "قال مصدر عسكري إن قوات النظام سيطرت أمس على بلدة كفرنبل بعد اشتباكات عنيفة ."
KAFR = Entity("kafr", "PLACE", "كفرنبل", "Kafranbel", lat=35.53, lon=36.56, level="town", country="SY")
ENTS = {"kafr": KAFR, "regime": Entity("regime", "ORG", "قوات النظام")}
SURFACES = [("كفرنبل", "kafr"), ("قوات النظام", "regime")]


def _gate(logit: float, threshold: float, names: tuple[str, ...]) -> confidence.ConfidenceModel:
    """A gate whose every event gets the same probability (all weights 0, the bias its log-odds)."""
    n = len(names)
    return confidence.ConfidenceModel(names, (0.0,) * n, (1.0,) * n, (0.0,) * n, logit, 4.0, gate=threshold)


def _recorded(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, float]]:
    seen: list[dict[str, float]] = []
    score = confidence.score_events

    def recording(pairs, page):
        seen.extend(dict(zip(confidence.ALL_FEATURES, x, strict=True)) for x in confidence.feature_rows(pairs, page))
        return score(pairs, page)

    monkeypatch.setattr(confidence, "score_events", recording)
    return seen


def test_the_installed_second_gate_reads_all_features_and_has_a_low_threshold():
    g = confidence.model.__wrapped__(confidence.GATE2)      # (the installed file: conftest switches the gates off)
    # (the columns it was fitted on: ALL_FEATURES up to the third gate's further column)
    assert g is not None and g.features == confidence.FEATURES + confidence.GATE_FEATURES
    assert len(g.coef) == len(confidence.FEATURES + confidence.GATE_FEATURES)
    assert 0.0 < g.gate < 0.5


def test_the_confidence_model_reads_a_prefix_of_the_longer_vector():
    m = confidence.model()
    assert m is not None and m.features == confidence.FEATURES
    x = [0.0] * len(confidence.ALL_FEATURES)
    assert 0.0 < m.probability(x) < 1.0


def test_the_second_gate_turns_away_what_the_first_lets_through(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(confidence, "gate_model", lambda: _gate(0.0, 0.17, confidence.FEATURES))        # p 0.5
    monkeypatch.setattr(confidence, "second_gate_model", lambda: _gate(-3.0, 0.15, confidence.ALL_FEATURES))
    assert events_over(TEXT, ENTS, SURFACES, "2017-03-14").events == []
    monkeypatch.setattr(confidence, "second_gate_model", lambda: _gate(0.0, 0.15, confidence.ALL_FEATURES))
    assert len(events_over(TEXT, ENTS, SURFACES, "2017-03-14").events) == 1


def test_gate_features_read_the_place_and_date_against_the_trigger(monkeypatch: pytest.MonkeyPatch):
    seen = _recorded(monkeypatch)
    a = events_over(TEXT, ENTS, SURFACES, "2017-03-14")
    assert a.events and len(seen) == len(a.events)
    f = seen[0]
    assert f["loc_in_sent"] == 1.0 and f["loc_in_clause"] == 1.0 and f["loc_dist_log"] > 0.0
    assert f["loc_country"] == 0.0 and f["geo_prec=1"] == 1.0
    assert f["date_in_sent"] == 1.0 and f["tprec=1"] == 1.0                  # "أمس": the day before the page
    assert f["date_before_page_log"] > 0.0 and f["date_year_other"] == 0.0
    assert f["sent_index_log"] == 0.0 and f["trig_imperfect"] == 0.0 and f["continuing_near"] == 0.0


def test_gate_features_see_continuation_words_before_the_trigger(monkeypatch: pytest.MonkeyPatch):
    seen = _recorded(monkeypatch)
    text = "قصف الطيران الحربي أمس بلدة كفرنبل مع استمرار الاشتباكات فيها ."
    events_over(text, {"kafr": KAFR}, [("كفرنبل", "kafr")], "2017-03-14")
    # the strike is the day's news; the clashes are named as what goes on ("مع استمرار")
    assert sorted(f["continuing_near"] for f in seen) == [0.0, 1.0]
