"""Events stage: a headline's toll at a place and the body's same toll at a town its sentence names inside that
place ("بمدينة العدوة في المنيا") are one happening, where the gazetteer knows no province for the two (Egypt's
places carry no admin1). A body sentence that does not name the headline's place keeps its town apart.
Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from analysed import EntityRow, events_over_table

from rasd.records import Analysis

# id: (type, name, level, lat, lon, country, admin1, surfaces)
ENT: dict[str, EntityRow] = {
    "minya": ("PLACE", "المنيا", "town", 28.100, 30.750, "EG", None, ["المنيا"]),
    "idwa": ("PLACE", "العدوة", "town", 28.600, 30.700, "EG", None, ["العدوة"]),
}


def _run(text: str, published: str = "2017-05-26") -> Analysis:
    return events_over_table(text, ENT, published, doc_id="doctollwidernamed")


def _places(a: Analysis) -> list[str]:
    return sorted(e.location or "" for e in a.events if e.modality == "actual")


LEAD = "مقتل 28 شخصا في هجوم إرهابي بالمنيا .\n"


def test_the_body_town_named_inside_the_headline_place_tells_its_toll_again() -> None:
    a = _run(LEAD + "وأطلق مسلحون مجهولون النار على حافلة تقل مواطنين صباح اليوم بمدينة العدوة في المنيا , "
                    "ما أدى لمقتل 28 شخصا .")
    assert _places(a) == ["idwa"]


def test_a_body_town_the_sentence_does_not_place_in_the_headline_place_stays_apart() -> None:
    a = _run(LEAD + "وأطلق مسلحون مجهولون النار على حافلة تقل مواطنين صباح اليوم بمدينة العدوة , "
                    "ما أدى لمقتل 28 شخصا .")
    assert _places(a) == ["idwa", "minya"]
