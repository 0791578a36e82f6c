"""A verbal noun joined by "و" to an earlier one is a second complement of the same governor (session 20,
"nonevent6"): "طالبت ... بالتوقف عن قتال النظام والميليشيات الموالية له وتسليم السلاح" (the hand-over is asked for
as well), "نداء يناشد الأطراف من أجل السماح بعبور المساعدات , وإجلاء الجرحى" (the appeal's list goes on past its
comma). The first conjunct need not be a trigger of the sentence. Fixtures written for this rule (wording after
breadth pages), with negative twins where the first conjunct is told done or a verb or a relative clause stands
between."""

from __future__ import annotations

import pytest
from analysed import modality_at
from test_events import event_types

_types = event_types


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the first conjunct ("قتال") is asked to stop through its governor ("بالتوقف" <- "طالبت")
    pytest.param("طالبت غرفة العمليات فصائل المعارضة بالتوقف عن قتال النظام والميليشيات الموالية له وتسليم السلاح .",
                 "وتسليم", "demanded", id="demanded-pair"),
    # an aim named by "بهدف": the joined noun is aimed at too
    pytest.param("حشدت القوات عناصرها على أطراف المدينة بهدف السيطرة على الأحياء الشرقية واعتقال المطلوبين .",
                 "واعتقال", "purpose", id="aimed-pair"),
])
def test_a_joined_noun_shares_the_reading_of_its_first_conjunct(text: str, trigger: str, expected: str) -> None:
    assert modality_at(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    # the first conjunct is told done: the joined noun is too
    pytest.param("وأسفر الهجوم عن مقتل خمسة عناصر من قوات النظام واعتقال عشرة آخرين .", "واعتقال", id="done-pair"),
    # a relative clause between: the joined noun is no complement of the demand
    pytest.param("وطالبت المنظمة بالتحقيق في القصف الذي استهدف المدينة واعتقال المدنيين .", "واعتقال",
                 id="relative-between"),
    # a joined verb tells a predication of its own
    pytest.param("وطالب الأهالي بالإفراج عن المعتقلين واقتحمت القوات البلدة .", "واقتحمت", id="joined-verb"),
])
def test_a_joined_noun_after_a_deed_told_keeps_its_reading(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "actual"


def test_an_appeal_list_goes_on_past_its_comma() -> None:
    text = ("وجه الاتحاد الأوروبي يوم الأحد نداء يناشد كل الأطراف في مدينة حلب من أجل السماح بعبور المساعدات "
            "الإنسانية إليها , وإجلاء الجرحى منها .")
    assert _types(text) == []


def test_a_demanded_hand_over_joined_to_a_plain_noun_is_no_event() -> None:
    text = ("وكشفت مصادر أن غرفة العمليات طالبت فصائل المعارضة في مدينة درعا بالتوقف عن قتال النظام والميليشيات "
            "الموالية له وتسليم السلاح .")
    assert _types(text) == []


def test_a_list_item_after_a_comma_that_was_told_done_is_kept() -> None:
    text = "وقتل خمسة مدنيين في قصف على مدينة حلب , وإجلاء عشرات الجرحى من المدينة ."
    assert _types(text) != []
