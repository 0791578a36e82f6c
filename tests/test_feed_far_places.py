"""On a feed page a sentence may run several items together where no cut was seen; a place (or a day) more than
``FEED_PLACE_DISTANCE`` tokens from a trigger is another item's, so an item naming no place of its own gets
none (and no event), not its neighbour's town (rasd.extract.events.places._find_place), and an item with no
day of its own takes the feed's window, not a far neighbour's "أمس" (dates._find_date). Excerpts of the
allowed Liveuamap pages unifiedfc R-487 #9 (11.07.2017) and R-632 #1 (22.09.2017), behind the glued ticker items of
tests/test_feed_headings.py."""

from __future__ import annotations

from analysed import analyse_text
from test_feed_headings import FEED

# R-487 #9: the army's capture of heights in the eastern Qalamoun badia (no known place), glued ("سيزقصف")
# to the next item, Turkish shelling of Tal Rifaat 33 words later
HEIGHTS = ("استولى الجيش السوري على ارتفاعات بين تل دكوة - تل راغيلة - تل ريشا واستولت على سد ريشا وتلة وجبل "
           "مخول وبير مخول وجبل سيزقصف مدفعي تركي تستهدف أهداف وحدات حماية الشعب في بلدتي تل رفعت والشيخ عيسى .")
# R-632 #1 (22.09.2017): an item whose own town is inside reach
SHELLING = "قصف مدفعي للنظام على الرستن والطيبة الغربية شمال حمص ."


def _names(item: str) -> list[tuple[str, str]]:
    a = analyse_text(FEED + item, "2017-07-11", doc_id="feed", stages=None)
    return [(e.event_type, a.entities[e.location].name_ar) for e in a.events
            if e.field_evidence["trigger"][0] >= len(FEED) and e.modality == "actual" and e.location in a.entities]


def test_an_item_without_a_place_takes_none_from_the_item_after_it() -> None:
    names = _names(HEIGHTS)
    # the capture of the heights is not placed at Tal Rifaat (the shelling item's town, 33 words on)
    assert not [t for t, place in names if place == "تل رفعت" and t != "Explosions/Remote violence"]


def test_an_item_keeps_its_own_place_in_reach() -> None:
    # twin: an item on the same feed keeps its own town
    assert {place for _t, place in _names(SHELLING)} & {"الرستن", "الطيبة الغربية", "حمص"}


# R-487 #9: the shelling that killed Robert Grodt in Raqqa, run on (no cut) into the FSA item whose "أمس"
# stands 35 tokens after the trigger
GRODT = ("قتل المقاتل الأمريكي روبرت غرودت التابع لقوات سوريا الديمقراطية في قصف داعش في الرقة من قبل وحدات حماىة "
         "الشعب الجيش السوري الحر يزعم إنه استعاد جميع النقاط التي اتخذت في هجوم مفاجئ شنته القوات الموالية للأسد "
         "في محافظة السويدا الشرقية أمس .")
# twin: the day told inside the trigger's own item
GRODT_DAY = "قتل المقاتل الأمريكي روبرت غرودت التابع لقوات سوريا الديمقراطية أمس في قصف داعش في الرقة ."


def _dates(item: str) -> list[tuple[str, str]]:
    a = analyse_text(FEED + item, "2017-07-11", doc_id="feed", stages=None)
    return [(e.date_start, e.date_end) for e in a.events
            if e.field_evidence["trigger"][0] >= len(FEED) and e.modality == "actual"
            and a.entities.get(e.location or "") is not None and a.entities[e.location].name_ar == "رقه"]


def test_an_item_takes_no_day_from_an_item_far_after_it() -> None:
    # the Raqqa shelling takes the feed's window, not the FSA item's "أمس" (10 Jul)
    dates = _dates(GRODT)
    assert dates and ("2017-07-10", "2017-07-10") not in dates


def test_an_item_keeps_its_own_day() -> None:
    assert ("2017-07-10", "2017-07-10") in _dates(GRODT_DAY)
