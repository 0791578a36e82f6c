"""Shootings (session 39 detect): fire opened on someone ("أطلق مسلحون النار على ...", "فتحت قوات الأمن النار على
...") and a person wounded by gunfire ("أصيب مواطن برصاص قناص") are a happening of their own. ACLED typing: shots at
an armed side are Battles/Armed clash, at unarmed people Violence against civilians/Attack, at a protest Excessive
force against protesters. Negative twins: a ceasefire, fire into the air, a stray bullet at a wedding. Small
fixtures of the general wording; the whole pipeline runs."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
FORCE = ("Protests", "Excessive force against protesters")


def _events(text: str, modality: str = "actual") -> list[tuple[str, str]]:
    a: Analysis = analyse_text(text, "2017-09-20", doc_id="sh", stages=None)
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == modality]


def test_gunmen_fire_on_a_car_is_an_attack_on_civilians() -> None:
    assert _events("أطلق مسلحون مجهولون النار على سيارة في بلدة طفس بريف درعا أمس .") == [VAC]


def test_soldiers_fire_bullets_on_a_young_man() -> None:
    assert _events("أطلق جنود الاحتلال الرصاص على شاب في مدينة الخليل أمس .") == [VAC]


def test_fire_on_an_army_patrol_is_a_clash() -> None:
    assert _events("أطلق مسلحون النار على دورية للجيش في مدينة درعا أمس .") == [CLASH]


def test_fire_on_protesters_is_excessive_force_once() -> None:
    assert _events("فتحت قوات الأمن النار على المتظاهرين في مدينة درعا أمس .") == [FORCE]


def test_a_citizen_wounded_by_a_sniper() -> None:
    assert _events("أصيب مواطن برصاص قناص في حي جوبر بدمشق أمس .") == [VAC]


def test_a_soldier_wounded_by_gunfire_is_a_clash() -> None:
    assert _events("أصيب جندي من قوات النظام برصاص قناص في مدينة درعا أمس .") == [CLASH]


def test_a_ceasefire_is_no_shooting() -> None:
    assert _events("دعت الأطراف إلى وقف إطلاق النار في مدينة درعا أمس .") == []


def test_fire_into_the_air_hits_nobody() -> None:
    assert _events("أطلق مسلحون النار في الهواء ابتهاجا في مدينة درعا أمس .") == []


def test_a_stray_bullet_at_a_wedding_is_no_attack() -> None:
    assert _events("أصيب طفل برصاص طائش خلال حفل زفاف في مدينة درعا أمس .") == []


def test_wounded_by_shelling_stays_the_shelling() -> None:
    assert _events("أصيب طفل بجروح جراء قصف على بلدة طفس بريف درعا أمس .") == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_fire_on_a_sit_in_told_by_its_verb_is_excessive_force() -> None:
    assert _events("أطلق الجيش النار على أهالي القرية أثناء اعتصموا قرب الحدود في مدينة درعا أمس .") == [FORCE]


def test_protesters_who_attack_stay_a_riot() -> None:
    assert _events("هاجم المحتجون في مدينة حمص مركزا حكوميا وأحرقوا سيارة تابعة له أمس .") == [
        ("Riots", "Violent demonstration")]


def test_a_pronoun_victim_is_no_shooting_trigger() -> None:
    # the victim told before the pronoun cannot be typed (armed or not): the phrase wants its object after it
    assert _events("وصل مسلحون إلى منزل الرجل في مدينة درعا أمس وأطلقوا النار عليه .") == []


def test_a_gunman_who_shot_himself_is_no_second_deed() -> None:
    assert _events("أطلق رجل النار على نفسه في مدينة درعا أمس .") == []


def test_fire_on_a_target_of_the_other_side_is_a_clash() -> None:
    assert _events("فتح جنود إسرائيليون النار على هدف سوري في هضبة الجولان أمس .") == [CLASH]
