"""Feed items glued with only a space whose next item opens with its actor ("... بالقرب من كفر نابل
الطائرات الحربية الروسية تطلق غارات ..."), a feed item's video caption, a placed shelling with its victims
(unifiedfc R-73 #2, R-376 #8, V-688 #4 style). Short excerpts behind the glued ticker of test_feed_headings."""

from __future__ import annotations

from test_feed_headings import DOUMA, FEED, _events, _starts

# R-73 #2: a strike near Kafr Nabl, then the next item opens with its actor
KAFRNABL = ("سوخوي 34 الروسية تسقط قنابل على بلدة بالقرب من كفر نابل الطائرات الحربية الروسية تطلق غارات جوية "
            "على جسر الشغور .")
# R-563 #4: the place is a verb's subject, the actor its object: no item start
ACCUSE = "توصل الجانبان إلى الاتفاق الذي اتهمت بغداد البيشمركة بخرقه ."
# R-376 #8: a caption of a clip
CAPTION = "- فيديو : الطيران الروسي فوق ريف حماة الشمالي ."
# V-688 #4: a civilian killed by shelling on Kafr Zita, told alone in its item
KAFRZITA = "مقتل مدني بقصف مدفعي للنظام على كفرزيتا شمال حماة ."


def test_an_actor_after_a_place_starts_an_item() -> None:
    text = FEED + KAFRNABL
    assert text.index("الطائرات الحربية الروسية") in _starts(text)


def test_an_actor_after_a_closing_adjective_starts_an_item() -> None:

    text = FEED + DOUMA
    assert text.index("القيادة المركزية") in _starts(text)


def test_no_item_start_after_a_verb_and_its_place() -> None:
    text = FEED + ACCUSE
    assert text.index("البيشمركة") not in _starts(text)


def test_a_video_caption_is_no_strike() -> None:
    text = FEED + CAPTION
    assert not [e for e in _events(text) if e.evidence.start >= len(FEED)]
    # twin: the glued ticker's "الطيران الروسي يقصف بلدات في ريف حماة" is still a strike
    assert [e for e in _events(text) if e.evidence.start < len(FEED) and e.location == "rasd:rif-hama"]


def test_a_placed_shelling_with_its_victim_is_reported() -> None:
    text = FEED + KAFRZITA
    evs = [e for e in _events(text) if e.evidence.start >= len(FEED)]
    assert [e for e in evs if e.location == "rasd:kafr-zita" and e.sub_event_type.startswith("Shelling")]


def test_the_item_before_an_actor_start_ends_there() -> None:
    # the Douma strike's evidence is its own item, not the CENTCOM tweet glued after it; the missiles the
    # Lebanese army received (an item without a place of its own) are no event
    text = FEED + ("مقتل مدنيين بغارات جوية على مدينة دوما المحاصرة القيادة المركزية الاميركية كتبت ان الجيش "
                   "اللبناني تلقت صواريخ \" هيل فاير \" .")
    evs = [e for e in _events(text) if e.evidence.start >= len(FEED)]
    assert [e.location for e in evs] == ["rasd:douma"]
    assert text[evs[0].evidence.start:evs[0].evidence.end].endswith("دوما المحاصرة")


def test_a_town_retold_at_its_region_is_one_event() -> None:
    # the second item names Douma with its strikes but is placed at Eastern Ghouta: one happening
    text = FEED + ("غارات جوية على مدينة دوما المحاصرة . بلدة دوما المأهولة بالسكان تعرضت لضربات جوية متعددة من "
                   "القوات الجوية السورية اليوم في الغوطة الشرقية .")
    evs = [e for e in _events(text) if e.evidence.start >= len(FEED)]
    assert [e.location for e in evs] == ["rasd:douma"]
