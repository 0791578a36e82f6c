"""A feed item whose headline opens with a count, run on after the place that ended the item before
("... شمال حلب 13 مواطنا سوريا اعتقلوا ...", "... شمال سوريا اكثر من 30 الف روماني يتظاهرون ...") or with an
arrest noun ("... في الهند توقيف 3 اشقاء ..."): the item starts there and does not take the place before it
(rasd.extract.feed_items._count_after_place, feed_item_stamps.yaml dash_heads)."""

from __future__ import annotations

from test_feed_items import ITEMS

from rasd.extract.feed_items import feed_item_starts
from rasd.pipeline import analyse
from rasd.records import Document, Published

FEED = "".join(ITEMS) + " . "


def _starts_and_places(tail: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    text = FEED + tail
    a = analyse(Document(id="feed", source="feed", text=text, published=Published("2017-08-09", "day", None, None)))
    names = {k: e.name_ar for k, e in a.entities.items()}
    starts = feed_item_starts(text, sorted(a.mentions, key=lambda m: m.start))
    heads = [text[s:].split()[0] for s in starts if s >= len(FEED)]
    places = [(e.event_type, names.get(e.location or "")) for e in a.events if e.evidence.end > len(FEED)]
    return heads, places


def test_a_count_with_its_plural_verb_opens_an_item() -> None:
    heads, places = _starts_and_places("قصفت قوات سوريا الديمقراطية بلدة في الريف بالمدفعية الثقيلة شمال حلب "
                                       "20 شابا سوريا اعتقلوا على الحدود")
    assert heads == ["20"]
    # the arrests do not take Aleppo, the shelling item's place
    assert ("Strategic developments", "حلب") not in places


def test_a_hedged_count_opens_an_item() -> None:
    heads, _places = _starts_and_places("الجيش يعلن مقتل 10 مسلحين في العملية العسكرية في منطقة عفرين "
                                        "اكثر من 40 الف عامل يتظاهرون ضد الفساد")
    assert heads == ["اكثر"]


def test_an_arrest_noun_opens_an_item() -> None:
    heads, _places = _starts_and_places("17 قتيلا على الاقل في حريق بمصنع للبلاستيك في مدينة حمص "
                                        "توقيف 4 اشخاص بجرم السرقة")
    assert heads == ["توقيف"]


def test_a_count_of_the_verb_before_the_place_is_no_item() -> None:
    heads, places = _starts_and_places("وقتل في مدينة حلب 13 مدنيا كانوا في السوق")
    assert heads == []
    assert places and all(p == "حلب" for _t, p in places)
    # nor a count with no plural verb of its own after it
    heads, _places = _starts_and_places("سقطت قذائف على احياء في شمال حلب 13 منها على السوق")
    assert heads == []


def test_a_state_with_its_imperfect_verb_opens_an_item() -> None:
    heads, places = _starts_and_places("سقوط 50 قتيلا بنيران داعش بين النازحين في الحسكة تركيا تقيم نقاط مراقبة "
                                       "في ادلب")
    assert heads == ["تركيا"]
    # the observation points are set up in Idlib, not in the Hasakah of the item before
    assert ("Strategic developments", "إدلب") in places and ("Strategic developments", "الحسكة") not in places


def test_a_place_and_its_country_or_a_verb_before_the_place_is_no_item() -> None:
    heads, _places = _starts_and_places("قتل ثلاثة مدنيين في قصف على مدينة عفرين سوريا اليوم")
    assert heads == []
    heads, _places = _starts_and_places("وقصفت حلب روسيا تقصف")
    assert heads == []


def test_a_past_verb_after_a_place_and_its_country_is_no_item() -> None:
    # "منبج سوريا" is the place and its country; "تلقت" the verb of the subject before them
    heads, _places = _starts_and_places("البنتاغون - قوات التحالف التي تقوم بدوريات شمال غرب منبج سوريا تلقت نيران "
                                        "بالأسلحة الصغيرة")
    assert heads == []
