"""A site bar's day printed in both calendars ("الأحد 21 كانون الثاني 2018 - 5 جمادى الأولى 1439") over an
article printed long before: the day the page was viewed, which dates nothing the article tells, as a bar
day in one calendar already did (``page_dates.drop_later_stamps``). Hand-written heads with hand-made
mentions."""

from __future__ import annotations

import datetime as dt

from analysed import events_over

from rasd.extract import page_dates
from rasd.records import Analysis, Entity

ENT: dict[str, tuple[str, str, str | None, float | None, float | None, str | None, list[str]]] = {
    "aleppo": ("PLACE", "حلب", "town", 36.20, 37.16, "SY", ["حلب"]),
}

STAMP = "تم نشره في السبت 24 أيلول / سبتمبر 2016"
# the viewing bar (a city, a clock, the day in both calendars), the title, then the article's own stamp
BAR = "عمان 11 10 : 26 الأحد 21 كانون الثاني 2018 - 5 جمادى الأولى 1439 "
BODY = ("مقتل العشرات بغارات جديدة على حلب " + STAMP + " . حلب - قتل 25 مدنيا على الاقل السبت في أحياء حلب "
        "الشرقية جراء غارات جوية لليوم الخامس على التوالي .\n")
# the same bar printing the article's own day in both calendars: a stamp, not a later day
SAME_DAY = "عمان 11 10 : 26 السبت 24 أيلول 2016 - 22 ذو الحجة 1437 " + BODY


def _run(text: str) -> Analysis:
    entities = {eid: Entity(eid, t, name, name, lat=lat, lon=lon, level=level, country=country)
                for eid, (t, name, level, lat, lon, country, _s) in ENT.items()}
    return events_over(text, entities, ((s, eid) for eid, v in ENT.items() for s in v[6]),
                       published="2016-09-24", published_evidence="السبت 24 أيلول / سبتمبر 2016",
                       doc_id="docdualbar", towns_only=True)


def test_the_bars_two_calendar_day_after_the_page_is_dropped() -> None:
    ref = dt.date(2016, 9, 24)
    dates = page_dates.drop_later_stamps(page_dates.find_page_dates(BAR + BODY, ref, []), ref)
    assert not [d.surface for d in dates if d.date_start.startswith("2018")]
    assert "2016-09-24" in {d.date_start for d in dates}


def test_the_bars_day_of_the_page_itself_stays() -> None:
    ref = dt.date(2016, 9, 24)
    found = page_dates.find_page_dates(SAME_DAY, ref, [])
    assert len(page_dates.drop_later_stamps(found, ref)) == len(found)


def test_the_air_strikes_take_the_articles_saturday_not_the_bars_day() -> None:
    strikes = [e for e in _run(BAR + BODY).events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.date_start >= "2016-09-17" and e.date_end == "2016-09-24" for e in strikes)
