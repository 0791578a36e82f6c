"""A wide Syrian region that is no administrative unit ("جنوب سوريا", "البادية السورية", "الشمال السوري")
is no event location: ACLED codes the place or the unit the text names, never the label (issue #4, event
places; rasd/extract/events/places.py, _unit_instead; context._DocContext.unitless_region). When the
trigger's own clause names a place besides the label, the event takes it; when the label is all the text
gives, the event has no place (and is not coded), and no guess (the page's main place) stands in for it.
A region abroad with no governorate in the gazetteer (Anbar, North Sinai) stands for a unit and stays.
Fixtures written for the test in the style of the breadth set's wire copy and digests."""

from __future__ import annotations

from test_events import actual_events, actual_places, run_with_places

from rasd.records import Entity

PALMYRA = Entity("palmyra", "PLACE", "تدمر", "Palmyra", lat=34.56, lon=38.28, level="town", country="SY", admin1="Homs")
RAQQA = Entity("raqqa", "PLACE", "الرقة", "Raqqa", lat=35.95, lon=39.01, level="town", country="SY", admin1="Ar-Raqqa")
SOUTH_SYRIA = Entity("southern-syria", "PLACE", "جنوب سوريا", "Southern Syria", lat=32.9, lon=36.3,
                     level="region", country="SY")
BADIA = Entity("syrian-desert", "PLACE", "البادية السورية", "Syrian Desert", lat=34.6, lon=38.6,
               level="region", country="SY")
ANBAR = Entity("anbar", "PLACE", "محافظة الأنبار", "Anbar", lat=33.4, lon=42.0, level="region", country="IQ")
PLACES = [PALMYRA, RAQQA, SOUTH_SYRIA, BADIA, ANBAR]


def _places(text: str, published: str = "2017-07-19") -> list[str | None]:
    return actual_places(text, PLACES, published)


def test_a_label_alone_places_the_event_in_the_country() -> None:
    # the page never names Syria: the country entity is added from the gazetteer
    text = "قصفت المدفعية الأردنية أمس مواقع لتنظيم داعش جنوب سوريا ."
    a = run_with_places(text, PLACES, "2017-07-19")
    events = actual_events(a)
    assert [e.location for e in events] == ["cc:SY"]
    assert events[0].geo_precision == 3
    # the place's evidence is the region the text names, not a country name it never wrote
    assert text[slice(*events[0].field_evidence["location"])] == "جنوب سوريا"
    assert a.entities["cc:SY"].level == "country" and not a.entities["cc:SY"].admin1


def test_the_badia_alone_places_the_event_in_the_country() -> None:
    text = "قتل أكثر من 40 عنصرا من القوات النظامية أمس إثر استهداف مواقعهم في البادية السورية براجمات الصواريخ ."
    assert _places(text) == ["cc:SY"]


def test_a_label_telling_of_a_placed_happening_is_no_second_row() -> None:
    # the same day's Badia clashes, told at Palmyra and then summed up at the label: one row, at Palmyra
    text = ("دارت اشتباكات عنيفة أمس بين قوات النظام وتنظيم داعش في مدينة تدمر . "
            "وأفاد المرصد بمقتل 12 عنصرا من قوات النظام في اشتباكات مع تنظيم داعش في البادية السورية .")
    assert _places(text) == ["palmyra"]


def test_a_town_of_the_clause_beside_the_label() -> None:
    text = "دارت اشتباكات عنيفة أمس بين قوات النظام وتنظيم داعش في البادية السورية قرب مدينة تدمر ."
    assert _places(text) == ["palmyra"]


def test_no_page_place_for_a_label_event() -> None:
    # a page about Raqqa: the Badia attack (12 killed) does not take the page's main place instead
    text = ("قصفت طائرات التحالف مدينة الرقة أمس . وقالت مصادر محلية إن الغارات على الرقة قتلت مدنيين في الرقة . "
            "وفي سياق آخر قتل 12 عنصرا من قوات النظام أمس في هجوم لتنظيم داعش في البادية السورية .")
    events = actual_events(run_with_places(text, PLACES, "2017-07-19"))
    assert "raqqa" in [e.location for e in events]
    assert all(e.location != "syrian-desert" for e in events)
    assert [e.location for e in events if e.fatalities == 12] == ["cc:SY"]


def test_a_region_abroad_without_governorates_stays() -> None:
    text = "قتل خمسة أشخاص أمس بانفجار سيارة مفخخة في محافظة الأنبار ."
    assert _places(text) == ["anbar"]


def test_an_undated_label_telling_is_no_country_row() -> None:
    # neither a place finer than the country nor a time: a generality, not a codable happening
    # (a page with no date of its own, a sentence with none)
    text = "قصفت المدفعية الأردنية مواقع لتنظيم داعش جنوب سوريا ."
    assert _places(text, "unknown") == []
    assert _places("قصفت المدفعية الأردنية أمس مواقع لتنظيم داعش جنوب سوريا .") == ["cc:SY"]
