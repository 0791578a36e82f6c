"""Session 22 (anchor6): a digest's URL that names the period it covers dates its undated items.

An undated digest whose title names its period ("الأحداث التفصيلية على الشارع السوري من 11 - 12 - 2014 إلى
2 - 1 - 2015", printed twice) already dates its undated items by that period (``titled_period``). The
same digests often lose their title block in the scrape, or print it once, while their URL keeps it
("...-من-9-3-إلى-17-3-2014_ad-id!59681.ks"); a weekly's URL may give its days and month without a
year ("نظرة-على-الجهاد-العالمي-27-19-أيلول-سبتمبر/"), the year then being that of the text's own dates
in those days. ``page_dates.url_period`` reads both. Hand-written fixtures in the corpus's
pre-tokenised style, each rule with its negative twin."""

from __future__ import annotations

from urllib.parse import quote

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.records import Analysis
from rasd.text.dates import find_dates

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}

DIGEST_URL = "http://www.digest-example.org/" + quote("الأحداث-التفصيلية-على-الشارع-السوري-من-9-3-إلى-17-3-2014") + "_ad-id!59681.ks"
WEEKLY_URL = "http://www.weekly-example.org/ar/" + quote("نظرة-على-الجهاد-العالمي-27-19-أيلول-سبتمبر") + "/"
DIGEST = ("# برات | قصفت قوات النظام البلدة بقذائف الهاون واستشهد طفلان .\n"
          "# حلب | ارتفاع أسعار الخبز في الأحياء الشرقية .")


def _run(text: str, url: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", url, syrian=True)


def test_a_digest_url_names_its_period() -> None:
    p = page_dates.url_period(DIGEST_URL, [])
    assert p is not None and (p.date_start, p.date_end) == ("2014-03-09", "2014-03-17")
    # the start's month after the end's: the year before
    p = page_dates.url_period(DIGEST_URL.replace(quote("من-9-3-إلى-17-3-2014"), quote("من-22-12-إلى-6-1-2015")), [])
    assert p is not None and (p.date_start, p.date_end) == ("2014-12-22", "2015-01-06")


def test_a_news_slug_or_a_long_span_names_no_period() -> None:
    assert page_dates.url_period("http://www.x.com/" + quote("ارتفاع-عدد-قتلى-الزلزال-إلى-328"), []) is None
    assert page_dates.url_period("http://www.x.com/" + quote("الأحداث-من-9-1-إلى-17-3-2014"), []) is None


def test_a_yearless_weekly_url_takes_the_year_of_the_texts_dates_in_those_days() -> None:
    text = "رتل من المصفحات يعبر النهر ( وكالة , 24 أيلول / سبتمبر 2017 ) ."
    p = page_dates.url_period(WEEKLY_URL, find_dates(text, None))
    assert p is not None and (p.date_start, p.date_end) == ("2017-09-19", "2017-09-27")
    # no date of the text in those days: no year, no period
    other = "رتل من المصفحات يعبر النهر ( وكالة , 3 آذار / مارس 2017 ) ."
    assert page_dates.url_period(WEEKLY_URL, find_dates(other, None)) is None


def test_an_undated_digest_dates_its_items_by_its_urls_period() -> None:
    assert actual_dates_at(_run(DIGEST, DIGEST_URL), "barat") == {("2014-03-09", "2014-03-17")}


def test_the_same_digest_under_a_plain_url_stays_undated() -> None:
    dates = actual_dates_at(_run(DIGEST, "http://www.digest-example.org/news_ad-id!59681.ks"), "barat")
    assert dates == {("unknown", "unknown")}
