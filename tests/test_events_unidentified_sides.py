"""Gunmen the text does not identify ("مسلحون مجهولون") are no side of their own against an armed group
another telling names: two tellings of one attack at one town and day, one naming the group and one the
unknown gunmen, are one row (compare._actors_ok). A state force and the unknown gunmen stay apart.
Hand-written sentences in the corpus's pre-tokenised style."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

PLACES = {"town": ("الرستن", "Rastan", 34.93, 36.73, "town", "Homs")}


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "2016-03-02", syrian=True)


@pytest.mark.parametrize("text, rows", [
    pytest.param("أعدم تنظيم داعش خمسة مدنيين من عائلة واحدة اليوم في مدينة الرستن . "
                 "وقال مصدر محلي إن مسلحين مجهولين اقتحموا منزل العائلة في مدينة الرستن اليوم .",
                 1, id="group-and-unknown-gunmen-one-attack"),
    pytest.param("قتلت قوات النظام خمسة مدنيين من عائلة واحدة اليوم في مدينة الرستن . "
                 "وقال مصدر محلي إن مسلحين مجهولين اقتحموا منزلا في مدينة الرستن اليوم .",
                 2, id="state-force-and-unknown-gunmen-apart"),
])
def test_unknown_gunmen_and_a_named_group(text: str, rows: int) -> None:
    evs = actual_events(_run(text))
    assert len(evs) == rows, [(e.sub_event_type, e.actor1) for e in evs]
