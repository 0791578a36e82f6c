"""A place named after another place and a direction is where it happened; the second is only its
reference point, also when a comma or "الواقعة" stands between ("مدينة مخمور , جنوب شرقي الموصل",
"بلدة خان شيخون الواقعة جنوب مدينة إدلب") (issue #4, event places; rasd/extract/events/places.py, _landmark).
Fixtures: breadth-set articles (582adf96 Kirkuk crisis review, d166be77 Idlib strikes), in the corpus's
pre-tokenised style."""

from __future__ import annotations

from test_events import actual_events, actual_places, run_with_places

from rasd.records import Entity

MOSUL = Entity("mosul", "PLACE", "الموصل", "Mosul", lat=36.34, lon=43.13, level="town", country="IQ")
MAKHMUR = Entity("makhmur", "PLACE", "مخمور", "Makhmur", lat=35.78, lon=43.58, level="town", country="IQ")
IDLIB = Entity("idlib", "PLACE", "إدلب", "Idlib", lat=35.93, lon=36.63, level="town", country="SY")
KHAN_SHAYKHUN = Entity("khan-shaykhun", "PLACE", "خان شيخون", "Khan Shaykhun", lat=35.44, lon=36.65, level="town",
                       country="SY")
PLACES = [MOSUL, MAKHMUR, IDLIB, KHAN_SHAYKHUN]


def _places(text: str, published: str) -> list[str | None]:
    return actual_places(text, PLACES, published)


def test_a_comma_before_the_direction() -> None:
    text = ("وقد شهد محيط مدينة مخمور , جنوب شرقي الموصل , اشتباكات عنيفة بين الطرفين , في 24 أكتوبر / "
            "تشرين الأول 2017 .")
    assert _places(text, "2017-10-30") == ["makhmur"]


def test_located_before_the_direction() -> None:
    text = ("وأكد مدير المرصد رامي عبد الرحمن لوكالة فرانس برس أن الغارات استهدفت بلدة خان شيخون الواقعة "
            "جنوب مدينة إدلب يوم السبت .")
    assert _places(text, "2017-10-07") == ["khan-shaykhun"]


def test_the_reference_point_alone_stays() -> None:
    # no place before the direction: the reference point is the best place the text gives
    text = "وأكد المرصد أن الغارات استهدفت قرى جنوب مدينة إدلب يوم السبت ."
    assert _places(text, "2017-10-07") == ["idlib"]



ALEPPO_COUNTRYSIDE = Entity("aleppo-countryside", "PLACE", "ريف حلب", "Aleppo countryside", lat=36.2, lon=37.4,
                            level="region", country="SY")
AL_BAB = Entity("al-bab", "PLACE", "الباب", "al-Bab", lat=36.37, lon=37.52, level="town", country="SY")


def test_a_wider_place_before_the_comma_keeps_the_town() -> None:
    # breadth 0a25cbc3 (coalition strike on al-Bab, 28 Dec 2014): the countryside is told by the town
    # east of which it lies, the town is no mere landmark of it
    text = ("أكد شاهد آخر لمركزنا أن ه كان من بين الضحايا تسعة مدنيين - معتقلين - من في ريف حلب , شرق مدينة "
            "الباب , وكان قد تم اعتقالهم من قبل تنظيم داعش بسبب مشاجرة ما بين عائلتين في البلدة قبل أيام قليلة "
            "من وقوع الهجوم .")
    a = run_with_places(text, [ALEPPO_COUNTRYSIDE, AL_BAB], "2015-01-10")
    assert {e.location for e in actual_events(a)} == {"al-bab"}


HAMA = Entity("hama", "PLACE", "حماة", "Hama", lat=35.13, lon=36.75, level="town", country="SY")
ABU_DALI = Entity("abu-dali", "PLACE", "أبو دالي", "Abu Dali", lat=35.36, lon=36.95, level="town", country="SY")
SYRIA = Entity("syria", "PLACE", "سوريا", "Syria", lat=35.0, lon=38.5, level="country", country="SY")


def test_a_place_in_a_side_of_a_town_is_where_it_happened() -> None:
    # "في شمال حماة" locates the village as "بشمال حماة" or "شمال حماة" does: the village is the place
    for side in ("في شمال", "بشمال", "شمال"):
        text = f"استولى الجيش السوري يوم السبت على قرية أبو دالي {side} حماة ."
        assert actual_places(text, [HAMA, ABU_DALI], "2017-10-07") == ["abu-dali"], side


def test_a_side_with_no_place_before_it_keeps_the_town() -> None:
    assert actual_places("اندلعت اشتباكات عنيفة يوم السبت في شمال حماة .", [HAMA, ABU_DALI], "2017-10-07") == ["hama"]


def test_a_town_in_a_side_of_a_country_is_where_it_happened() -> None:
    text = "قصفت الطائرات يوم السبت مدينة حماة في شمال سوريا ."
    assert actual_places(text, [HAMA, SYRIA], "2017-10-07") == ["hama"]
