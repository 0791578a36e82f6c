"""A day range never runs backwards: in "06 : 10 - 05 ديسمبر 2017" (a site's time stamp) the 10 is the
clock's minutes, so the date is the 5th alone, not 10..5 December."""
import datetime as dt

from rasd.text.dates import find_dates

REF = dt.date(2017, 12, 6)


def test_clock_minutes_before_a_day_are_no_range_start():
    (d,) = find_dates("06 : 10 - 05 ديسمبر 2017", REF)
    assert (d.date_start, d.date_end) == ("2017-12-05", "2017-12-05")
    assert d.kind == "absolute"


def test_a_forward_day_range_stays_a_range():
    (d,) = find_dates("من 10 - 15 ديسمبر 2017", REF)
    assert (d.date_start, d.date_end, d.kind) == ("2017-12-10", "2017-12-15", "range")
