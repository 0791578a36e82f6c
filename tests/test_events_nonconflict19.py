"""Happenings the casualty and blast words misread (session 19, helper "types5").

1. A toll whose cause, told in the cause's own place, is weather, a landslide or an accident is no conflict
   event: "ضحايا العاصفة", "انحراف قطار ... يخلف 27 قتيلا", "أدى انهيار أرضي ... إلى مقتل".
2. Houses or buildings blown up with nobody told hurt are property destroyed (ACLED Strategic developments /
   Looting/property destruction), not an explosion event: "فجروا 16 منزلا تعود لمواطنين مسيحيين".
3. "سقوط" (a fall) is a toll only when what fell is people (or munitions): "سقوط 6 قتلى", not "عقب سقوط
   القذافي", "مسؤولية سقوط مدينة الرقة".
"""

from __future__ import annotations

import pytest
from test_events_types import _typed

DESTROYED = ("Strategic developments", "Looting/property destruction")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    # the toll noun's genitive
    "أعلن الدفاع المدني ارتفاع عدد ضحايا العاصفة إلى 12 , فيما عثر على 3 أحياء في مدينة الرقة.",
    # the subject of a causing verb: at the head of the clause, or right after the verb
    "انحراف قطار ركاب قرب مدينة الرقة عن مساره يخلف 27 قتيلا.",
    "وأدى انهيار أرضي في مدينة الرقة إلى مقتل ثمانية أشخاص يوم الأحد.",
    # a cause preposition after the toll
    "مقتل 10 أشخاص بسبب الأمطار في مدينة الرقة يوم الأحد.",
])
def test_a_toll_caused_by_weather_or_an_accident_is_no_event(text: str) -> None:
    assert _typed(text) == [], _typed(text)


@pytest.mark.parametrize("text", [
    # an operation named "storm" is told elsewhere in the sentence, not as the toll's cause
    "وقالت مصادر إن الغارات التي نفذها طيران عاصفة الحزم على مدينة الرقة أسفرت عن مقتل 39 مدنيا.",
    "ولقي 30 من عناصر داعش مصرعهم في مدينة الرقة خلال عملية عاصفة الجزيرة.",
    # a building's collapse in a bombardment: the clause tells the fighting
    "مقتل 5 مدنيين في انهيار مبنى جراء القصف على مدينة الرقة يوم الأحد.",
])
def test_a_toll_of_violence_stays_with_a_storm_or_collapse_word_elsewhere(text: str) -> None:
    assert _typed(text), text


@pytest.mark.parametrize("text", [
    # the building right after the blasting verb, past a count or the verb's subject
    "وقال مسؤول إن مسلحي داعش فجروا 16 منزلا تعود لمواطنين مسيحيين شرق مدينة الرقة يوم الأحد.",
    "وفي غرب دمشق قامت قوات النظام بإطلاق النار باتجاه بلدة مضايا , وفجرت منازل مدنيين في مدينة الرقة يوم الأحد.",
    # an injury told after "في حين" is another happening's
    "وفجرت قوات النظام منازل مدنيين في مدينة الرقة يوم الأحد , في حين أصيب شخص برصاص قناص في مدينة المعضمية.",
])
def test_houses_blown_up_with_nobody_hurt_are_property_destroyed(text: str) -> None:
    got = _typed(text)
    assert DESTROYED in got and IED not in got, got


@pytest.mark.parametrize("text", [
    # a toll in the sentence: the blast struck people
    "وقال ناشطون إن مجهولين قاموا بتفجير مبنى في مدينة الرقة ما أدى لسقوط أكثر من 20 قتيلا.",
    # fighters inside the building
    "وفجرت قوات النظام المبنى حيث المقاتلين متمركزين في مدينة الرقة يوم الأحد.",
    # the explosive went off at a house: the house is no object of the blast word
    "وفجر التنظيم عبوة ناسفة بمنزل في مدينة الرقة يوم الأحد.",
])
def test_a_blast_that_strikes_people_stays_an_explosion(text: str) -> None:
    got = _typed(text)
    assert IED in got and DESTROYED not in got, got


@pytest.mark.parametrize("text", [
    # "سقوط" with a ruler, a place or a town as its genitive is their fall, not a toll
    "واستغل تنظيم داعش الفوضى في مدينة الرقة عقب سقوط القذافي.",
    "وقالت قوات النظام إن تنظيم داعش يتحمل مسؤولية سقوط مدينة الرقة.",
])
def test_the_fall_of_a_place_or_a_ruler_is_no_toll(text: str) -> None:
    assert _typed(text) == [], _typed(text)


@pytest.mark.parametrize("text", [
    # a count, a toll noun or "ما لا يقل عن" after "سقوط": people fell
    "سقوط 6 قتلى برصاص قوات النظام في مدينة الرقة يوم الأحد.",
    "سقوط ما لا يقل عن 70 قتيلا في مدينة الرقة يوم الأحد.",
    "سقوط ثلاثة قتلى في قصف على مدينة الرقة يوم الأحد.",
    # a shell that fell is the shell-fall family's phrase
    "سقوط قذيفة هاون على مدينة الرقة يوم الأحد.",
    # a fall into someone's hands is a capture, read as before
    "وتتحمل قوات النظام مسؤولية سقوط البلدة بيد تنظيم داعش في مدينة الرقة.",
])
def test_a_toll_told_by_a_fall_stays(text: str) -> None:
    assert _typed(text), text
