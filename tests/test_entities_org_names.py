"""Who is named, round 2 (session 30, orgs2): the bodies a page names once and no list holds, found
by their head noun and what follows it — one definite genitive ("وزارة الزراعة"), a conjunct
("مديرية التربية والتعليم"), relational adjectives ("منظمة الطاقة الذرية الإيرانية"), a genitive
with ل ("المجلس الوطني لحقوق الإنسان"). Sentences written for the tests."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Document, doc_id_for


def _found(text: str) -> set[tuple[str, str]]:
    a = analyse(Document(id=doc_id_for(text), source="t", text=text))
    return {(m.surface, m.type) for m in a.mentions if m.type != "PLACE"}


def test_a_head_with_one_definite_genitive_names_a_body():
    assert ("وزارة الزراعة", "ORGANIZATION") in _found("وذكرت وزارة الزراعة أن المحصول تراجع هذا العام .")
    assert ("مفوضية الانتخابات", "ORGANIZATION") in _found(
        "وكانت مفوضية الانتخابات في الإقليم قد أكدت أمس أن المناطق ستشارك في التصويت .")


def test_two_genitives_joined_and_adjectives_stay_in_the_name():
    assert ("مديرية التربية والتعليم", "ORGANIZATION") in _found(
        "وأعلنت مديرية التربية والتعليم عن تعليق الدوام في المدارس يومين .")
    assert ("منظمة الطاقة الذرية الإيرانية", "ORGANIZATION") in _found(
        "وأكد المتحدث باسم منظمة الطاقة الذرية الإيرانية أن العمل مستمر .")


def test_a_definite_head_with_an_adjective_and_a_genitive_with_lam():
    assert ("المجلس الوطني لحقوق الإنسان", "ORGANIZATION") in _found(
        "وقال المجلس الوطني لحقوق الإنسان في بيان إن التحقيق مستمر .")
    assert ("اللجنة الأولمبية الإيرانية", "ORGANIZATION") in _found(
        "وأشرف على رئاسة اللجنة الأولمبية الإيرانية لسنوات طويلة .")


def test_a_police_force_is_state_forces():
    assert ("شرطة مانيلا", "STATE_FORCES") in _found("وقال قائد شرطة مانيلا في مقابلة إن الرجل أشعل النار .")


def test_common_nouns_and_headed_by_are_no_bodies():
    found = _found("وقال مصدر في إدارة الأزمة إن الوضع مستقر , والسلطة برئاسة راشد الغنوشي . "
                   "وقال المجلس المحلي إن القصف مستمر , ووضع الملف في دائرة الضوء .")
    assert not any(t in ("ORGANIZATION", "STATE_FORCES") for _s, t in found), found
    assert ("راشد الغنوشي", "PERSON") in found
