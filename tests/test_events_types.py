"""Typing from the strongest evidence of the clause (session 15, helper "types"): the actor a siege
phrase names is the besieger, who lost the ground taken, so it neither takes the ground nor decides
the territory sub-type."""

from __future__ import annotations

import pytest
from test_events import _run


def _territory(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    a = _run("wording", text=text)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in a.events if e.event_type == "Battles"]


@pytest.mark.parametrize("text", [
    "وتمكنت قوات النظام من كسر حصار داعش على مدينة الرقة.",
    "وتمكنت قوات النظام من كسر الحصار الذي يفرضه تنظيم داعش على مدينة الرقة.",
    "وقوات النظام كسرت حصار تنظيم داعش لمدينة الرقة.",
])
def test_the_besieger_does_not_take_the_ground_whose_siege_is_broken(text: str) -> None:
    got = _territory(text)
    assert got and all(a1 != ["isis"] for _, a1, _ in got)
    assert ("Government regains territory", ["syria-gov-forces"], ["isis"]) in got


def test_the_one_who_takes_the_ground_is_still_its_actor() -> None:
    # no siege told: the subject of the capture verb took the ground, as before
    assert _territory("وسيطر تنظيم داعش على أحياء في مدينة الرقة.") == [
        ("Non-state actor overtakes territory", ["isis"], [])]


def _typed(text: str) -> list[tuple[str, str]]:
    a = _run("wording", text=text)
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == "actual"]


@pytest.mark.parametrize("text", [
    # the civilian target told behind a cue a few words after the attack word, or in its relative clause
    "قتل خمسة أشخاص في هجوم نفذه مسلحون السبت ولا يزال مستمرا على فندق في مدينة الرقة.",
    "قتل ثمانية أشخاص وأصيب آخرون بجروح في هجومين استهدفا مسجدا في مدينة الرقة.",
])
def test_an_attack_on_a_civilian_place_is_violence_against_civilians(text: str) -> None:
    got = _typed(text)
    assert got and all(t == ("Violence against civilians", "Attack") for t in got)


def test_an_attack_on_a_military_position_stays_a_battle() -> None:
    got = _typed("قتل ثمانية عناصر في هجوم نفذه مسلحون السبت على حاجز للجيش قرب سوق في مدينة الرقة.")
    assert got and all(t[0] == "Battles" for t in got)


def test_riot_police_named_is_no_dispersal() -> None:
    # "قوات الأمن وفض الشغب" names riot police; nothing is broken up
    got = _typed("شهدت مدينة الرقة اليوم مظاهرات عارمة ضد الحكومة وسط تواجد مكثف لقوات الأمن وفض الشغب.")
    assert got == [("Protests", "Peaceful protest")]


def test_a_protest_broken_up_is_still_an_intervention() -> None:
    got = _typed("شهدت مدينة الرقة اليوم مظاهرات عارمة ضد الحكومة ثم فضت قوات الأمن المظاهرة.")
    assert got == [("Protests", "Protest with intervention")]


def test_a_siege_told_before_the_taking_is_the_takers() -> None:
    # the force that laid the siege and then took the town is its taker (no siege broken)
    got = _territory("وبعد حصار قوات النظام لمدينة الرقة أشهرا سيطرت عليها.")
    assert ("Government regains territory", ["syria-gov-forces"], []) in got


# --- session 16, helper "types2": a taking told "without fighting" is a non-violent transfer (ACLED)

@pytest.mark.parametrize("text", [
    "وسيطرت قوات النظام على مدينة الرقة دون قتال.",
    "وسيطرت قوات النظام على مدينة الرقة دون معارك.",
    "وسيطرت قوات النظام على مدينة الرقة بعد انسحاب تنظيم داعش منها دون قتال.",
    "وسيطر تنظيم داعش على مدينة الرقة بلا قتال.",
    "وسيطر تنظيم داعش على مدينة الرقة من دون أي مقاومة.",
])
def test_a_taking_without_fighting_is_a_non_violent_transfer(text: str) -> None:
    assert _typed(text) == [("Strategic developments", "Non-violent transfer of territory")]


