"""Fire origins are not the place of a strike (session 23, fireorigin): a gunners' position read past
base and place nouns after a participle of presence ("المتمركزة في معسكر بلدة جورين بريف حماة"), with
the region told right after it, and never brought back as the finer town of a region; a shelling
told "من جهة X" (the side it came from); an aircraft's take-off airfield ("بعد إقلاعها من مطار حماة").
Sentences from breadth-set articles (R-654, V-295, V-688), each rule with its negative twin; the whole
pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Event, Published


def _run(text: str, published: str = "2017-12-30") -> Analysis:
    doc = Document(id="fo", source="fo.txt", text=text, published=Published(published, "day"))
    return analyse(doc)


def _strikes(a: Analysis) -> list[Event]:
    return [e for e in a.events if e.modality == "actual" and e.event_type == "Explosions/Remote violence"]


def _places(a: Analysis, evs: list[Event]) -> set[str]:
    return {e.location or "" for e in evs}


# R-654 (breadth): a forum copy of a Baladi News daily report
JURIN = ("إلى ذلك , قصفت قوات النظام المتمركزة في معسكر بلدة جورين بريف حماة أطراف مدينة جسر الشغور "
         "وبلدتي ( بداما , والناجية ) بريف إدلب الغربي , دون ورود أنباء عن وجود شهداء أو جرحى .")
# the stationed force as the strike's object (V-486 breadth wording): its place is where the shells fell
SHERAWA = "قصف الجيش التركي بالمدفعية مواقع قسد المتمركزة في ناحية شيراوا التابعة لمدينة عفرين ."


def test_a_stationed_position_behind_a_base_noun_is_not_the_strike_place() -> None:
    a = _run(JURIN)
    places = _places(a, _strikes(a))
    assert places and not any(p.startswith("sa:C3178") for p in places), places     # Jurin
    assert not any(e.location == "rasd:rif-hama" for e in _strikes(a))     # the position's region neither
    assert any(e.location == "rasd:jisr-al-shughur" for e in _strikes(a)), places


def test_a_stationed_target_keeps_its_place() -> None:
    a = _run(SHERAWA)
    evs = _strikes(a)
    assert evs and all(e.location is not None for e in evs)


# V-295 (breadth): an asharqalarabi digest item
HARASTA_SIDE = "قصفت قوات النظام أطراف المدينة من جهة حرستا بالتزامن مع سماع أصوات اشتباكات ."
HARASTA_TARGET = "قصفت قوات النظام أطراف مدينة حرستا بالتزامن مع سماع أصوات اشتباكات ."


def test_a_shelling_from_the_side_of_a_town_is_not_placed_there() -> None:
    assert not any(e.location == "rasd:harasta" for e in _strikes(_run(HARASTA_SIDE)))
    assert any(e.location == "rasd:harasta" for e in _strikes(_run(HARASTA_TARGET)))


# V-688 (breadth): two items of one Liveuamap page joined (the downing and "أسقطت بعد اقلاعها من مطار حماة")
TAKEOFF = "فوج الدفاع الجوي يتمكن من اسقاط طائرة حربية من طراز ( L - 39 ) بعد اقلاعها من مدينة حماة ."
DOWNED_AT = "فوج الدفاع الجوي يتمكن من اسقاط طائرة حربية من طراز ( L - 39 ) فوق مدينة حماة ."
HAMA = "gn:170017"


def _battles(a: Analysis) -> list[Event]:
    return [e for e in a.events if e.modality == "actual" and e.event_type == "Battles"]


def test_the_airfield_an_aircraft_took_off_from_is_not_where_it_was_downed() -> None:
    assert not any(e.location == HAMA for e in _battles(_run(TAKEOFF)))
    assert any(e.location == HAMA for e in _battles(_run(DOWNED_AT)))
