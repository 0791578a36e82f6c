"""Publication stamps that the one-line (flattened) pages keep: a weekday + Hijri + Gregorian
stamp, a "|"-separated date-and-time stamp with a part of the day, and a misspelt first name of a
paired month form."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.text.dates import find_dates, infer_published

TODAY = dt.date(2018, 6, 1)


def _pub(text: str, url: str | None = None) -> tuple[str, str]:
    p = infer_published(text, today=TODAY, url=url)
    return p.date, p.precision


def test_calendar_stamp_on_one_line_page() -> None:
    text = ("أخبار دولية قوات تستعد لتسليم المدينة إلى مجلس مدني الخميس - 29 محرم 1439 ه - - 19 أكتوبر "
            "2017 م - بيروت : قالت الوكالة إن المجلس سيتسلم المدينة قريبا وإن القوات انسحبت")
    p = infer_published(text, today=TODAY)
    assert (p.date, p.precision, p.hijri) == ("2017-10-19", "day", "1439-01-29")
    assert p.evidence.startswith("الخميس")


def test_calendar_stamp_gregorian_first() -> None:
    # 2 Dec 2017 is 14 Rabi I 1439 (Umm al-Qura); a sighting calendar may print the 13th
    for hd in (14, 13):
        text = f"عنوان الخبر هنا السبت 2 ديسمبر 2017 الموافق {hd} ربيع الأول 1439 ه - دمشق : قال مصدر"
        assert _pub(text) == ("2017-12-02", "day")


# Date stamps that are not the page's publication date: weekdays or calendars that disagree, a
# date in running text, header bars and live clocks (tickers), two stamps of different days, a
# cited source's stamp
NOT_THE_PAGE_DATE = [
    pytest.param("عنوان الخبر الجمعة - 29 محرم 1439 ه - - 19 أكتوبر 2017 م - بيروت : قالت الوكالة",
                 id="calendar-stamp-needs-the-weekday-to-agree"),
    pytest.param("عنوان الخبر الخميس - 26 محرم 1439 ه - - 19 أكتوبر 2017 م - بيروت : قالت الوكالة",
                 id="calendar-stamp-needs-hijri-and-gregorian-to-agree"),
    pytest.param("وقع الهجوم يوم الخميس 29 محرم 1439 ه الموافق 19 أكتوبر 2017 م في المدينة وقتل فيه عشرة",
                 id="calendar-stamp-in-running-text-is-an-event"),
    pytest.param(("أزمة المعابر تتصاعد | موقع الأخبار | الأحد 21 يناير 2018 م | 04 جمادى الأولى 1439 ه - | "
                  "أزمة المعابر تتصاعد قالت الحكومة إن المعابر ستغلق"),
                 id="calendar-stamp-in-a-header-bar-is-a-ticker"),
    pytest.param(("جريدة الرياض الجيش يسيطر على المطار الأحد 4 جمادى الأولى 1439 ه - - 21 يناير 2018 م - "
                  "درجة الحرارة 19 مدينة الرياض الاربعاء 3 ربيع الاخر 1434 ه - - 13 فبراير 2013 م قال الجيش"),
                 id="two-calendar-stamps-of-different-days-give-nothing"),
    pytest.param("عنوان الخبر نشر موقع ( أورينت , السبت 22 صفر 1439 ه - , 2017 / 11 / 11 م ) خبرا جاء فيه",
                 id="calendar-stamp-of-a-cited-source-is-not-the-page-date"),
    pytest.param(("عنوان المقال الأثنين 6 ربيع الآخر 1439 ه - الموافق : 25 ديسمبر 2017 م 12 : 12 : 04 "
                  "بتوقيت مكة جديد الموقع عنوان المقال"),
                 id="calendar-stamp-with-a-live-clock-is-a-ticker"),
    pytest.param(("عنوان الخبر | موقع الأخبار 24 الإثنين 11 / 12 / 2017 | 15 : 31 بتوقيت دير الزور "
                  "نشر أمس الأحد فيديو يظهر التجنيد"),
                 id="pipe-stamp-in-a-header-bar-is-a-live-clock"),
    pytest.param("مجزرة الأحد 21 كانون الثاني 2018 | 10 : 09 صباحا بتوقيت دمشق الآن وهذا خبر عن القصف",
                 id="live-clock-is-not-a-stamp"),
    pytest.param("عنوان الخبر وقصفت الطائرات 12 آذار 2017 الساعة 10 : 30 صباحا مواقع في المدينة",
                 id="clock-with-day-part-in-prose-is-not-a-stamp"),
]


@pytest.mark.parametrize("text", NOT_THE_PAGE_DATE)
def test_stamp_that_is_not_the_page_date(text: str) -> None:
    assert _pub(text) == ("unknown", "unknown")


def test_calendar_stamp_vetoed_by_url_date() -> None:
    # a header ticker shows the crawl day; the URL files the page under another day
    text = "عنوان الخبر الخميس - 29 محرم 1439 ه - - 19 أكتوبر 2017 م - بيروت : قالت الوكالة"
    assert _pub(text, url="https://example.com/2017/08/05/story") == ("unknown", "unknown")
    assert _pub(text, url="https://example.com/2017/10/19/story") == ("2017-10-19", "day")


def test_calendar_stamp_only_at_the_head() -> None:
    filler = "قالت الوكالة إن القوات انسحبت من المدينة بعد معارك عنيفة . " * 15
    text = filler + "الخميس - 29 محرم 1439 ه - - 19 أكتوبر 2017 م - وتابعت الوكالة"
    assert _pub(text) == ("unknown", "unknown")


def test_pipe_stamp_with_day_part_and_time_zone() -> None:
    text = ("مجزرة روسية بدير الزور الأربعاء 6 كانون الأول 2017 | 10 : 25 مساء بتوقيت دمشق "
            "بلدي نيوز - قال ناشطون إن الطائرات قصفت")
    assert _pub(text) == ("2017-12-06", "day")


def test_misspelt_first_name_of_paired_month() -> None:
    [d] = find_dates("وفي 15 نسيان / أبريل 2017 قتل")
    assert (d.date_start, d.precision) == ("2017-04-15", "day")


def test_unrelated_word_before_paired_month_keeps_month() -> None:
    [d] = find_dates("قتل 3 اشخاص / أبريل 2017")
    assert d.precision == "month"


def test_paired_months_that_disagree_still_warn() -> None:
    [d] = find_dates("في 12 مايو / أبريل 2017")
    assert d.date_start is None and d.warning


TICKER_AND_ISSUE = ("جريدة الرياض الجيش يسيطر على المطار الأحد 4 جمادى الأولى 1439 ه - - 21 يناير 2018 م - "
                    "درجة الحرارة 19 مدينة الرياض الاربعاء 3 ربيع الاخر 1434 ه - - 13 فبراير 2013 م - العدد 16305 "
                    "قال الجيش")


def test_of_two_calendar_stamps_the_one_the_issue_number_follows_is_the_page_date() -> None:
    # the print edition's masthead ("... م - العدد 16305"), not the site's ticker of the day it was viewed
    assert _pub(TICKER_AND_ISSUE) == ("2013-02-13", "day")


def test_two_stamps_each_followed_by_an_issue_number_stay_undecided() -> None:
    # twin: both stamps carry an issue number (a listing of editions): no page date
    text = TICKER_AND_ISSUE.replace("م - درجة الحرارة 19", "م - العدد 17980 درجة الحرارة 19")
    assert _pub(text) == ("unknown", "unknown")
