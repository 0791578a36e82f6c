"""An armed group named after its home town ("لواء شهداء القريتين", "غرفة عمليات حوار كلس", "مجلس
منبج العسكري") is an actor: the town in its name is no place of what the group does
(rasd/data/lexicons/event_place_guards.yaml, group_heads; issue #4, wrong places). Sentences in the
corpus's pre-tokenised style."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

PLACES = {
    "qaryatayn": ("القريتين", "al-Qaryatayn", 34.229, 37.240, "town", "Homs"),
    "manbij": ("منبج", "Manbij", 36.528, 37.955, "town", "Aleppo"),
    "tanf": ("التنف", "al-Tanf", 33.492, 38.657, "town", "Homs"),
}


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "2017-06-10", syrian=True)


def _places(a: Analysis) -> list[str | None]:
    return [e.location for e in actual_events(a)]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة بين مقاتلي لواء شهداء القريتين وتنظيم داعش اليوم .",
    "اندلعت اشتباكات عنيفة بين مقاتلي \" لواء شهداء القريتين \" وتنظيم داعش اليوم .",
    "اندلعت اشتباكات عنيفة بين مقاتلي مجلس منبج العسكري وتنظيم داعش اليوم .",
])
def test_town_in_a_group_name_is_no_place(text: str) -> None:
    a = _run(text)
    assert not {"qaryatayn", "manbij"} & set(_places(a)), [(e.event_type, e.location) for e in a.events]


def test_the_fight_place_told_beside_the_group_name() -> None:
    a = _run("اندلعت اشتباكات عنيفة بين مقاتلي لواء شهداء القريتين وتنظيم داعش قرب التنف اليوم .")
    assert _places(a) == ["tanf"], [(e.event_type, e.location) for e in a.events]


def test_town_itself_keeps_its_place() -> None:
    a = _run("اندلعت اشتباكات عنيفة بين فصائل المعارضة وتنظيم داعش في القريتين اليوم .")
    assert _places(a) == ["qaryatayn"], [(e.event_type, e.location) for e in a.events]


def test_group_named_after_its_front_keeps_the_area() -> None:
    places = syrian_places({"rif-hama-north": ("ريف حماة الشمالي", "Northern Hama countryside", 35.30, 36.65,
                                               "region", "Hama")})
    a = run_with_places("اندلعت اشتباكات عنيفة بين مقاتلي غرفة عمليات ريف حماة الشمالي وقوات النظام اليوم .",
                        places, "2017-06-10", syrian=True)
    assert "rif-hama-north" in _places(a), [(e.event_type, e.location) for e in a.events]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة بين مقاتلي قوات شهداء القريتين وتنظيم داعش اليوم .",
    "اندلعت اشتباكات عنيفة بين مقاتلي جبهة ثوار منبج وتنظيم داعش اليوم .",
    "قتل عنصران من جيش أحرار القريتين في اشتباكات مع تنظيم داعش اليوم .",
])
def test_town_after_a_force_noun_and_an_epithet_is_no_place(text: str) -> None:
    # "قوات" / "جبهة" / "جيش" head a group's name only with an epithet between them and the town
    a = _run(text)
    assert not {"qaryatayn", "manbij"} & set(_places(a)), [(e.event_type, e.location) for e in a.events]


def test_a_front_named_by_its_town_keeps_the_place() -> None:
    # "جبهة منبج" with no epithet is the Manbij front, where the clashes were
    a = _run("اندلعت اشتباكات عنيفة على جبهة منبج بين الفصائل وتنظيم داعش اليوم .")
    assert _places(a) == ["manbij"], [(e.event_type, e.location) for e in a.events]
