"""A feed item that names no place the gazetteer knows is not another item's happening (unifiedfc Liveuamap
pages R-169 #5, V-688 #4, R-117 #5): on a feed page the merges no longer join an item without a place of its
own to a happening of another item (an item boundary between them), so the item does not take that item's
place, and the placed item keeps its own evidence. Two items telling one place may still merge."""

from __future__ import annotations

from test_feed_items import ITEMS

from rasd.pipeline import analyse
from rasd.records import Document, Event, Published

# Ten short ticker items glued as on a feed page (tests/test_feed_items.py): the page is a feed; ITEMS[5] is a
# car bomb in Raqqa.
FEED = "".join(ITEMS) + " . "
RAQQA = FEED.index(ITEMS[5])
# a car bomb in a town the gazetteer does not know, told items after the Raqqa one
UNKNOWN_TOWN = "اعلن مسؤولون محليون مقتل 15 شخصا في انفجار سيارة مفخخة في بلدة كرمشاهيك ."
# the same car bomb told again in a later item, at the same town as the first telling
RETOLD = "ارتفاع حصيلة انفجار السيارة المفخخة في مدينة الرقة إلى 5 قتلى ."


def _analyse(text: str) -> tuple[list[Event], dict[str, str]]:
    a = analyse(Document(id="feed", source="feed", text=text,
                         published=Published("2017-06-22", "day", None, None)))
    return a.events, {k: e.name_ar for k, e in a.entities.items()}


def _at_raqqa(events: list[Event], names: dict[str, str]) -> list[Event]:
    """The explosions placed where ITEMS[5]'s car bomb is (the gazetteer writes Raqqa "رقه")."""
    here = {e.location for e in events if e.evidence.start == RAQQA and e.location}
    return [e for e in events if e.event_type == "Explosions/Remote violence" and e.location in here]


def test_an_unplaced_item_does_not_join_another_items_happening() -> None:
    text = FEED + UNKNOWN_TOWN
    events, _names = _analyse(text)
    start = len(FEED)
    # (before: the car bomb of the unknown town joined the Russian air strike of the item before, "ريف حماة")
    earlier = [e for e in events if e.evidence.start < start]
    assert len(earlier) >= 8
    for e in earlier:
        told = [v[0] for k, v in e.field_evidence.items() if k.startswith("trigger")]
        assert told and all(p < start for p in told), e.field_evidence


def test_two_items_at_one_place_still_merge() -> None:
    text = FEED + RETOLD
    events, names = _analyse(text)
    raqqa = _at_raqqa(events, names)
    assert len(raqqa) == 1


# an item whose hills the gazetteer does not know, then an untranslated item and an item naming Douma, all in
# one sentence (V-688 #4: "عنصران لداعش قتلا في حملة في تلال حمرينTASS : Duma committee ..." was put at Douma)
HILLS = ("عنصران لداعش قتلا في حملة للجيش العراقي في تلال كرمشاهيك"
         "TASS reports blocking "
         "وصول قافلة مساعدات إنسانية إلى مدينة دوما")


def test_an_item_without_a_place_takes_none_from_the_next_item() -> None:
    text = FEED + HILLS
    events, names = _analyse(text)
    start = len(FEED)
    # the campaign is not put at Douma, the place of the item after the English one
    assert not [e for e in events if any(v[0] >= start for k, v in e.field_evidence.items() if k.startswith("trigger"))
                and "دوما" in names.get(e.location or "", "")]
