"""An undated monthly bulletin ("اليمن في الأمم المتحدة - نشرة أبريل 2017", its title block printed twice
at the page's head, as Sana'a Center's bulletins are scraped) tells its month's happenings by day and
month only ("في 23 نيسان / أبريل"): the title's month gives those days their year
(``page_dates.titled_month`` / ``titled_month_days``). Breadth R-480#6 (brsample3: "undated although
the text gives 23 April 2017"). Hand-written fixtures in the corpus's pre-tokenised style, each rule
with its negative twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.records import Analysis

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}

TITLE = "اليمن في الأمم المتحدة - نشرة أبريل 2017 - مركز صنعاء للدراسات "
HEAD = TITLE + TITLE + "ملخص الشهر تركزت النقاشات حول الوضع الإنساني .\n"
ITEM = "قصفت قوات النظام بلدة برات بقذائف الهاون في 23 نيسان / أبريل وقتل طفلان .\n"
LATER = "قصفت قوات النظام بلدة برات بقذائف الهاون في 3 حزيران / يونيو وقتل طفلان .\n"


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", None, syrian=True)


def _found(text: str) -> list:
    return page_dates.find_page_dates(text, None, [])


def test_a_bulletin_titled_twice_names_its_month() -> None:
    text = HEAD + ITEM
    assert page_dates.titled_month(text, _found(text)) == (2017, 4)


def test_a_month_printed_once_or_two_months_name_none() -> None:
    once = TITLE + "ملخص الشهر تركزت النقاشات حول الوضع الإنساني .\n" + ITEM
    assert page_dates.titled_month(once, _found(once)) is None
    two = HEAD + "مقارنة مع آذار 2016 ارتفع عدد الضحايا .\n" + ITEM
    assert page_dates.titled_month(two, _found(two)) is None


def test_the_bulletins_yearless_day_takes_the_titled_year() -> None:
    assert actual_dates_at(_run(HEAD + ITEM), "barat") == {("2017-04-23", "2017-04-23")}


def test_a_later_months_day_or_an_untitled_page_stays_undated() -> None:
    assert actual_dates_at(_run(HEAD + LATER), "barat") == {("unknown", "unknown")}
    plain = "ملخص الشهر تركزت النقاشات حول الوضع الإنساني .\n" + ITEM
    assert actual_dates_at(_run(plain), "barat") == {("unknown", "unknown")}
