"""Battles typed where the text tells no battle (session 22, helper "battles"): goods seized are no ground taken,
people killed as passengers or worshippers are civilians, a stabbing or a ramming is one-sided, and an attack
whose sentence names only an air means is that air strike.

ACLED: Battles need two organised armed sides fighting, or ground changing hands; a one-sided attack on
unarmed people is Violence against civilians; an attack made from the air is Explosions/Remote violence."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text
from test_events import actual_types


@pytest.mark.parametrize("text", [
    "وقامت قوات النظام أمس بالاستيلاء على السيارات المملوكة لمدنيين في مدينة الرقة.",
    "واستولى عناصر تنظيم داعش على عربات وأسلحة في مدينة الرقة أمس.",
    # a superlative between the preposition and the goods seized
    "وقام الجيش السوري أمس بالاستيلاء على أكبر المخازن التابعة لداعش في مدينة الرقة.",
])
def test_goods_seized_are_no_ground_taken(text: str) -> None:
    assert all(t[0] != "Battles" for t in actual_types(text))


@pytest.mark.parametrize("text", [
    "وسيطرت قوات النظام أمس على أكبر أحياء مدينة الرقة.",
    "وسيطر تنظيم داعش على معظم مدينة الرقة أمس.",
])
def test_ground_after_a_superlative_is_still_taken(text: str) -> None:
    assert any(t[0] == "Battles" and t[1] != "Armed clash" for t in actual_types(text))


@pytest.mark.parametrize("text", [
    "قتل مسلحون أمس 28 من ركاب حافلة قرب مدينة الرقة.",
    "قتل مسلحون أمس 7 من المارة في حافلة قرب مدينة الرقة.",
])
def test_passengers_and_passers_by_killed_are_civilians(text: str) -> None:
    assert actual_types(text) == [("Violence against civilians", "Attack")]


def test_armed_dead_stay_a_battle() -> None:
    assert actual_types("قتل مسلحون أمس 28 من عناصر قوات النظام قرب مدينة الرقة.") == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "قتل ثلاثة أشخاص في هجوم طعن في مدينة الرقة أمس.",
    "قتل خمسة أشخاص أمس في هجوم دهس في مدينة الرقة.",
])
def test_a_stabbing_or_a_ramming_is_one_sided(text: str) -> None:
    got = actual_types(text)
    assert got and all(t == ("Violence against civilians", "Attack") for t in got)


def test_a_stabbing_of_soldiers_is_no_attack_on_civilians() -> None:
    got = actual_types("قتل جنديان في هجوم طعن على حاجز للجيش في مدينة الرقة أمس.")
    assert got and all(t[0] != "Violence against civilians" for t in got)


def test_an_attack_told_with_only_an_air_means_is_an_air_strike() -> None:
    # the air means told in the sentence, away from the attack word (a feed item on the Damascus airport strike)
    a = analyse_text("سوريا : إسرائيل مسؤولة عن هجوم الليلة على مطار دمشق , وتقارير عن طائرات إسرائيلية في الأجواء .",
                     "2017-09-22")
    got = {(e.event_type, e.sub_event_type) for e in actual_events_of(a)}
    assert got == {("Explosions/Remote violence", "Air/drone strike")}


@pytest.mark.parametrize("text", [
    "وواصلت قوات النظام أمس هجومها على مدينة الرقة بدعم جوي روسي.",
    "وشنت قوات النظام أمس هجوما على مدينة الرقة تحت غطاء من الطيران الحربي , واندلعت اشتباكات عنيفة.",
])
def test_a_ground_attack_backed_from_the_air_stays_a_battle(text: str) -> None:
    got = actual_types(text)
    assert got and all(t[0] == "Battles" for t in got)



def test_a_load_dropped_past_an_inserted_day_is_a_strike() -> None:
    # the commas around the day do not part the verb from the barrels it dropped: nothing was shot down
    a = analyse_text("أسقطت طائرة حربية , في 1 أغسطس / آب , برميلين متفجرين على مدينة سراقب بمحافظة إدلب , وأصيب 28 "
                     "من المدنيين .", "2017-08-10")
    got = {(e.event_type, e.sub_event_type) for e in actual_events_of(a)}
    assert got == {("Explosions/Remote violence", "Air/drone strike")}


def test_a_load_of_gas_dropped_is_a_chemical_weapon() -> None:
    a = analyse_text("أسقطت طائرة حربية , في 1 أغسطس / آب , برميلين يحتويان على غاز الكلور على مدينة سراقب "
                     "بمحافظة إدلب , وأصيب 28 من المدنيين .", "2017-08-10")
    got = {(e.event_type, e.sub_event_type) for e in actual_events_of(a)}
    assert got == {("Explosions/Remote violence", "Chemical weapon")}
