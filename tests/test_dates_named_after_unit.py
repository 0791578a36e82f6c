"""A unit word after "قبل" / "منذ" with no count that names a time ("منذ عام 2011", "منذ يوم
الجمعة") or counts from another happening ("قبل يوم من الهجوم") is not "one unit before the page"."""

from __future__ import annotations

import datetime as dt

from analysed import events_over

from rasd.records import Entity
from rasd.text.dates import find_dates

SUNDAY = dt.date(2017, 12, 10)


def _read(text: str, ref: dt.date | None = SUNDAY) -> list[tuple[str, str | None, str | None, str]]:
    return [(d.surface, d.date_start, d.date_end, d.kind) for d in find_dates(text, ref)]


def test_since_a_named_year_is_since_that_year_not_a_year_ago() -> None:
    assert _read("قتل أكثر من 300 ألف شخص منذ عام 2011 في سوريا") == [
        ("منذ عام 2011", "2011-01-01", "2017-12-10", "since")]
    assert _read("تسيطر المعارضة على المدينة منذ سنة 2014") == [("منذ سنة 2014", "2014-01-01", "2017-12-10", "since")]


def test_since_a_named_month_is_since_that_month() -> None:
    assert _read("تحاصر القوات البلدة منذ شهر أيار 2017") == [("منذ شهر أيار 2017", "2017-05-01", "2017-12-10", "since")]


def test_since_a_named_weekday_is_that_weekday_not_a_day_ago() -> None:
    assert _read("قتل 43 مدنيا منذ يوم الثلاثاء .") == [("يوم الثلاثاء", "2017-12-05", "2017-12-05", "weekday")]
    assert _read("اعتقلت الشرطة شابين منذ يوم أمس") == [("يوم أمس", "2017-12-09", "2017-12-09", "relative")]


def test_since_a_day_number_gives_only_the_since_date() -> None:
    assert _read("منذ يوم 5 كانون الأول") == [("منذ يوم 5 كانون الأول", "2017-12-05", "2017-12-10", "since")]


def test_before_a_named_time_or_another_happening_is_no_day_of_the_page() -> None:
    for text in ("اعتقل في دمشق قبل عام 2011 .", "وصل الوفد قبل يوم من الهجوم", "انسحبوا قبل يومين من وصوله",
                 "قبل شهر رمضان"):
        found = find_dates(text, SUNDAY)
        assert len(found) == 1 and found[0].date_start is None, text


def test_counts_from_the_page_are_unchanged() -> None:
    # twins: a count, a bare unit, "من الآن": still counted back from the page's date
    assert _read("قتل قبل يوم واحد") == [("قبل يوم", "2017-12-09", "2017-12-09", "relative")]
    assert _read("انسحبت القوات منذ شهر") == [("منذ شهر", "2017-11-01", "2017-11-30", "relative")]
    assert _read("قبل عام من الآن") == [("قبل عام", "2016-01-01", "2016-12-31", "relative")]
    assert _read("سيطر الجيش على المدينة القديمة قبل يومين من كتابة هذه السطور") == [
        ("قبل يومين", "2017-12-08", "2017-12-08", "relative")]
    assert _read("قصفت قبل ثلاثة أيام") == [("قبل ثلاثة أيام", "2017-12-07", "2017-12-07", "relative")]
    # "من" opening the place a movement leaves, not another happening: still two days before the page
    assert _read("انسحبت القوات قبل يومين من جسر الزرقا") == [("قبل يومين", "2017-12-08", "2017-12-08", "relative")]
    assert _read("خرج المقاتلون قبل يومين من مدينة الرقة") == [("قبل يومين", "2017-12-08", "2017-12-08", "relative")]


ENT = {"ghouta": Entity("ghouta", "PLACE", "الغوطة الشرقية", "الغوطة الشرقية", lat=33.55, lon=36.45,
                        level="region", country="SY")}


def test_a_toll_since_tuesday_is_not_dated_the_day_before_the_page() -> None:
    # a page of Friday 17 November 2017: "منذ يوم الثلاثاء" is Tuesday the 14th, not "a day ago" (the 16th)
    a = events_over("وقتل 43 مدنيا في قصف على الغوطة الشرقية منذ يوم الثلاثاء .", ENT,
                    [("الغوطة الشرقية", "ghouta")], "2017-11-17")
    assert a.events
    assert all(e.date_start == "2017-11-14" for e in a.events)


def test_a_since_date_of_a_present_relative_clause_does_not_date_the_event() -> None:
    # "التي تحاصرها القوات منذ عام 2013" tells the siege's time, not the evacuation's: the page's week
    a = events_over("وقالت الجمعية في بيان إنه تم إجلاء أربعة مرضى من الغوطة الشرقية التي تحاصرها القوات الحكومية"
                    " منذ عام 2013 ويعيش فيها قرابة 400 ألف شخص .", ENT, [("الغوطة الشرقية", "ghouta")], "2017-12-28")
    assert [(e.date_start, e.date_end) for e in a.events] == [("2017-12-28", "2017-12-28")]


def test_a_relative_clause_in_ta_is_read_as_a_clause_with_its_verb() -> None:
    # the same with a month: "التي تحاصرها" (an imperfective after "التي") opens a relative clause too
    a = events_over("وتم إجلاء أربعة مرضى من الغوطة الشرقية التي تحاصرها القوات الحكومية منذ آذار 2017 .", ENT,
                    [("الغوطة الشرقية", "ghouta")], "2017-12-28")
    assert [(e.date_start, e.date_end) for e in a.events] == [("2017-12-28", "2017-12-28")]
    # twin: the date right after the trigger dates it
    a = events_over("وتم إجلاء أربعة مرضى من الغوطة الشرقية يوم الثلاثاء 26 كانون الأول 2017 .", ENT,
                    [("الغوطة الشرقية", "ghouta")], "2017-12-28")
    assert [(e.date_start, e.date_end) for e in a.events] == [("2017-12-26", "2017-12-26")]


def test_a_lapse_counted_from_another_happening_gives_no_page_day() -> None:
    # "قبل يومين من وصول الوفد": two days before the visit, whose day is not told -- not the 15th
    a = events_over("شنت الطائرات الحربية غارات على الغوطة الشرقية قبل يومين من وصول الوفد الأممي إلى دمشق .", ENT,
                    [("الغوطة الشرقية", "ghouta")], "2017-11-17")
    assert [(e.date_start, e.date_end) for e in a.events] == [("unknown", "unknown")]
    # twin: counted from the page
    a = events_over("شنت الطائرات الحربية غارات على الغوطة الشرقية قبل يومين .", ENT,
                    [("الغوطة الشرقية", "ghouta")], "2017-11-17")
    assert [(e.date_start, e.date_end) for e in a.events] == [("2017-11-15", "2017-11-15")]


def test_the_happening_a_lapse_counts_from_is_a_reference_point_not_news() -> None:
    a = events_over("وصل الوفد الأممي إلى دمشق قبل يومين من قصف الطائرات الحربية على الغوطة الشرقية .", ENT,
                    [("الغوطة الشرقية", "ghouta")], "2017-11-17")
    assert a.events == []
