"""Session 20 (undated4): "سابق" read as another time although it says "former" or "mentioned before".
A clause with "سابق" (سابقة, سابقا) took no date from the page, nor from its neighbours: "تعرضت له المناطق
السابقة" (the areas just named), "القرى سابقة الذكر", "القيادي السابق" (a former commander) were read like
"في فترات سابقة" (``triggers._earlier_not_time``). A clause told "في وقت سابق" in a dated report is earlier
within the report's days: it takes the report's week (``dates._earlier_in_report``), the pluperfect too
("وكانت ... قد ... في وقت سابق": told before the news, but lately; session 33), unless another background cue
tells it ("وسبق أن ... في وقت سابق"). Hand-written sentences in the corpus's pre-tokenised style, each rule
with its negative twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
    "al-rai": ("الراعي", "al-Rai", 36.540, 37.530, "town", "Aleppo"),
}
DAY = "2017-12-06"
WEEK = ("2017-12-06", "2017-12-06")  # a page of one day's news: its day (events.dates.one_day_news)


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), DAY, None, syrian=True)


def test_places_mentioned_before_are_no_other_time() -> None:
    a = _run("قصفت الطائرات الحربية بلدة برات والقرى سابقة الذكر بالصواريخ .")
    assert actual_dates_at(a, "barat") == {WEEK}


def test_the_areas_named_before_are_no_other_time() -> None:
    a = _run("تعرضت بلدة برات والمناطق السابقة لقصف مدفعي عنيف .")
    assert actual_dates_at(a, "barat") == {WEEK}


def test_a_former_commander_is_no_other_time() -> None:
    a = _run("قصفت الطائرات الحربية منزل القيادي السابق في الجيش الحر في بلدة برات .")
    assert actual_dates_at(a, "barat") == {WEEK}


def test_earlier_attacks_are_another_time() -> None:
    # twin: "سابقة" of a happening tells another time: the page's week does not date it
    a = _run("قصفت الطائرات الحربية بلدة برات في غارات سابقة .")
    assert WEEK not in actual_dates_at(a, "barat")


def test_earlier_in_a_report_takes_the_reports_day() -> None:
    a = _run("وقال البيان إن قوات موالية للنظام هاجمت في وقت سابق بلدة الراعي .")
    assert actual_dates_at(a, "al-rai") == {WEEK}


def test_earlier_opening_the_clause_takes_the_reports_day() -> None:
    a = _run("وفي وقت سابق قصفت الطائرات الحربية بلدة الراعي بالصواريخ .")
    assert actual_dates_at(a, "al-rai") == {WEEK}


def test_earlier_in_a_pluperfect_takes_the_reports_day() -> None:
    # "وكانت ... قد ... في وقت سابق": told before the news, lately: the report's days (it was left undated)
    a = _run("وكانت قوات موالية للنظام قد هاجمت في وقت سابق بلدة الراعي .")
    assert actual_dates_at(a, "al-rai") == {WEEK}
    a = _run("وكانت قوات النظام قد تمكنت من استعادة السيطرة في وقت سابق على بلدة الراعي بعد معارك مع التنظيم .")
    assert actual_dates_at(a, "al-rai") == {WEEK}


def test_a_pluperfect_aside_without_earlier_takes_no_week() -> None:
    # twins: the pluperfect alone is the page's aside; "سبق أن" tells the page's past, "في وقت سابق" or not
    a = _run("وكانت قوات موالية للنظام قد هاجمت بلدة الراعي .")
    assert WEEK not in actual_dates_at(a, "al-rai")
    a = _run("وسبق أن هاجمت قوات موالية للنظام في وقت سابق بلدة الراعي .")
    assert WEEK not in actual_dates_at(a, "al-rai")
