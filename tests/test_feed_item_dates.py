"""A feed item's event takes its date from its own item (rasd.extract.events.dates._find_date with the page's
items, _item_opens_inside): items run together in one sentence ("... في مدينة حمص شمال حماة : غارات ...")
or after a dated sentence on the same line must not take another item's day (unifiedfc R-264 #7, R-73 #2,
V-688 #4 style). Short excerpts behind the glued ticker items of tests/test_feed_items.py."""

from __future__ import annotations

from analysed import analyse_text
from test_feed_headings import FEED

from rasd.records import Event

HAMA = "gn:170017"
HOMS = "gn:169577"


def _events(item: str) -> list[Event]:
    a = analyse_text(FEED + item, "2017-12-12", doc_id="feed", stages=None)
    return [e for e in a.events if e.evidence.start >= len(FEED)]


def _one(evs: list[Event], place: str) -> Event:
    found = [e for e in evs if e.location == place]
    assert len(found) == 1, [(e.sub_event_type, e.location, e.date_start) for e in evs]
    return found[0]


def test_a_heading_item_takes_no_day_of_the_item_before() -> None:
    # "أمس" dates the car bomb in Homs; the "شمال حماة :" item's strikes have no day: the page's week
    evs = _events("مقتل ثلاثة عناصر من الشرطة أمس بانفجار سيارة مفخخة قرب حاجز في مدينة حمص شمال حماة : "
                  "غارات جوية روسية مكثفة على مواقع المعارضة .")
    assert (_one(evs, HOMS).date_start, _one(evs, HOMS).date_end) == ("2017-12-11", "2017-12-11")
    strike = _one(evs, HAMA)
    assert (strike.date_start, strike.date_end) == ("2017-12-06", "2017-12-12")


def test_an_item_day_dates_its_own_item_only() -> None:
    # twin: "أمس" now stands in the Hama item; the Homs car bomb before the heading does not take it
    evs = _events("مقتل ثلاثة عناصر من الشرطة بانفجار سيارة مفخخة قرب حاجز في مدينة حمص شمال حماة : "
                  "غارات جوية روسية مكثفة أمس على مواقع المعارضة .")
    assert _one(evs, HAMA).date_start == "2017-12-11"
    assert (_one(evs, HOMS).date_start, _one(evs, HOMS).date_end) == ("2017-12-06", "2017-12-12")


def test_a_heading_item_borrows_no_day_from_the_sentence_before() -> None:
    # the sentence before on the line ("قصف ... حلب أمس .") is another item: the Hama strikes keep the week
    evs = _events("قصف مدفعي على مدينة حلب أمس . مقتل ثلاثة عناصر من الشرطة بانفجار سيارة مفخخة قرب حاجز في "
                  "مدينة حمص شمال حماة : غارات جوية روسية مكثفة على مواقع المعارضة .")
    strike = _one(evs, HAMA)
    assert (strike.date_start, strike.date_end) == ("2017-12-06", "2017-12-12")
