"""A feed item that starts inside a sentence (rasd.extract.feed_items.feed_item_starts) is a report of its own:
a modality cue of the item before it (an analyst's opinion "ويرى ... أن", a plan) does not reach its trigger.
Short items glued as on a feed page (tests/test_feed_items.py), in the pattern of a Liveuamap-like ticker
(unifiedfc R-376 #8: "... ترى أن ... مقتل 17 ... في غارات التحالف ...")."""

from __future__ import annotations

from test_feed_items import ITEMS

from rasd.pipeline import analyse
from rasd.records import Document, Event

FEED = "".join(ITEMS) + " . "

# an opinion item, then the item "شمال حماة :" with its strikes, run on in one sentence
AFTER_OPINION = ("ويرى محللون أن التصعيد سيستمر في مدينة حمص شمال حماة : غارات جوية روسية مكثفة الليلة "
                 "الماضية على مواقع المعارضة .")
# twin: the strikes inside the opinion itself (no item starts): still no event
IN_OPINION = "ويرى محللون أن غارات جوية روسية مكثفة ستستهدف مواقع المعارضة في حماة ."


def _tail_events(text: str) -> list[Event]:
    return [e for e in analyse(Document(id="feed", source="feed", text=FEED + text)).events
            if e.evidence.start >= len(FEED)]


def test_a_cue_of_the_item_before_does_not_reach_the_next_item() -> None:
    strikes = [e for e in _tail_events(AFTER_OPINION) if e.sub_event_type == "Air/drone strike"]
    assert strikes
    assert {e.location for e in strikes} == {"gn:170017"}       # حماة, the item's heading
    assert {e.modality for e in strikes} == {"actual"}


def test_a_cue_still_governs_its_own_item() -> None:
    assert not [e for e in _tail_events(IN_OPINION) if e.sub_event_type == "Air/drone strike"]
