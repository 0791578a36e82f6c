"""A Hijri date and its Gregorian twin after a dash are one day, the Gregorian one as printed, never a range
between them nor the Hijri table's day alone: "لندن : 16 / محرم / 1437 - 31 / 10 / 2015" (a dateline; the
month name between slashes was not read, and the Gregorian date after the Hijri year was refused as the tail of
"<digits> - <date>"), Okaz's "الأربعاء / 2 / ربيع الثاني / 1439 ه - الأربعاء 20 ديسمبر 2017" and breadth R-422#8's
"لندن : في 11 صفر / 1439 - 1 / 11 / 2017" (rasd.text.dates: the hijri and num patterns, _calendar_twin)."""

from __future__ import annotations

import datetime as dt

from rasd.text.dates import find_dates, infer_published


def _days(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(d.date_start, d.date_end, d.kind) for d in find_dates(text) if d.kind != "weekday"]


def test_a_dateline_in_both_calendars_is_the_gregorian_day() -> None:
    assert _days("لندن : 16 / محرم / 1437 - 31 / 10 / 2015 قال") == [("2015-10-31", "2015-10-31", "absolute")]
    assert _days("الأحد 16 محرم 1437 ه - 31 أكتوبر 2015") == [("2015-10-31", "2015-10-31", "absolute")]


def test_the_hijri_month_between_slashes_is_read() -> None:
    assert _days("16 / محرم / 1437") == [("2015-10-29", "2015-10-29", "hijri")]


def test_a_gregorian_date_after_a_hijri_year_is_read() -> None:
    text = "لندن : في 11 صفر / 1439 - 1 / 11 / 2017 نشرت وزارة الخارجية الروسية قائمة"
    assert ("2017-11-01", "2017-11-01", "absolute") in _days(text)
    # twin: digits and a dash before a date still make no date of it ("1 - 12 / 3 / 2017")
    assert _days("1 - 12 / 3 / 2017") == []


def test_a_range_from_a_hijri_date_stays_a_range() -> None:
    # twin: "من" opens a real range, and a Gregorian day far from the Hijri one is no twin
    assert _days("من 16 محرم 1437 - 31 / 12 / 2015")[0][:2] == ("2015-10-29", "2015-12-31")


def test_a_dateline_dates_its_page() -> None:
    page = ("سوريا : مقتل 20 في غارات على ريف إدلب\nلندن : 16 / محرم / 1437 - 31 / 10 / 2015\n"
            "قتل 20 مدنيا على الأقل اليوم السبت في غارات جوية على بلدة في ريف إدلب .")
    pub = infer_published(page, today=dt.date(2018, 1, 21))
    assert (pub.date, pub.hijri) == ("2015-10-31", "1437-01-16")
