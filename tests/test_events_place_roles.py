"""Where the wounded were taken ("نقل على إثرها إلى مدينة غازي عنتاب") is no place of the happening
that wounded them (rasd/data/lexicons/event_triggers.yaml, moved_to_cues; issue #4, place roles).
Fixture: V-275 (the wounded commander taken to Gaziantep), in the corpus's pre-tokenised style."""

from __future__ import annotations

from test_events import actual_events, run_with_places

from rasd.records import Analysis, Entity

GAZIANTEP = Entity("gaziantep", "PLACE", "غازي عنتاب", "Gaziantep", lat=37.066, lon=37.383, level="town", country="TR",
                   admin1="Gaziantep")
KAFRANBEL = Entity("kafranbel", "PLACE", "كفرنبل", "Kafr Nabl", lat=35.614, lon=36.561, level="town", country="SY",
                   admin1="Idlib")
ALEPPO = Entity("aleppo", "PLACE", "حلب", "Aleppo", lat=36.202, lon=37.134, level="town", country="SY",
                admin1="Aleppo")
IDLIB = Entity("idlib", "PLACE", "إدلب", "Idlib", lat=35.930, lon=36.634, level="town", country="SY", admin1="Idlib")


def _run(text: str) -> Analysis:
    return run_with_places(text, [GAZIANTEP, KAFRANBEL, ALEPPO, IDLIB], "2016-05-02")


def _places(a: Analysis) -> list[str | None]:
    return [e.location for e in actual_events(a)]


def test_hospital_town_is_no_place_of_the_strike() -> None:
    # V-275: the strike's own place is untold; Gaziantep is where he was taken
    a = _run("أصيب الصالح خلال قصف جو ي بجروح بليغة , ن قل على إثرها إلى مدينة غازي عنتاب التركية .")
    assert "gaziantep" not in _places(a), [(e.sub_event_type, e.location) for e in a.events]


def test_the_strike_place_told_with_the_hospital_town() -> None:
    a = _run("أصيب ثلاثة مدنيين بجروح في قصف جوي على مدينة كفرنبل , وتم إسعافهم إلى مدينة غازي عنتاب التركية .")
    assert _places(a) == ["kafranbel"], [(e.sub_event_type, e.location) for e in a.events]


def test_displacement_keeps_its_place() -> None:
    # flight and displacement words are no transport cue: "نزوح ... من حلب إلى إدلب" is still placed
    a = _run("نزح أكثر من 5000 مدني من مدينة حلب إلى مدينة إدلب بسبب القصف .")
    assert _places(a) and None not in _places(a), [(e.sub_event_type, e.location) for e in a.events]
    assert "aleppo" in _places(a)
