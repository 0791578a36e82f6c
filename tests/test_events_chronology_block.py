"""A year review's chronology writes "DAY - item" under its month's name; a second item of the same day
follows on the next line with no day number. That line is one more item of the day above it, until
the next day number, not an undated happening."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Analysis, Entity

ENT = {
    "kandahar": Entity("kandahar", "PLACE", "قندهار", "قندهار", lat=31.6, lon=65.7, level="town", country="AF"),
    "aleppo": Entity("aleppo", "PLACE", "حلب", "حلب", lat=36.2, lon=37.15, level="town", country="SY"),
    "homs": Entity("homs", "PLACE", "حمص", "حمص", lat=34.73, lon=36.71, level="town", country="SY"),
}
SURFACES = [("قندهار", "kandahar"), ("حلب", "aleppo"), ("حمص", "homs")]

REVIEW = ("أهم الأحداث التي طبعت العام 2017 : كانون الثاني 1 - افتتاح مؤتمر دولي للسلام في باريس .\n"
          "8 - تعيين سفير جديد في واشنطن .\n"
          "10 - تعيين مستشار كبير للبيت الأبيض .\n"
          "مقتل 5 أشخاص بانفجار سيارة مفخخة في مدينة قندهار .\n"
          "13 - انطلاق محادثات السلام في جنيف .\n"
          "شباط 2 - افتتاح أول سفارة في الفاتيكان .\n"
          "مقتل 3 مدنيين بقصف جوي على مدينة حلب .\n"
          "9 - انتخاب رئيس جديد للبلاد .\n")


def _dates_at(a: Analysis, place: str) -> list[tuple[str, str]]:
    return [(e.date_start, e.date_end) for e in a.events if e.location == place]


def test_an_unnumbered_line_takes_the_day_numbered_above_it() -> None:
    a = events_over(REVIEW, ENT, SURFACES)
    assert _dates_at(a, "kandahar") == [("2017-01-10", "2017-01-10")]
    assert _dates_at(a, "aleppo") == [("2017-02-02", "2017-02-02")]


def test_an_unnumbered_line_with_its_own_time_keeps_it() -> None:
    # "قبل أسبوعين" is the item's own time: the day above does not date it
    text = REVIEW.replace("مقتل 3 مدنيين بقصف جوي على مدينة حلب .",
                          "مقتل 3 مدنيين بقصف جوي على مدينة حلب في 20 كانون الثاني .")
    a = events_over(text, ENT, SURFACES)
    assert ("2017-02-02", "2017-02-02") not in _dates_at(a, "aleppo")
