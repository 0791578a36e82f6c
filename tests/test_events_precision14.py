"""Events round 14 (recall on set J): dates. A listing page of separately dated posts ("تم النشر
بتاريخ : 22 / 09 / 2016") dates each post's events by its own stamp; an undated page's year-less
days ("في 4 كانون الأول") take the year of the full date the text gave last, or of the month the
URL files the page under (WordPress's "?m=201503"); "في ال - 16 من الشهر الجاري" is a day, and
"سبقها بيوم" the day before the happening the sentence dated. Hand-written sentences in the
corpus's pre-tokenised style, each rule with its negative twin."""

from __future__ import annotations

import datetime as dt

import pytest
from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.records import Analysis
from rasd.text.dates import find_dates, url_date
from rasd.text.normalize import normalize

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "al-rai": ("الراعي", "al-Rai", 36.540, 37.530, "town", "Aleppo"),
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
    "albu-kamal": ("البوكمال", "Albu Kamal", 34.453, 40.918, "town", "Deir ez-Zor"),
    "akirshi": ("العكيرشي", "al-Akirshi", 35.900, 39.300, "town", "Ar-Raqqa"),
    "bustan-al-qasr": ("بستان القصر", "Bustan al-Qasr", 36.190, 37.140, "town", "Aleppo"),
}


def _run(text: str, published: str = "unknown", url: str | None = None) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, url, syrian=True)


# --------------------------------------------------------------------------- a listing of dated posts

LISTING = ("الأخبار الهامة \" ناحية الراعي \" {label} : 26 / 05 / 2017 19 : 17 قال القائد العام ل - \" الشرطة الحرة \" "
           "إنهم أنهوا تجهيز المعبر . . . {label} : 22 / 09 / 2016 12 : 11 دارت معارك عنيفة , اليوم الخميس , بين "
           "تنظيم \" الدولة الإسلامية \" وفصائل من الجيش السوري الحر في محيط بلدة الراعي شمال شرق حلب .\n"
           "وقال مراسل الوكالة . . . {label} : 27 / 11 / 2016 11 : 11 أصيب مقاتلون بحالات اختناق , اليوم الأحد , "
           "جراء قصف مواقعهم بقذائف تحمل غازات سامة في قرية برات بريف حلب الشرقي .")


def test_listing_posts_dated_by_their_own_stamps() -> None:
    a = _run(LISTING.format(label="تم النشر بتاريخ"), published="2017-05-26")
    assert actual_dates_at(a, "al-rai") == {("2016-09-22", "2016-09-22")}
    assert actual_dates_at(a, "barat") == {("2016-11-27", "2016-11-27")}


def test_dates_after_another_label_count_from_the_page() -> None:
    # "صدر بتاريخ" tells when a statement came out, not a post's stamp: "اليوم الخميس" is the
    # Thursday before the page's date, as before (without the clocks: a full date with its clock
    # recurring in one shape is a post stamp whatever its label, test_page_dates_posts.py)
    text = LISTING.format(label="وصدر بيان بتاريخ")
    for clock in (" 19 : 17", " 12 : 11", " 11 : 11"):
        text = text.replace(clock, "")
    a = _run(text, published="2017-05-26")
    assert ("2016-09-22", "2016-09-22") not in actual_dates_at(a, "al-rai")


def test_one_stamp_is_no_listing() -> None:
    text = "تم النشر بتاريخ : 22 / 09 / 2016 12 : 11 دارت معارك , اليوم الخميس , في محيط بلدة الراعي ."
    assert page_dates.post_stamps(text, find_dates(text, None), (normalize("تم النشر بتاريخ"),)) == []


# --------------------------------------------------------------------------- year-less days of undated pages

NARRATIVE = ("قصفت الطائرات الحربية الروسية حي الفردوس بحلب , يوم 3 {month} 2016 , ما أدى لجرح تسعة مدنيين .\n"
             "وفي 4 كانون الأول , هاجمت جبهة \" فتح الشام \" مقرا ل - \" جيش الإسلام \" في حي بستان القصر , "
             "واستولت على أسلحة وذخائر .")


def test_year_less_day_takes_the_year_of_the_last_full_date() -> None:
    a = _run(NARRATIVE.format(month="كانون الأول"))
    assert ("2016-12-04", "2016-12-04") in actual_dates_at(a, "bustan-al-qasr")


def test_year_less_day_far_from_the_last_full_date_stays_unresolved() -> None:
    # five months from its anchor: the anchor is of another time, the year is not guessed
    a = _run(NARRATIVE.format(month="تموز"))
    assert not any(s.startswith("2016-12") for s, _e in actual_dates_at(a, "bustan-al-qasr"))


