"""A shoot-down only tried ("حاولت إسقاط الطائرة") at the aircraft of an air strike the page told just before is
that strike met from the ground: one event, the strike (merge._merge_tried_shootdowns). A downing that
succeeded, and a try at an aircraft the page did not tell striking ("طائرة"), stay a clash of their own.
Hand-written sentences in the corpus's pre-tokenised style."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "homs": ("حمص", "Homs", 34.730, 36.710, "town", "Homs"),
}


def _run(text: str, published: str = "2017-11-02") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)


def _types(a: Analysis) -> list[str]:
    return sorted(f"{e.event_type}/{e.sub_event_type}" for e in actual_events(a))


STRIKE = "Explosions/Remote violence/Air/drone strike"


@pytest.mark.parametrize("text, types", [
    pytest.param("شنت طائرات إسرائيلية أمس ضربة جوية على مصنع قرب مدينة حمص . وحاولت قوات النظام إسقاط الطائرة .",
                 [STRIKE], id="a-try-at-the-striking-aircraft"),
    pytest.param("شنت طائرات إسرائيلية أمس ضربة جوية على مصنع قرب مدينة حمص . وأسقطت قوات النظام الطائرة .",
                 ["Battles/Armed clash", STRIKE], id="the-aircraft-brought-down"),
    pytest.param("شنت طائرات إسرائيلية أمس ضربة جوية على مصنع قرب مدينة حمص . وحاولت قوات النظام إسقاط طائرة أخرى .",
                 ["Battles/Armed clash", STRIKE], id="a-try-at-another-aircraft"),
])
def test_a_tried_shootdown_of_the_striking_aircraft(text: str, types: list[str]) -> None:
    assert _types(_run(text)) == types
