"""A year review's chronology whose first entry is glued onto the introduction ("... حسب تسلسلها الزمني :
أحداث شهر 3 - 2016 م 04 مارس 2016 م - ..."): the undated lines below it are more items of that day, as
the lines under any other entry are. And an entry glued onto the line of the one before, after the
bracket its quoted statement closed ("... ) 15 مارس 2016 قوات ..."): the next sentence of that line goes
on with the glued entry, not with the line's first. A date told inside a line with no entry's dash is no
entry's head."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Analysis, Entity

ENT = {
    "kandahar": Entity("kandahar", "PLACE", "قندهار", "قندهار", lat=31.6, lon=65.7, level="town", country="AF"),
    "aleppo": Entity("aleppo", "PLACE", "حلب", "حلب", lat=36.2, lon=37.15, level="town", country="SY"),
    "homs": Entity("homs", "PLACE", "حمص", "حمص", lat=34.73, lon=36.71, level="town", country="SY"),
    "hama": Entity("hama", "PLACE", "حماة", "حماة", lat=35.13, lon=36.75, level="town", country="SY"),
}
SURFACES = [("قندهار", "kandahar"), ("حلب", "aleppo"), ("حمص", "homs"), ("حماة", "hama")]

REVIEW = ("أبرز أحداث العام 2016 م\n"
          "يطوي العام صفحته الأخيرة ويطل علينا عام جديد بأمل جديد .\n"
          "نستعرض في هذا التقرير أبرز الأحداث لهذا العام 2016 م حسب تسلسلها الزمني : أحداث شهر 3 - 2016 م "
          "04 مارس 2016 م - افتتاح مؤتمر دولي للسلام في باريس .\n"
          "مقتل 5 أشخاص بانفجار سيارة مفخخة في مدينة قندهار .\n"
          "07 مارس 2016 م - تعيين سفير جديد في واشنطن .\n"
          "09 مارس 2016 م - انطلاق محادثات السلام في جنيف .\n"
          "12 مارس 2016 م - افتتاح أول سفارة في الفاتيكان .\n"
          "مقتل 3 مدنيين بقصف جوي على مدينة حلب .\n")

LINES = ("13 مارس 2016 قال المتحدث باسم الحكومة ( إن الحكومة ماضية في طريق الإصلاح ) 15 مارس 2016 قوات الأمن "
         "تحتشد قرب مدينة حماة استعدادا لعملية واسعة . وقتل 3 مدنيين بقصف جوي على مدينة حمص .\n"
         "16 مارس 2016 افتتاح مؤتمر للمانحين في لندن .\n"
         "17 مارس 2016 تعيين وزير جديد للخارجية .\n"
         "18 مارس 2016 انطلاق محادثات جديدة في جنيف .\n")


def _dates_at(a: Analysis, place: str) -> list[tuple[str, str]]:
    return [(e.date_start, e.date_end) for e in a.events if e.location == place]


def test_the_first_entry_glued_onto_the_introduction_dates_the_lines_below() -> None:
    a = events_over(REVIEW, ENT, SURFACES)
    assert _dates_at(a, "kandahar") == [("2016-03-04", "2016-03-04")]
    assert _dates_at(a, "aleppo") == [("2016-03-12", "2016-03-12")]


def test_a_date_told_in_the_introduction_heads_nothing() -> None:
    # no dash after the introduction's date: a date told in its sentence, no entry's head
    text = REVIEW.replace("04 مارس 2016 م - افتتاح", "منذ 04 مارس 2016 م افتتاح")
    a = events_over(text, ENT, SURFACES)
    assert ("2016-03-04", "2016-03-04") not in _dates_at(a, "kandahar")


def test_a_line_runs_on_with_the_entry_glued_after_a_bracket() -> None:
    a = events_over(LINES, ENT, SURFACES)
    assert _dates_at(a, "homs") == [("2016-03-15", "2016-03-15")]
