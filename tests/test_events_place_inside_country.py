"""A happening told with its country and a place of that country ("وفي الصومال , استهدف انفجار ... في
العاصمة مقديشو") is placed at the named place, not at the country: the judging rules take the country as
wrong when the text names the town (brsample5 row 98; rasd/extract/events/places.py, _inside_country).
A place of another country, or the country alone, leaves the country. Fixtures written for the test in the
style of the breadth set's monthly lists and wire copy."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Entity


def _event_places(text: str, published: str = "2013-04-02") -> list[Entity]:
    """The gazetteer entries of the actual events' places."""
    a = analyse_text(text, published)
    return [a.entities[e.location] for e in actual_events_of(a)]


def test_a_fronted_country_then_its_capital() -> None:
    text = "وفي الصومال , استهدف انفجار مقر شركة للصرافة في العاصمة مقديشو أمس ما أسفر عن إصابة شخصين ."
    places = _event_places(text)
    assert len(places) == 1
    assert places[0].level != "country" and places[0].country == "SO"


def test_a_country_then_its_town_in_the_clause() -> None:
    text = "قتل خمسة جنود أمس في العراق جراء انفجار عبوة ناسفة في مدينة الرمادي ."
    places = _event_places(text)
    assert places and all(p.level != "country" for p in places)


def test_the_country_alone_stays() -> None:
    text = "وفي الصومال , استهدف انفجار مقر شركة للصرافة أمس ما أسفر عن إصابة شخصين ."
    assert [p.level for p in _event_places(text)] == ["country"]


def test_the_suburbs_of_a_named_foreign_city() -> None:
    # the city the land noun names is in the gazetteer: it is the place, not the country (recall6's
    # country reading is for places no gazetteer holds)
    text = "أسفر تفجير انتحاري أمس قرب نقطة تفتيش في ضواحي مدينة مصراتة الليبية عن مقتل خمسة أشخاص ."
    places = _event_places(text, "2015-05-31")
    assert len(places) == 1
    assert places[0].level != "country" and places[0].country == "LY"
