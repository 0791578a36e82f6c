"""Events stage: a coordinated list of places that is the direct object of a strike verb ("قصفت قوات
النظام قرى X وY", "استهدفت الطائرات مدن دوما وحرستا") is one event per place (ACLED codes each place
hit); a list that is the origin ("من") or the frame stays one event. Hand-written sentences with
hand-made mentions."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Analysis, Entity

# id: (name, level, lat, lon, country, surfaces)
ENT: dict[str, tuple[str, str, float, float, str, list[str]]] = {
    "douma": ("دوما", "town", 33.571, 36.402, "SY", ["دوما"]),
    "harasta": ("حرستا", "town", 33.558, 36.365, "SY", ["حرستا"]),
    "arbin": ("عربين", "town", 33.540, 36.370, "SY", ["عربين"]),
    "foua": ("الفوعة", "town", 35.965, 36.697, "SY", ["الفوعة"]),
    "kafraya": ("كفريا", "town", 35.976, 36.690, "SY", ["كفريا"]),
    "russia": ("روسيا", "country", 55.75, 37.61, "RU", ["روسيا"]),
    "turkey": ("تركيا", "country", 39.93, 32.85, "TR", ["تركيا"]),
}


def _run(text: str, published: str = "2018-03-10") -> Analysis:
    entities = {eid: Entity(eid, "PLACE", name, name, aliases=[], lat=lat, lon=lon, level=level, country=country)
                for eid, (name, level, lat, lon, country, _s) in ENT.items()}
    return events_over(text, entities, ((s, eid) for eid, v in ENT.items() for s in v[5]), published,
                       doc_id="docobjlist")


def _places(a: Analysis) -> list[str]:
    return sorted(e.location or "" for e in a.events
                  if e.event_type == "Explosions/Remote violence" and e.modality == "actual")


def test_list_after_verb_and_subject_is_one_strike_per_town() -> None:
    a = _run("قصفت قوات النظام اليوم السبت مدن دوما وحرستا وعربين بالمدفعية الثقيلة .")
    assert _places(a) == ["arbin", "douma", "harasta"]


def test_dual_place_noun_right_after_the_verb() -> None:
    a = _run("وقالت مصادر محلية إن فصائل المعارضة تقصف اليوم السبت بلدتي الفوعة وكفريا بقذائف الهاون .")
    assert _places(a) == ["foua", "kafraya"]


def test_list_of_origins_stays_one_event() -> None:
    a = _run("قصفت قوات النظام اليوم السبت مدينة دوما بالمدفعية من حرستا وعربين .")
    assert _places(a) == ["douma"]


def test_aircraft_subject_then_list() -> None:
    a = _run("قصفت الطائرات الحربية اليوم السبت بلدات دوما وحرستا وعربين .")
    assert _places(a) == ["arbin", "douma", "harasta"]
