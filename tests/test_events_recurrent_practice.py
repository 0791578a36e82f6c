"""A practice told as recurring ("تقوم بين الفينة والأخرى بحملة اعتقالات", "تتعرض المدينة لقصف يومي") is
no happening of a day: the MSA adverbs of recurrence and the light verbs of doing and undergoing, in
rasd/data/lexicons/event_habitual.yaml (session 21, background8). Hand-written sentences, with twins."""

from __future__ import annotations

import pytest
from test_events import run_with_places

from rasd.records import Analysis


def _run(text: str, published: str = "2017-12-06") -> Analysis:
    return run_with_places(text, [], published)


def _places(a: Analysis) -> set[str | None]:
    return {e.location for e in a.events if e.modality == "actual"}


# (a practice told as recurring, its twin told as a deed, the place)
PRACTICE_AND_TWIN = [
    pytest.param("وأكد مدنيون أن قوات النظام تقوم بين الفينة والأخرى بحملة اعتقالات في مدينة دوما .",
                 "وأكد مدنيون أن قوات النظام شنت حملة اعتقالات في مدينة دوما .", "douma",
                 id="from-time-to-time-between-the-light-verb-and-its-noun"),
    pytest.param("وتتعرض مدينة دوما لقصف يومي من قوات النظام .",
                 "وتعرضت مدينة دوما لقصف من قوات النظام .", "douma",
                 id="undergoing-a-daily-shelling"),
    pytest.param("وتقوم قوات النظام بقصف مدينة عفرين من حين لآخر .",
                 "وقامت قوات النظام بقصف مدينة عفرين .", "afrin",
                 id="doing-a-shelling-now-and-then"),
]


@pytest.mark.parametrize("practice, twin, place", PRACTICE_AND_TWIN)
def test_a_recurring_practice_is_no_happening_and_its_twin_is(practice: str, twin: str, place: str) -> None:
    assert place not in _places(_run(practice))
    assert place in _places(_run(twin))


def test_a_recurring_practice_with_a_day_of_its_own_stays() -> None:
    """The trigger's own day makes it a happening (the habitual reading reads undated triggers only)."""
    text = "وتتعرض مدينة دوما اليوم لقصف يومي من قوات النظام ."
    assert "douma" in _places(_run(text))
