"""Day words the dates layer left unread (DATE_WRONG_ANCHOR cause (d) of brsample9: a week window although
the text gives the day): "منذ قليل" / "قبل لحظات" (a moment ago) is the reference day itself, "خلال الساعات
ال - 24 الماضية" the stretch of the last N hours up to it (date_words.yaml moments_ago, past_hours). Breadth
R-499#1 (Sanaa clashes "منذ قليل" on a 30 Nov 2017 page, given 24-30 Nov) and V-495#8 (truce violations "خلال
24 ساعة الماضية" on 28 Feb 2016, given 22-28 Feb). Fixtures in the corpus's pre-tokenised style."""

from __future__ import annotations

import datetime as dt

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.text.dates import find_dates, relative_anchor

REF = dt.date(2017, 11, 30)


def _days(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None, str | None]]:
    return [(text[d.start:d.end], d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_a_moment_ago_is_the_reference_day() -> None:
    assert _days("أفادت القناة , منذ قليل , بتجدد الاشتباكات") == [("منذ قليل", "2017-11-30", "2017-11-30")]
    assert _days("أطلقت الدفاعات الجوية صواريخ قبل لحظات") == [("قبل لحظات", "2017-11-30", "2017-11-30")]


def test_the_last_hours_reach_back_from_the_reference_day() -> None:
    assert _days("قتل 16 شخصا خلال الساعات ال - 24 الماضية") == [("الساعات ال - 24 الماضية", "2017-11-29", "2017-11-30")]
    assert _days("شهد عددا من الخروقات خلال 24 ساعة الماضية") == [("24 ساعة الماضية", "2017-11-29", "2017-11-30")]
    assert _days("وثق مقتل 29 شخصا في الساعات ال - 48 الأخيرة") == [("الساعات ال - 48 الأخيرة", "2017-11-28", "2017-11-30")]
    assert _days("قتل 66 خلال الساعات الأربع والعشرين الأخيرة") == [
        ("الساعات الأربع والعشرين الأخيرة", "2017-11-29", "2017-11-30")]
    assert _days("اشتد القصف في الساعات الأخيرة") == [("الساعات الأخيرة", "2017-11-29", "2017-11-30")]


def test_hours_to_come_and_a_bare_count_are_no_date() -> None:
    # twins: the hours ahead, a span's length ("خلال 24 ساعة" as a deadline), an outlet's name
    assert _days("سيعلن النصر خلال الساعات المقبلة") == []
    assert _days("أمهل الجولاني 24 ساعة للاستجابة") == []


def test_the_last_hours_pin_no_publication_day() -> None:
    cues = relative_anchor("قصفت الطائرات البلدة خلال الساعات ال - 24 الماضية ومنذ قليل")
    assert [(c.surface, c.offset_days) for c in cues] == [("الساعات ال - 24 الماضية", None), ("منذ قليل", 0)]


PLACES = {"rafah": ("رفح", "Rafah", 31.28, 34.25, "town", "North Sinai")}


def test_a_clash_a_moment_ago_is_of_the_page_day() -> None:
    # "منذ" here opens no span going on (background._ongoing_since kept the row away)
    a = run_with_places("اشتباكات منذ قليل بين قوات الجيش وعناصر ارهابية جنوب مدينة رفح .",
                        syrian_places(PLACES), "2017-09-22")
    assert actual_dates_at(a, "rafah") == {("2017-09-22", "2017-09-22")}
