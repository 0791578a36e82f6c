"""Where people or fire came from, told through place nouns, is no place of the happening: the side of a place
after place nouns takes the preposition before them ("من مناطق غربي الأنبار" = from areas west of Anbar), and a "في X"
that locates the noun phrase of a "من" tells the origin too ("قذائف أطلقت من مناطق في سوريا"). A partitive "من"
("عدد من القرى شرقي X", "عدد من المواقع في X") still tells where it was (rasd/extract/events/places.py,
_direction_moved, _origin_of_locator; event_place_guards.yaml partitive_quantities, origin_locator_nouns).
Sentences written for the pattern, in the corpus's pre-tokenised style."""

from __future__ import annotations

import pytest
from test_events import actual_places, syrian_places

from rasd.records import Entity

PLACES = syrian_places({
    "albu-kamal": ("البوكمال", "Albu Kamal", 34.45, 40.92, "town", "Deir ez-Zor"),
    "al-rai": ("الراعي", "al-Rai", 36.53, 37.48, "town", "Aleppo"),
    "rif-hama": ("ريف حماة", "Hama countryside", 35.2, 36.7, "region", "Hama"),
    "daraa": ("درعا", "Daraa", 32.62, 36.10, "town", "Daraa"),
    "tafas": ("طفس", "Tafas", 32.74, 36.07, "town", "Daraa"),
})
ANBAR = Entity("anbar", "PLACE", "الأنبار", "Anbar", lat=33.4, lon=42.0, level="region", country="IQ", admin1="Anbar")
ALL = [*PLACES, ANBAR]


def _places(text: str) -> list[str | None]:
    return actual_places(text, ALL, "2017-05-23")


@pytest.mark.parametrize("text", [
    "أعدم تنظيم داعش شابين عراقيين من مناطق غربي الأنبار في مدينة البوكمال يوم الاثنين .",
    "أعدم تنظيم داعش شابين عراقيين من قرى شرق الأنبار في مدينة البوكمال يوم الاثنين .",
])
def test_a_side_after_place_nouns_is_the_origin(text: str) -> None:
    # the victims came from west Anbar; the execution was in Albu Kamal
    assert _places(text) == ["albu-kamal"]


def test_a_side_right_after_the_preposition_stays_an_origin() -> None:
    assert _places("أعدم تنظيم داعش شابين عراقيين قدموا من غربي الأنبار في مدينة البوكمال يوم الاثنين .") == [
        "albu-kamal"]


def test_a_partitive_side_is_where_it_was() -> None:
    # "عدد من القرى شرقي بلدة الراعي": villages east of al-Rai were struck or taken, not left
    assert _places("شنت الطائرات يوم الاثنين غارات على عدد من القرى شرقي بلدة الراعي .") == ["al-rai"]
    assert _places("سيطرت قوات النظام يوم الاثنين على عدد من القرى شرقي البوكمال .") == ["albu-kamal"]


def test_places_nouns_with_no_from_stay_where_it_was() -> None:
    assert _places("قصفت قوات النظام يوم الاثنين مواقع في ريف حماة .") == ["rif-hama"]


def test_a_partitive_locator_is_where_it_was() -> None:
    assert _places("سيطرت قوات النظام يوم الاثنين على عدد من المواقع في ريف حماة .") == ["rif-hama"]


def test_the_locator_of_a_from_phrase_is_the_origin() -> None:
    # the shells were fired from areas in Daraa and fell on Tafas: the place of the shelling is Tafas
    text = "قتل مدنيان يوم الاثنين بقذائف أطلقت من مناطق في درعا وسقطت على بلدة طفس ."
    assert _places(text) == ["tafas"]


def test_the_locator_of_a_from_phrase_is_no_place_at_all() -> None:
    # the sentence names no place the shells fell on: the guns' side is not where it happened
    assert "daraa" not in _places("قصفت المدفعية يوم الاثنين بقذائف أطلقت من مناطق في درعا .")
