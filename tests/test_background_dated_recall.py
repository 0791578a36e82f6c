"""A pluperfect clause with a time of its own days before the page's day recalls a deed done before the story, its
context (background._dated_recall; BACKGROUND rows of the breadth samples, session 37): "وكان الجيش قد قصف موقعا ...
قبل خمسة أيام" under the report of a new strike. A recent time in the same clause ("أمس", "السبت الماضي" two days
back) tells the story's latest turn and is kept, as is the undated page (no day to count back from). Made-up
sentences of the general construction, each with a twin that keeps the day's news."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

STRIKE = "Explosions/Remote violence"

NEWS = "قصفت طائرات إسرائيلية فجر اليوم مستودعا للأسلحة قرب مطار دمشق الدولي . "
RECALL = "وكان الجيش الإسرائيلي قد قصف موقعا لقوات النظام في ريف القنيطرة {when} , مما أسفر عن مقتل ثلاثة جنود ."


def _strike_days(when: str, page: str = "2017-04-27") -> list[str]:
    a = analyse_text(NEWS + RECALL.format(when=when), page, doc_id=f"recall-{when}")
    return sorted(e.date_start for e in actual_events_of(a, STRIKE))


def test_a_strike_the_pluperfect_recalls_days_back_is_background() -> None:
    # only the page's own strike stays: the one "five days ago" is the context of its news
    assert _strike_days("قبل خمسة أيام") == ["2017-04-27"]


@pytest.mark.parametrize("when", ["أمس", "قبل يومين"])
def test_a_pluperfect_with_a_recent_time_stays(when: str) -> None:
    # twin: the story's latest turn, dated by its clause
    days = _strike_days(when)
    assert len(days) == 2 and days[-1] == "2017-04-27" and days[0] >= "2017-04-25"


def test_the_recalled_strike_on_an_undated_page_is_not_judged_here() -> None:
    # no page day to count the five days back from: the rule leaves the strike to the undated-page checks
    a = analyse_text(RECALL.format(when="قبل خمسة أيام"), "unknown", doc_id="recall-undated")
    assert [e.date_start for e in actual_events_of(a, STRIKE)] == ["unknown"]
