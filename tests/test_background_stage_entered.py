"""A campaign told by the week, month or stage it has entered ("وقد دخل هجوم القوات ... أسبوعه الثاني") is a status
line of its course, not a happening of a day (background._stage_entered; breadth BACKGROUND rows V-422 #3, R-347 #5,
session 39). Kept: a day it has entered ("يومه الثالث": the day's fighting of a days-old offensive is news). Made-up
sentences of the general construction."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

WEEK = ("وقد دخل هجوم القوات العراقية والبشمركة الكردية وبدعم من التحالف الدولي لاستعادة مدينة الموصل "
        "{stage} .")


def _types(stage: str, doc: str) -> list[str]:
    return [e.event_type for e in actual_events_of(analyse_text(WEEK.format(stage=stage), "2016-10-24", doc_id=doc))]


def test_an_offensive_entering_its_second_week_is_no_event() -> None:
    assert _types("أسبوعه الثاني", "stage-week") == []


def test_an_offensive_entering_its_third_day_stays() -> None:
    # twin: a day entered is the day's fighting
    assert _types("يومه الثالث", "stage-day") == ["Battles"]
