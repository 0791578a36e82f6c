"""Session 22 (anchor6): a page whose head prints its URL's own day is that day's page.

``page_dates.url_reference`` refuses an undated page's URL day when the text prints a full date more
than two days later (an encyclopedia timeline updated after it was filed, a head showing the day it
was viewed). A weekly's issue page filed under "/arch_2016/jan-3/" that prints "January 3 , 2016" at
its head, and further on announces a meeting "يوم 10 كانون الثاني 2016", was left with no date at all:
its items lost the week they were reported in. A date at the head equal to the URL's day confirms it.
Hand-written fixtures in the corpus's pre-tokenised style, each with its negative twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.records import Analysis
from rasd.text.dates import find_dates

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}

URL = "http://www.weekly-example.com/arch_2016/jan-3/ar4.php"
HEAD = "مجلة الأسبوع | مجلة الأسبوع {day} مجلة عربية سياسية أسبوعية . "
BODY = ("أعلن الجيش الأحد عن مقتل مسلحين في قصف مدفعي على بلدة برات في ريف حلب الشرقي .\n"
        "وقال المتحدث إن الاجتماع المقبل سيعقد يوم 10 كانون الثاني 2016 في العاصمة .")


def _run(text: str, url: str = URL) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", url, syrian=True)


def test_head_date_equal_to_the_url_day_confirms_it_against_a_later_date() -> None:
    text = HEAD.format(day="January 3 , 2016") + BODY
    assert page_dates.url_reference(URL, find_dates(text, None)) is not None
    dates = actual_dates_at(_run(text), "barat")
    assert dates and all(s <= "2016-01-03" <= e for s, e in dates)


def test_without_the_head_date_a_later_date_still_refuses_the_url_day() -> None:
    text = HEAD.format(day="") + BODY
    assert page_dates.url_reference(URL, find_dates(text, None)) is None


def test_a_head_date_of_another_day_confirms_nothing() -> None:
    text = HEAD.format(day="January 1 , 2016") + BODY
    assert page_dates.url_reference(URL, find_dates(text, None)) is None
