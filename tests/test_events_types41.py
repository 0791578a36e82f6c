"""Event types of session 41 (helper "types"): a "غارة" that a police or security force carries out on armed men is
a ground raid (MSA "غارة" is a raid as well as an air strike), not an air strike; a targeted security post whose own
men the sentence tells hit is an attack on a force even when no attacker is named.

ACLED: Battles need two organised armed sides (security forces and the militants they raid; a post's policemen and
an unidentified armed group); an air strike needs an aircraft."""

from __future__ import annotations

import pytest
from test_events import actual_types

AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الداخلية عن مقتل 7 من مقاتلي داعش أمس خلال غارة على الجبال قرب مدينة الرقة .",
    "قتلت قوات الأمن أمس 5 مسلحين خلال غارة على مخبئهم في مدينة الرقة .",
])
def test_a_police_raid_on_armed_men_is_a_clash(text: str) -> None:
    got = actual_types(text)
    assert got and CLASH in got and AIR not in got


@pytest.mark.parametrize("text", [
    # an air word in the sentence: the aircraft struck
    "قتلت طائرات التحالف أمس 5 مسلحين خلال غارة على مدينة الرقة بحسب وزارة الداخلية .",
    "شنت قوات الأمن أمس غارة جوية على مقاتلي داعش في مدينة الرقة .",
    # no security force told: the raid noun keeps its air strike
    "قتل 5 مسلحين أمس في غارة على مدينة الرقة .",
    # no armed men told: nothing says who the force fought
    "قتل 5 مدنيين أمس في غارة على مدينة الرقة شنتها قوات الأمن .",
])
def test_a_raid_with_aircraft_or_without_a_force_and_armed_men_stays_an_air_strike(text: str) -> None:
    got = actual_types(text)
    assert AIR in got and CLASH not in got


@pytest.mark.parametrize("text", [
    "جرى أمس استهداف نقطة أمنية في مدينة الرقة ما أسفر عن مقتل شرطي .",
    # the toll told first: the targeting still leads the happening, and it is kept
    "مقتل شرطي وإصابة 4 باستهداف نقطة أمنية قرب مدينة الرقة .",
])
def test_a_targeted_post_whose_policeman_is_killed_is_a_clash(text: str) -> None:
    assert actual_types(text) == [CLASH]


@pytest.mark.parametrize("text", [
    # the controls: the dead is no man of the post, and no attacker is named
    "جرى أمس استهداف نقطة أمنية في مدينة الرقة ما أسفر عن مقتل مدني .",
    "مقتل مدني وإصابة 4 باستهداف نقطة أمنية قرب مدينة الرقة .",
])
def test_a_targeted_post_with_a_civilian_dead_stays_as_told(text: str) -> None:
    assert actual_types(text) == [SHELLING]


@pytest.mark.parametrize("text", [
    "أسقطت أمس مروحية سعودية في مدينة الرقة في حادثة \" نيران صديقة \" ارتكبتها نظم الدفاع الجوي التابعة للتحالف .",
    "قتل 3 جنود أمس بنيران صديقة في مدينة الرقة .",
])
def test_friendly_fire_is_no_battle(text: str) -> None:
    assert ("Battles", "Armed clash") not in actual_types(text)


@pytest.mark.parametrize("text", [
    # the controls: a downing by the other side; "صديقة" of a friendly state, not of fire
    "أسقطت الفصائل أمس مروحية سعودية في مدينة الرقة .",
    "اشتبكت قوات النظام أمس مع فصائل دولة صديقة في مدينة الرقة .",
])
def test_a_downing_or_a_clash_with_no_friendly_fire_stays_a_battle(text: str) -> None:
    assert ("Battles", "Armed clash") in actual_types(text)


def test_a_police_raid_with_armed_men_told_far_off_stays_as_told() -> None:
    # the armed men are a suspicion told far from the raid, not those it hit
    got = actual_types("شنت قوات الأمن أمس غارة على مدرسة في مدينة الرقة واحتجزت أربعة معلمين قال ذووهم إنه لا يوجد "
                       "أي دليل يثبت أن المعلمين لهم صلات بالمتمردين .")
    assert CLASH not in got
