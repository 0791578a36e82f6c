"""A happening told as going on since a start years back ("تشن حملة تمرد مسلح ضد أنقرة منذ ثلاثة
عقود", "وجه ضربات جوية للتنظيم منذ عام 2014") is a campaign or a condition, not a happening of a day
(rasd/extract/events/triggers.py _span_since, event_habitual.yaml since_*). A "منذ" that belongs to another
predicate ("حصار يفرضه التنظيم منذ", "المحاصرة منذ") or measures the happening ("الأول منذ سنوات")
leaves it an event. Sentences shaped on breadth pages (unifiedfc)."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "deir-ez-zor": ("دير الزور", "Deir ez-Zor", 35.336, 40.141, "town", "Deir ez-Zor"),
    "raqqa": ("الرقة", "Raqqa", 35.950, 39.010, "town", "Raqqa"),
}


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "2017-10-15", syrian=True)


@pytest.mark.parametrize("text, n", [
    pytest.param("وشنت طائرات التحالف الدولي غارات جوية على مدينة الرقة منذ سنوات .", 0,
                 id="strikes-for-years"),
    pytest.param("وشنت طائرات التحالف الدولي غارات جوية على مدينة الرقة منذ عقدين .", 0,
                 id="strikes-for-decades"),
    pytest.param("ووثق التقرير 2019 مدنيا قتلوا منذ بداية العام في مدينة الرقة .", 0,
                 id="a-toll-since-the-start-of-the-year"),
    pytest.param("وشنت طائرات التحالف غارات جوية على مدينة الرقة أمس هي الأعنف منذ سنوات .", 1,
                 id="the-worst-since-years"),
    pytest.param("وتمكن الجيش السوري السبت من فك الحصار عن مدينة دير الزور المستمر منذ نحو ثلاث سنوات .", 1,
                 id="the-span-of-a-participle-between"),
    pytest.param(("وتمكن الجيش السوري السبت من فك حصار يفرضه تنظيم داعش منذ نحو ثلاث سنوات على مدينة دير "
                  "الزور ."), 1, id="the-span-of-a-verb-between"),
])
def test_a_happening_of_a_span_of_years(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n
