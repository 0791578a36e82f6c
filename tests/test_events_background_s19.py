"""Events: a happening told only by its month or its year ("في شباط / فبراير 2017 شن التنظيم هجوما", "سيطر عليها
الأكراد عام 2014", "خلال شهر أيلول الفائت") is one the page recalls, an analysis's history or a month's tally, not
news it reports: a report tells its news against its own days ("اليوم", "أمس", a weekday, a date). Kept: a day of
its own, the page's own month or year ("خلال الشهر الجاري", "هذا العام"), a timeline entry headed by its date, and
a part of a month within the page's weeks ("منتصف آب" on a page of late August). Fixtures written for the test in
the wording of analyses and news reports, run through the pipeline on a dated and an undated page."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text


def _kinds(text: str, kind: str, published: str = "unknown") -> list[str]:
    a = analyse_text(text, published, doc_id="month-year-s19")
    return [e.sub_event_type for e in actual_events_of(a, kind)]


@pytest.mark.parametrize(("text", "published"), [
    ("وكانت قوات النظام قد خاضت معارك عنيفة مع فصائل المعارضة في مدينة حلب في شباط / فبراير 2016 .", "unknown"),
    ("وكانت فصائل المعارضة قد خاضت معارك عنيفة ضد التنظيم في مدينة بنش في عام 2014 .", "unknown"),
    ("ويقول المحلل إن قوات النظام خاضت معارك عنيفة مع فصائل المعارضة في مدينة حلب خلال شهر أيلول / سبتمبر "
     "الفائت .", "2017-10-20"),
])
def test_battles_told_by_their_month_or_year_are_background(text: str, published: str) -> None:
    assert _kinds(text, "Battles", published) == []


def test_shelling_told_by_its_month_is_background() -> None:
    text = "وقصفت قوات النظام مدينة حلب في كانون الأول / ديسمبر 2016 بحسب التقرير ."
    assert _kinds(text, "Explosions/Remote violence") == []


@pytest.mark.parametrize("text", [
    "وقال المرصد إن اشتباكات عنيفة اندلعت اليوم بين قوات النظام وفصائل المعارضة في مدينة حلب .",
    "وقال المرصد إن اشتباكات عنيفة اندلعت في 18 تشرين الأول 2017 بين قوات النظام وفصائل المعارضة في مدينة حلب .",
    "وقال المرصد إن اشتباكات عنيفة اندلعت خلال الشهر الجاري بين قوات النظام وفصائل المعارضة في مدينة حلب .",
    "وقال المرصد إن اشتباكات عنيفة اندلعت منتصف تشرين الأول بين قوات النظام وفصائل المعارضة في مدينة حلب .",
])
def test_battles_told_by_a_day_or_the_page_s_own_month_are_kept(text: str) -> None:
    assert _kinds(text, "Battles", "2017-10-20") == ["Armed clash"]


def test_a_timeline_entry_headed_by_its_month_is_kept() -> None:
    text = ("أبرز الأحداث في مدينة حلب :\n"
            "حزيران 2015 : اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة حلب .\n")
    assert _kinds(text, "Battles") == ["Armed clash"]


def test_a_month_s_toll_reported_when_it_ends_is_one_aggregate_event() -> None:
    # issue #4: an aggregate report (a month's toll for a region) is one event with the month as its range; the
    # same toll told a year later is a recall
    text = "ووثقت الشبكة السورية لحقوق الإنسان مقتل 224 مدنيا بقصف قوات النظام على مدينة حلب خلال شهر نيسان 2018 ."
    a = analyse_text(text, "2018-05-02", doc_id="month-toll-s19")
    evs = [e for e in actual_events_of(a, "Explosions/Remote violence")]
    assert [(e.date_start, e.date_end, e.fatalities) for e in evs] == [("2018-04-01", "2018-04-30", 224)]
    assert _kinds(text, "Explosions/Remote violence", "2019-05-02") == []
