"""Year/day/month numeric dates ("2017 / 30 / 12", forum post stamps): when the middle number is
past 12 it can only be the day, so the one valid reading is taken; the usual order stays first."""
import datetime as dt

import pytest

from rasd.text.dates import find_dates

REF = dt.date(2018, 1, 5)


def _one(text: str):
    ds = [d for d in find_dates(text, REF) if d.kind == "absolute"]
    assert len(ds) == 1, ds
    return ds[0]


@pytest.mark.parametrize("text,iso", [
    ("وصول المهجرين إلى البلدة 2017 / 30 / 12 سوريا", "2017-12-30"),
    ("صور القصف على الحي 2016/25/3", "2016-03-25"),
    ("تاريخ المشاركة 2015 - 14 - 07", "2015-07-14"),
])
def test_year_day_month_reads_as_the_only_valid_date(text: str, iso: str) -> None:
    d = _one(text)
    assert (d.date_start, d.date_end, d.precision, d.warning) == (iso, iso, "day", None)


@pytest.mark.parametrize("text,iso", [
    ("قصف الحي 2017 / 12 / 10", "2017-12-10"),      # both readings valid: year/month/day stays
    ("قصف الحي 10 / 12 / 2017", "2017-12-10"),      # day-first untouched
])
def test_the_usual_order_stays_first(text: str, iso: str) -> None:
    assert _one(text).date_start == iso


@pytest.mark.parametrize("text", ["2018 / 13 / 45", "2017/31/04", "2017 / 13 / 13"])
def test_no_valid_reading_stays_impossible(text: str) -> None:
    d = _one(text)
    assert d.date_start is None and d.warning