@pytest.mark.parametrize("head, iso", [
    pytest.param("21 سبتمبر جيش الفتح يسيطر على مواقع قرب بلدة برات .", "2015-09-21",
                 id="the-page-header-date-takes-the-year-of-the-body"),
    pytest.param("في 21 سبتمبر سيطر جيش الفتح على مواقع قرب بلدة برات .", None,
                 id="a-told-date-before-any-full-date-stays-unresolved"),
])
def test_year_less_page_header(head: str, iso: str | None) -> None:
    text = head + "\nوتشمل الهدنة المعتقلين الذين اعتقلوا قبل 01 - 07 - 2015 ."
    days = {d.date_start for d in page_dates.narrative_days(text, find_dates(text, None), None, frozenset(
        normalize(w) for w in ("في", "قبل"))) if d.start < len(head)}
    assert (iso in days) if iso else days == {None}


def test_year_less_day_after_december_takes_the_next_year() -> None:
    text = "قتل مدنيان يوم 28 كانون الأول 2016 . وفي 3 كانون الثاني , قصفت الطائرات بلدة برات ."
    out = page_dates.narrative_days(text, find_dates(text, None), None, frozenset())
    assert ("2017-01-03", "day") in {(d.date_start, d.precision) for d in out}


DATELINE = ("Agency | Page 3 وكالة أنباء 2018 / 01 / 21 , آخرالأخبار حلب - وكالة الأنباء - 31 آذار / مارس : قال "
            "مراسلنا , اليوم الثلاثاء , إن الطائرات الحربية قصفت , الليلة الماضية , بلدة برات في ريف حلب الشرقي .")


def test_year_less_dateline_takes_the_month_of_a_wordpress_archive_url() -> None:
    a = _run(DATELINE, url="https://www.example-agency.com/?m=201503&paged=3")
    assert actual_dates_at(a, "barat") == {("2015-03-31", "2015-03-31")}


def test_year_less_dateline_without_a_url_month_is_not_read_against_a_site_clock() -> None:
    # "?p=201503" is a post number, not an archive month; the head's 2018 date is the day the page
    # was viewed (standing alone at the head): no anchor
    a = _run(DATELINE, url="https://www.example-agency.com/?p=201503")
    assert not any(s.startswith("2015-03") for s, _e in actual_dates_at(a, "barat"))


def test_url_date_reads_wordpress_month_and_day_archives() -> None:
    assert url_date("https://x.org/?m=201503&paged=3") == (dt.date(2015, 3, 1), "month")
    assert url_date("https://x.org/?cat=2&m=20150331") == (dt.date(2015, 3, 31), "day")
    assert url_date("https://x.org/?p=201503") is None
    assert url_date("https://x.org/?lm=201503") is None


# --------------------------------------------------------------------------- a day of the current month, the day before

MASSACRE = ("كما ارتكب طيران \" التحالف \" مجزرة {when} , ذهب ضحيتها أكثر من 31 شخصا معظمهم من الأطفال في مدينة "
            "البوكمال بدير الزور سبقها بيوم مقتل 22 مدنيا أغلبهم من الأطفال والنساء من أهالي قرية العكيرشي بريف الرقة "
            "الشرقي جراء غارات مماثلة .")


def test_day_of_the_current_month_and_the_day_before() -> None:
    a = _run(MASSACRE.format(when="في ال - 16 من الشهر الجاري"), published="2017-07-20")
    days = {(e.trigger, e.date_start, e.date_end) for e in a.events if e.modality == "actual"}
    assert ("غارات", "2017-07-15", "2017-07-15") in days
    assert any(s == "2017-07-16" for _t, s, _e in days)


def test_the_day_before_needs_a_dated_day() -> None:
    a = _run(MASSACRE.format(when="خلال الشهر الجاري"), published="2017-07-20")
    assert not any(e.date_start == "2017-07-15" for e in a.events)


@pytest.mark.parametrize("text, iso", [
    pytest.param("قتل مدنيان يوم 3 من الشهر الماضي في القصف", "2017-06-03", id="day-of-last-month"),
    pytest.param("قتل 16 من الشهر الماضي مقاتلا", None, id="a count before the month is no day"),
])
def test_day_of_a_relative_month(text: str, iso: str | None) -> None:
    days = {d.date_start for d in page_dates.anchored_days(text, find_dates(text, dt.date(2017, 7, 20))) if d.precision == "day"}
    assert (iso in days) if iso else not days
