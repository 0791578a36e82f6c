"""Session 15 (helper "posts"): post stamps that head their lines without a clock. A day-by-day digest
("2016 - 10 - 02 الأحد 2 / 10 / 2016 الوضع الدولي ..."), a news agency's chronology ("02 يناير 2017 م - ...",
"/ / يتبع / / 09 : 46 ت م 09 يناير 2017 م - ...") or an archive ("نشر بتاريخ 3 / 5 / 2016 ...") opens each post
with a line that starts with its date: each post's events read against that date. Hand-written texts in
the corpus's pre-tokenised style, each rule with its negative twins (dates inside sentences, one article's
date, a chronology of years, a glued ticker whose stamps mostly run on inside lines)."""

from __future__ import annotations

import datetime as dt

import pytest
from analysed import actual_dates_at, posts_of
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "al-rai": ("الراعي", "al-Rai", 36.540, 37.530, "town", "Aleppo"),
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", None, syrian=True)


DIGEST = ("تقرير عن الأسبوع الثالث من شهر أيلول 2017 - مركز الدراسات\n"
          "2017 - 09 - 16 السبت 16 / 9 / 2017 الوضع الميداني قصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
          "2017 - 09 - 20 الأربعاء 20 / 9 / 2017 الوضع الميداني قصفت المدفعية , أمس , قرية برات بريف حلب .")
AGENCY = ("أبرز الأحداث لهذا العام 2017 م وكالة الأنباء\n"
          "02 يناير 2017 م - أعلنت الشرطة أن ما لا يقل عن 3 أشخاص قتلوا في انفجار .\n"
          "قصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
          "/ / يتبع / / 09 : 46 ت م 09 يناير 2017 م - أعلنت الحكومة خطة جديدة للنقل .\n"
          "اندلعت اشتباكات عنيفة بين الفصائل في قرية برات بريف حلب .")
ARCHIVE = ("أرشيف الأخبار\nنشر بتاريخ 3 / 5 / 2016 قصفت الطائرات الحربية , اليوم الثلاثاء , مواقع في بلدة الراعي .\n"
           "نشر بتاريخ 28 / 4 / 2016 قصفت المدفعية , أمس , قرية برات بريف حلب .")


@pytest.mark.parametrize("text, first", [
    pytest.param(DIGEST, ("2017", dt.date(2017, 9, 16)), id="digest"),
    pytest.param(AGENCY, ("02", dt.date(2017, 1, 2)), id="agency chronology"),
    pytest.param(ARCHIVE, ("نشر", dt.date(2016, 5, 3)), id="archive label"),
])
def test_line_head_stamps_open_posts(text: str, first: tuple[str, dt.date]) -> None:
    posts = posts_of(text)
    assert len(posts) == 2
    at, day = posts[0]
    assert (text[at:].split()[0], day) == first


def test_a_clock_and_an_agency_mark_before_the_date_still_head_the_line() -> None:
    assert [day for _at, day in posts_of(AGENCY)] == [dt.date(2017, 1, 2), dt.date(2017, 1, 9)]


@pytest.mark.parametrize("text", [
    pytest.param("مقدمة\nفي 9 حزيران 2017 أفادت التقارير بأن القوات تقدمت .\nفي 11 حزيران 2017 سيطر المقاتلون على البلدة .",
                 id="dates inside sentences"),
    pytest.param(DIGEST.replace("2017 - 09 - 20 الأربعاء 20 / 9 / 2017", "2017 - 09 - 16 السبت 16 / 9 / 2017"),
                 id="one day: the page's own date, twice"),
    pytest.param(DIGEST.replace("2017 - 09 - 16", "2011 - 03 - 15"), id="a chronology of years"),
    pytest.param(AGENCY.replace("2017 م -", "2017 م : -"), id="a chronology's entries: the day, a colon"),
    # (session 21: the same ticker with its stamps set off by bars, "| 0 | 0 |", is cut at every stamp:
    # tests/test_page_dates_bar_stamps.py)
    pytest.param("ملخص\n25 - 05 - 2015 قال مسؤولون اليوم .\n22 - 11 - 2014 أعلن قائد اليوم .\n"
                 "وقال المتحدث 06 - 03 - 2015 أعلنت السلطات اليوم .\nوأضاف 27 - 02 - 2015 سيطر "
                 "المقاتلون اليوم .\nوقالت 13 - 12 - 2014 أدى انهيار .", id="a glued ticker: most stamps inside lines"),
])
def test_no_line_head_stamps(text: str) -> None:
    assert posts_of(text) == []


def test_events_of_a_digest_take_their_day() -> None:
    a = _run(DIGEST)
    assert actual_dates_at(a, "al-rai") == {("2017-09-16", "2017-09-16")}     # told on its stamp's line
    assert actual_dates_at(a, "barat") == {("2017-09-19", "2017-09-19")}      # "أمس" of the second post


def test_events_of_an_agency_chronology_take_their_entry() -> None:
    # an entry's undated line is of the entry's day, as a timeline entry's continuation is (_entry_date); the week
    # up to it was wider than the entry allows (session 26: SPA's year review, judged rows of V-433)
    a = _run(AGENCY)
    assert actual_dates_at(a, "al-rai") == {("2017-01-02", "2017-01-02")}
    assert actual_dates_at(a, "barat") == {("2017-01-09", "2017-01-09")}


CHRONICLE = ("ملف الشهر\n15 مايو 2015 فجرت انتحارية نفسها في مدينة داماتورو فقتلت سبعة أشخاص .\n"
             "18 مايو 2015 قتل شرطي بالرصاص في بلدة بلبيس شمال شرق القاهرة {glued} لقي شخص مصرعه في تفجير سيارة .\n"
             "اندلعت اشتباكات عنيفة بين الفصائل في قرية برات بريف حلب .")


def test_a_post_glued_onto_a_stamp_line_opens_there() -> None:
    text = CHRONICLE.format(glued="19 مايو 2015")
    assert [day for _at, day in posts_of(text)] == [dt.date(2015, 5, 15), dt.date(2015, 5, 18), dt.date(2015, 5, 19)]
    assert actual_dates_at(_run(text), "barat") == {("2015-05-19", "2015-05-19")}     # the glued entry's day


@pytest.mark.parametrize("glued", ["في 19 مايو 2015", "منذ 19 مايو 2015", "ليلة 19 مايو 2015"])
def test_a_date_the_sentence_tells_is_no_glued_post(glued: str) -> None:
    assert [day for _at, day in posts_of(CHRONICLE.format(glued=glued))] == [dt.date(2015, 5, 15), dt.date(2015, 5, 18)]


def test_a_year_counted_back_from_a_post_is_background() -> None:
    # "كانت قد شنت العام الماضي هجمات ... جاكرتا" under an entry of January: last year's attacks, not the entry's news
    line = "أدرجت الولايات المتحدة جماعة مرتبطة بتنظيم داعش , كانت قد شنت {when} هجمات دامية في بلدة الراعي , على لائحة الإرهاب ."
    text = AGENCY.replace("قصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .", line)
    assert actual_dates_at(_run(text.format(when="العام الماضي")), "al-rai") == set()
    assert actual_dates_at(_run(text.format(when="أمس")), "al-rai") == {("2017-01-01", "2017-01-01")}
