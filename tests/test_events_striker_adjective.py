"""An air strike whose text names no striker takes the state its own noun phrase names by a nationality
adjective ("قصف جوي روسي", "غارات لطائرات أمريكية", "طيران الميغ الأسدي يقصف"); an adjective outside the
phrase (on the target) is not read, and with none the striker stays unknown (strikers._adjective_striker,
event_striker_adjectives.yaml)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Event


def _strikes(text: str, day: str = "2017-03-13") -> list[Event]:
    a = analyse_text(text, day)
    return [e for e in actual_events_of(a, "Explosions/Remote violence") if e.sub_event_type == "Air/drone strike"]


def test_adjective_after_the_strike_noun_names_the_striker() -> None:
    strikes = _strikes("قتل خمسة مدنيين في قصف جوي روسي على بلدة كفرنبل بريف إدلب اليوم .\n")
    assert len(strikes) == 1
    assert strikes[0].actor1 == ["russian-aerospace-forces"]


def test_adjective_of_the_aircraft_after_the_strike_noun() -> None:
    strikes = _strikes("قتل عشرة مدنيين جراء غارات لطائرات أمريكية على مدينة الرقة اليوم .\n")
    assert len(strikes) == 1
    assert strikes[0].actor1 == ["us-armed-forces"]


def test_aircraft_subject_before_the_strike_verb() -> None:
    # "طيران الميغ الأسدي يقصف": the aircraft phrase right before the verb is its subject
    strikes = _strikes("طيران الميغ الأسدي يقصف منازل المدنيين في بلدة كفرنبل بريف إدلب اليوم .\n")
    assert len(strikes) == 1
    assert strikes[0].actor1 == ["syrian-air-force"]


def test_two_adjectives_name_both_strikers() -> None:
    strikes = _strikes("قتل سبعة مدنيين في غارات روسية وسورية على بلدة كفرنبل بريف إدلب اليوم .\n")
    assert len(strikes) == 1
    assert strikes[0].actor1 == ["russian-aerospace-forces", "syrian-air-force"]


def test_no_adjective_keeps_the_striker_unknown() -> None:
    # guard: nothing names who flew, and an adjective on the target ("قاعدة روسية") is not the striker
    assert [e.actor1 for e in _strikes("قتل ثلاثة أشخاص في غارة جوية على بلدة سراقب بريف إدلب اليوم .\n")] == [[]]
    assert [e.actor1 for e in _strikes("قتل جنديان في غارة جوية على قاعدة روسية قرب بلدة سراقب اليوم .\n")] == [[]]
