"""A front or axis ("جبهة عطشان شمال حماة", "محور معرزاف غرب حماة") and a gazetteer region ("الغوطة الشرقية
المحاصرة قرب دمشق") told right before the direction or the word of nearness that locates them by a town are
where the fighting or the strikes were: the town only locates them (judged PLACE_OTHER at the town)."""
from analysed import analyse_text

from rasd.records import Analysis


def _event_places(a: Analysis) -> set[tuple[str, int | None]]:
    return {(a.entities[e.location].name_ar, e.geo_precision) for e in a.events if e.location}


def test_front_named_before_a_direction_is_the_event_place() -> None:
    a = analyse_text("وأشار مراسلنا إلى مقتل قائد مجموعة في قوات النظام خلال الاشتباكات الدائرة على جبهة عطشان"
                     " شمال حماة .", "2018-01-01")
    assert _event_places(a) == {("عطشان", 2)}


def test_axis_named_before_a_direction_is_the_event_place() -> None:
    a = analyse_text("اندلعت اشتباكات عنيفة أمس على محور معرزاف غرب حماة .", "2017-10-20")
    assert {name for name, _prec in _event_places(a)} == {"معرزاف"}


def test_a_group_called_front_is_no_place() -> None:
    a = analyse_text("وقتل ثلاثة عناصر في اشتباكات مع مسلحي جبهة النصرة جنوب مدينة إدلب أمس .", "2017-10-20")
    assert {name for name, _prec in _event_places(a)} == {"إدلب"}


def test_region_told_near_a_town_is_the_event_place() -> None:
    a = analyse_text("أسفرت غارات للطيران السوري على الغوطة الشرقية المحاصرة قرب دمشق أمس عن مقتل 19 شخصا .",
                     "2017-12-04")
    assert {name for name, _prec in _event_places(a)} == {"الغوطة الشرقية"}
