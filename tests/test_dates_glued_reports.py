"""Glued daily reports (issue #4, DATE_WRONG_ANCHOR): a page that runs several dated daily reports
together ("التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 28 - 11 - 2016 ...", the SHRC's
archive pages) dates each report's happenings by its own heading: not by the next report's heading
glued onto its last victim entry, not by another report's "أمس", and to the day the heading covers
(not a week's window). Excerpts of a real page (shortened)."""

from __future__ import annotations

import datetime as dt

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract.page_dates import lost_report_cuts, report_heads
from rasd.records import Analysis
from rasd.text.dates import find_dates

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "tarmanin": ("ترمانيين", "Tarmanin", 36.22, 36.81, "town", "Idlib"),
    "jasim": ("جاسم", "Jasim", 32.99, 36.06, "town", "Daraa"),
    "talbiseh": ("تلبيسة", "Talbiseh", 34.84, 36.73, "town", "Homs"),
}

HEAD = "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم "

# the 28th's report ends with an entry the 24th's heading is glued onto, without a stop
GLUED = ("من أخبار حقوق الإنسان في سورية 1 - 12 - 2016\n"
         + HEAD + "28 - 11 - 2016 بلغ مجموع الضحايا في سوريا ( 96 ) شخصا في سوريا يوم الإثنين 28 - 11 - 2016 , "
         "بينهم : بالإضافة إلى ( 1 ) قضى جراء القصف في مدينة تلبيسة في محافظة حمص .\n"
         "18 - الطفل عبدالرحمن اياد نعناع 14 عام / ريف حلب - حريتان / جراء القصف الروسي على بلدة ترمانيين "
         + HEAD + "24 - 11 - 2016 بلغ مجموع الضحايا في سوريا ( 99 ) شخصا يوم الخميس 24 - 11 - 2016 , بينهم : "
         "كما قضى ( 7 ) اشخاص كذلك جراء القصف على مدينة جاسم في محافظة درعا .\n")


def _run(text: str, published: str = "2016-12-01") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, None, syrian=True)


def test_report_headings_open_parts() -> None:
    heads = report_heads(GLUED, find_dates(GLUED))
    assert [(GLUED[at:at + 7], day) for at, day, _d in heads] == [
        ("التقرير", dt.date(2016, 11, 28)), ("التقرير", dt.date(2016, 11, 24))]


def test_one_heading_or_no_title_is_no_run() -> None:
    one = GLUED[:GLUED.index("18 - ")]
    assert report_heads(one, find_dates(one)) == []
    # "ليوم" with no report's title before it ("أجلت المحكمة الجلسة ليوم ..."): no run of reports
    court = "أجلت المحكمة الجلسة ليوم 5 - 3 - 2017 ثم أجلت الجلسة الثانية ليوم 9 - 3 - 2017 ."
    assert report_heads(court, find_dates(court)) == []


def test_entry_before_the_next_heading_takes_its_own_report_day() -> None:
    a = _run(GLUED)
    # the Tarmanin entry belongs to the 28th's report, not to the 24th's heading glued after it
    assert actual_dates_at(a, "tarmanin") == {("2016-11-28", "2016-11-28")}


def test_undated_report_lines_take_the_day_the_heading_covers() -> None:
    a = _run(GLUED)
    assert actual_dates_at(a, "talbiseh") == {("2016-11-28", "2016-11-28")}
    assert actual_dates_at(a, "jasim") == {("2016-11-24", "2016-11-24")}


