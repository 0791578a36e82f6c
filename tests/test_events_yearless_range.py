"""A day range written without a year ("بين 14 - 16 نيسان / أبريل") on an undated page keeps its last
day when the page's dating gives it a year (``page_dates.yearless_end``): a monthly bulletin's range
(``titled_month_days``) and a narrative's range after a full date (``narrative_days``) are that span,
not its first day. Breadth R-480#6 (judged: "the text gives 14-16 April and the row pins 14").
Hand-written fixtures in the corpus's pre-tokenised style, each with its single-day twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}

TITLE = "اليمن في الأمم المتحدة - نشرة أبريل 2017 - مركز صنعاء للدراسات "
HEAD = TITLE + TITLE + "ملخص الشهر تركزت النقاشات حول الوضع الإنساني .\n"
RANGE = "وبين 14 - 16 نيسان / أبريل قصفت قوات النظام بلدة برات بقذائف الهاون وقتل طفلان .\n"
DAY = "وفي 14 نيسان / أبريل قصفت قوات النظام بلدة برات بقذائف الهاون وقتل طفلان .\n"
NARRATIVE = "في 10 نيسان / أبريل 2017 عقد مجلس الأمن جلسة حول الوضع الإنساني في البلاد .\n"


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", None, syrian=True)


def test_a_bulletins_yearless_range_keeps_its_last_day() -> None:
    assert actual_dates_at(_run(HEAD + RANGE), "barat") == {("2017-04-14", "2017-04-16")}


def test_a_bulletins_yearless_day_stays_one_day() -> None:
    assert actual_dates_at(_run(HEAD + DAY), "barat") == {("2017-04-14", "2017-04-14")}


def test_a_narratives_yearless_range_keeps_its_last_day() -> None:
    assert actual_dates_at(_run(NARRATIVE + RANGE), "barat") == {("2017-04-14", "2017-04-16")}
    assert actual_dates_at(_run(NARRATIVE + DAY), "barat") == {("2017-04-14", "2017-04-14")}


def test_a_long_yearless_range_keeps_its_first_day_only() -> None:
    # "من 18 آذار / مارس إلى 9 أيلول / سبتمبر": a report's months, often of another year than the page's days
    import datetime as dt
    from types import SimpleNamespace

    from rasd.extract.page_dates import yearless_end

    start = dt.date(2012, 3, 18)
    months = SimpleNamespace(date_start="2000-03-18", date_end="2000-09-09")
    days = SimpleNamespace(date_start="2000-04-14", date_end="2000-04-16")
    assert yearless_end(months, start) == "2012-03-18"
    assert yearless_end(days, dt.date(2017, 4, 14)) == "2017-04-16"
