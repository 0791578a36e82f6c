"""A month's half ("النصف الأول / الثاني من شهر تموز") is days 1-15 or 16 to the month's end, not the month's
1st or 2nd day (rasd.text.dates, date_words.yaml half_nouns). brsample13 V-275#2: Al-Jumhuriya's Aleppo
retrospective read "النصف الثاني من شهر تموز" as 2 July 2016."""

from __future__ import annotations

import datetime as dt

from rasd.text.dates import find_dates

REF = dt.date(2016, 12, 30)


def _spans(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.date_start, d.date_end) for d in find_dates(text, REF)]


def test_the_second_half_of_a_month_is_its_last_days() -> None:
    text = "وبدأت فصائل جيش الفتح في النصف الثاني من شهر تموز 2016 استعدادات لعملية عسكرية لفك الحصار"
    assert _spans(text) == [("2016-07-16", "2016-07-31")]


def test_the_first_half_of_a_month_is_its_first_fifteen_days() -> None:
    assert _spans("قتل العشرات في النصف الأول من آب 2016 في حلب") == [("2016-08-01", "2016-08-15")]


def test_an_ordinal_day_without_the_half_noun_is_still_the_day() -> None:
    # twin: "الثاني من شهر تموز" alone is 2 July
    assert _spans("في الثاني من شهر تموز 2016 قتل عشرة") == [("2016-07-02", "2016-07-02")]
