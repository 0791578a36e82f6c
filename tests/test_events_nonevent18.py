"""Deeds not told done, read from the grammar of the clause (session 18, "nonevent4"): a verbal noun joined by
"و" to a complement that is asked for or aimed at shares its governor ("طلبوا إخلاء مواقعهم ... وانسحاب
القوات"), and the complement of a subjunctive verb ("أنْ" + an imperfect: "عرض أن تقوم القوات بالهجوم") is a
deed offered, expected or required. Fixtures written for these rules (wording after breadth pages), each with
its negative twin."""

from __future__ import annotations

import pytest
from analysed import modality_at
from test_events import event_types

_types = event_types


# --------------------------------------------------------------------------- a joined verbal noun


@pytest.mark.parametrize("text", [
    pytest.param("وقال المصدر إن المسلحين طلبوا إخلاء مواقعهم في مدينة حلب وانسحاب قوات النظام منها .",
                 id="asked-for-both"),
    pytest.param("وحشدت قوات النظام قواتها بهدف اقتحام مدينة إدلب واقتحام مدينة حلب .", id="aimed-at-both"),
])
def test_a_verbal_noun_joined_to_a_deed_asked_for_is_asked_for_too(text: str) -> None:
    assert _types(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a joined verb is a predication of its own
    pytest.param("وقال المصدر إن المسلحين طلبوا إخلاء مواقعهم في مدينة حلب وقصفت قوات النظام المدينة .",
                 ("Explosions/Remote violence", "Shelling/artillery/missile attack"), id="joined-verb"),
    # a relative clause tells a deed of its own (dated: an undated "التي شهدت" clause is the town's past,
    # background._witnessed_told)
    pytest.param("وقال المصدر إن المسلحين طلبوا إخلاء مواقعهم في مدينة حلب التي شهدت أمس انسحاب قوات النظام .",
                 ("Strategic developments", "Non-violent transfer of territory"), id="relative-clause"),
    # joined to a deed told done: the withdrawal is kept and joins the taking (no fight told: one
    # non-violent transfer, merge._unfought_handover; a withdrawal read as asked for would leave a battle)
    pytest.param("وسيطرت قوات النظام أمس على مدينة حلب وانسحاب مقاتلي التنظيم منها .",
                 ("Strategic developments", "Non-violent transfer of territory"), id="joined-to-a-deed-done"),
])
def test_a_joined_deed_of_its_own_is_kept(text: str, expected: tuple[str, str]) -> None:
    assert expected in _types(text)


# --------------------------------------------------------------------------- the subjunctive


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("ليعرض على الرئيس الأمريكي أن تقوم القوات المسلحة التركية وحلفاؤها من القوات السورية بالهجوم "
                 "على الرقة", "بالهجوم", id="offered"),
    pytest.param("من المفترض أن يقوم الإرهابيان بتفجير نفسيهما في المدينة", "بتفجير", id="supposed"),
    pytest.param("وقال إنه يجب أن ينسحب المسلحون من المدينة", "ينسحب", id="the-verb-itself"),
])
def test_the_complement_of_a_subjunctive_verb_is_not_told_done(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) not in ("actual",)


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("وقتل عنصران قبل أن يتم اعتقال المهاجمين", "اعتقال", id="before"),
    pytest.param("وقال إن تنظيم الدولة شن هجوما على القرية", "هجوما", id="that-and-a-noun"),
    pytest.param("وأكدت أن القوات تقوم بقصف القرية", "بقصف", id="that-the-forces"),
    pytest.param("وأعلن أن يوم الجمعة شهد اشتباكات عنيفة", "اشتباكات", id="a-noun-in-ya"),
    pytest.param("واستطاعت القوات أن تقوم بقصف القرية", "بقصف", id="managed-to"),
])
def test_that_and_a_deed_done_stay_actual(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "actual"


# --------------------------------------------------------------------------- the happening's own predicate negated


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("ويعرف القادة العسكريون أن المعركة الكبرى لم تحصل بعد", "المعركة", id="has-not-happened"),
    pytest.param("وقال إن الهجوم على القرية لم يبدأ بعد", "الهجوم", id="has-not-begun"),
])
def test_a_happening_said_not_to_have_taken_place_is_negated(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    pytest.param("وقال إن الهجوم على القرية لم يسفر عن إصابات", "الهجوم", id="no-casualties"),
    pytest.param("وقال إن الهجوم الذي لم يتم الإعلان عنه استهدف القرية", "الهجوم", id="not-announced"),
])
def test_a_negated_outcome_of_a_happening_leaves_it(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "actual"


def test_a_restatement_of_an_attack_not_begun_has_not_begun_either() -> None:
    assert _types("وقال القادة أمس إن الهجوم لم يبدأ بعد , وهو هجوم قوات النظام على مدينة حلب .") == []


def test_an_attack_joined_after_a_comma_is_kept() -> None:
    # "و" + a noun after the comma, no appositive pronoun: not a restatement
    text = "وقال القادة أمس إن الهجوم لم يبدأ بعد , وهجوم قوات النظام على مدينة حلب ."
    assert ("Battles", "Armed clash") in _types(text)


def test_a_hedged_cause_after_the_copula_stays_actual() -> None:
    # "أن يكون" hedges what caused a told explosion (development set G, g7-2); it wants no deed
    assert modality_at("ورجحت جهات أن يكون الانفجار ناجما عن قصف إسرائيلي بصواريخ", "قصف") == "actual"
