""""في 14 الجاري", "يومي 29 و 30 الجاري", "يوم 19 من الجاري": a day number after a cue and before "الجاري" /
"الحالي" alone is that day of the page's month (rasd.extract.page_dates.current_month_days); the dates layer read
nothing there and the happening took the page's day. Not on an undated page, not a year ("مارس 2017 الجاري").
Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.extract.page_dates import current_month_days

REF = dt.date(2017, 3, 22)


def _days(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None, str | None]]:
    return [(d.surface, d.date_start, d.date_end) for d in current_month_days(text, [], ref)]


def test_a_day_of_the_current_month() -> None:
    assert _days("قصفت الطائرات البلدة في 14 الجاري") == [("14 الجاري", "2017-03-14", "2017-03-14")]
    assert _days("اعتقل يوم 19 من الحالي") == [("19 من الحالي", "2017-03-19", "2017-03-19")]


def test_two_days_of_the_current_month() -> None:
    assert _days("المؤتمر سيعقد في 29 و 30 الجاري") == [("29 و 30 الجاري", "2017-03-29", "2017-03-30")]


def test_no_cue_no_reference_no_such_day() -> None:
    assert _days("وصل 14 الجاري") == []                       # no cue before the number
    assert _days("قصفت الطائرات البلدة في 14 الجاري", None) == []
    assert _days("قصف في 31 الجاري", dt.date(2017, 2, 10)) == []   # February has no 31st
    assert _days("منذ مطلع مارس 2017 الجاري") == []


def test_the_happening_takes_the_day() -> None:
    text = ("دمشق - قالت مصادر محلية إن طائرات النظام قصفت مدينة دوما في 14 الجاري مما أدى إلى مقتل خمسة "
            "مدنيين .")
    events = actual_events_of(analyse_text(text, "2017-03-22"))
    assert [(e.date_start, e.date_end) for e in events] == [("2017-03-14", "2017-03-14")]
