"""Trigger words governed by a predicate that does not assert them (session 17, "nonevent3"): a deed asked
for ("طلبوا إخلاء مواقعهم"), needed, hindered or put off ("بعرقلة استهداف", "تأجيل تهجير"), a goal some
distance away ("المسافة التي تفصله عن فك الحصار"), and the object of a future verb ("سيبدأ معركة",
"سيؤثر على معركة الرقة"). The predicate must govern the trigger: only a link word (a preposition, an object
pronoun, a light verbal noun) between them. Fixtures written for these rules (wording after breadth pages),
each with its negative twin."""

from __future__ import annotations

import pytest
from analysed import modality_at
from test_events import event_types, run_two_towns

from rasd.extract.modality import NOT_EVENT

_run = run_two_towns
_types = event_types


# --------------------------------------------------------------------------- the modality layer


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("وقال إن الأمير طلب منه تنفيذ عملية انتحارية في حلب ولكنه رفض", "عملية", id="asked-to-carry-out"),
    pytest.param("وقال المصدر إن المسلحين طلبوا إخلاء مواقعهم في القرية", "إخلاء", id="asked-to-leave"),
    pytest.param("موسكو تتهم واشنطن بعرقلة استهداف التنظيم في المدينة", "استهداف", id="hindered"),
    pytest.param("وتقدم غطاء للتنظيم بإعاقتها ضربات جوية على مواقعه", "ضربات", id="hindered-pronoun"),
    pytest.param("وأعلنت الأمم المتحدة تأجيل تهجير أهالي البلدتين", "تهجير", id="put-off"),
    pytest.param("وقلص الجيش المسافة التي تفصله عن فك الحصار عن المدينة", "فك", id="distance"),
    pytest.param("وقال إن المدينة بحاجة إلى تحرير سريع من التنظيم", "تحرير", id="needed"),
    pytest.param("وتؤكد المصادر أنه قرر الانسحاب من منطقة الجبال", "الانسحاب", id="decided"),
])
def test_a_deed_asked_for_hindered_or_needed_is_not_told(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) in NOT_EVENT


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("وطلب اللاجئ اللجوء في تركيا بعد القصف على بلدته", "القصف", id="another-phrase"),
    pytest.param("وتأخر وصول المساعدات إلى المدينة بسبب القصف", "القصف", id="delay-by-shelling"),
    pytest.param("وبقرار من القيادة انسحبت القوات من المدينة", "انسحبت", id="by-decision"),
])
def test_a_request_word_of_another_phrase_leaves_the_happening(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "actual"


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("وبدأت طائرات التحالف بشن غارات جوية تمهيدا لبدء معركة استعادة المدينة", "معركة", id="prepared-for"),
    pytest.param("ودفعت القيادة بتعزيزات نحو القضاء تمهيد ا لاطلاق معركة تحريرها", "معركة", id="prepared-for-split"),
])
def test_a_battle_prepared_for_is_a_purpose(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "purpose"


def test_an_artillery_preparation_is_a_bombardment() -> None:
    # the noun "تمهيد" with its adjective names a barrage fired, not what it prepares
    assert modality_at("وانسحبت القوات بعد تمهيد مدفعي على القرية", "مدفعي") == "actual"


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("وقال مصدر إن الحشد الشعبي سيبدأ معركة للسيطرة على المدينة", "معركة", id="will-begin"),
    pytest.param("وهو ما سيؤثر على معركة الرقة", "معركة", id="will-affect"),
    pytest.param("وقال إن الجيش سيبقي على طائراته الحربية في سورية", "طائراته", id="will-keep"),
    pytest.param("وأعلن أن الأطراف المتصارعة ستوقف هجماتها في المناطق", "هجماتها", id="will-stop"),
])
def test_the_object_of_a_future_verb_is_planned(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "planned"


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("وقال إن الجيش سيطر على القرية بعد معركة عنيفة", "معركة", id="control-verb"),
    pytest.param("وانفجرت سيارة مفخخة في سوق المدينة", "مفخخة", id="car"),
    pytest.param("وقال إنه سيزور لاحقا عائلات القتلى الذين سقطوا في المعركة", "المعركة", id="future-of-another-phrase"),
])
def test_a_word_spelt_like_a_future_verb_or_far_from_the_trigger_leaves_it(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "actual"


# --------------------------------------------------------------------------- the events stage


@pytest.mark.parametrize("text", [
    pytest.param("وقال المصدر إن أمير التنظيم طلب منه تنفيذ عملية انتحارية في حلب أمس ولكنه رفض .", id="asked"),
    pytest.param("وقال المصدر إن قوات النظام سيبدأ هجوما على مدينة حلب خلال يومين .", id="future"),
    pytest.param("وقلصت قوات النظام أمس المسافة التي تفصلها عن فك الحصار عن مدينة حلب .", id="distance"),
])
def test_no_event_for_a_deed_asked_for_planned_or_not_reached(text: str) -> None:
    assert _types(text) == []


def test_a_suicide_attack_carried_out_is_kept() -> None:
    text = "ونفذ عنصر من التنظيم أمس عملية انتحارية في مدينة حلب ."
    assert ("Explosions/Remote violence", "Suicide bomb") in _types(text)
