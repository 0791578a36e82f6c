"""Event dates: a deed the page dates only by its own day, told as the ground of a lapse of days ("وقال
المسؤول ... بعد يومين من الهجوم الكيماوي" on a page of 6 April), lies that many days before the page's day (4
April), as it does before a day the sentence tells. A lapse before the deed ("قبل يومين من") is not moved: it
would put a past happening after the page's day. Small fixtures of the general construction (breadth row R-282 #4)."""

from __future__ import annotations

from analysed import actual_type_dates


def _dates(text: str, published: str) -> list[tuple[str, str, str]]:
    return actual_type_dates(text, published, "lapse-before-deed")


def test_a_deed_two_days_before_the_speaking_page_day() -> None:
    got = _dates("وقال المسؤول الأممي للصحفيين في جنيف , بعد يومين من الهجوم الكيماوي على بلدة خان شيخون , إن الوضع "
                 "خطير .", "2017-04-06")
    assert got == [("Explosions/Remote violence", "2017-04-04", "2017-04-04")], got


def test_the_page_day_window_moves_back_with_the_lapse() -> None:
    # a story naming another day too: the deed's window (the day before up to the page's day) moves back a day
    got = _dates("وتحدث المسؤول بعد يوم من الهجوم الكيماوي على بلدة خان شيخون . وقال مصدر إن قوات النظام قصفت "
                 "مدينة حلب أمس .", "2017-04-06")
    assert ("Explosions/Remote violence", "2017-04-04", "2017-04-05") in got, got
    assert ("Explosions/Remote violence", "2017-04-05", "2017-04-05") in got, got   # the shelling keeps its أمس


def test_a_deed_without_a_lapse_keeps_the_page_day() -> None:
    got = _dates("وقال المسؤول الأممي للصحفيين في جنيف إن الهجوم الكيماوي على بلدة خان شيخون خلف عشرات القتلى .",
                 "2017-04-06")
    assert got and all(e == "2017-04-06" for _t, _s, e in got), got