# the page's head (its publication day, twice) and the first report's opening sentence
FIRST = ("من أخبار حقوق الإنسان في سورية 25 - 2 - 2016 من أخبار حقوق الإنسان في سورية 25 - 2 - 2016 "
         + HEAD + "23 - 2 - 2016 بلغ مجموع الضحايا في سوريا ( 38 ) شخصا يوم الثلاثاء 23 - 2 - 2016 , بينهم : "
         "في محافظة حلب قضى ( 12 ) شخصا , منهم ( 10 ) جراء سقوط قذائف هاون على حيي الزهراء والشيخ مقصود في "
         "مدينة حلب , و ( 2 ) في الاشتباكات مع الميليشيات الكردية .\n"
         + HEAD + "22 - 2 - 2016 بلغ مجموع الضحايا في سوريا ( 80 ) شخصا يوم الإثنين 22 - 2 - 2016 , بينهم : "
         "بالإضافة إلى ( 1 ) قضى جراء القصف في مدينة تلبيسة في محافظة حمص .\n")


def test_heading_sentence_dates_its_report_not_the_page_head() -> None:
    places = dict(PLACES, aleppo=("حلب", "Aleppo", 36.20, 37.15, "city", "Aleppo"))
    a = run_with_places(FIRST, syrian_places(places), "2016-02-25", None, syrian=True)
    # the shelling and the clash of the 23rd's report: its day, not the page's (25th) nor unknown
    assert actual_dates_at(a, "aleppo") == {("2016-02-23", "2016-02-23")}
    assert actual_dates_at(a, "talbiseh") == {("2016-02-22", "2016-02-22")}


# A report whose heading the page lost (asharqalarabi's 28-1-2016 repost, shortened): the 26th's report lists
# Idlib's toll, then a line gives Idlib's toll again: another day's report, between the 26th and the 24th.
LOST = ("من أخبار حقوق الإنسان في سورية 28 - 1 - 2016\n"
        + HEAD + "26 - 1 - 2016 بلغ مجموع الضحايا في سوريا ( 39 ) شخصا يوم الثلاثاء 26 - 1 - 2016 , بينهم : "
        "في محافظة إدلب قضى ( 13 ) شخصا جراء قصف الطيران الحربي الروسي على مدينة أريحا .\n"
        "وقضى في محافظة حمص ( 5 ) أشخاص , منهم ( 3 ) جراء القصف بقذائف الهاون على بلدة تلبيسة .\n"
        "وفي محافظة إدلب قضى ( 14 ) شخصا , ( 13 ) منهم جراء قصف الطيران الحربي على مدينة ترمانيين في ريف "
        "المحافظة .\n"
        + HEAD + "24 - 1 - 2016 بلغ مجموع الضحايا في سوريا ( 58 ) شخصا يوم الأحد 24 - 1 - 2016 , بينهم : "
        "كما قضى ( 7 ) اشخاص كذلك جراء القصف على مدينة جاسم في محافظة درعا .\n")


def test_region_toll_told_again_opens_a_lost_report() -> None:
    heads = report_heads(LOST, find_dates(LOST))
    cuts = lost_report_cuts(LOST, heads)
    # the line of Idlib's second toll, of the one day the two headings leave between them
    assert [(LOST[at:at + 10], day) for at, day, _d in cuts] == [("وفي محافظة", dt.date(2016, 1, 25))]


def test_lost_report_lines_are_not_of_the_heading_above() -> None:
    a = _run(LOST, "2016-01-28")
    assert actual_dates_at(a, "talbiseh") == {("2016-01-26", "2016-01-26")}
    assert actual_dates_at(a, "tarmanin") == {("2016-01-25", "2016-01-25")}
    assert actual_dates_at(a, "jasim") == {("2016-01-24", "2016-01-24")}


def test_lost_reports_in_a_wider_gap_take_its_days() -> None:
    # two days between the headings (26th .. 23rd) and one report found: it lies in the 24th-25th
    wide = LOST.replace("24 - 1 - 2016", "23 - 1 - 2016")
    a = _run(wide, "2016-01-28")
    assert actual_dates_at(a, "tarmanin") == {("2016-01-24", "2016-01-25")}
    # no region told twice: no lost report
    assert lost_report_cuts(GLUED, report_heads(GLUED, find_dates(GLUED))) == []
