"""A shelling or ground attack whose text names no striker takes the state its own noun phrase names by a
nationality adjective ("قصف مدفعي تركي", "القصف المدفعي الروسي", "قذائف هاون تركية"), as the state's armed
forces; a striker told after "من" in a strike's phrase is read too ("قصف جوي من طيران عراقي"). An adjective
on the target is not read (strikers._adjective_striker, event_striker_adjectives.yaml)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Event


def _of(text: str, sub: str, day: str = "2017-03-13") -> list[Event]:
    a = analyse_text(text, day)
    return [e for e in actual_events_of(a) if e.sub_event_type == sub]


SHELLING = "Shelling/artillery/missile attack"


def test_adjective_after_the_shelling_qualifier() -> None:
    shells = _of("قتل خمسة مدنيين في قصف مدفعي تركي على قرية الحميدية بريف الحسكة اليوم .\n", SHELLING)
    assert [e.actor1 for e in shells] == [["turkish-armed-forces"]]


def test_definite_shelling_phrase() -> None:
    shells = _of("قتل خمسة مدنيين جراء القصف المدفعي الروسي على بلدة كفرنبل بريف إدلب اليوم .\n", SHELLING)
    assert [e.actor1 for e in shells] == [["russian-armed-forces"]]


def test_adjective_after_the_shell_noun() -> None:
    shells = _of("أصيب ثلاثة مدنيين بقذائف هاون تركية سقطت على قرية الحميدية بريف الحسكة اليوم .\n", SHELLING)
    assert [e.actor1 for e in shells] == [["turkish-armed-forces"]]


def test_striker_after_from() -> None:
    strikes = _of("قتل خمسة مدنيين في قصف جوي من طيران عراقي على مدينة البوكمال اليوم .\n", "Air/drone strike")
    assert [e.actor1 for e in strikes] == [["iraqi-armed-forces"]]
    shells = _of("قتل خمسة مدنيين في قصف مدفعي من قوات تركية على قرية الحميدية اليوم .\n", SHELLING)
    assert [e.actor1 for e in shells] == [["turkish-armed-forces"]]


def test_target_adjective_and_place_after_from_are_not_read() -> None:
    assert [e.actor1 for e in _of("قتل خمسة مدنيين في قصف مدفعي على قاعدة تركية قرب بلدة سراقب اليوم .\n",
                                  SHELLING)] == [[]]
    assert [e.actor1 for e in _of("قتل خمسة مدنيين في قصف مدفعي من مواقع تركية على قرية الحميدية اليوم .\n",
                                  SHELLING)] == [[]]


def test_made_in_adjective_is_not_the_striker() -> None:
    # guard: "تركية الصنع" tells where the shells were made, not who fired them
    shells = _of("أصيب ثلاثة مدنيين بقذائف هاون تركية الصنع سقطت على حي الميدان بمدينة حلب اليوم .\n", SHELLING)
    assert [e.actor1 for e in shells] == [[]]
