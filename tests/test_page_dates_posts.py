"""Dates round 15: the date expressions of anchored days come from the dates layer and its lexicon;
a listing's posts are resolved from the page's one scan; posts are found by the structure of their
stamps (a full date with its clock, in one recurring shape) whatever words a site prints around
them. Hand-written texts in the corpus's pre-tokenised style (shapes of real pages: a news site's
tag page "السبت , 20 يناير 2018 - 8 : 10 م", a forum's "الاسم ... التاريخ 2014 - 01 - 01 23 : 30 : 15",
an English stamp "January 16 , 2018 08 : 39 PM"), each rule with its negative twin."""

from __future__ import annotations

import datetime as dt

import pytest
from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.records import Analysis
from rasd.text.dates import day_of_relative_month, days_before_cues, find_dates, find_dates_by_part

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "al-rai": ("الراعي", "al-Rai", 36.540, 37.530, "town", "Aleppo"),
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}


def _run(text: str, published: str = "unknown") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, None, syrian=True)


# --------------------------------------------------------------------------- the dates layer's expressions

REF = dt.date(2017, 7, 20)


@pytest.mark.parametrize("text, iso", [
    pytest.param("مجزرة في ال - 16 من الشهر الجاري في البلدة", "2017-07-16", id="al-dash-day"),
    pytest.param("قتل مدنيان يوم 3 من الشهر الماضي", "2017-06-03", id="yawm-day"),
    pytest.param("وحتى 9 من الشهر الجاري", "2017-07-09", id="hatta-with-waw"),
    pytest.param("قتل 16 من الشهر الماضي مقاتلا", None, id="a count is no day"),
    pytest.param("في ال 31 من الشهر الماضي", None, id="31 June is no day"),
])
def test_day_of_a_relative_month_from_the_lexicon(text: str, iso: str | None) -> None:
    months = [d for d in find_dates(text, REF) if d.precision == "month"]
    assert months
    got = day_of_relative_month(text, months[0])
    assert (got.date_start, got.surface.split()[0]) == (iso, iso[8:].lstrip("0")) if iso else got is None


@pytest.mark.parametrize("text, days", [
    pytest.param("سبقها بيوم مقتل 22 مدنيا", [1], id="a day"),
    pytest.param("وقبلهما ب - يومين واحد قتل", [], id="no such count"),
    pytest.param("وقبلها بيومين قتل", [2], id="two days"),
    pytest.param("قبل يوم واحد", [], id="no b-"),
])
def test_days_before_cues(text: str, days: list[int]) -> None:
    assert [n for *_x, n in days_before_cues(text)] == days


# --------------------------------------------------------------------------- one scan for a listing's posts

POSTS = ("مقدمة الصفحة . تم النشر بتاريخ : 18 / 09 / 2016 دارت معارك اليوم الأحد في الراعي .\n"
         "تم النشر بتاريخ : 22 / 09 / 2016 قصف , أمس , بقذائف في برات .")


def test_parts_resolve_as_each_part_read_alone() -> None:
    parts = [(POSTS.index("تم النشر"), dt.date(2016, 9, 18)), (POSTS.rindex("تم النشر"), dt.date(2016, 9, 22))]
    alone = []
    for i, (at, ref) in enumerate(parts):
        end = parts[i + 1][0] if i + 1 < len(parts) else len(POSTS)
        alone += [(d.start + at, d.end + at, d.date_start, d.date_end, d.precision, d.kind)
                  for d in find_dates(POSTS[at:end], ref)]
    got = [(d.start, d.end, d.date_start, d.date_end, d.precision, d.kind) for d in find_dates_by_part(POSTS, parts)]
    assert got == alone
    assert ("2016-09-21", "2016-09-21") in {(x[2], x[3]) for x in got}     # "أمس" of the second post


def test_a_page_date_the_layer_does_not_find_stays_in_its_post() -> None:
    # "21 - 11 - 2013" with spaced separators is found by page_dates, not by find_dates: kept
    text = POSTS + " وبتاريخ 21  -  11  -  2013 قتل مدني ."
    dates = page_dates.find_page_dates(text, None, [])
    assert any(d.date_start == "2013-11-21" for d in dates)
    posts = page_dates.post_stamps(text, dates, ("تم النشر بتاريخ",))
    assert len(posts) == 2
    assert any(d.date_start == "2013-11-21" for d in page_dates.dates_by_post(text, dates, posts))


# --------------------------------------------------------------------------- stamps found by their shape

