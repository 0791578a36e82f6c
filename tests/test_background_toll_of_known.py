"""A rough toll of the battles or raids the reader knows ("كما قتل المئات من المقاتلين خلال المعارك وجراء غارات
التحالف") sums a war's losses up: background, not a happening of a day (background._toll_of_known; BACKGROUND row
of the breadth samples, session 38). Kept: an exact count (a report's own toll), a day in the sentence, battles told
as new with an indefinite noun, and a place told in the toll's own words (a digest's item). Made-up sentences of the
general construction."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

LEAD = ("تقرير : مدينة الرقة بعد خروج تنظيم داعش منها .\n"
        "خرج آخر عناصر التنظيم من مدينة الرقة الأسبوع الماضي .\n")


def _tolls(sentence: str) -> list[str]:
    a = analyse_text(LEAD + sentence, "2017-10-25", doc_id=f"toll-known-{hash(sentence)}")
    return [e.trigger for e in actual_events_of(a, "Battles")]


@pytest.mark.parametrize("sentence", [
    "كما قتل المئات من المقاتلين خلال المعارك وجراء غارات التحالف الدولي التي لم تكل من استهداف المدينة .",
    "وقتل العشرات من عناصر التنظيم خلال المعارك .",
])
def test_a_rough_toll_of_the_known_battles_is_background(sentence: str) -> None:
    assert _tolls(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وقتل 42 من عناصر التنظيم خلال المعارك .",                          # an exact count: the report's own toll
    "وقتل العشرات من عناصر التنظيم اليوم خلال المعارك .",                # the day's deaths
    "وقتل العشرات من عناصر التنظيم في معارك عنيفة .",                   # battles told as new (indefinite)
    "وقتل العشرات من عناصر التنظيم خلال المعارك في حي الروضة .",         # a place of the toll's own words
])
def test_a_toll_of_its_own_stays(sentence: str) -> None:
    assert _tolls(sentence) != []
