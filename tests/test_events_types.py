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
