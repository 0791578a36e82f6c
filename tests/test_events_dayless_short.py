"""Session 19 (genre3): the reading of pages that name no day of their own (_tells_no_day) starts at 1,200
words, not 2,000: an op-ed, a feature or a profile of 1,200-2,000 words that quotes its sources and narrates
past deeds but never tells a day against its own time ("أمس", "اليوم", a weekday) is as much an analysis
as a long study. An interview, which asks its questions (``interview_questions_min`` question marks per
thousand words), is not: its guest tells his side's deeds as news. Fixtures written for the test."""

from __future__ import annotations

from test_events import actual_events
from test_events_analysis_pages import DATED, DEAD, _run
from test_events_dayless_pages import HEADLINE

from rasd.extract.events.background import _reports_nothing

# an analysis of about 1,330 words reasoning about the war and naming no day; it quotes one expert
# per paragraph (about 13 report cues per thousand words at _QUOTED's density would make it a report)
_ARGUED = ("لم تعد الفصائل المحلية قادرة على صياغة مصيرها بعد سنوات من الحرب , فموازين القوى تغيرت "
           "بعد تدخل الأطراف الإقليمية , وصار الدعم الخارجي يحدد شكل التحالفات وحدود الجبهات . والسؤال "
           "الذي يطرحه هذا المشهد يتعلق بقدرة هذه التشكيلات على البقاء في بيئة تتبدل فيها المصالح "
           "بسرعة , وبمدى استعداد قياداتها لمراجعة خياراتها قبل أن تفرض عليها المراجعة من الخارج , "
           "وهو ما يراه خبير عسكري بداية مرحلة جديدة . ")
ANALYSIS = _ARGUED * 19
# an interview of the same length: a question, then the guest's answer, over and over
_ASKED = ("س : كيف تقيمون وضع الجبهات في الشمال بعد التغيرات الأخيرة ? ج : مقاتلونا صدوا الهجمات "
          "المتكررة وتمسكت الفصائل بمواقعها , والتنسيق بين غرف العمليات صار أفضل مما كان عليه , والدعم "
          "تراجع لكنه لم يتوقف , ونحن مستعدون لكل الاحتمالات في المرحلة المقبلة . ")
INTERVIEW = _ASKED * 28


def test_a_mid_length_page_naming_no_day_reports_nothing() -> None:
    assert 1200 < len(ANALYSIS.split()) < 2000
    assert _reports_nothing(ANALYSIS, 20)
    assert actual_events(_run(ANALYSIS + DEAD, HEADLINE)) == []


def test_a_dated_deed_in_a_mid_length_analysis_stays() -> None:
    assert len(actual_events(_run(ANALYSIS + DATED, HEADLINE))) >= 1


def test_an_interview_is_not_an_analysis() -> None:
    assert 1200 < len(INTERVIEW.split()) < 2000
    assert not _reports_nothing(INTERVIEW, 20)         # telling many deeds (20), asking 18 questions per thousand words
    assert _reports_nothing(ANALYSIS, 20)
