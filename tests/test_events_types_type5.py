"""Event types and modality of session 36 (helper "type5"): constructions of Arabic news that tell no happening
of the type the trigger word names.

- a deed in the subjunctive ("أن" / "قد" + an imperfect in ت / ن of a deed verb: "من المرجح أن تشارك الفصائل في
  تحرير الرقة") is forecast, not told done;
- fighters sent "to take part" ("للمشاركة في عمليات التصدي") name the battle as their aim;
- what a clause "على + a party + verbal noun" lays on that party ("وعلى قوات قسد الانسحاب") is demanded, not done;
- a toll of a tunnel that caved in ("جراء انهيار نفق") is an accident's;
- missiles fired by air defences, and air defences repelling a strike, are an interception: the strike they met
  is the event, no shelling and no clash of their own.

ACLED: only events that took place are coded (plans, forecasts and attempts to come are not), accidents are not
political violence, and a strike is coded by its own means; a value the text does not support is not guessed."""

from __future__ import annotations

import pytest
from analysed import actual_types

DAY = "2017-03-05"


def _types(text: str) -> set[str]:
    return {t[0] for t in actual_types(text, DAY)}


def _subs(text: str) -> set[str]:
    return {t[1] for t in actual_types(text, DAY)}


@pytest.mark.parametrize("text", [
    "من المرجح أن تشارك فصائل درع الفرات وقوات سوريا الديمقراطية في تحرير مدينة الرقة .",
    "قالت مصادر أمس إنه قد تنسحب قوات النظام من بلدة تادف شرقي حلب .",
])
def test_a_deed_in_the_subjunctive_is_not_told_done(text: str) -> None:
    assert not _types(text)


def test_a_capture_told_in_the_past_stays() -> None:
    assert "Government regains territory" in _subs("سيطرت قوات النظام أمس على بلدة مورك بعد اشتباكات عنيفة .")


def test_a_withdrawal_after_before_that_is_still_told() -> None:
    # "قبل أن" asserts what follows it: the clash told after it stays
    assert "Battles" in _types("قبل أن تنسحب قوات النظام من بلدة تادف أمس دارت اشتباكات عنيفة .")


def test_fighters_sent_to_take_part_are_no_battle() -> None:
    assert "Battles" not in _types(
        "دفعت حركة نور الدين الزنكي أمس المئات من مقاتليها إلى جبهات ريف حماة الشرقي للمشاركة في عمليات التصدي "
        "لهجمات قوات النظام .")


def test_repelling_an_attack_is_still_a_battle() -> None:
    assert "Battles" in _types("تصدت فصائل المعارضة أمس لهجوم قوات النظام على بلدة مورك .")


def test_a_tunnel_that_caved_in_is_no_battle() -> None:
    assert not _types("أعلنت كتائب القسام أمس مقتل 7 من أفرادها جراء انهيار نفق قرب حدود غزة .")


def test_a_tunnel_blown_up_is_still_a_blast() -> None:
    assert "Explosions/Remote violence" in _types(
        "قتل 3 عناصر من قوات النظام أمس جراء انفجار نفق مفخخ في حي جوبر بدمشق .")


@pytest.mark.parametrize("text", [
    "أطلقت الدفاعات الجوية السورية أمس صواريخ أرض جو نحو الحدود قرب دمشق .",
    "تقارير تفيد بأن صواريخ أرض جو أطلقت من قبل الدفاعات الجوية السورية قبل لحظات نحو الحدود قرب دمشق .",
])
def test_missiles_of_air_defences_strike_nothing(text: str) -> None:
    assert not _types(text)


def test_missiles_the_air_defences_met_are_a_strike() -> None:
    assert "Explosions/Remote violence" in _types(
        "قامت إسرائيل فجر اليوم بإطلاق صواريخ عدة من فوق الأراضي اللبنانية باتجاه منطقة القطيفة بريف دمشق وتصدت لها "
        "وسائط دفاعنا الجوي .")


def test_air_defences_meeting_a_strike_leave_the_strike_and_no_clash() -> None:
    types = _types("تصدت الدفاعات الجوية السورية أمس لهجوم إسرائيلي بالصواريخ على موقع عسكري بريف دمشق .")
    assert "Explosions/Remote violence" in types
    assert "Battles" not in types


def test_missiles_fired_at_defence_lines_still_shell() -> None:
    assert "Shelling/artillery/missile attack" in _subs("قصفت قوات النظام أمس بالصواريخ دفاعات التنظيم في بلدة مورك .")


@pytest.mark.parametrize("text", [
    "شدد أردوغان أمس على أن العملية لن تنتهي بالسيطرة على مدينة الباب , وعلى قوات قسد الانسحاب إلى شرق نهر الفرات .",
    "قال المتحدث أمس إن على المسلحين الخروج من مدينة دوما خلال 48 ساعة .",
])
def test_an_obligation_laid_on_a_party_is_no_deed(text: str) -> None:
    assert not _types(text)


def test_a_withdrawal_told_stays() -> None:
    assert "Non-violent transfer of territory" in _subs("انسحبت قوات قسد أمس إلى شرق نهر الفرات من مدينة منبج .")
