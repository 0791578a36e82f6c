"""Session 42 (yearless): bounds the page itself gives to the year of a day and month told with their weekday.

On an undated page, "اليوم الخميس 26 تشرين الأول" (no year) is of the one year in which that day is that weekday.
Two bounds narrow the candidates: the years a page may be of (date_words.yaml weekday_year_span) when several of
the page's written years fit, and the site's crawl-time ticker (found by the corpus pass): a page cannot tell of
a day after it was fetched. One year left: taken; none or several: unknown. Hand-written fixtures."""

from __future__ import annotations

import datetime as dt

from test_crawl_event_dates import BODIES, TICKER, TITLES, _dates, _put, _text

from rasd.corpus.run import run_corpus_pass
from rasd.extract.page_dates import crawl_ceiling
from rasd.store.sqlite import Store
from rasd.text.dates import find_dates

FETCHED = dt.date(2018, 1, 21)
THURSDAY = "تعرضت بلدة برات اليوم الخميس 26 تشرين الأول لقصف مدفعي"      # Thursday 26 October: 2017, 2023
FRIDAY = "استأنفت الفصائل عملياتها اليوم الجمعة 9 كانون الأول بهدف السيطرة"   # Friday 9 December: 2011, 2016, 2022


def _day(text: str, ceiling: dt.date | None = None) -> str | None:
    found = [d for d in find_dates(text, None, ceiling) if d.surface[:1].isdigit()
             and ("تشرين" in d.surface or "كانون" in d.surface or "ديسمبر" in d.surface)]
    assert found
    return found[0].date_start


def test_the_fetch_day_bounds_the_span() -> None:
    assert _day(THURSDAY) is None                       # 2017 and 2023 up to this year
    assert _day(THURSDAY, FETCHED) == "2017-10-26"      # fetched in January 2018: 2017 alone
    assert _day(FRIDAY, FETCHED) is None                # 2011 and 2016 both before the fetch: no guess


def test_a_day_after_the_fetch_day_is_no_candidate() -> None:
    # fetched on 1 December 2016: Friday 9 December of that year had not come; 2011 is the one left
    assert _day(FRIDAY, dt.date(2016, 12, 1)) == "2011-12-09"
    # fetched on 20 October 2017: no Thursday 26 October since 2011 had come: unknown
    assert _day(THURSDAY, dt.date(2017, 10, 20)) is None


def test_of_two_written_years_that_fit_the_one_a_page_may_be_of() -> None:
    # Monday 25 December: 2006 and 2017, both written; a page of the theatre's span is of 2017
    text = "حصلت تركيا , أمس الإثنين 25 ديسمبر / كانون الأول , على حق إدارة الجزيرة التي زارها الوفد عامي 2006 و 2017 ."
    assert _day(text) == "2017-12-25"


def test_two_written_years_within_the_span_stay_unknown() -> None:
    text = "قصف الطيران البلدة يوم الجمعة 30 كانون الأول . وكانت المدينة قد شهدت عامي 2011 و 2016 معارك"
    assert _day(text) is None


def test_crawl_ceiling_reads_the_ticker_note() -> None:
    w = [f"date «{TICKER}» at the page's head refused as an event date: ...: a crawl-time ticker"]
    assert crawl_ceiling(w) == FETCHED
    assert crawl_ceiling([f"date «{TICKER}» elsewhere"]) is None     # no ticker note: no bound
    assert crawl_ceiling([]) is None


def test_an_undated_item_takes_its_year_once_the_ticker_is_found(tmp_path) -> None:
    s = Store(tmp_path / "y.db")
    for i in range(3):
        _put(s, f"archives/{i}", _text(TITLES[i], BODIES[i]))
    item = _put(s, "archives/9", _text("قصف مدفعي على مدينة دوما",
                                       "وتعرضت مدينة دوما اليوم الخميس 26 تشرين الأول لقصف مدفعي مكثف من قبل قوات النظام ."))
    assert set(_dates(s, item)) - {"2018-01-21"} <= {"unknown"}     # before the pass: no year for the item
    run_corpus_pass(s)
    assert "2017-10-26" in _dates(s, item)
    assert "2018-01-21" not in _dates(s, item)
