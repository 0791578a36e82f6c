"""A page that argues in its prose (an op-ed, an analysis, a study), with no question in its headline,
is judged as a question-headline page is: a happening it names with no time of its own, no count and
no dead is a generality of its argument or background, not a reported happening (rasd/extract/events/background.py
_argument_page, _analysis_generality; argument_markers, report_markers, argument_min in
rasd/data/lexicons/analysis_pages.yaml). The page argues when it uses at least ``argument_min``
connectives of an argument and more of them than cues of a report. Fixtures written for the test."""

from __future__ import annotations

import pytest
from test_events import actual_events
from test_events_analysis_pages import DATED, DEAD, ESCALATION, _run

from rasd.extract.events.background import _argument_page

HEADLINE = "الشمال السوري بين حسابات الأطراف"       # no question mark

# six connectives of an argument, no cue of a report
ARGUMENT = ("لعل أهم ما تغير في الشمال هو موازين القوى . ذلك أن الأطراف كلها تعيد حساباتها , والواقع أن أحدا "
            "منها لا يملك الحسم . يمكن القول إن المرحلة المقبلة أصعب , وهذا ما تدركه العواصم المعنية , بيد أن "
            "التسوية ليست قريبة . ")
# the same connectives in a report that tells its sources more often
REPORT = ("قال مصدر ميداني إن الاشتباكات مستمرة , وأفاد مراسل الوكالة بوصول تعزيزات , وذكر ناشطون أن القصف "
          "طال قرى عدة , وأكد مصدر آخر أمس أن الطرق مقطوعة , وأضاف أن الأهالي نزحوا , وأوضح أن الوضع صعب , "
          "وأشار إلى أن الهدنة انهارت . ") + ARGUMENT


def test_argument_page() -> None:
    assert _argument_page(ARGUMENT)
    assert not _argument_page(REPORT)               # more cues of a report than of an argument
    assert not _argument_page("لعل الأمر كذلك , ذلك أن الأطراف تعيد حساباتها . " + ESCALATION)   # too few


def test_an_undated_generality_on_an_arguing_page_is_no_event() -> None:
    assert actual_events(_run(ARGUMENT + ESCALATION, HEADLINE)) == []
    # the same sentence in a report: the page's news
    assert [e for e in actual_events(_run(REPORT + ESCALATION, HEADLINE)) if e.evidence.start >= len(REPORT)]


@pytest.mark.parametrize("text", [pytest.param(DATED, id="a-day-of-its-own"),
                                  pytest.param(DEAD, id="told-with-its-dead")])
def test_a_dated_or_deadly_happening_on_an_arguing_page_stays(text: str) -> None:
    assert len(actual_events(_run(ARGUMENT + text, HEADLINE))) >= 1
