"""The targeting verb of an attack noun (session 20, helper "types6").

"الهجوم الإرهابي الذي استهدف مسجد الروضة": the verb "استهدف" tells what the attack struck; it names no weapon, so
it is no shelling of its own. The attack word types the happening: an attack on a civilian place is Violence
against civilians, one on positions a battle; a means told with it still types it by that means.
"""

from __future__ import annotations

import pytest
from test_events_types import _typed

VAC = ("Violence against civilians", "Attack")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text", [
    "أعلن التلفزيون أن عدد ضحايا الهجوم الذي استهدف مسجدا في مدينة الرقة يوم الجمعة ارتفع إلى 235 قتيلا.",
    "أعلنت النيابة العامة عن ارتفاع أعداد الضحايا في الهجوم الإرهابي الذي استهدف مسجد الروضة في مدينة الرقة ليصل إلى 305 شهداء.",
    # the day told between commas does not part the verb from its target
    "تضامنا مع ضحايا الهجوم الإرهابي الذي استهدف , يوم الجمعة , مسجدا في مدينة الرقة , وخلف 235 قتيلا.",
])
def test_an_attack_that_targeted_a_civilian_place_is_violence_against_civilians(text: str) -> None:
    assert _typed(text) == [VAC], _typed(text)


def test_an_attack_that_targeted_positions_is_a_battle() -> None:
    got = _typed("وقتل 12 شخصا يوم الأحد في هجوم مليشيات النظام الذي يستهدف مواقع التنظيم في مدينة الرقة.")
    assert got == [("Battles", "Armed clash")], got


@pytest.mark.parametrize(("text", "expected"), [
    # a means told with the attack types it
    ("قتل 7 أشخاص يوم الأحد في الهجوم الذي استهدف مواقع الجيش في مدينة الرقة بالصواريخ.", SHELLING),
    ("قتل 7 أشخاص يوم الأحد في هجوم بسيارة مفخخة استهدف حاجزا في مدينة الرقة.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("قتل 7 أشخاص يوم الأحد في هجوم انتحاري استهدف حاجزا في مدينة الرقة.",
     ("Explosions/Remote violence", "Suicide bomb")),
    ("قتل 5 مدنيين يوم الأحد في هجوم للطيران الحربي استهدف مدينة الرقة.",
     ("Explosions/Remote violence", "Air/drone strike")),
    # a bombardment that targeted: the verb's subject is a strike, not an attack noun
    ("قتل 5 مدنيين يوم الأحد في قصف استهدف مدينة الرقة.", SHELLING),
])
def test_a_means_told_with_the_attack_still_types_it(text: str, expected: tuple[str, str]) -> None:
    assert _typed(text) == [expected], _typed(text)

