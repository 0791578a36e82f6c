"""An archived article under today's site bar: the article's own date printed under the bar's clock is
the page's day for its events however old it is; only a masthead's founding date ("صدرت من لندن 21 مايو
2001") under the bar is no article date. Hand-written heads with hand-made mentions."""

from __future__ import annotations

import datetime as dt

from analysed import events_over

from rasd.extract import page_dates
from rasd.extract.events.lexicons import lexicon
from rasd.records import Analysis, Entity

ENT: dict[str, tuple[str, str, str | None, float | None, float | None, str | None, list[str]]] = {
    "aleppo": ("PLACE", "حلب", "town", 36.20, 37.16, "SY", ["حلب"]),
    "idlib": ("PLACE", "إدلب", "town", 35.93, 36.63, "SY", ["إدلب"]),
}

# a viewing bar of January 2018 (English day, then the Hijri day), then an article of two years before
BAR = "أحدث الأخبار Sunday 21st January 2018 - الأحد 04 جمادى الأولى 1439 هيئة الإذاعة والتلفزيون . "
STRIKE = "وقتل 10 مدنيين في قصف جوي روسي على أحياء مدينة حلب .\n"
OLD = BAR + "مقتل مدنيين في قصف على حلب 2016 - 02 - 28 استمرت الهدنة في ريف إدلب .\n" + STRIKE
# the same bar over a masthead's founding date: the site's birthday, not the article's day
FOUNDED = BAR + "أول صحيفة إلكترونية | صدرت من لندن 21 مايو 2001 استمرت الهدنة في ريف إدلب .\n" + STRIKE


def _stamp_date(text: str) -> dt.date | None:
    lex = lexicon()
    found = page_dates.find_page_dates(text, None, [])
    return page_dates.date_after_stamp(text, found, lex.date_cues, lex.founding_cues)


def _run(text: str) -> Analysis:
    entities = {eid: Entity(eid, t, name, name, lat=lat, lon=lon, level=level, country=country)
                for eid, (t, name, level, lat, lon, country, _s) in ENT.items()}
    return events_over(text, entities, ((s, eid) for eid, v in ENT.items() for s in v[6]),
                       doc_id="docarchived", towns_only=True)


def test_an_article_two_years_older_than_the_bar_is_the_pages_day() -> None:
    assert _stamp_date(OLD) == dt.date(2016, 2, 28)


def test_a_founding_date_under_the_bar_is_no_article_date() -> None:
    assert _stamp_date(FOUNDED) is None
    # (an English masthead: "founded 21 May 2001")
    assert _stamp_date(FOUNDED.replace("صدرت من لندن", "founded")) is None


def test_without_founding_cues_every_old_date_is_refused() -> None:
    found = page_dates.find_page_dates(OLD, None, [])
    assert page_dates.date_after_stamp(OLD, found, lexicon().date_cues) is None


def test_the_archived_articles_strike_takes_its_own_day() -> None:
    # the report's undated strike: the week up to the article's day (not unknown, not the bar's day)
    strikes = [e for e in _run(OLD).events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.date_end == "2016-02-28" and e.date_start >= "2016-02-21" for e in strikes)


def test_the_founding_date_dates_no_event() -> None:
    strikes = [e for e in _run(FOUNDED).events if e.event_type == "Explosions/Remote violence"]
    assert not [e for e in strikes if e.date_start.startswith("2001")]
