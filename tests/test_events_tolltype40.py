"""Event types of session 40 (helper "tolltype"): a massacre whose sentence names no means, told next to a sentence
of the same telling that names the bombardment with no weapon ("وأضاف أن القصف يستهدف المدنيين"), is that shelling
(ACLED codes deaths by the means that caused them: Explosions/Remote violence), not an attack on civilians by hand.
A killing by hand told next door (an execution) keeps the massacre an attack on civilians."""

from __future__ import annotations

import pytest
from test_events import actual_types

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text", [
    "ارتكبت قوات النظام مجزرة أمس في مدينة الرقة . وأضاف أن القصف استهدف المدنيين بشكل مباشر .",
    "وتشهد مدينة الرقة مجازر يومية أمس . وتركزت المجازر في مدينة الرقة . وأضاف أن القصف يستهدف المدنيين .",
    "ارتكبت قوات النظام مجزرة أمس في مدينة الرقة . وأوضح المصدر أن قذائف سقطت على السوق الشعبي .",
])
def test_a_massacre_next_to_a_bombardment_is_a_shelling(text: str) -> None:
    got = actual_types(text)
    assert SHELLING in got and ("Violence against civilians", "Attack") not in got


def test_a_massacre_next_to_an_air_bombardment_stays_an_air_strike() -> None:
    got = actual_types("ارتكبت قوات النظام مجزرة أمس في مدينة الرقة . وأضاف أن القصف الجوي استهدف المدنيين .")
    assert ("Explosions/Remote violence", "Air/drone strike") in got


@pytest.mark.parametrize("text", [
    # the control: a killing by hand told next door
    "ارتكبت قوات النظام مجزرة أمس في مدينة الرقة . وأضاف أن قوات النظام اقتحمت المدينة وأعدمت المدنيين .",
    # no bombardment told next door
    "ارتكبت قوات النظام مجزرة أمس في مدينة الرقة . وأضاف أن الضحايا من المدنيين .",
])
def test_a_massacre_with_no_bombardment_next_door_stays_an_attack(text: str) -> None:
    got = actual_types(text)
    assert got and all(t[0] == "Violence against civilians" for t in got)
