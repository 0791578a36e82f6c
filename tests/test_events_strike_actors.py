"""An air strike's actor1 that flies no planes (a non-state armed group, no drone told) did not strike:
the text's aircraft owner is actor1, else actor1 is unknown, and the group stands in actor2 when the text
makes it the strike's object (strikers._ground_striker, event_aircraft.yaml)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Event

GROUPS_GEAR_STRUCK = ("وأفاد المصدر بتدمير آليات محملة بالأسلحة لإرهابيي جيش الفتح في ضربات جوية على أوكارهم في "
                      "قرية كفرنبل بريف إدلب اليوم .\n")

GROUP_ANNOUNCES_ITS_LOSS = "أعلن تنظيم داعش مقتل أحد قادته جراء غارة جوية في مدينة الميادين بريف دير الزور اليوم .\n"

DRONE_OF_THE_GROUP = "شن تنظيم داعش غارة بطائرة مسيرة على تجمع للقوات العراقية في مدينة الموصل اليوم .\n"


def _strikes(text: str, day: str = "2017-03-13") -> list[Event]:
    a = analyse_text(text, day)
    return [e for e in actual_events_of(a, "Explosions/Remote violence") if e.sub_event_type == "Air/drone strike"]


def test_group_whose_gear_air_strikes_hit_is_actor2_not_the_striker() -> None:
    # "لإرهابيي جيش الفتح ... في ضربات جوية على أوكارهم": the group was struck; no striker is told
    strikes = _strikes(GROUPS_GEAR_STRUCK)
    assert len(strikes) == 1
    assert strikes[0].actor1 == []
    assert strikes[0].actor2 == ["jaysh-al-fatah"]


def test_group_announcing_its_loss_in_an_air_strike_did_not_strike() -> None:
    # the group speaks of its leader killed by a strike nobody is named for: actor1 unknown, not a guess
    strikes = _strikes(GROUP_ANNOUNCES_ITS_LOSS)
    assert len(strikes) == 1
    assert strikes[0].actor1 == []


def test_group_that_names_a_drone_keeps_its_strike() -> None:
    strikes = _strikes(DRONE_OF_THE_GROUP)
    assert len(strikes) == 1
    assert strikes[0].actor1 == ["isis"]


RAID_OF_THE_GROUP = "شنت داعش غارة على ثلاثة محاور ضد الجيش السوري في قرية الحميمة بريف حمص اليوم .\n"


def test_group_told_raiding_keeps_its_deed() -> None:
    # guard: "شنت داعش غارة": a ground raid whatever the sub-type read, the group told doing it stays actor1
    events = [e for e in analyse_text(RAID_OF_THE_GROUP, "2017-03-13").events if e.modality == "actual"]
    assert events and all(e.actor1 == ["isis"] for e in events)
