"""A name put at a town's entrance ("حي الأندلس عند المدخل الشمالي لمدينة الرقة") lies at the town's edge:
a namesake village 25 km away is not meant, though a district of the city may lie 40 km out and a direction
word alone reaches further."""

from __future__ import annotations

from rasd.knowledge.gazetteer import default_gazetteer
from rasd.knowledge.geocode import Located, _located_after, _named_after
from rasd.records import Entity
from rasd.text.normalize import normalize


def _after(text: str, name: str, district: bool = True) -> Located | None:
    doc = normalize(text)
    end = doc.index(normalize(name)) + len(normalize(name))
    return _located_after(_named_after(doc, end, default_gazetteer(), district), district)


def _village(lat: float, lon: float) -> Entity:
    return Entity(id="test:village", type="PLACE", name_ar="الأندلس", name_en="Andalus", lat=lat, lon=lon,
                  country="SY", admin1="Ar-Raqqa", level="town")


def test_a_district_at_the_entrance_of_a_city_is_at_its_edge() -> None:
    loc = _after("اشتباكات الآن في حي الأندلس عند المدخل الشمالي لمدينة الرقة .", "الأندلس")
    assert loc is not None and loc.places and loc.bearing == ("north",)
    gaz = default_gazetteer()
    raqqa = loc.places[0][0]
    assert raqqa.name_en and "Raqq" in raqqa.name_en
    # a namesake 25 km north-west of the city is not the district at its entrance
    assert not loc.holds(_village(35.99, 38.74), gaz)
    assert not loc.holds(_village(raqqa.lat + 0.22, raqqa.lon), gaz)   # type: ignore[operator]
    # a point just north of the city is
    assert loc.holds(_village(raqqa.lat + 0.03, raqqa.lon), gaz)   # type: ignore[operator]


def test_a_district_of_a_city_keeps_its_wider_reach() -> None:
    # no entrance word: "حي X شمال مدينة الرقة" still reaches a district's 40 km on the told side
    loc = _after("اشتباكات الآن في حي الأندلس شمال مدينة الرقة .", "الأندلس")
    assert loc is not None and loc.places
    raqqa = loc.places[0][0]
    assert loc.holds(_village(raqqa.lat + 0.22, raqqa.lon), default_gazetteer())   # type: ignore[operator]


def test_at_before_a_town_without_a_where_word_names_nothing() -> None:
    # "عند" is read as a preposition of place only before a where word
    assert _after("وقعت اشتباكات في حي الأندلس عند الرقة .", "الأندلس") is None


def _places(text: str, surface: str) -> list[tuple[str | None, int | None, list[str]]]:
    from analysed import analyse_text
    a = analyse_text(text, stages=["entities", "places"])
    return [(m.entity_id, m.geo_precision, m.candidates) for m in a.mentions
            if m.type == "PLACE" and surface in m.surface]


def test_the_city_told_after_a_district_is_read_through_a_glued_next_item() -> None:
    # a ticker page lost the line break after "حماة": the city is still the one the district is in,
    # not the Aleppo town of the district's name
    glued = _places("قتل أربعة أشخاص بتفجير سيارة مفخخة في حي الزهراء في مدينة حماةقصف مدفعي على بلدة كفرزيتا .",
                    "الزهراء")
    apart = _places("قتل أربعة أشخاص بتفجير سيارة مفخخة في حي الزهراء في مدينة حماة . قصف مدفعي على بلدة كفرزيتا .",
                    "الزهراء")
    assert glued == apart and glued
    assert all(p == 2 and "rasd:zahraa" in alts for _e, p, alts in glued)


def test_a_district_with_no_city_after_it_keeps_its_reading() -> None:
    assert all(e == "rasd:zahraa" for e, _p, _a in _places("قتل أربعة أشخاص بتفجير سيارة مفخخة في حي الزهراء أمس .",
                                                            "الزهراء"))
