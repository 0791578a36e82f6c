"""A weekday heading the date it names ("يوم الثلاثاء 14 آذار", "مساء الأحد ، 5 تشرين الثاني 2017", "الخميس الموافق
9 / 3 / 2017") names the date's day (rasd.text.dates._weekday_heads). Read alone, the weekday took the last such
weekday before the page's day and the happening got a second, wrong day (DATE_WRONG_ANCHOR, and a copy of the event).
A weekday that is not the date's is left as read. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

import rasd.text.dates as dates_mod
from rasd.text.dates import find_dates

REF = dt.date(2017, 3, 22)     # a Wednesday


def _days(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None, str | None]]:
    return [(text[d.start:d.end], d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_weekday_with_yom_names_its_dates_day() -> None:
    text = "قصفت الطائرات البلدة يوم الثلاثاء 14 آذار"
    assert _days(text) == [("يوم الثلاثاء", "2017-03-14", "2017-03-14"), ("14 آذار", "2017-03-14", "2017-03-14")]


def test_separators_and_muwafiq_between_weekday_and_date() -> None:
    for text in ("غارات مساء الثلاثاء ، 14 آذار على المدينة", "غارات يوم الثلاثاء الموافق 14 / 3 / 2017 على المدينة",
                 "غارات الثلاثاء ( 14 آذار ) على المدينة", "غارات صباح يوم الثلاثاء الرابع عشر من آذار على المدينة",
                 "غارات يوم الثلاثاء الماضي 14 آذار 2017 على المدينة"):
        assert {d[1:] for d in _days(text)} == {("2017-03-14", "2017-03-14")}, text


def test_a_weekday_that_is_not_the_dates_stays_apart() -> None:
    # 15 March 2017 was a Wednesday: the text contradicts itself, nothing is joined
    days = _days("قصفت الطائرات البلدة يوم الثلاثاء 15 آذار")
    assert [d[1] for d in days] == ["2017-03-21", "2017-03-15"]


def test_undated_page_leaves_the_weekday_unresolved() -> None:
    assert [d[1] for d in _days("قصفت الطائرات البلدة يوم الثلاثاء 14 آذار 2017", None)] == [None, "2017-03-14"]


def test_weekday_far_from_the_date_is_its_own_day() -> None:
    days = _days("قصفت الطائرات البلدة يوم الثلاثاء بعد أن أعلن الجيش في 14 آذار بدء العملية")
    assert [d[1] for d in days] == ["2017-03-21", "2017-03-14"]


def test_the_happening_takes_the_written_date_once() -> None:
    text = ("دمشق - قالت مصادر محلية إن طائرات النظام قصفت مدينة دوما يوم الثلاثاء 14 آذار مما أدى إلى "
            "مقتل خمسة مدنيين .")
    events = actual_events_of(analyse_text(text, "2017-03-22"))
    assert [(e.date_start, e.date_end) for e in events] == [("2017-03-14", "2017-03-14")]


def test_undated_page_takes_the_one_written_year_the_weekday_fits() -> None:
    # 31 August fell on a Thursday in 2017, not in 2011 or 2013
    text = "أعلنت الوزارة أن يوم الخميس الموافق 31 آب هو موعد الامتحان , كما في أعوام 2011 و 2013 و 2017 ."
    assert [d[1] for d in _days(text, None)][:2] == ["2017-08-31", "2017-08-31"]


def test_no_written_year_takes_the_one_year_of_a_pinned_span_that_fits(monkeypatch) -> None:
    # a corpus pinned to 2011-2018 (date_words.yaml weekday_year_span): 14 April was a Tuesday in 2015 alone
    # of those years; 9 December was a Friday in 2011 and in 2016: no guess
    monkeypatch.setattr(dates_mod, "_weekday_year_span", lambda: (2011, 2018))
    assert [d[1] for d in _days("قصف الطيران البلدة الثلاثاء 14 نيسان", None)] == ["2015-04-14"]
    assert [d[1] for d in _days("قصف الطيران البلدة الجمعة 9 كانون الأول", None)] == [None]


def test_the_default_span_runs_to_this_year() -> None:
    # by default a page may be of any year since 2011 up to now: Tuesday 14 April is 2015, 2020 and 2026
    # (unknown), while Thursday 29 February is 2024 alone (the next is 2052)
    assert [d[1] for d in _days("قصف الطيران البلدة الثلاثاء 14 نيسان", None)] == [None]
    assert [d[1] for d in _days("قصف الطيران البلدة الخميس 29 شباط", None)] == ["2024-02-29"]


def test_two_written_years_that_fit_leave_it_unknown() -> None:
    # 30 December was a Friday in 2011 and in 2016: no guess
    text = "قصف الطيران البلدة يوم الجمعة 30 كانون الأول . وكانت المدينة قد شهدت عامي 2011 و 2016 معارك"
    assert [d[1] for d in _days(text, None)][:2] == [None, None]


def test_a_date_after_the_page_day_leaves_its_weekday_as_read() -> None:
    # a viewing bar's "يوم السبت , 25 آذار 2017" over a page of 22 March: the bar's day dates nothing, its
    # weekday is not moved to it (the page-stamp readers drop the bar's day; the weekday stays as it was read)
    days = _days("يوم السبت , 25 آذار 2017 قصفت الطائرات البلدة")
    assert [d[1] for d in days] == ["2017-03-18", "2017-03-25"]
