"""Event types of session 23 (helper "types8"): a targeting verb whose means is a sniper is aimed rifle fire (a
clash, or a killing of civilians), not a shelling; an attack the text calls "terrorist" with no force told as
its target or its dead is an attack on people, not a battle; a truck driven into people is a ramming; a battle
or an exchange of fire told beside a protest is armed men fighting, not a riot; a vow ("متوعدا") or a deed "supposed"
to happen ("من المفترض" + a verbal noun) is not told done.

ACLED: Battles need two organised armed sides; sniping is small-arms fire (Battles, or Violence against
civilians when civilians are the target); a one-sided attack on unarmed people is Violence against civilians."""

from __future__ import annotations

import pytest
from test_events import actual_types


def test_civilians_sniped_are_killed_one_sidedly() -> None:
    got = actual_types("قتل 3 من المدنيين أمس جراء استهدافهم برصاص القنص من قبل تنظيم داعش في مدينة الرقة.")
    assert got and all(t == ("Violence against civilians", "Attack") for t in got)


@pytest.mark.parametrize("text", [
    "قتل مسلحان من قوات سوريا الديمقراطية أمس إثر استهدافهم من قبل مسلحي تنظيم داعش برصاص القنص في مدينة الرقة.",
    "قناص لتنظيم داعش يستهدف أمس قوات النظام المتمركزة في مدينة الرقة.",
])
def test_fighters_sniped_are_a_clash(text: str) -> None:
    got = actual_types(text)
    assert got and all(t[0] == "Battles" for t in got)


def test_a_building_used_for_sniping_is_only_the_target() -> None:
    got = actual_types("استهدفت قوات النظام أمس بقذائف الهاون بناء يستخدم للقنص في مدينة الرقة.")
    assert got and all(t[0] == "Explosions/Remote violence" for t in got)


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن المهاجم قتل خمسة أشخاص في الهجوم الإرهابي أمس في مدينة الرقة.",
    "أعلن تنظيم داعش مسؤوليته عن الهجوم الذي تم تنفيذه بشاحنة في مدينة الرقة أمس وأسفر عن مقتل 8 أشخاص.",
])
def test_a_terrorist_attack_on_people_is_no_battle(text: str) -> None:
    got = actual_types(text)
    assert ("Violence against civilians", "Attack") in got and all(t[0] != "Battles" for t in got)


def test_a_terrorist_attack_on_a_force_stays_a_battle() -> None:
    got = actual_types("قتل جنديان في هجوم إرهابي على حاجز للجيش في مدينة الرقة أمس.")
    assert ("Battles", "Armed clash") in got


def test_buildings_sniped_at_keep_their_type() -> None:
    # no people aimed at or hit: the targeting verb keeps its default reading (no clash typed from it)
    assert all(t[0] != "Battles" for t in actual_types("استهدف قناصو التنظيم أمس المباني السكنية في مدينة الرقة."))


@pytest.mark.parametrize("text", [
    "وقتل قيادي في فيلق الشام بطلق ناري أثناء تبادل لإطلاق النار مع عناصر هيئة تحرير الشام بعد خروج مظاهرة في مدينة الرقة أمس.",
    "أصيب مراسل القناة أمس في معركة تحرير مدينة الرقة , بينما اعتدت القوات الأمنية على المتظاهرين في مدينة الرقة.",
])
def test_a_battle_or_an_exchange_of_fire_told_with_a_protest_is_no_riot(text: str) -> None:
    assert all(t[0] != "Riots" for t in actual_types(text))


@pytest.mark.parametrize("text", [
    # a vow ("متوعدا باستعادة"): the participle of "توعد", no taking told
    "وأعلنت قوات سوريا الديمقراطية أمس أن ما حدث كان بسبب قرارات فردية , متوعدة باستعادة مدينة الرقة.",
    # what is supposed to happen ("ومن المفترض إجلاء"): a scheduled evacuation, not one done
    "ومن المفترض إجلاء نحو 2200 شخص من مدينة الرقة إلى محافظة إدلب.",
])
def test_a_vow_or_a_scheduled_deed_is_not_told_done(text: str) -> None:
    assert actual_types(text) == []
