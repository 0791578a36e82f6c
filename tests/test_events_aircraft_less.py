"""An air strike's "actor" that flies no planes (a non-state armed group, no drone told) is the strike's
target, not who struck: it does not keep two tellings of one strike apart, and the telling that names
the aircraft gives the striker (strikers._aircraft_less, event_aircraft.yaml)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Event

HEADLINE = "سقط قتلى وجرحى جراء غارات للطيران الروسي استهدفت بلدة أبو الظهور بريف إدلب .\n"

TOLL_OF_THE_TARGET = HEADLINE + (
    "وأكد المصدر سقوط 20 قتيلا على الأقل من إرهابيي جبهة النصرة وجيش الفتح خلال غارات جوية على أوكارهم في "
    "قرى وبلدات اللطامنة وأبو الظهور .\n")

LOSSES_OF_THE_TARGET = HEADLINE + (
    "وأكد المصدر تكبيد إرهابيي جبهة النصرة خسائر بالأفراد والعتاد في غارات على أوكارهم في بلدة أبو الظهور .\n")

DRONE_AND_JETS = (
    "قصفت طائرات التحالف الدولي مواقع في مدينة الموصل صباح اليوم الاثنين .\n"
    "وشن تنظيم داعش غارة بطائرة مسيرة على تجمع للقوات العراقية في مدينة الموصل اليوم .\n")


def _strikes(text: str, day: str = "unknown") -> list[Event]:
    a = analyse_text(text, day)
    return [e for e in actual_events_of(a, "Explosions/Remote violence") if e.sub_event_type == "Air/drone strike"]


def test_strike_told_with_its_targets_toll_is_one_strike() -> None:
    # "سقوط 20 قتيلا ... من إرهابيي جبهة النصرة ... خلال غارات جوية على أوكارهم": the group is the strikes'
    # target and flies no war planes; at Abu al-Zuhur it is the Russian strike the lead told (al-Latamneh,
    # the list's other town, stays an event of its own)
    strikes = _strikes(TOLL_OF_THE_TARGET)
    at_town = [e for e in strikes if e.location == strikes[0].location]
    assert len(at_town) == 1
    assert len(strikes) == 2
    assert strikes[0].actor1 == ["russian-aerospace-forces"]


def test_strike_told_with_its_targets_losses_is_one_strike() -> None:
    strikes = _strikes(LOSSES_OF_THE_TARGET)
    assert len(strikes) == 1
    assert strikes[0].actor1 == ["russian-aerospace-forces"]


def test_group_that_names_a_drone_keeps_its_own_strike() -> None:
    # a non-state group's drone strike is its own (ACLED: air/drone strike): the told drone keeps it apart
    # from the coalition's jets at the same city on the same day
    strikes = _strikes(DRONE_AND_JETS, "2017-03-13")
    assert len(strikes) == 2
    assert sorted(e.actor1[0] for e in strikes) == ["isis", "us-led-coalition"]


def test_a_raid_by_a_group_that_flies_no_planes_is_a_ground_battle() -> None:
    # "شنت داعش غارة على ثلاثة محاور": the raid word after a raid verb and a group subject, no air word
    # in its clause (strikers._ground_raid)
    a = analyse_text("شنت داعش غارة على ثلاثة محاور ضد الجيش السوري في قرية الحميمة بريف حمص أمس .\n", "2017-08-09")
    assert [(e.event_type, e.sub_event_type) for e in actual_events_of(a)] == [("Battles", "Armed clash")]
    # a drone named keeps the group's air strike; an air word keeps a state's
    assert _strikes("شنت داعش غارة بطائرة مسيرة على مواقع الجيش العراقي في مدينة الموصل أمس .\n", "2017-08-09")
    assert _strikes("شن طيران التحالف غارة جوية على مواقع داعش في مدينة الميادين أمس .\n", "2017-08-09")
