"""A page that is one day's report names the day it covers at its head ("الموجز السوري ليوم الاحد في 30 - 7 -
2017 - فيما يلي أبرز التطورات الميدانية", "ملخص حلب اليومي 14 - 11 - 2017", "( التقرير اليومي )" under the page's
stamp): its items with no date of their own happened on that day, not at some time in the week up to it.
Breadth rows behind it: Al-Manar's daily round-ups ("الموجز السوري ليوم ...", "أبرز التطورات ... لتاريخ ...",
"التطورات السورية اليوم ..."), Step's "ملخص حلب اليومي" and Baladi's "التقرير اليومي", whose undated items took
the week up to the page's day. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.extract.page_dates import day_report, find_page_dates


def _covered(text: str, published: str | None = None) -> dt.date | None:
    ref = dt.date.fromisoformat(published) if published else None
    found = day_report(text, find_page_dates(text, ref, []), [])
    return found[0] if found else None


def _dates(text: str, published: str = "unknown", stamp: str | None = None) -> list[tuple[str, str]]:
    a = analyse_text(text, published, stamp=stamp)
    return sorted((e.date_start, e.date_end) for e in actual_events_of(a))


ROUNDUP = ("الموجز السوري ليوم الاحد في 30 - 7 - 2017 - فيما يلي أبرز التطورات الميدانية في سوريا .\n"
           "- قصفت قوات النظام بلدة عين ترما في الغوطة الشرقية بقذائف الهاون .\n")


def test_the_heading_of_a_day_s_round_up_names_the_day_it_covers() -> None:
    assert _covered(ROUNDUP) == dt.date(2017, 7, 30)
    assert _covered("ملخص حلب اليومي 14 - 11 - 2017 نشر في : نوفمبر 14 , 2017 تعرضت بلدة قبتان الجبل لقصف") \
        == dt.date(2017, 11, 14)
    assert _covered("أبرز التطورات على الساحة السورية لتاريخ 10 - 7 - 2017 دمشق وريفها : - بدأ الجيش") \
        == dt.date(2017, 7, 10)


def test_twins_no_report_title_or_no_date_name_no_covered_day() -> None:
    # a day's editorials tell the days before it; a site's daily newsletter offer names no day
    assert _covered("افتتاحيات الصحف ليوم الإثنين 6 آذار 2017 افتتاحية صحيفة النهار") is None
    assert _covered("إشترك معنا في نشرة الموقع اليومية لتصلك لبريدك الإلكتروني قصفت الطائرات") is None


def test_an_undated_item_of_a_day_s_round_up_takes_its_day() -> None:
    # before: 24-30 Jul 2017, the week up to the round-up's day
    assert _dates(ROUNDUP) == [("2017-07-30", "2017-07-30")]


STAMP = "الأربعاء 6 كانون الأول 2017 | 10 : 25"


def test_a_daily_report_under_the_stamp_dates_its_items_by_the_stamp_s_day() -> None:
    text = (f"مجزرة في الغوطة {STAMP} مساء بتوقيت دمشق بلدي نيوز - ( التقرير اليومي ) قالت مصادر محلية إن "
            "طفلين استشهدا بقصف مدفعي على مدينة عربين .\n"
            "وأضاف المراسل أن قصفا مدفعيا لقوات النظام استهدف مدينة حرستا وأطرافها .\n")
    # before: 30 Nov - 6 Dec for both (the stamp's day widened to the report's week)
    assert set(_dates(text, "2017-12-06", STAMP)) == {("2017-12-06", "2017-12-06")}


def test_twin_a_news_page_without_a_daily_title_naming_no_other_day_is_that_day_s_news() -> None:
    # (the week once; a single story naming no other day of its week is one day's news: events.dates.one_day_news)
    text = (f"مجزرة في الغوطة {STAMP} مساء بتوقيت دمشق بلدي نيوز - قالت مصادر محلية إن "
            "طفلين استشهدا بقصف مدفعي على مدينة عربين .\n"
            "وأضاف المراسل أن قصفا مدفعيا لقوات النظام استهدف مدينة حرستا وأطرافها .\n")
    assert set(_dates(text, "2017-12-06", STAMP)) == {("2017-12-06", "2017-12-06")}
