"""Session 23 (weekday): a day the text names dates the event, not the page's week / period.

An undated digest whose URL (or title) names the week it covers dates its undated items by that week
(``page_dates.url_period``, ``dates._period_dates``). With no page date, a weekday the item tells
("يوم الأحد") stays unresolved and the item took the whole week, though the week holds that weekday
once: the text names the day (``dates._weekday_in_period``). A period holding the weekday twice, or a
weekday of another clause, names no day. A quotation that goes on with a source's account dated just
before it ("أفاد المرصد أن ... صباح أمس ... وأكد أن \" الطائرات استهدفت ... \"") takes the account's day
instead of the page's week (``dates._reported_then_quoted``); the day the source spoke does not date
it. Hand-written fixtures in the corpus's pre-tokenised style."""

from __future__ import annotations

from urllib.parse import quote

from analysed import actual_dates_at, actual_events_of, analyse_text
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}

# 11-17 March 2014: one Sunday (16 March)
WEEK_URL = "http://www.digest-example.org/" + quote("الأحداث-التفصيلية-على-الشارع-السوري-من-11-3-إلى-17-3-2014") + "_ad-id!59681.ks"
# 9-17 March 2014: two Sundays (9 and 16 March)
NINE_DAYS_URL = WEEK_URL.replace(quote("من-11-3"), quote("من-9-3"))
ITEM = ("# برات | قصفت قوات النظام البلدة بقذائف الهاون يوم الأحد واستشهد طفلان .\n"
        "# حلب | ارتفاع أسعار الخبز في الأحياء الشرقية .")


def _run(text: str, url: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", url, syrian=True)


def test_a_weekday_the_period_holds_once_dates_the_item() -> None:
    assert actual_dates_at(_run(ITEM, WEEK_URL), "barat") == {("2014-03-16", "2014-03-16")}


def test_a_period_holding_the_weekday_twice_keeps_the_period() -> None:
    assert actual_dates_at(_run(ITEM, NINE_DAYS_URL), "barat") == {("2014-03-09", "2014-03-17")}


def test_an_item_without_a_weekday_keeps_the_period() -> None:
    text = ITEM.replace(" يوم الأحد", "")
    assert actual_dates_at(_run(text, WEEK_URL), "barat") == {("2014-03-11", "2014-03-17")}


# A quotation that goes on with a source's dated account: the account's "صباح أمس" dates the quote's strike
ACCOUNT = ("وأفاد المرصد السوري لحقوق الإنسان , أن اشتباكات عنيفة دارت صباح أمس في ريف حماة الشمالي , وأكد أن "
           "\" الطائرات الحربية استهدفت بلدة خان طومان وقرية الحاضر \" .")


def _strike_dates(text: str) -> set[tuple[str, str]]:
    a = analyse_text(text, "2017-12-19")
    return {(e.date_start, e.date_end) for e in actual_events_of(a) if e.trigger.startswith("الطائرات")}


def test_a_quote_going_on_with_the_sources_dated_account_takes_its_day() -> None:
    assert _strike_dates(ACCOUNT) == {("2017-12-18", "2017-12-18")}


def test_the_day_of_the_frame_does_not_date_the_quote() -> None:
    # twin: "بدمشق اليوم ( الجمعة ) إن "": the day the source spoke, not of what its words tell
    text = ("وقال المصدر لوكالة أنباء شينخوا بدمشق اليوم ( الثلاثاء ) إن \" الطائرات الحربية استهدفت بلدة خان "
            "طومان وقرية الحاضر \" .")
    # (the page, one day's news, dates it that day: events.dates.one_day_news; not the frame's "اليوم")
    a = analyse_text(text, "2017-12-19")
    strikes = [e for e in actual_events_of(a) if e.trigger.startswith("الطائرات")]
    assert strikes and all("date" not in e.field_evidence for e in strikes)
