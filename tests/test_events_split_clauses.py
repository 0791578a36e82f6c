"""Events stage: a clause that adds another happening to a sentence ("..., فيما قتل 4 مدنيين في هجمات مماثلة
على بلدة مسرابا", "..., كما قتل شخصان إثر غارة على قرية ... في ريف الرقة", "..., كذلك طاول القصف حي جوبر")
with its own trigger and its own place is another event (ACLED codes each location), whatever the two
happenings' types and however near their places; a place told again in the same happening's clause, or a
toll's region after its strike, still merges. Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Analysis, Entity, Event

# id: (type, name, level, lat, lon, admin1, surfaces)
ENT: dict[str, tuple[str, str, str, float, float, str, list[str]]] = {
    "douma": ("PLACE", "دوما", "town", 33.571, 36.402, "Rif Dimashq", ["دوما"]),
    "misraba": ("PLACE", "مسرابا", "town", 33.551, 36.390, "Rif Dimashq", ["مسرابا"]),
    "ain-tarma": ("PLACE", "عين ترما", "town", 33.510, 36.345, "Rif Dimashq", ["عين ترما"]),
    "jobar": ("PLACE", "جوبر", "neighbourhood", 33.531, 36.337, "Damascus", ["جوبر"]),
    "ghouta": ("PLACE", "الغوطة الشرقية", "region", 33.550, 36.420, "Rif Dimashq", ["الغوطة الشرقية"]),
    "tabqa": ("PLACE", "الطبقة", "town", 35.836, 38.548, "Ar-Raqqa", ["الطبقة"]),
    "raqqa-west": ("PLACE", "ريف الرقة الغربي", "region", 35.850, 38.600, "Ar-Raqqa", ["ريف الرقة الغربي"]),
}


def _run(text: str, published: str = "2018-03-10") -> Analysis:
    entities = {eid: Entity(eid, t, name, name, lat=lat, lon=lon, level=level, country="SY", admin1=admin1)
                for eid, (t, name, level, lat, lon, admin1, _s) in ENT.items()}
    return events_over(text, entities, ((s, eid) for eid, v in ENT.items() for s in v[6]), published,
                       doc_id="docsplitclauses")


def _actual(a: Analysis) -> list[Event]:
    return [e for e in a.events if e.modality == "actual"]


def _places(a: Analysis) -> list[str]:
    return sorted(e.location or "" for e in _actual(a))


def test_attacks_on_two_neighbouring_towns_told_in_two_clauses_are_two_events() -> None:
    # "هجمات" is a Battles word: the 1 km town rule of strikes alone would not keep the towns apart
    a = _run("وأشارت الأناضول إلى أن 5 مدنيين قتلوا وأصيب 20 آخرون بجروح جراء هجمات النظام على مدينة دوما "
             "اليوم السبت , فيما قتل 4 مدنيين في هجمات مماثلة على بلدة مسرابا .")
    assert _places(a) == ["douma", "misraba"]
    tolls = {e.location: e.fatalities for e in _actual(a)}
    assert tolls == {"douma": 5, "misraba": 4}


def test_a_strike_added_by_kama_at_its_region_is_not_the_first_strike_told_again() -> None:
    a = _run("قتل 27 مدنيا اليوم السبت إثر غارات لطائرات التحالف استهدفت سوقا في مدينة الطبقة , "
             "كما قتل شخصان إثر غارة لطائرات التحالف على قرية صغيرة في ريف الرقة الغربي .")
    strikes = sorted((e.location or "", e.fatalities) for e in _actual(a)
                     if e.event_type == "Explosions/Remote violence")
    assert strikes == [("raqqa-west", 2), ("tabqa", 27)]


def test_shelling_that_also_reached_a_district_is_an_event_there() -> None:
    a = _run("قصفت قوات النظام اليوم السبت بأكثر من ثلاثين صاروخا الأحياء السكنية في مدينة عين ترما , "
             "كذلك طاول القصف حي جوبر , وأسفر عن أضرار مادية .")
    assert _places(a) == ["ain-tarma", "jobar"]


def test_a_toll_placed_at_the_region_of_its_strike_still_merges() -> None:
    # no clause adding a happening: the region is where the strike's dead are counted
    a = _run("قصفت قوات النظام اليوم السبت مدينة دوما بالمدفعية , ما أدى لمقتل 3 مدنيين في الغوطة الشرقية .")
    assert len(_actual(a)) == 1
