"""Session 40 (feeds): a day archive's "اليوم" and "أمس" count from the day the item was posted.

A day's archive (a URL whose path ends with the day it files, "/ar/time/26.12.2017") lists the latest items posted
up to that day's end, the day before's among them, and prints no item's day. An item's "اليوم" is the day it was
posted, any day of the archive's span (the day or the day before); its "أمس" the day before that. The URL's day
alone would put an item of the day before on the wrong day. A relative day with its weekday ("أمس الأحد") names its
day and keeps it; under a story's URL (a slug after the day) "اليوم" is the page's day. Hand-written fixtures in the
corpus's pre-tokenised style, each with its negative twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
    "tell": ("تل حمام", "Tell Hamam", 36.300, 37.300, "village", "Aleppo"),
}

ARCHIVE = "https://mideast.example-map.com/ar/time/26.12.2017"
STORY = "https://www.example-news.com/ar/2017/12/26/%D9%82%D8%B5%D9%81-%D8%A8%D8%B1%D8%A7%D8%AA"
OTHER = "اشتباكات عنيفة يوم السبت 23 كانون الأول بين الفصائل وقوات النظام في قرية تل حمام .\n"


def _run(text: str, url: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", url, syrian=True)


def test_an_archive_item_s_today_is_any_day_of_the_archive() -> None:
    text = "قصف مدفعي اليوم من قبل قوات النظام على بلدة برات في ريف حلب الشرقي .\n" + OTHER
    assert actual_dates_at(_run(text, ARCHIVE), "barat") == {("2017-12-25", "2017-12-26")}


def test_an_archive_item_s_yesterday_is_the_day_before_any_of_them() -> None:
    text = "قصف مدفعي ليلة أمس من قبل قوات النظام على بلدة برات في ريف حلب الشرقي .\n" + OTHER
    assert actual_dates_at(_run(text, ARCHIVE), "barat") == {("2017-12-24", "2017-12-25")}


def test_a_yesterday_with_its_weekday_keeps_its_day() -> None:
    text = "قصف مدفعي أمس الاثنين من قبل قوات النظام على بلدة برات في ريف حلب الشرقي .\n" + OTHER
    assert actual_dates_at(_run(text, ARCHIVE), "barat") == {("2017-12-25", "2017-12-25")}


def test_under_a_story_url_today_is_the_page_s_day() -> None:
    text = "قصف مدفعي اليوم من قبل قوات النظام على بلدة برات في ريف حلب الشرقي .\n" + OTHER
    assert actual_dates_at(_run(text, STORY), "barat") == {("2017-12-26", "2017-12-26")}


def test_a_year_less_day_of_a_month_keeps_its_day() -> None:
    # "26 كانون الأول" carries no year and so counts from the page ("relative") but names its day all the same
    text = "قصف مدفعي يوم 25 كانون الأول من قبل قوات النظام على بلدة برات في ريف حلب الشرقي .\n" + OTHER
    assert actual_dates_at(_run(text, ARCHIVE), "barat") == {("2017-12-25", "2017-12-25")}
