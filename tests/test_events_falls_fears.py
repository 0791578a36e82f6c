"""Events recall, session 14: a projectile told as falling on a place ("سقطت قذيفة صاروخية على حي",
"بسقوط قذائف هاون على مدينة") is a shelling even when no shooter is named; a fear of shells
("ويخشى السكان من سقوط قذائف") is no happening. Hand-written sentences, with negatives."""

from __future__ import annotations

import pytest
from test_events_precision8 import _run

from rasd.records import Analysis

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _events(a: Analysis, place: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in a.events if e.location == place and e.modality == "actual"]


@pytest.mark.parametrize("text", [
    pytest.param("وسقطت قذيفة صاروخية على حي سكني في مدينة دوما , دون وقوع إصابات .", id="verb-fell"),
    pytest.param("وأفاد ناشطون بسقوط قذائف هاون على مدينة دوما , ما أدى إلى أضرار مادية .", id="verbal-noun-falling"),
])
def test_a_projectile_falling_on_a_place_is_shelling(text: str) -> None:
    assert SHELLING in _events(_run(text), "douma")


@pytest.mark.parametrize("text", [
    pytest.param("ويخشى السكان من سقوط قذائف على مدينة دوما في الأيام المقبلة .", id="a-fear-of-shells"),
    pytest.param("وسط مخاوف من سقوط قذائف على مدينة دوما .", id="fears-of-shells"),
    pytest.param("وتمتلك الفصائل قذائف صاروخية في مدينة دوما .", id="weapons-held"),
])
def test_no_shelling_for_a_feared_fall_or_weapons_held(text: str) -> None:
    assert SHELLING not in _events(_run(text), "douma")


def test_a_feared_massacre_is_no_attack() -> None:
    """"مخاوف من ارتكاب النظام مجزرة بحق المعتقلين": what people fear has not happened."""
    a = _run("وتسود مخاوف من ارتكاب النظام مجزرة بحق المعتقلين في مدينة دوما اليوم .")
    assert not [e for e in a.events if e.location == "douma" and e.event_type == "Violence against civilians"]
    b = _run("وارتكبت قوات النظام مجزرة بحق المعتقلين في مدينة دوما اليوم .")
    assert [e for e in b.events if e.location == "douma" and e.event_type == "Violence against civilians"]
