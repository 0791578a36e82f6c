"""A page that almost never attributes what it tells and tells its time by years and months narrates the
past (an analysis retelling the war's sieges since 2015, a profile, a history, an explainer), however many
past deeds it tells: a happening it names with no time of its own is background it recalls, not news it
reports (rasd/extract/events/background.py _narrates_the_past, read by _reports_nothing; quiet_* in
rasd/data/lexicons/analysis_pages.yaml). A page telling as many deeds by the day, or attributing them, is
not taken. Fixtures written for the test, in the wording of breadth analyses."""

from __future__ import annotations

import pytest
from test_events import actual_events
from test_events_analysis_pages import DEAD, _run
from test_events_no_report_pages import HEADLINE, OPED, REPORT

from rasd.extract.events.background import _reports_nothing

# deeds told with a month and a year, as an analysis retells the war's earlier rounds
_PAST = ("وفي آب / أغسطس عام 2015 سيطرت الفصائل على مدينة إدلب بعد حصار طويل . "
         "ثم قصفت طائرات النظام مدينة جرابلس في شباط / فبراير 2016 . "
         "وفي أيلول / سبتمبر عام 2016 اقتحمت قوات النظام مدينة إدلب من جديد . ")


_APART = OPED[:OPED.index(" . ", 300) + 3]


def test_a_quiet_page_telling_its_time_by_years_reports_nothing() -> None:
    # (OPED: about 480 words with no cue of a report; 3 deeds: over no_report_deeds_max per thousand words)
    assert not _reports_nothing(OPED, 3)                                # deeds too dense for the first reading
    assert _reports_nothing(OPED, 3, dated_periods=3)                   # told by years and months
    assert not _reports_nothing(REPORT, 3, dated_periods=3)             # a report's cues
    assert not _reports_nothing(OPED, 3, dated_days=10, dated_periods=3)    # a digest writing out its days
    assert not _reports_nothing(OPED, 6, dated_periods=3)               # deeds as dense as a digest's


def test_an_undated_deed_on_a_page_narrating_the_past_is_background(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the deed told apart from the years, whose months it would otherwise inherit)
    page = OPED + DEAD + _APART + _PAST
    told = (len(OPED), len(OPED + DEAD))
    assert not [e for e in actual_events(_run(page, HEADLINE)) if told[0] <= e.evidence.start < told[1]]
    # the same deed before the same deeds told with no year or month: kept by this rule, as before (the
    # learned page genre, a later layer, turns the op-ed's undated deed deep in its body away: test_event_genre)
    monkeypatch.setattr("rasd.extract.events.told_in_body", lambda *_: False)
    plain = OPED + DEAD + _APART + _PAST.replace(" آب / أغسطس عام 2015", "").replace(" في شباط / فبراير 2016", "").replace(
        "وفي أيلول / سبتمبر عام 2016 ", "و")
    assert [e for e in actual_events(_run(plain, HEADLINE)) if told[0] <= e.evidence.start < told[1]]
