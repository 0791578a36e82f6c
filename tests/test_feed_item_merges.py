"""Merges on a feed page keep items apart (rasd.extract.events.merge._undated_items in _merge_same_day,
_other_item_date in _absorb / _inherit_dates): two undated captures told in two items are two
happenings, and an item's event takes no day (nor month) whose evidence lies in another item
(unifiedfc V-688 #4, R-165 #1, R-169 #4 style). Short ticker lines behind tests/test_feed_headings.py's FEED."""

from __future__ import annotations

from analysed import analyse_text
from test_feed_headings import FEED

from rasd.records import Event

HAMA = "gn:170017"
LATAMNEH = "rasd:latamneh"


def _events(items: str) -> list[Event]:
    a = analyse_text(FEED + items, "2017-12-12", doc_id="feed", stages=None)
    return [e for e in a.events if e.evidence.start >= len(FEED)]


def test_two_undated_captures_of_two_items_stay_apart() -> None:
    # the army takes Tal al-Aswad, the rebels take al-Qahira: both at Hama, both undated
    evs = _events("\nسوريا استولى الجيش السوري على تل الأسود وكتيبة الدفاع الجوي المهجورة في شمال حماة ."
                  "\nشمال حماة : سيطرت فصائل المعارضة على قرية القاهرة .")
    subs = sorted(e.sub_event_type for e in evs if e.location == HAMA)
    assert subs == ["Government regains territory", "Non-state actor overtakes territory"]
    assert all((e.date_start, e.date_end) == ("2017-12-06", "2017-12-12") for e in evs)


def test_an_undated_item_takes_no_month_from_another_item() -> None:
    # the shelling item's "أمس" does not anchor the later clash item at the same town: the page's week
    evs = _events("\nاللطامنة : قصفت قوات النظام البلدة بالمدفعية أمس ."
                  "\nحلب : اشتباكات بين فصائل المعارضة وتنظيم داعش ."
                  "\nاللطامنة : اشتبكت قوات النظام مع فصائل المعارضة في البلدة .")
    at = {e.sub_event_type: e for e in evs if e.location == LATAMNEH}
    shelling, clash = at["Shelling/artillery/missile attack"], at["Armed clash"]
    assert (shelling.date_start, shelling.date_end) == ("2017-12-11", "2017-12-11")
    assert (clash.date_start, clash.date_end) == ("2017-12-06", "2017-12-12")
