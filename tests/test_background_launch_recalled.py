"""The start of a campaign or an offensive told with its calendar day a week or more before the dated page's day
("وبدأ الجيش في 23 مايو الماضي هجوما لطرد المسلحين من الفلوجة" in a report of 9 June) is the campaign's history
the page's story continues, not a happening it reports (background._launch_recalled, event_habitual.yaml
launch_*). A recent start and a start told by its weekday keep the row (session 44;
written fixtures on the pattern of the judged breadth rows)."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

_HEAD = "الخميس 9 حزيران 2016 | 10 : 25 مساء بتوقيت بغداد - "
_NEWS = "قالت الأمم المتحدة اليوم الخميس إن آلاف المدنيين ما زالوا محاصرين داخل مدينة الفلوجة . "


def _subs(text: str) -> list[str]:
    a = analyse_text(_HEAD + _NEWS + text, "unknown", doc_id=f"fixture-{hash(text)}")
    return sorted(e.sub_event_type for e in actual_events_of(a))


@pytest.mark.parametrize("text", [
    "وبدأ الجيش العراقي في 23 أيار الماضي هجوما لطرد المسلحين من مدينة الفلوجة .",
    "وكانت القوات العراقية أطلقت في 12 أيار عملياتها العسكرية لاستعادة مدينة الفلوجة .",
])
def test_a_campaigns_start_weeks_back_is_background(text: str) -> None:
    assert _subs(text) == []


@pytest.mark.parametrize("text", [
    # (a start within the week: the story's own turn)
    "وبدأ الجيش العراقي في 6 حزيران هجوما لطرد المسلحين من مدينة الفلوجة .",
    # (a start told by its weekday)
    "وبدأ الجيش العراقي يوم الاثنين هجوما لطرد المسلحين من مدينة الفلوجة .",
])
def test_a_recent_start_is_kept(text: str) -> None:
    assert _subs(text) == ["Armed clash"]

