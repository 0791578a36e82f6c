"""Events recall, session 15: the dual forms of listed trigger words ("مدنيين اثنين استشهدا",
"بسيارتين مفخختين", "قنبلتين يدويتين", "واشتبكا مع") are read as their singulars and plurals are.
Hand-written sentences, with a negative."""

from __future__ import annotations

from test_events_precision8 import _run

from rasd.records import Analysis

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
GRENADE = ("Explosions/Remote violence", "Grenade")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _events(a: Analysis, place: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in a.events if e.location == place and e.modality == "actual"]


def test_a_dual_verb_of_dying_gives_its_count() -> None:
    """"مدنيين اثنين استشهدا": the dual verb is the toll's word, the count 2 goes to the shelling."""
    a = _run("وأفاد مراسل أن مدنيين اثنين استشهدا , وأصيب آخرون , اليوم , بقصف مدفعي لقوات النظام على مدينة دوما .")
    tolls = [e.fatalities for e in a.events if e.location == "douma" and (e.event_type, e.sub_event_type) == SHELLING]
    assert tolls == [2]


def test_two_car_bombs_are_an_ied_attack() -> None:
    a = _run("وقتل خمسة أشخاص اليوم بسيارتين مفخختين في مدينة دوما .")
    assert IED in _events(a, "douma")


def test_two_hand_grenades_are_a_grenade_attack() -> None:
    a = _run("وألقى مسلحون قنبلتين يدويتين على منزل في مدينة دوما اليوم .")
    assert GRENADE in _events(a, "douma")


def test_two_tear_gas_grenades_are_no_grenade_attack() -> None:
    """The singular's guard holds for the dual: tear gas fired at a crowd is not a grenade attack."""
    a = _run("وأطلقت الشرطة قنبلتين مسيلتين للدموع لتفريق المحتجين في مدينة دوما اليوم .")
    assert GRENADE not in _events(a, "douma")
