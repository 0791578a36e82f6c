"""A fronted place only frames the sentence ("وفي نابلس , أصيب ... خلال مواجهات ... في قرية قصرة جنوب
شرق نابلس"): a place of the trigger's own clause inside that frame is where it happened (issue #4,
event places; rasd/extract/events/places.py, _inside_frame). Fixture: set D, R-102 (Friday of rage, 8 Dec 2017),
in the corpus's pre-tokenised style."""

from __future__ import annotations

from test_events import actual_events, actual_places, run_with_places

from rasd.records import Entity

NABLUS = Entity("nablus", "PLACE", "نابلس", "Nablus", lat=32.2211, lon=35.2544, level="town", country="PS")
QUSRA = Entity("qusra", "PLACE", "قصرة", "Qusra", lat=32.0854, lon=35.3300, level="town", country="PS")
HEBRON = Entity("hebron", "PLACE", "الخليل", "Hebron", lat=31.5294, lon=35.0938, level="town", country="PS")


def _places(text: str) -> list[str | None]:
    return actual_places(text, [NABLUS, QUSRA, HEBRON], "2017-12-08")


def test_the_village_inside_the_fronted_town() -> None:
    text = ("وفي نابلس المحتلة , أصيب عشرات المواطنين بالاختناق , خلال مواجهات اندلعت مع قوات الاحتلال "
            "الإسرائيلي في قرية قصرة جنوب شرق نابلس .")
    assert _places(text) == ["qusra"]


def test_the_fronted_town_alone() -> None:
    text = "وفي نابلس المحتلة , أصيب عشرات المواطنين بالاختناق , خلال مواجهات اندلعت مع قوات الاحتلال الإسرائيلي ."
    assert _places(text) == ["nablus"]


def test_a_place_elsewhere_does_not_displace_the_frame() -> None:
    # Hebron is no place inside Nablus: the rule leaves the choice as before (nearest of equal rank)
    text = ("وفي نابلس المحتلة , أصيب عشرات المواطنين بالاختناق , خلال مواجهات اندلعت مع قوات الاحتلال "
            "الإسرائيلي في مدينة الخليل .")
    assert _places(text) == ["nablus"]


HOMS_PROVINCE = Entity("homs-province", "PLACE", "محافظة حمص", "Homs Governorate", lat=34.5, lon=37.9, level="admin1",
                       country="SY", admin1="Homs")
RASTAN = Entity("rastan", "PLACE", "الرستن", "al-Rastan", lat=34.927, lon=36.733, level="town", country="SY",
                admin1="Homs")


def test_the_town_shelled_inside_the_fronted_province() -> None:
    # set L, V-531 (a weekly toll by province): "على بلدة الرستن" names the shelled town bare
    text = ("أما في محافظة حمص فقضى ( 7 ) أشخاص , بينهم ( 6 ) جراء القصف على بلدة الرستن , و ( 1 ) في "
            "الاشتباكات ضد قوات النظام .")
    a = run_with_places(text, [HOMS_PROVINCE, RASTAN], "2016-01-12")
    shelling = [e.location for e in actual_events(a) if e.event_type.startswith("Explosions")]
    assert shelling == ["rastan"], [(e.sub_event_type, e.location) for e in a.events]