TAG_PAGE = ("دوت مصر | كل ما تريد معرفته عن الراعي السبت , 16 سبتمبر 2017 - 8 : 10 م قصفت الطائرات , مساء اليوم "
            "السبت , مواقع في بلدة الراعي بريف حلب الشمالي الثلاثاء , 27 يونيو 2017 - 9 : 50 ص قصفت المدفعية , "
            "اليوم الثلاثاء , قرية برات بريف حلب الشرقي .")
FORUM = ("الاسم احمد التاريخ 2016 - 09 - 16 23 : 30 : 15 قصفت الطائرات , اليوم , مواقع في بلدة الراعي .\n"
         "الاسم سامي التاريخ 2016 - 06 - 27 09 : 42 : 56 قصفت المدفعية , أمس , على قرية برات .")
ENGLISH = ("September 16 , 2017 08 : 39 PM قصفت الطائرات , اليوم السبت , مواقع في بلدة الراعي .\n"
           "June 27 , 2017 01 : 43 PM قصفت المدفعية , اليوم الثلاثاء , على قرية برات .")


@pytest.mark.parametrize("text, first", [
    pytest.param(TAG_PAGE, ("السبت", dt.date(2017, 9, 16)), id="tag-page"),
    pytest.param(FORUM, ("2016", dt.date(2016, 9, 16)), id="forum"),
    pytest.param(ENGLISH, ("September", dt.date(2017, 9, 16)), id="english"),
])
def test_stamps_by_shape(text: str, first: tuple[str, dt.date]) -> None:
    posts = page_dates.post_stamps(text, page_dates.find_page_dates(text, None, []), ())
    assert len(posts) == 2
    at, day = posts[0]
    assert (text[at:].split()[0], day) == first


@pytest.mark.parametrize("text", [
    pytest.param(TAG_PAGE.replace("27 يونيو", "16 سبتمبر"), id="one day: the article's own stamp, twice"),
    pytest.param(TAG_PAGE.replace(" - 9 : 50 ص", ""), id="one stamp with its clock"),
    pytest.param(TAG_PAGE.replace(" - 9 : 50 ص", " - الساعة 9 : 50 ص"), id="two shapes"),
    pytest.param("قتل في 16 سبتمبر 2017 ثلاثة مدنيين , وفي 27 يونيو 2017 قتل اثنان .", id="prose dates, no clock"),
])
def test_no_stamps_by_shape(text: str) -> None:
    assert page_dates.post_stamps(text, page_dates.find_page_dates(text, None, []), ()) == []


@pytest.mark.parametrize("text", [TAG_PAGE, FORUM, ENGLISH])
def test_events_of_shaped_posts_take_their_post_day(text: str) -> None:
    a = _run(text, published="2017-10-01" if text is not FORUM else "2016-10-01")
    year = "2016" if text is FORUM else "2017"
    assert actual_dates_at(a, "al-rai") == {(f"{year}-09-16", f"{year}-09-16")}
    barat = f"{year}-06-26" if text is FORUM else f"{year}-06-27"      # the forum's "أمس"
    assert actual_dates_at(a, "barat") == {(barat, barat)}


# --------------------------------------------------------------------------- a night between two weekdays

SAT = dt.date(2017, 11, 4)      # a Saturday


@pytest.mark.parametrize("text, want", [
    pytest.param("وتمكنت قسد ليل الجمعة / السبت , من السيطرة على قرية", [("ليل الجمعة / السبت", "2017-11-03")], id="slash"),
    pytest.param("استعاد التنظيم السيطرة ليل الاثنين - الثلاثاء , على قرى", [("ليل الاثنين - الثلاثاء", "2017-10-30")], id="dash"),
    pytest.param("ليلة السبت على الأحد الماضي تحول الفندق", [("ليلة السبت على الأحد الماضي", "2017-10-28")],
                 id="the second told past: the night before it"),
    pytest.param("قصف ليل الأحد - الخميس", [("ليل الأحد", "2017-10-29"), ("الخميس", "2017-11-02")], id="not the next day"),
    pytest.param("تعليق الدوام الجمعة / السبت", [("الجمعة", "2017-11-03"), ("السبت", "2017-11-04")], id="no night word"),
])
def test_a_night_between_two_weekdays(text: str, want: list[tuple[str, str]]) -> None:
    assert [(d.surface, d.date_start) for d in find_dates(text, SAT)] == want


def test_an_event_of_a_night_takes_its_first_day() -> None:
    # (two weekday dates left the happening undated: "السبت" stood apart from the trigger's clause)
    text = "وتمكنت قوات سوريا الديمقراطية ليل الجمعة / السبت , من السيطرة على قرية برات في ريف حلب ."
    assert actual_dates_at(_run(text, published="2017-11-04"), "barat") == {("2017-11-03", "2017-11-03")}
