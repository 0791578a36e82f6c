"""A side told from a town ("X غرب Y", "X جنوب شرق Y"): a namesake of X on another side of Y, or far beyond it,
is not meant (rasd.knowledge.geocode.Located.bearing). Default gazetteer: قباسين has two Aleppo namesakes,
gn:166285 (36.43 N 37.57 E, west of Manbij) and gn:168061 (36.31 N 38.16 E, south-east of Manbij)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.knowledge.gazetteer import load_gazetteer
from rasd.knowledge.geocode import Located, _toward

WEST, SOUTH_EAST = "gn:166285", "gn:168061"


def _place_of(text: str, surface: str) -> str | None:
    a = analyse_text(text, "2017-12-26", stages=["entities", "places"])
    got = [m.entity_id for m in a.mentions if m.type == "PLACE" and text[m.start:m.end] == surface]
    assert got, surface
    return got[0]


def test_the_namesake_on_the_told_side_is_chosen() -> None:
    assert _place_of("قصفت الطائرات الحربية قرية قباسين غرب منبج .", "قباسين") == WEST
    assert _place_of("قصفت الطائرات الحربية قرية قباسين جنوب شرق منبج .", "قباسين") == SOUTH_EAST


def test_with_no_namesake_on_the_told_side_a_near_town_stands_for_itself() -> None:
    # neither lies north of Manbij: the town of the name near it (a city-ranked GeoNames place 34 km away)
    # stands for itself, as "في مدينة حمص شمال حماة :" does on a feed page (tests/test_feed_headings.py);
    # the far village south-east of Manbij is not chosen
    assert _place_of("قصفت الطائرات الحربية قرية قباسين شمال منبج .", "قباسين") == WEST


def test_no_side_told_keeps_the_old_choice() -> None:
    assert _place_of("قصفت الطائرات الحربية قرية قباسين قرب منبج .", "قباسين") == WEST


def test_toward_reads_the_compass() -> None:
    gaz = load_gazetteer()
    town = gaz.places["rasd:manbij"]
    west, south_east = gaz.places[WEST], gaz.places[SOUTH_EAST]
    assert _toward(west, town, ("west",), gaz) and not _toward(west, town, ("east",), gaz)
    assert _toward(south_east, town, ("south", "east"), gaz) and not _toward(south_east, town, ("north",), gaz)
    assert _toward(west, town, (), gaz)             # no side told: any side
    north = Located(places=((town, 150.0),), bearing=("north",))
    assert not north.holds(west, gaz) and north.holds(west, gaz, toward=False)
    assert north.off_side([west, south_east], gaz)
    assert not Located(places=((town, 150.0),), bearing=("west",)).off_side([west], gaz)
