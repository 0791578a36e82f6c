"""The fourth emit gate (rasd.extract.events.confidence.fourth_gate_model: ALL_FEATURES and the words, fitted on
the judged rows the first three keep, a threshold per event type) and the period-toll exemption: an event told as
a toll over more than a month (issue #4's aggregate report, one event with a date range) is judged by no gate,
which are fitted on single-day rows. Real page: the shared sample 003 (IS's attacks on Eastern Qalamoun over three
years, gold event e3-3)."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

import rasd.extract.events.confidence as confidence
from rasd.ingest.run import ingest
from rasd.records import Event, Span
from rasd.store.sqlite import Store

_FOURTH = confidence.fourth_gate_model      # (conftest switches the gates off after this module is imported)


def _event(start: str, end: str, fatalities: int | None, event_type: str = "Battles") -> Event:
    return Event("e", "d", event_type, "Armed clash", Span(0, 10), date_start=start, date_end=end,
                 fatalities=fatalities)


def test_a_toll_over_years_or_months_is_a_period_toll():
    assert confidence.period_toll(_event("2015-01-01", "2018-12-31", 300))      # "قتل 300 ... بين 2015 و2018"
    assert confidence.period_toll(_event("2016-01-01", "2016-12-31", 40))       # a year's toll
    assert confidence.period_toll(_event("2017-03-01", "2017-05-31", 12))       # three months


def test_a_day_a_month_an_uncounted_period_or_an_undated_toll_is_not():
    assert not confidence.period_toll(_event("2017-03-14", "2017-03-14", 12))   # one day's toll
    assert not confidence.period_toll(_event("2017-03-01", "2017-03-31", 12))   # a month: a gate's business
    assert not confidence.period_toll(_event("2015-01-01", "2018-12-31", None))  # no count: a recalled happening
    assert not confidence.period_toll(_event("unknown", "unknown", 12))


def test_the_row_test_reads_the_same_from_the_feature_vector():
    x = [0.0] * len(confidence.ALL_FEATURES)
    span, fat = confidence.ALL_FEATURES.index("date_span_log"), confidence.ALL_FEATURES.index("fat_known")
    x[fat] = 1.0
    x[span] = 6.0       # log1p(~400 days)
    assert confidence.period_toll_row(x)
    x[span] = 3.4       # log1p(29 days)
    assert not confidence.period_toll_row(x)
    x[span], x[fat] = 6.0, 0.0
    assert not confidence.period_toll_row(x)


def test_the_installed_fourth_gate_has_a_threshold_per_type():
    g = _FOURTH.__wrapped__(confidence.GATE4)
    assert g is not None and g.dense.features == confidence.ALL_FEATURES[:len(g.dense.features)]
    assert 0.0 < g.gate < 0.5 and len(g.vocab) > 100
    # a type with a lower gold cap has its own, lower threshold; the others take the file's gate
    assert g.by_type and all(0.0 < t <= g.gate for t in g.by_type.values())
    assert g.threshold("Riots") == g.gate
    low = min(g.by_type, key=g.by_type.__getitem__)
    assert g.threshold(low) < g.gate


def test_a_gate_file_with_another_feature_list_is_refused(tmp_path: Path):
    text = confidence.GATE4.read_text("utf-8")
    names = list(confidence.ALL_FEATURES)
    names[0], names[1] = names[1], names[0]     # the same columns in another order: the weights would be misread
    bad = tmp_path / "gate.yaml"
    head, _sep, rest = text.partition("features: ")
    bad.write_text(head + "features: [" + ", ".join(f'"{n}"' for n in names) + "]\n"
                   + rest.split("\n", 1)[1], "utf-8")
    with pytest.raises(ValueError, match="retrain"):
        _FOURTH.__wrapped__(bad)


def _reject_all(monkeypatch: pytest.MonkeyPatch) -> None:
    # the installed fourth gate with a threshold over every probability: it turns every gated event away
    g = _FOURTH.__wrapped__(confidence.GATE4)
    every = dataclasses.replace(g, by_type={t: 1.01 for t in confidence.TYPES})
    monkeypatch.setattr(confidence, "fourth_gate_model", lambda: every)


def _stored(path: Path, tmp_path: Path, src: str) -> list[Event]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    s = Store(tmp_path / "s.db")
    ingest([str(path)], s, err=io.StringIO())
    doc = s.get_document(src)
    return list(s.events(doc.id)) if doc else []


def test_only_the_period_toll_passes_a_gate_that_turns_everything_away(monkeypatch: pytest.MonkeyPatch,
                                                                        samples_dir: Path, tmp_path: Path):
    _reject_all(monkeypatch)
    events = _stored(samples_dir / "003_91ee6903be612cb3.txt", tmp_path, "003_91ee6903be612cb3.txt")
    # 003 e3-3: "IS attacks killed hundreds of fighters over three years", one Battles event 2015..2018
    assert events and all(confidence.period_toll(e) for e in events)
    assert any(e.event_type == "Battles" and e.date_start[:4] == "2015" and e.date_end[:4] == "2018" for e in events)
    monkeypatch.setattr(confidence, "period_toll", lambda ev: False)
    assert _stored(samples_dir / "003_91ee6903be612cb3.txt", tmp_path / "b", "003_91ee6903be612cb3.txt") == []


def test_the_installed_first_gate_still_judges_a_period_toll(monkeypatch: pytest.MonkeyPatch, samples_dir: Path,
                                                              tmp_path: Path):
    # only the fourth gate lets a toll over a period through: a first gate that turns everything away drops it
    _reject_all(monkeypatch)
    first = confidence.model.__wrapped__(confidence.GATE)       # the installed first gate, over every probability
    monkeypatch.setattr(confidence, "gate_model", lambda: dataclasses.replace(first, gate=1.01))
    assert _stored(samples_dir / "003_91ee6903be612cb3.txt", tmp_path, "003_91ee6903be612cb3.txt") == []
