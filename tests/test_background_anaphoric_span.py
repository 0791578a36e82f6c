"""A happening told over a span the text points back to with a demonstrative ("خلال تلك الفترة", "خلال هذه المدة"),
or over a week, month or year stressed as "alone" ("هذا الشهر وحده"), is a summary or a tally of that span, not one
happening of the page's day (background._span_phrase_at, event_habitual.yaml anaphoric_span_* and alone_*; BACKGROUND
rows of the breadth samples, session 37). Made-up sentences of the general construction, each with its twin without
the span that keeps the day's news."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

PAGE = "2016-09-29"

CASES = [
    ("وشنت قوات النظام {span} 9 هجمات على بلدة الصواغية في ريف حمص .", "خلال تلك الفترة"),
    ("واستطاعت الوحدات الكردية {span} السيطرة على بلدة تل حميس في ريف الحسكة .", "خلال هذه المدة"),
]


@pytest.mark.parametrize(("text", "span"), CASES)
def test_a_deed_told_over_a_span_pointed_back_to_is_background(text: str, span: str) -> None:
    a = analyse_text(text.format(span=span), PAGE, doc_id="anaphoric-span")
    assert not actual_events_of(a)


@pytest.mark.parametrize(("text", "span"), CASES)
def test_the_same_deed_without_the_span_is_the_days_news(text: str, span: str) -> None:
    a = analyse_text(" ".join(text.format(span="").split()), PAGE, doc_id="no-span")
    assert [e.date_start for e in actual_events_of(a)] == [PAGE]


def test_a_month_stressed_as_alone_is_a_tally() -> None:
    a = analyse_text("قتل 30 مدنيا في غارات على مدينة إدلب هذا الشهر وحده .", PAGE, doc_id="alone")
    assert not actual_events_of(a)


def test_the_month_not_stressed_keeps_its_strikes() -> None:
    # twin: "هذا الشهر" alone dates the strikes to the page's month
    a = analyse_text("قتل 30 مدنيا في غارات على مدينة إدلب هذا الشهر .", PAGE, doc_id="month")
    assert [e.date_start for e in actual_events_of(a)] == ["2016-09-01"]


def test_a_span_of_hours_pointed_back_to_stays() -> None:
    # "خلال هذه الساعات": the page's own hours, no span the anaphoric units name
    a = analyse_text("شن الطيران الحربي غارات على مدينة سراقب خلال هذه الساعات .", PAGE, doc_id="hours")
    assert [e.date_start for e in actual_events_of(a)] == [PAGE]
