"""A page that reports no happening of its own (an op-ed, an analysis, an explainer) uses few cues of a
report ("قال", "أفاد", "مصدر", "أمس", "اليوم") and tells few deeds across its words: a happening it names
with no day of its own is background it recalls, not news it reports, even told with its dead
(rasd/extract/events/background.py _reports_nothing; no_report_* in rasd/data/lexicons/analysis_pages.yaml).
The same sentence in a report keeps its event, and a deed the page dates keeps its own. Fixtures written
for the test, in the wording of breadth op-eds."""

from __future__ import annotations

from test_events import actual_events
from test_events_analysis_pages import DATED, DEAD, _run

from rasd.extract.events.background import _reports_nothing

HEADLINE = "الشمال السوري بين حسابات الأطراف"

# an op-ed's prose: no connective of _argument_page, no cue of a report, no deed (about 560 words)
_PARAGRAPH = ("تبدو خريطة الشمال السوري اليوم أقرب إلى رقعة شطرنج تتقاطع فوقها مصالح العواصم الكبرى والصغرى . "
              "فالأطراف المحلية فقدت منذ زمن قدرتها على صياغة مصيرها , وصارت تنتظر ما يتفق عليه الآخرون في "
              "غرف مغلقة بعيدة عن أهل الأرض . والسوريون الذين دفعوا الثمن الأكبر لا يملكون من أمرهم شيئا , "
              "ولا يسألهم أحد عما يريدون لمدنهم وقراهم . إن السياسة التي تدار بهذه الطريقة لا تصنع سلاما "
              "دائما , بل تؤجل الانفجار إلى موعد لاحق . وكلما طال الانتظار ازدادت كلفة الحل على الجميع , "
              "وضاقت الخيارات أمام الوسطاء . ")
OPED = _PARAGRAPH.replace("اليوم ", "") * 6
# a report: the same prose framed by its sources
REPORT = ("قال مصدر ميداني إن الوضع متوتر , وأفاد مراسل الوكالة بوصول تعزيزات , وذكر ناشطون أن الطرق مقطوعة , "
          "وأكد مصدر آخر أن الأهالي نزحوا , وأضاف أن الهدنة انهارت , وأوضح أن المعابر مغلقة . ") + OPED


def test_reports_nothing() -> None:
    assert _reports_nothing(OPED, 1)
    assert not _reports_nothing(REPORT, 1)          # a report's cues
    assert not _reports_nothing(OPED, 5)            # a digest of deeds
    assert not _reports_nothing(_PARAGRAPH, 0)      # too short to judge


def test_an_undated_deed_on_a_page_reporting_nothing_is_background() -> None:
    assert actual_events(_run(OPED + DEAD, HEADLINE)) == []
    # the same sentence in a report: the page's news
    assert [e for e in actual_events(_run(REPORT + DEAD, HEADLINE)) if e.evidence.start >= len(REPORT)]


def test_a_dated_deed_on_a_page_reporting_nothing_stays() -> None:
    assert len(actual_events(_run(OPED + DATED, HEADLINE))) >= 1
