"""Two tellings of one happening that _merge_same_day joins although their sides or days differ on their face:
gunmen the text does not identify ("مسلحون مجهولون") told beside the armed group another telling names, at one
town on one day (``_unknown_gunmen_named``); and one night told as yesterday's ("ليل أمس") and as tonight's
("هذه الليلة", a statement of the evening before), whose row spans both days (``_one_night``).
Hand-written sentences in the corpus's pre-tokenised style."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

PLACES = {"town": ("الرستن", "Rastan", 34.93, 36.73, "town", "Homs"),
          "town2": ("تلبيسة", "Talbiseh", 34.84, 36.73, "town", "Homs")}


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "2016-03-02", syrian=True)


@pytest.mark.parametrize("text, rows", [
    pytest.param("أعدم تنظيم داعش خمسة مدنيين من عائلة واحدة اليوم في مدينة الرستن . "
                 "وقال مصدر محلي إن مسلحين مجهولين اقتحموا منزل العائلة في مدينة الرستن اليوم .",
                 1, id="group-and-unknown-gunmen-one-attack"),
    pytest.param("قتلت قوات النظام خمسة مدنيين من عائلة واحدة اليوم في مدينة الرستن . "
                 "وقال مصدر محلي إن مسلحين مجهولين اقتحموا منزلا في مدينة الرستن اليوم .",
                 2, id="state-force-and-unknown-gunmen-apart"),
    pytest.param("أعدم تنظيم داعش خمسة مدنيين من عائلة واحدة اليوم في مدينة الرستن . "
                 "وقال مصدر محلي إن مسلحين مجهولين اقتحموا منزلا في مدينة تلبيسة اليوم .",
                 2, id="group-and-unknown-gunmen-other-towns"),
])
def test_unknown_gunmen_and_a_named_group(text: str, rows: int) -> None:
    evs = actual_events(_run(text))
    assert len(evs) == rows, [(e.sub_event_type, e.actor1, e.location) for e in evs]


@pytest.mark.parametrize("text, rows", [
    pytest.param("وأعلنت اللجنة الدولية للصليب الأحمر أنها بدأت ليل أمس بإخلاء حالات طبية حرجة من مدينة الرستن . "
                 "وكتبت اللجنة في تغريدة \" هذه الليلة بدأ الهلال الأحمر إجلاء الحالات الطبية الحرجة من مدينة الرستن \" .",
                 1, id="one-night-two-days"),
    pytest.param("وأعلنت اللجنة الدولية للصليب الأحمر أنها بدأت أمس بإخلاء حالات طبية حرجة من مدينة الرستن . "
                 "وكتبت اللجنة في تغريدة \" هذه الليلة بدأ الهلال الأحمر إجلاء الحالات الطبية الحرجة من مدينة الرستن \" .",
                 2, id="yesterday-and-tonight-apart"),
])
def test_one_night_told_from_two_days(text: str, rows: int) -> None:
    evs = actual_events(_run(text))
    assert len(evs) == rows, [(e.sub_event_type, e.date_start, e.date_end, e.location) for e in evs]
    if rows == 1:
        assert (evs[0].date_start[:10], evs[0].date_end[:10]) == ("2016-03-01", "2016-03-02")
