"""A month or year "منذ" opens on an undated page (no day for the range to run to): it tells when a campaign
began, not the happening's time, so the event is left undated rather than put on that month's first day
(events.dates._open_onset). Text from the breadth set (al-Hayat on Deir ez-Zor, undated page)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

CAMPAIGN = ("وينفذ التحالف منذ أيلول ( سبتمبر ) 2014 ضربات جوية تستهدف \" داعش \" في سورية . ونشرت الولايات المتحدة "
            "بطارية مدفعية لمشاة البحرية في سورية دعما للهجوم على معقل تنظيم \" داعش \" في الرقة , وفق ما أعلن مسؤول "
            "أميركي الأربعاء . في ريف دير الزور الشرقي , أفاد \" المرصد \" بمقتل \" سبعة مدنيين على الأقل , بينهم رجل "
            "وزوجته وأطفالهما الثلاثة , جراء قنابل ألقتها طائرتان روسيتان على الأرجح على مدينة الميادين \" التي يسيطر "
            "عليها تنظيم \" داعش \" .")


def test_campaign_onset_on_an_undated_page_is_no_date() -> None:
    strikes = actual_events_of(analyse_text(CAMPAIGN), "Explosions/Remote violence")
    assert strikes
    assert {(e.date_start, e.date_end) for e in strikes} == {("unknown", "unknown")}