@pytest.mark.parametrize("text", [
    # fighting told, or the negation names something else than fighting
    "وسيطرت قوات النظام على مدينة الرقة بعد معارك عنيفة مع تنظيم داعش.",
    "وسيطرت قوات النظام على مدينة الرقة دون أن تعلن ذلك رسميا.",
])
def test_a_taking_with_fighting_stays_a_battle(text: str) -> None:
    assert _typed(text) == [("Battles", "Government regains territory")]


# --- a shoot-down verb: the aircraft it names was downed (no strike), its load of supplies was airdropped

@pytest.mark.parametrize("text", [
    "وأسقطت فصائل تديرها تركيا طائرة حربية بصاروخ محمول على الكتف قرب مدينة الرقة.",
    "وقالت الفصائل إنها أسقطت طائرة حربية حكومية قرب مدينة الرقة.",
    "وأسقطت طائرة حربية أمريكية طائرة للجيش السوري قرب مدينة الرقة.",
    # the missile that downed it is no strike either
    "وأسقط تنظيم داعش طائرة مروحية بصاروخ حراري قرب مدينة الرقة.",
])
def test_a_downed_aircraft_strikes_nothing(text: str) -> None:
    assert _typed(text) == [("Battles", "Armed clash")]


@pytest.mark.parametrize("text", [
    "وأسقطت طائرة حربية براميل متفجرة على مدينة الرقة.",
    "وقصفت طائرات حربية مدينة الرقة.",
])
def test_an_aircraft_that_drops_or_strikes_still_strikes(text: str) -> None:
    assert _typed(text) == [("Explosions/Remote violence", "Air/drone strike")]


@pytest.mark.parametrize("text", [
    "وقالت وزارة الدفاع إن طائرات تابعة للتحالف أسقطت أسلحة لتنظيم داعش قرب مدينة الرقة.",
])
def test_supplies_dropped_from_the_air_are_no_shoot_down(text: str) -> None:
    assert _typed(text) == []


def test_an_aircraft_carrying_weapons_is_still_shot_down() -> None:
    assert _typed("وأسقطت الفصائل طائرة محملة بالأسلحة قرب مدينة الرقة.") == [("Battles", "Armed clash")]


# Session 17 (helper "types3"): a killing told with its killer and no fighting is violence against
# civilians; a bombardment told as Russian is an air strike; handing over ground is a non-violent transfer.

def _types(text: str) -> list[tuple[str | None, str | None]]:
    a = _run("wording", text=text)
    return [(e.event_type, e.sub_event_type) for e in a.events]


@pytest.mark.parametrize("text", [
    "مقتل 3 أشخاص على يد قوات الأمن السورية في دوما أمس.",
    "سقوط 6 قتلى برصاص قوات الجيش السوري في دوما أمس.",
])
def test_a_killing_told_with_its_killer_and_no_fighting_is_violence_against_civilians(text: str) -> None:
    assert _types(text) == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "مقتل 4 جنود على يد تنظيم داعش في دوما أمس.",                       # armed dead
    "مقتل 3 أشخاص في اشتباكات على يد قوات الأمن في دوما أمس.",         # fighting told
    "مقتل 5 من عناصر جيش الإسلام برصاص قوات النظام في دوما أمس.",       # armed dead
])
def test_other_tolls_stay_battles(text: str) -> None:
    assert _types(text) == [("Battles", "Armed clash")]


def test_a_toll_with_no_killer_told_is_no_one_sided_killing() -> None:
    # no killer told: not Violence against civilians; and since session 34 (test_events_types_evtype3) a toll of
    # mere persons with nothing else told is no Battles event either (the text supports no type)
    assert ("Violence against civilians", "Attack") not in _types("قتل 3 أشخاص في دوما أمس.")
