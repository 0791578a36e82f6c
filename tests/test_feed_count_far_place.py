"""On a feed page, an arrest whose only arguments are a count and a place told outside its clause does not
pass the emission gate (merge._emit_ok): on glued ticker items that place is most often the item before's
("غارات ... على بلدة X" run into "قوات الأمن تلقي القبض على 44 مشتبها به بمدينة Y"). Its twin, a counted arrest
with its place in its own clause, stays (behind the glued ticker items of tests/test_feed_headings.py)."""

from __future__ import annotations

from analysed import analyse_text
from test_feed_headings import FEED


def _arrest_places(item: str) -> list[str]:
    a = analyse_text(FEED + item, "2017-09-22", doc_id="feed", stages=None)
    return [a.entities[e.location].name_ar for e in a.events
            if e.field_evidence["trigger"][0] >= len(FEED) and e.modality == "actual"
            and e.sub_event_type == "Arrests" and e.location in a.entities]


def test_a_counted_arrest_takes_no_place_from_the_item_before() -> None:
    item = ("غارات روسية على بلدة سراقب جنوب إدلب ضربات أصابت مستودعا قرب المطار : رصدقوات الامن تلقي القبض علي 44 "
            "مشتبها به بالانضمام للعناصر التكفيرية بمدينة بئر العبد خلال الايام الماضية .")
    assert "سراقب" not in _arrest_places(item)


def test_a_counted_arrest_at_its_own_place_stays() -> None:
    # (the gazetteer names the city "استنبول")
    assert _arrest_places("تم القبض على 6 مشتبه بهم من داعش في مدينة اسطنبول .") == ["استنبول"]
