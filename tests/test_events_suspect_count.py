"""Suspects are a person count (quantities.yaml's people): an arrest of "6 مشتبه بهم" at a place counts its
arrested as any person count does (the trigger's counts_as), which gives the medium arrest its second
argument; with no count an arrest at a place alone stays out as before."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _arrests(text: str) -> list[dict[str, int]]:
    return [dict(e.quantities) for e in actual_events_of(analyse_text(text, "2017-08-29"), "Strategic developments")
            if e.sub_event_type == "Arrests"]


def test_suspects_arrested_at_a_place_are_counted() -> None:
    assert _arrests("تم القبض على 6 مشتبه بهم من داعش في مدينة اسطنبول .\n") == [{"arrested": 6}]
    assert _arrests("اعتقال 12 مشتبها بهم في مدينة اسطنبول .\n") == [{"arrested": 12}]


def test_an_uncounted_arrest_at_a_place_stays_out() -> None:
    # guard: the same passive arrest with nobody counted has only its place
    assert _arrests("تم القبض على مشتبه بهم في مدينة اسطنبول .\n") == []
