"""Events: a happening recalled only as the reference point of a lapse of weeks, months or years ("بعد أقل من شهر
من إعلانها بسط كامل سيطرتها على محافظة نينوى", "يصدر هذا النداء بعد ستة أشهر على اختطاف ...") is the ground of
what the sentence tells, not its news; a lapse of days ("بعد يومين من الهجوم الكيماوي") may count from the page's
own story and is kept. On a page without a date, a happening its clause dates to a day of a month named as past
("في 13 تشرين الأول / أكتوبر الماضي") lies months back, as one dated by that month ("في أكتوبر الماضي") does;
a weekday named as past ("الأربعاء الماضي") and a day of a month with no word of the past may be the page's week.
And on such a page a deed told in an anterior phrase that its clause dates to a month counted back ("ويأتي هذا
التقدم بعد أن سيطرت قوات النظام على مدينة السخنة مطلع الشهر الماضي") is the earlier ground of the sentence's news;
told with a day ("أمس") it is kept. Fixtures written for the test in the wording of the session 23 breadth rows
(France 24, a truce review, Radio Alkul)."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text


def _triggers(text: str, published: str) -> list[str]:
    a = analyse_text(text, published, doc_id="background-s23")
    return [e.trigger for e in actual_events_of(a)]


def test_a_takeover_a_lapse_of_a_month_counts_from_is_background() -> None:
    text = ("وأطلقت القوات العراقية في 21 أيلول عملياتها لاستعادة مدينة الحويجة , بعد أقل من شهر من إعلانها بسط كامل "
            "سيطرتها على محافظة نينوى .")
    assert _triggers(text, "2017-09-29") == []


@pytest.mark.parametrize("text", [
    "وتحدث المسؤول بعد يومين من الهجوم الكيماوي على مدينة خان شيخون .",
    "وسيطرت قوات النظام على مدينة داريا في ريف دمشق بعد شهرين من الحصار .",
])
def test_a_lapse_of_days_or_a_deed_told_before_the_lapse_is_kept(text: str) -> None:
    assert _triggers(text, "2017-04-06") != []


def test_an_undated_page_s_deed_on_a_day_of_a_month_named_as_past_is_background() -> None:
    text = "وقصفت قوات النظام مدينة حلب في 13 تشرين الأول / أكتوبر الماضي بحسب التقرير ."
    assert _triggers(text, "unknown") == []


@pytest.mark.parametrize("text", [
    "وقصفت قوات النظام مدينة حلب الأربعاء الماضي بحسب التقرير .",
    "وقصفت قوات النظام مدينة حلب في 13 تشرين الأول / أكتوبر بحسب التقرير .",
])
def test_an_undated_page_s_deed_on_a_past_weekday_or_a_bare_day_is_kept(text: str) -> None:
    assert _triggers(text, "unknown") == ["وقصفت"]


_ADVANCE = "ووصلت قوات النظام إلى مشارف مدينة دير الزور , ويأتي هذا التقدم بعد أن سيطرت قوات النظام على مدينة السخنة {} ."


def test_an_undated_page_s_deed_in_an_anterior_phrase_of_last_month_is_background() -> None:
    assert _triggers(_ADVANCE.format("مطلع الشهر الماضي"), "unknown") == []


def test_an_undated_page_s_deed_in_an_anterior_phrase_of_yesterday_is_kept() -> None:
    assert _triggers(_ADVANCE.format("أمس"), "unknown") == ["سيطرت"]
