"""The emit gate (rasd.extract.events.confidence.gate_model): a second learned model over the confidence
features, of the strict verdict, whose threshold lives in its model file; the stage does not emit the
events it scores under that threshold."""

from __future__ import annotations

import dataclasses

import pytest
from analysed import events_over

import rasd.extract.events.confidence as confidence
from rasd.records import Entity

TEXT = "قال مصدر عسكري إن قوات النظام سيطرت أمس على بلدة كفرنبل بعد اشتباكات عنيفة ."
ENTS = {"kafr": Entity("kafr", "PLACE", "كفرنبل", "Kafranbel", lat=35.53, lon=36.56, level="town", country="SY"),
        "regime": Entity("regime", "ORG", "قوات النظام")}
SURFACES = [("كفرنبل", "kafr"), ("قوات النظام", "regime")]


def _gate(probability_logit: float, threshold: float) -> confidence.ConfidenceModel:
    """A gate whose every event gets the same probability (all weights 0, the bias its log-odds)."""
    n = len(confidence.FEATURES)
    return confidence.ConfidenceModel(confidence.FEATURES, (0.0,) * n, (1.0,) * n, (0.0,) * n, probability_logit,
                                      4.0, gate=threshold)


def test_the_installed_gate_has_a_low_threshold_in_its_file():
    g = confidence.model(confidence.GATE)           # (the installed file: conftest switches the gate off)
    assert g is not None and g.features == confidence.FEATURES
    assert 0.0 < g.gate < 0.5           # a gate on the few most likely wrong events, not a cut of half the output


def test_events_under_the_gate_are_not_emitted(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(confidence, "gate_model", lambda: _gate(-3.0, 0.17))       # p = 0.047 < 0.17
    assert events_over(TEXT, ENTS, SURFACES, "2017-03-14").events == []


def test_events_over_the_gate_are_emitted_with_their_confidence(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(confidence, "gate_model", lambda: _gate(0.0, 0.17))        # p = 0.5
    a = events_over(TEXT, ENTS, SURFACES, "2017-03-14")
    assert len(a.events) == 1 and 0.0 < a.events[0].confidence <= 1.0


def test_a_model_file_without_a_gate_turns_nothing_away(monkeypatch: pytest.MonkeyPatch):
    no_gate = dataclasses.replace(_gate(-3.0, 0.17), gate=0.0)
    monkeypatch.setattr(confidence, "gate_model", lambda: no_gate)
    assert len(events_over(TEXT, ENTS, SURFACES, "2017-03-14").events) == 1
