"""Event types of session 40 (helper "types"): an attack pushed along axes is a ground attack, not an air strike
typed from an air word of its sentence (the airport's traffic) or a means told next door; a targeting verb whose
means is one round ("بعد استهدافه بطلقة في الرأس") or whose subject is an assassination ("عملية اغتيال استهدفت")
is a shooting, not a shelling; inmates killed in a prison are unarmed victims.

ACLED: Battles need two organised armed sides (a ground push, a shooting of a commander); a one-sided killing of
unarmed people (an imam, a prison's inmates) is Violence against civilians; neither is Explosions/Remote violence."""

from __future__ import annotations

import pytest
from test_events import actual_types


def test_an_attack_along_axes_is_no_air_strike() -> None:
    got = actual_types("قوات النظام تهاجم أمس من محورين في مدينة الرقة , في محاولة لطرد تنظيم داعش وتأمين محيط "
                       "المطار أمام حركة الطيران الحربي .")
    assert got and all(t[0] == "Battles" for t in got)


def test_an_attack_with_air_words_and_no_axes_stays_an_air_strike() -> None:
    # the control: the same attack, its sentence telling aircraft and no push along axes
    got = actual_types("قوات النظام تهاجم أمس مدينة الرقة وسمع تحليق الطيران الحربي فوقها .")
    assert ("Explosions/Remote violence", "Air/drone strike") in got


def test_the_aim_of_an_axis_is_no_shelling() -> None:
    got = actual_types("قوات النظام تهاجم أمس من محورين ; الأول يستهدف جبل الثردة في مدينة الرقة .")
    assert got and all(t[0] == "Battles" for t in got)


@pytest.mark.parametrize("text, expected", [
    ("اغتال مجهولون أمس القيادي أبو محمد بعد استهدافه بطلقة في الرأس في مدينة الرقة .", "Battles"),
    ("اغتال مجهولون أمس الإمام أبو محمد بعد استهدافه بطلقة في الرأس في مدينة الرقة .", "Violence against civilians"),
    ("نفذ مجهولون أمس عملية اغتيال استهدفت مدير دار الأوقاف في مدينة الرقة .", "Violence against civilians"),
    ("نفذ مجهولون أمس عملية اغتيال استهدفت القيادي في الجيش الحر في مدينة الرقة .", "Battles"),
])
def test_a_targeting_by_one_round_or_an_assassination_is_a_shooting(text: str, expected: str) -> None:
    got = actual_types(text)
    assert got and all(t[0] == expected for t in got)


def test_a_targeting_with_shells_stays_a_shelling() -> None:
    got = actual_types("اغتال مجهولون أمس القيادي أبو محمد بعد استهدافه بقذائف الهاون في مدينة الرقة .")
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in got


def test_inmates_killed_are_civilian_victims() -> None:
    got = actual_types("قتل مسلح أمس 33 نزيلا داخل سجن في مدينة الرقة .")
    assert got == [("Violence against civilians", "Attack")]
