"""A place told in another role than where it happened is not the event's place when the sentence
names one told as where it was (issue #4, place of another role; rasd/extract/events/places.py,
_direction_moved / _evacuees_home / _person_origin): the side of a place people came from ("قدموا من
غربي الأنبار"), the evacuees' home ("الحافلات التي تنقل ... من أهالي كفريا", "قافلة الفوعة"), which is no
place of a happening to their convoy, and the town a group fled from ("الهاربة من عقيربات"). Fixtures
written for the test in the style of the breadth set's wire copy (session 21, role)."""

from __future__ import annotations

from test_events import actual_places

from rasd.records import Entity

ANBAR = Entity("anbar", "PLACE", "الأنبار", "Anbar", lat=33.4, lon=42.0, level="region", country="IQ")
ALBU_KAMAL = Entity("albu-kamal", "PLACE", "البوكمال", "Albu Kamal", lat=34.45, lon=40.92, level="town",
                    country="SY", admin1="Deir ez-Zor")
KAFRAYA = Entity("kafraya", "PLACE", "كفريا", "Kafraya", lat=35.99, lon=36.69, level="town", country="SY",
                 admin1="Idlib")
FUAA = Entity("fuaa", "PLACE", "الفوعة", "al-Fuaa", lat=35.97, lon=36.70, level="town", country="SY", admin1="Idlib")
RASHIDIN = Entity("rashidin", "PLACE", "الراشدين", "al-Rashidin", lat=36.17, lon=37.08, level="town", country="SY",
                  admin1="Aleppo")
UQAYRIBAT = Entity("uqayribat", "PLACE", "عقيربات", "Uqayribat", lat=35.2, lon=37.6, level="town", country="SY",
                   admin1="Hama")
PLACES = [ANBAR, ALBU_KAMAL, KAFRAYA, FUAA, RASHIDIN, UQAYRIBAT]


def _places(text: str) -> list[str | None]:
    return actual_places(text, PLACES, "2017-04-16")


def test_the_side_of_a_place_people_came_from() -> None:
    text = "أعدم التنظيم أمس مواطنين اثنين قدموا من غربي الأنبار في مدينة البوكمال ."
    assert _places(text) == ["albu-kamal"]


def test_a_side_of_a_place_struck_stays() -> None:
    text = "قصفت الطائرات أمس مناطق غربي الأنبار ."
    assert _places(text) == ["anbar"]


def test_a_part_of_villages_by_a_side_stays() -> None:
    # "عدد من القرى شرقي X": a part of the villages east of X, not an origin
    text = "قصفت الطائرات أمس عددا من القرى شرقي مدينة البوكمال ."
    assert _places(text) == ["albu-kamal"]


def test_the_evacuees_home_is_no_place_of_the_bombing() -> None:
    text = "قتل العشرات أمس بتفجير سيارة مفخخة استهدف الحافلات التي تنقل آلاف المدنيين من أهالي كفريا والفوعة ."
    assert _places(text) in ([], [None])


def test_the_convoy_bombing_takes_the_place_told() -> None:
    text = "قتل العشرات أمس بتفجير سيارة مفخخة في الراشدين استهدف حافلات أهالي كفريا والفوعة ."
    assert _places(text) == ["rashidin"]


def test_the_people_of_a_town_struck_keep_it() -> None:
    # no carrying word: the people are struck at home
    text = "قصفت الطائرات أمس منازل أهالي كفريا ."
    assert _places(text) == ["kafraya"]


def test_the_town_a_group_fled_from() -> None:
    # "الهاربة": the feminine of a group's participle of fleeing, as "الهاربين" (places._person_origin)
    text = "قتل ثلاثة مدنيين أمس برصاص عناصر التنظيم الهاربة من عقيربات ."
    assert _places(text) in ([], [None])
