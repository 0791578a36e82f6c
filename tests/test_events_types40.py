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


@pytest.mark.parametrize("text", [
    "أطلقت مجموعة مسلحة أمس سراح الصحفي وليد بعد احتجازه لست ساعات في مدينة الرقة .",
    "مجموعة مسلحة تطلق أمس سراح الصحفي ( وليد ) بعد احتجازه لست ساعات في مدينة الرقة .",
])
def test_a_detention_by_gunmen_is_an_abduction(text: str) -> None:
    got = actual_types(text)
    assert got == [("Violence against civilians", "Abduction/forced disappearance")]


def test_a_detention_by_the_police_stays_an_arrest() -> None:
    got = actual_types("أطلقت قوات الأمن أمس سراح الصحفي وليد بعد احتجازه لست ساعات في مدينة الرقة .")
    assert got == [("Strategic developments", "Arrests")]


def test_factions_detaining_each_other_make_arrests() -> None:
    got = actual_types("اعتقلت جبهة النصرة أمس شبانا فيما بينها في مدينة الرقة .")
    assert got == [("Strategic developments", "Arrests")]


def test_an_armed_group_detaining_people_is_an_abduction() -> None:
    # the control: "بينهم" alone counts the detainees, it tells no detention among the parties
    got = actual_types("اعتقلت جبهة النصرة أمس 20 شخصا بينهم أطفال في مدينة الرقة .")
    assert got == [("Violence against civilians", "Abduction/forced disappearance")]


def test_an_attack_on_an_aircraft_is_no_air_strike() -> None:
    got = actual_types("هاجم متمردون سوريون طائرة جوية سورية في مدينة الرقة أمس .")
    assert got == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "هاجمت طائرات النظام أمس مدينة الرقة .",
    "هاجمت الفصائل أمس مطار الرقة بطائرة مسيرة .",
])
def test_aircraft_as_subject_or_means_keep_the_air_strike(text: str) -> None:
    assert ("Explosions/Remote violence", "Air/drone strike") in actual_types(text)


def test_the_fire_an_assault_followed_is_the_assault() -> None:
    # (the missiles' relative clause "التي استهدفت المنطقة" is the same fire)
    got = actual_types("قال المتحدث إن مقاتليه تصدوا أمس لمحاولة ميليشيات النظام التقدم في مدينة الرقة , بعد "
                       "التمهيد للتقدم بعدد من صواريخ أرض أرض , التي استهدفت المنطقة , وقتلوا 7 من العناصر .")
    assert got and all(t[0] == "Battles" for t in got)


def test_fire_told_as_a_purpose_stays_the_strike() -> None:
    got = actual_types("قصفت قوات النظام أمس مدينة الرقة بعدد من صواريخ أرض أرض تمهيدا للتقدم نحوها .")
    assert got == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


@pytest.mark.parametrize("text", [
    # gunmen of a named group, and the armed factions of another clause, are no unnamed holders
    "حاول مسلحون من جبهة النصرة أمس إنزال العلم بالتزامن مع اعتقال النصرة كل عنصر ينتمي لأحرار الشام في مدينة الرقة .",
    "قام عناصر الشرطة أمس بإنزال علم الفصائل المسلحة , بعد رفعه وسط مدينة الرقة واعتقلت المشاركين في رفعه .",
])
def test_named_or_distant_gunmen_hold_nobody(text: str) -> None:
    assert ("Violence against civilians", "Abduction/forced disappearance") not in actual_types(text)
