"""Session 44 (anchor): a weekly issue's bare weekday of its own weekday is that day or the one a week before.

A weekly magazine gathers its week's news, written before the issue is printed. In Sunday's issue,
"ارتفعت حصيلة الانفجار الأحد" may be the issue's Sunday or the Sunday before it: the text does not say,
so the happening takes both and the days between (``dates.weekly_issue_weekdays``), not the issue's day
alone. A text calling the week before's month its current one ("ديسمبر الجاري" in the issue of 3 January)
was written then: the week before's day alone. A daily's bare weekday, a weekly's "اليوم الأحد" and another
weekday keep their single day.
Hand-written fixtures in the corpus's pre-tokenised style."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}

URL = "http://www.weekly-example.com/news/ar4.php"
WEEKLY = "مجلة الأسبوع | مجلة عربية سياسية أسبوعية . \n"
DAILY = "صحيفة الأسبوع | صحيفة عربية سياسية يومية . \n"
BODY = "قتل ثلاثة مدنيين {day} في قصف مدفعي على بلدة برات في ريف حلب الشرقي .\n"


def _run(text: str) -> Analysis:
    # 3 January 2016 is a Sunday
    return run_with_places(text, syrian_places(PLACES), "2016-01-03", URL, syrian=True)


def test_weekly_bare_weekday_of_the_issue_day_spans_the_week_before() -> None:
    assert actual_dates_at(_run(WEEKLY + BODY.format(day="الأحد")), "barat") == {("2015-12-27", "2016-01-03")}


def test_daily_bare_weekday_keeps_the_page_day() -> None:
    assert actual_dates_at(_run(DAILY + BODY.format(day="الأحد")), "barat") == {("2016-01-03", "2016-01-03")}


def test_weekly_today_keeps_its_day() -> None:
    assert actual_dates_at(_run(WEEKLY + BODY.format(day="اليوم الأحد")), "barat") == {("2016-01-03", "2016-01-03")}


def test_weekly_other_weekday_keeps_its_day() -> None:
    assert actual_dates_at(_run(WEEKLY + BODY.format(day="الخميس")), "barat") == {("2015-12-31", "2015-12-31")}


MEETING = "وعقد المؤتمر خلال الفترة بين 4 و 21 {month} الجاري في العاصمة .\n"


def test_weekly_written_in_the_month_before_takes_the_week_before_day() -> None:
    # "ديسمبر الجاري" in the issue of 3 January: the text was written in December, its Sunday is 27 December
    text = WEEKLY + BODY.format(day="الأحد") + MEETING.format(month="ديسمبر")
    assert actual_dates_at(_run(text), "barat") == {("2015-12-27", "2015-12-27")}


def test_weekly_naming_its_own_month_current_keeps_both_days() -> None:
    text = WEEKLY + BODY.format(day="الأحد") + MEETING.format(month="يناير")
    assert actual_dates_at(_run(text), "barat") == {("2015-12-27", "2016-01-03")}
