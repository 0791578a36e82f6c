"""Event types of session 35 (helper "evtype4"): words of a weapon or a deed that tell no happening of their own.

- a bomb made "ready for detonation" ("مجهزة للتفجير") in a seized cache did not go off;
- warplanes held by an airport ("مطار يضم طائرات حربية") or finding a wreck ("طائرات حربية عثرت على حطام") strike
  nothing;
- a raid named as the setting of a blast ("قتل ضابط في انفجار عبوة أثناء مداهمة") is that blast's, no arrest;
- a bomb maker ("صانع القنابل") is a trade, no grenade.

ACLED: an event is a happening told; a weapon named, held or found is none (a seized weapon is at most Disrupted
weapons use), and a value the text does not support is not guessed."""

from __future__ import annotations

import pytest
from analysed import actual_types

DAY = "2017-03-05"


def _types(text: str) -> set[str]:
    return {t[0] for t in actual_types(text, DAY)}


def _subs(text: str) -> set[str]:
    return {t[1] for t in actual_types(text, DAY)}


def test_a_seized_bomb_ready_for_detonation_did_not_go_off() -> None:
    text = ("ضبطت دورية من الجيش أمس في جرود بلدة عرسال , مخزنا كان يستخدمه المسلحون , يحتوي على 8 عبوات ناسفة , "
            "ومجهزة للتفجير , وعمل الخبراء على تفكيكها .")
    assert "Explosions/Remote violence" not in _types(text)


def test_a_bomb_that_killed_is_still_a_blast() -> None:
    assert "Remote explosive/landmine/IED" in _subs("قتل جنديان أمس بانفجار عبوة ناسفة في جرود بلدة عرسال .")


@pytest.mark.parametrize("text", [
    "سيطر مقاتلو المعارضة أمس على مطار عسكري في ريف حلب يضم طائرات حربية وذخيرة .",
    "أفاد ناشطون بأن طائرات حربية ترافقها طائرات استطلاع عثرت أمس على حطام المروحية بين قريتي المحروسة وأم الطيور "
    "جنوب محافظة حماة .",
])
def test_warplanes_held_or_searching_strike_nothing(text: str) -> None:
    assert "Air/drone strike" not in _subs(text)


def test_warplanes_that_struck_are_still_a_strike() -> None:
    assert "Air/drone strike" in _subs("قصفت طائرات حربية أمس مطارا عسكريا في ريف حلب ما أدى إلى مقتل 3 عناصر .")


def test_forces_that_target_a_town_with_mortars_still_shell() -> None:
    assert "Shelling/artillery/missile attack" in _subs("استهدفت قوات النظام أمس بلدة كفرنبودة بريف حماة بقذائف الهاون .")


def test_a_raid_told_as_the_setting_of_a_blast_is_no_arrest() -> None:
    text = ("وقتل ضابط و 5 مجندين أمس في انفجار عبوة ناسفة في إحدى المركبات أثناء مداهمة إحدى البؤر الإرهابية في "
            "منطقة سبيكة بشمال سيناء .")
    subs = _subs(text)
    assert "Arrests" not in subs
    assert "Remote explosive/landmine/IED" in subs


def test_a_raid_with_arrests_is_still_an_arrest() -> None:
    assert "Arrests" in _subs("داهمت قوات الأمن أمس منزلا في مدينة العريش واعتقلت 3 مطلوبين .")


def test_a_bomb_maker_named_is_no_grenade() -> None:
    text = "مقتل عاطف الجراودي وياسر الغاوي صانع القنابل في بلدة عرسال بريف بعلبك ."
    assert "Grenade" not in _subs(text)


def test_a_grenade_thrown_is_still_a_grenade() -> None:
    assert "Grenade" in _subs("ألقى مجهولون قنبلة يدوية أمس على منزل في بلدة عرسال بريف بعلبك ما أدى إلى إصابة طفلين .")

