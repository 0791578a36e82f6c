"""Feed items that run on inside one sentence after a heading place and a colon ("... جنوب حلب شمال حماة :
فيديو ..."): the events stage reads the item starts (rasd.extract.feed_items.feed_item_starts), a trigger takes
its place from its own item first, and items are not merged into one another (unifiedfc R-169 #4, R-376 #8
style). Short excerpts of those pages, behind ticker items glued as on a feed page."""

from __future__ import annotations

from test_feed_items import ITEMS

from rasd.extract.feed_items import feed_item_starts
from rasd.pipeline import analyse
from rasd.records import Document, Event

# Ten short ticker items glued as on a feed page (tests/test_feed_items.py): the page is a feed.
FEED = "".join(ITEMS) + " . "

# R-169 #4: a drone downed south of Aleppo, then the next item's heading "شمال حماة :" and its rockets
ROCKETS = ("أسقاط طائرة أستطلاع مزودة برامية قنابل في قرية حميرة جنوب حلب شمال حماة : فيديو جديد تم تحميله "
           "صباح اليوم من قبل جيش النصر يظهر لهم إطلاق الصواريخ باتجاه مناطق الجيش السوري .")
# an attack in Homs, then the item "شمال حماة :" with its strikes (R-264 #4 style)
STRIKES = ("مقتل ثلاثة عناصر من الشرطة بانفجار سيارة مفخخة قرب حاجز في مدينة حمص شمال حماة : غارات جوية روسية مكثفة "
           "الليلة الماضية على مواقع المعارضة .")
# R-376 #8: strikes on Douma, a tweet, then the item "دير الزور : غارات جوية استهدفت البوكمال ..."
DOUMA = ("الإصابات بين المدنيين بعد الهجمات الجوية التي شنتها غارات جوية على مدينة دوما المحاصرة القيادة "
         "المركزية الاميركية كتبت عن تغريدات من الجيش اللبناني تقول انها تلقت صواريخ \" هيل فاير \" دير الزور : "
         "غارات جوية استهدفت البوكمال والشرع والقرية صباح اليوم .")


def _events(text: str) -> list[Event]:
    return analyse(Document(id="feed", source="feed", text=text)).events


def _starts(text: str) -> tuple[int, ...]:
    a = analyse(Document(id="feed", source="feed", text=text))
    return feed_item_starts(text, sorted(a.mentions, key=lambda m: m.start))


def test_heading_place_after_a_place_starts_an_item() -> None:
    text = FEED + ROCKETS
    assert text.index("شمال حماة :") in _starts(text)
    text = FEED + DOUMA
    assert text.index("دير الزور :") in _starts(text)


def test_a_trigger_takes_the_place_of_its_own_item() -> None:
    # the strikes of the "شمال حماة :" item are in Hama, not in the Homs ("في مدينة حمص") of the item before
    text = FEED + STRIKES
    strikes = [e for e in _events(text) if e.sub_event_type == "Air/drone strike" and e.evidence.start >= len(FEED)]
    assert strikes
    assert {e.location for e in strikes} == {"gn:170017"}       # حماة
    assert all(text[e.evidence.start:].startswith("شمال حماة :") for e in strikes)


def test_the_item_before_the_heading_keeps_its_place() -> None:
    # twin: the car bomb of the item before stays in Homs (its own place), not at the heading's Hama
    text = FEED + STRIKES
    attacks = [e for e in _events(text) if e.evidence.start >= len(FEED) and e.sub_event_type != "Air/drone strike"]
    assert attacks and {e.location for e in attacks} == {"gn:169577"}      # حمص


def test_each_item_keeps_its_own_event() -> None:
    # the Douma strikes and the Deir ez-Zor item's strikes on Albu Kamal are two events, each with its own
    # evidence; the missiles the Lebanese army received are no shelling at Deir ez-Zor
    text = FEED + DOUMA
    evs = [e for e in _events(text) if e.evidence.start >= len(FEED)]
    douma = [e for e in evs if e.location == "rasd:douma"]
    kamal = [e for e in evs if e.location == "rasd:albu-kamal"]
    assert douma and kamal
    assert all(text[e.evidence.start:].startswith("دير الزور :") for e in kamal)
    assert not any(e.sub_event_type == "Shelling/artillery/missile attack" for e in evs)


def test_a_preposition_place_or_a_speaker_before_a_colon_starts_no_item() -> None:
    # twin negatives on the same feed: "في الموصل :" (a title's place), "مراسل الميادين :" (a speaker)
    item = ("تغيير في مضامين الدعاية بخصوص المعركة على الموصل : خلال الأشهر الأولى من القتال . "
            "قصف عنيف على الأحياء مراسل الميادين : طائرات التحالف تشن غارات جوية .")
    assert _starts(FEED + item) == ()


def test_no_item_starts_in_an_ordinary_article() -> None:
    # twin negative: the same run-on words in an article (no feed): nothing is read as an item
    assert _starts(ROCKETS + " " + DOUMA) == ()


# R-376 #8: "... باتجاه البوكمال" ends an item and "انفجار ..." (a headline word) opens the next one
BLAST = ("تنظيم الدولة يعلن إحباط هجوم لقوات النظام من الحدود العراقية باتجاه البوكمال انفجار بالقرب من نقطة "
         "تفتيش تابعة لهيئة تحرير الشام في بلدة سرمدا شمال غرب إدلب تلتها اشتباكات .")


def test_a_headline_word_after_a_place_starts_an_item() -> None:
    text = FEED + BLAST
    assert text.index("انفجار بالقرب") in _starts(text)
    blasts = [e for e in _events(text) if e.event_type == "Explosions/Remote violence" and e.evidence.start >= len(FEED)]
    assert blasts and "rasd:albu-kamal" not in {e.location for e in blasts}


def test_a_place_opening_its_sentence_is_no_item_end() -> None:
    # twin negative: "سيناء مقتل ..." - the place heads the item that follows it; nothing is cut
    text = FEED + "سيناء مقتل مجند وإصابة آخر إثر انفجار عبوة ناسفة في مدينة العريش ."
    assert _starts(text) == ()


def test_item_starts_of_all_detectors_come_sorted_and_distinct() -> None:
    # the events layer bisects them (_DocContext.item_of): a heading place ("دير الزور :") and a headline run on
    # after a place ("انفجار بالقرب") come in text order, whichever detector found them
    text = FEED + BLAST + " " + DOUMA
    starts = _starts(text)
    assert text.index("انفجار بالقرب") in starts and text.index("دير الزور :") in starts
    assert list(starts) == sorted(set(starts))
