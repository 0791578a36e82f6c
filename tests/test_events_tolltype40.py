"""Event types of session 40 (helper "tolltype"): a massacre whose sentence names no means, told next to a sentence
of the same telling that names the bombardment with no weapon ("وأضاف أن القصف يستهدف المدنيين"), is that shelling
(ACLED codes deaths by the means that caused them: Explosions/Remote violence), not an attack on civilians by hand.
A killing by hand told next door (an execution) keeps the massacre an attack on civilians. A sniper's targeting of a
vehicle the sentence tells as civilian (carrying civilians, a broadcaster's) is aimed fire at the people in it: an attack
on civilians, not a shelling."""

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


@pytest.mark.parametrize("text", [
    # sniping at a broadcaster's vehicles, or at a car carrying civilians: aimed fire at the people in it
    "قناصة داعش تستهدف أمس سيارات البث الخارجي لقناة العهد في مدينة الرقة .",
    "قناصة داعش تستهدف أمس سيارة تقل مدنيين في مدينة الرقة .",
])
def test_sniping_at_a_civilian_vehicle_is_an_attack_on_civilians(text: str) -> None:
    assert actual_types(text) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    # the controls: a vehicle of nobody told, buildings, or a broadcaster's vehicle hit by mortar shells
    "قناصة داعش تستهدف أمس سيارة في مدينة الرقة .",
    "قناصة داعش تستهدف أمس المباني السكنية في مدينة الرقة .",
    "استهدف الجيش أمس سيارة لقناة العهد بقذائف الهاون في مدينة الرقة .",
])
def test_sniping_at_no_told_people_keeps_the_default(text: str) -> None:
    assert actual_types(text) == [SHELLING]
