"""A weapon kept from use is no strike (session 18, helper "types4"): a car bomb, a shell or a rocket launcher
that is the object of destroying, seizing, foiling or intercepting did not go off. ACLED codes it Strategic
developments / Disrupted weapons use; told inside a fight it is the fight's (Battles), not an event of its own."""

from __future__ import annotations

import pytest
from test_events_types import _typed

DISRUPTED = ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    # a car bomb destroyed before it reached its target (a date and a count inside the noun phrase)
    "وقالت قوات النظام إنها دمرت صباح اليوم سيارة مفخخة قبل وصولها إلى حاجز في مدينة الرقة.",
    "ودمرت قوات النظام 3 سيارات مفخخة قرب مدينة الرقة يوم الأحد.",
    # a missile intercepted in the air
    "وأعلنت قوات النظام اعتراض صاروخ قرب مدينة الرقة يوم الأحد.",
])
def test_a_weapon_destroyed_or_intercepted_before_use_is_a_disrupted_weapons_use(text: str) -> None:
    got = _typed(text)
    assert DISRUPTED in got, got
    assert not any(t == "Explosions/Remote violence" for t, _ in got), got
    assert ("Strategic developments", "Looting/property destruction") not in got, got


def test_the_bomber_inside_the_destroyed_car_is_the_same_disrupted_weapon() -> None:
    got = _typed("وقالت قوات النظام إنها دمرت سيارة مفخخة بداخلها انتحاريان قبل وصولها إلى حاجز في مدينة الرقة.")
    assert got == [DISRUPTED], got


@pytest.mark.parametrize("text", [
    "مقتل 63 من مقاتلي داعش في مدينة الرقة اليوم وتدمير 3 سيارات مفخخة.",
    "واندلعت معارك عنيفة بين فصائل المعارضة وقوات النظام في مدينة الرقة ودمرت لهم قاعدة صواريخ أرض - أرض.",
    "واندلعت معارك عنيفة بين فصائل المعارضة وقوات النظام في مدينة الرقة , ونجح الجيش الحر بتدمير ثلاث دبابات "
    "ومدفع 23 وراجمة.",
])
def test_weapons_destroyed_in_a_fight_belong_to_the_fight(text: str) -> None:
    got = _typed(text)
    assert got and all(t == "Battles" for t, _ in got), got


@pytest.mark.parametrize("text, sub", [
    # fired, not kept from use: the weapon is the instrument or the subject of the blast
    ("وقصفت قوات النظام بالصواريخ مدينة الرقة يوم الأحد.", "Shelling/artillery/missile attack"),
    ("وانفجرت سيارة مفخخة في مدينة الرقة يوم الأحد.", "Remote explosive/landmine/IED"),
    # the blast destroyed the vehicle: the weapon is not the destroyed object
    ("ودمرت آلية لقوات النظام بتفجير عبوة ناسفة في مدينة الرقة يوم الأحد.", "Remote explosive/landmine/IED"),
])
def test_a_weapon_fired_or_set_off_still_strikes(text: str, sub: str) -> None:
    assert ("Explosions/Remote violence", sub) in _typed(text)


def test_aircraft_that_destroy_still_strike() -> None:
    # the aircraft is the subject of the destroying verb, not its object
    got = _typed("ودمرت الطائرات الحربية مقرات لتنظيم داعش في مدينة الرقة يوم الأحد.")
    assert ("Explosions/Remote violence", "Air/drone strike") in got, got
    assert DISRUPTED not in got, got
