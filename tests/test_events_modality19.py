"""A verbal noun is the complement of the noun that governs it (session 19, "modality5"): the reading of a deed
not told done passes from a governing verbal noun to its complement, right after it or after one preposition
("طالبت الفصائل بالتوقف عن قتال النظام": the fighting is what is asked to stop; "يخشى السكان من تكرار قصف":
the shelling is feared). Fixtures written for this rule (wording after breadth pages), with negative twins."""

from __future__ import annotations

import pytest
from analysed import modality_at
from test_events import event_types

_types = event_types


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    pytest.param("طالبت الأمم المتحدة الفصائل المسلحة بالتوقف عن قتال القوات الحكومية في مدينة حلب .", "قتال",
                 "demanded", id="asked-to-stop-fighting"),
    pytest.param("ويخشى سكان المدينة من تكرار قصف الطيران الحربي على الأحياء السكنية .", "قصف",
                 "hypothetical", id="feared-repeat"),
    pytest.param("ودعت الدول الغربية روسيا والنظام السوري إلى الامتناع عن قصف المستشفيات .", "قصف",
                 "demanded", id="asked-to-refrain"),
])
def test_the_complement_of_a_governing_noun_takes_its_reading(text: str, trigger: str, expected: str) -> None:
    assert modality_at(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the call is for an inquiry into the shelling: the shelling is told
    pytest.param("دعت الأمم المتحدة إلى التحقيق في القصف الذي استهدف المستشفى .", "القصف", "actual",
                 id="inquiry-into"),
    pytest.param("وطالبت المنظمة بمحاسبة المسؤولين عن قصف المدرسة .", "قصف", "actual", id="accountability-for"),
    # a span counted from the shelling keeps its own reading
    pytest.param("منذ بدء قصف المدينة قتل عشرة مدنيين .", "قصف", "since_start", id="since-start"),
    # a toll in a shelling: the shelling is told
    pytest.param("قتل عشرة مدنيين جراء قصف الطيران على البلدة .", "قصف", "actual", id="toll-in-shelling"),
    # a plain noun is no governing verbal noun (the cue's reading of it passes nothing)
    pytest.param("منعت الجماعة طلاب دار الحديث بمركز دماج السلفي من الخروج من المنطقة .", "الخروج", "actual",
                 id="plain-noun-head"),
    # a word that tells a cause asserts what it governs: the fear is of shells, the shelling goes on
    pytest.param("أغلقت مدرسة في المدينة خشية سقوط القذائف على المدرسة نتيجة القصف المستمر .", "القصف", "actual",
                 id="cause-word"),
])
def test_a_complement_of_a_noun_told_done_keeps_its_reading(text: str, trigger: str, expected: str) -> None:
    assert modality_at(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the passive participle of "طلب": what is asked for
    pytest.param("ويبلغ عدد مسلحي النصرة المطلوب انسحابهم من الجرود بين 400 و 600 .", "انسحابهم", "unrealised",
                 id="asked-for-participle"),
    # a time still to come told after the trigger
    pytest.param("عمليات أمنية ونوعية تستهدف مسلحين في عفرين في الأيام القليلة القادمة .", "تستهدف", "planned",
                 id="days-to-come"),
    # ... but not past another verb, which tells its own predication
    pytest.param("قصفت الطائرات المدينة وتوعدت بالمزيد في الأيام القادمة .", "قصفت", "actual", id="days-to-come-verb"),
])
def test_a_deed_asked_for_or_to_come(text: str, trigger: str, expected: str) -> None:
    assert modality_at(text, trigger) == expected


def test_a_demanded_deed_and_its_joined_twin_are_no_events() -> None:
    text = ("طالبت غرفة الموك فصائل المعارضة في مدينة حلب بالتوقف عن قصف مواقع قوات النظام "
            "وتسليم السلاح .")
    assert _types(text) == []


def test_a_strike_told_done_is_kept() -> None:
    assert _types("وقصفت فصائل المعارضة مواقع قوات النظام في مدينة حلب .") != []
