"""Event types and non-events of session 24 (helper "types9"): a zone "free of clashes", a battle awaited, a return
to fighting decided or an exit demanded are not told done; machine-gun fire on a position is small-arms fire (a
clash), not a shelling; a bare targeting verb with no shell or aircraft, told with fighting, is the ground attack's
fire (a clash); a "مذبحة" (massacre) is a killing of civilians, as "مجزرة" is.

ACLED codes only events that took place; Battles are armed clashes of two organised sides, and aimed small-arms or
heavy machine-gun fire is Battles, not remote violence."""

from __future__ import annotations

import pytest
from test_events import actual_types


@pytest.mark.parametrize("text", [
    # privative: a zone declared free of clashes ("خالية من الاشتباكات"), no clash is told
    "أعلنت روسيا مدينة الرقة منطقة خالية من الاشتباكات بين قوات النظام وتنظيم داعش أمس.",
    # awaited: the attack has not begun ("بانتظار بدء الهجوم", "في انتظار الهجوم")
    "وتمركزت قوات النظام أمس في مدينة الرقة بانتظار بدء الهجوم على مواقع تنظيم داعش.",
    "ووصلت تعزيزات قوات النظام أمس إلى مدينة الرقة في انتظار الهجوم على مواقع تنظيم داعش.",
    # a decision in a faction's own words ("قررنا العودة للعمل العسكري")
    "قالت فصائل الجيش السوري الحر أمس في مدينة الرقة , ولذلك قررنا العودة للعمل العسكري.",
    # a demand (the noun "مطلب")
    "وتجاهلت الفصائل مطلب الحكومة بالخروج من مدينة الرقة أمس.",
])
def test_absent_awaited_decided_or_demanded_deeds_are_not_told_done(text: str) -> None:
    assert actual_types(text) == []


def test_a_clash_told_before_a_zone_free_of_clashes_stays() -> None:
    # "خالية من" governs only the noun right after its "من": the clash told first is told done
    got = actual_types("اندلعت أمس في مدينة الرقة اشتباكات في المنطقة الخالية من الاشتباكات بين قوات النظام وتنظيم داعش.")
    assert ("Battles", "Armed clash") in got


def test_machine_gun_fire_on_a_position_is_a_clash() -> None:
    got = actual_types("قتل عنصران من قوات النظام أمس إثر استهدافهم برشاش الدوشكا من قبل الجيش الحر في مدينة الرقة.")
    assert got and all(t[0] == "Battles" for t in got)


def test_machine_gun_fire_beside_shells_keeps_the_shelling() -> None:
    got = actual_types("استهدف عناصر الجيش الحر أمس نقطة لقوات النظام بقذائف الهاون والرشاشات في مدينة الرقة.")
    assert got and all(t[0] == "Explosions/Remote violence" for t in got)


def test_a_zone_emptied_of_people_keeps_the_bombardment() -> None:
    # "خالية من" governs only the noun after its "من": the shelling told after the people is told done
    got = actual_types("أصبحت مدينة الرقة خالية من السكان بعد قصف قوات النظام لها بالمدفعية أمس.")
    assert got and all(t[0] == "Explosions/Remote violence" for t in got)


def test_targeting_told_with_fighting_and_no_shell_is_a_clash() -> None:
    # the ground attack's fire ("استهدف مواقع ... تخلله اشتباكات"), no shell, rocket or aircraft named
    got = actual_types("شن تنظيم داعش أمس هجوما عبر عملية تسلل على مدينة الرقة , استهدف مواقع قوات سوريا الديمقراطية , "
                 "تخلله اشتباكات عنيفة.")
    assert got and all(t == ("Battles", "Armed clash") for t in got)


@pytest.mark.parametrize("text", [
    "استهدفت قوات النظام أمس بقذائف الهاون مواقع الفصائل في مدينة الرقة وسط اشتباكات عنيفة.",
    # the bombardment is the verb's subject ("القصف الروسي استهدف"): the fighting is told apart
    "وأكد ناشطون أن القصف الروسي استهدف أمس مدينة الرقة , فيما اندلعت اشتباكات عنيفة في ريفها.",
])
def test_targeting_with_shells_beside_fighting_stays_a_shelling(text: str) -> None:
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in actual_types(text)


def test_targeting_told_with_a_blast_is_no_clash() -> None:
    # "التفجير الذي استهدف قافلة" (the blast is the means; "تبادل المهجرين" is no exchange of fire)
    got = actual_types("بدأت أمس عملية تبادل المهجرين في مدينة الرقة رغم التفجير الذي استهدف قافلة الحافلات وأسفر عن "
                 "سقوط 60 قتيلا.")
    assert got and all(t[0] != "Battles" for t in got)


def test_a_massacre_told_with_its_synonym_is_a_killing_of_civilians() -> None:
    got = actual_types("ارتكب تنظيم داعش أمس مذبحة بحق المدنيين في مدينة الرقة , مما أدى إلى مقتل 17 شخصا.")
    assert ("Violence against civilians", "Attack") in got and all(t[0] != "Battles" for t in got)
