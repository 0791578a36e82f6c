"""Seams between glued items that the item splitter did not see (unifiedfc Liveuamap pages V-688 #4, R-117 #5;
an ITIC digest V-670 #4; Elaph and Khaleej Online "related stories" blocks): a run of Latin-script words (an
untranslated item, an "It ' s fake" flag), a country heading before a colon, a source credit with its day that
closes a caption, a "related stories" label. Each item then keeps its own place and date."""

from __future__ import annotations

from test_feed_items import ITEMS

from rasd.extract.feed_items import feed_item_starts
from rasd.pipeline import analyse
from rasd.records import Document, Event, Published
from rasd.text.feed_items import label_cuts, latin_cuts
from rasd.text.sentences import split_sentences

# Ten short ticker items glued as on a feed page (tests/test_feed_items.py): the page is a feed.
FEED = "".join(ITEMS) + " . "

# V-688 #4: an Iraqi item glued to an untranslated TASS item whose "Duma" lent it its place
HAMRIN = ("عنصران لداعش قتلا في حملة في تلال حمرين"
          "TASS : Duma committee plans to ask social networks for an explanation after blocking of Kadyrov .")
# V-688 #4: a Saudi item, then a country heading and the Kabul item
KABUL = ("السعودية : بيان يؤكد مقتل القاضي محمد الجيراني على يد مختطفيه في العوامية افغانستان : مقتل خمسة "
         "اشخاص على الاقل في كابول في هجوم على داعش")
# V-670 #4: photo captions of a weekly digest, each closed by its source and day, glued with no stop
CAPTIONS = ("قوات الشرطة العسكرية تنتشر في شوارع مدينة غزة ( موقع وزارة الداخلية لحكم حماس في غزة , 26 أيار / مايو "
            "2014 ) مسيرة تضامنية مع المعتقلين الفلسطينيين نظمها عناصر حماس في الخليل ( فلسطين إنفو , 23 أيار / مايو "
            "2014 ) أبو مازن يستقبل البابا في بيت لحم ( وفا , 25 أيار / مايو 2014 )")
# V-14 #9 (Elaph): a photo caption glued to the "related stories" label and the text after it
RELATED = ("قوات تابعة للنظام السوري على جبهة دير الزور / مواضيع ذات صلة : تمكن الجيش السوري السبت من كسر حصار "
           "يفرضه تنظيم الدولة الاسلامية منذ نحو ثلاث سنوات على مطار دير الزور العسكري .")


def _analyse(text: str, published: str = "unknown") -> tuple[list[Event], tuple[int, ...], dict[str, str]]:
    """The page's events, its feed item starts and its place names by entity id."""
    a = analyse(Document(id="feed", source="feed", text=text,
                         published=Published(published, "day" if published != "unknown" else "unknown", None, None)))
    names = {k: e.name_ar for k, e in a.entities.items()}
    return a.events, feed_item_starts(text, sorted(a.mentions, key=lambda m: m.start)), names


def test_a_latin_run_is_an_item_of_its_own_on_a_feed() -> None:
    text = FEED + HAMRIN
    cuts = latin_cuts(text)
    assert text.index("TASS") in cuts and text.index("Kadyrov") + len("Kadyrov") in cuts
    events, starts, names = _analyse(text)
    assert text.index("TASS") in starts
    # the Hamrin item does not take the Duma of the English item after it
    assert not [e for e in events if e.evidence.start >= len(FEED) and "دوما" in names.get(e.location or "", "")]


def test_latin_words_off_a_feed_or_a_short_credit_are_no_cut() -> None:
    assert latin_cuts(HAMRIN) == ()      # one item alone: no feed page
    assert latin_cuts(FEED + "قصف على حلب ( AFP ) اليوم") == ()


def test_a_country_heading_starts_an_item() -> None:
    text = FEED + KABUL
    _events, starts, _names = _analyse(text)
    assert text.index("افغانستان :") in starts


def test_a_dated_credit_closes_its_caption() -> None:
    spans = [CAPTIONS[s.start:s.end] for s in split_sentences(CAPTIONS)]
    assert len(spans) == 3 and spans[1].startswith("مسيرة") and spans[1].endswith("2014 )")
    events, _starts, _names = _analyse(CAPTIONS, "2014-05-28")
    protests = [e for e in events if e.event_type == "Protests"]
    # the march takes the day of its own credit (23 May), not of the caption before it (26 May)
    assert protests and {e.date_end for e in protests} == {"2014-05-23"}


def test_a_related_stories_label_parts_the_caption_from_what_follows() -> None:
    cuts = label_cuts(RELATED)
    assert cuts and RELATED[cuts[-1]:].startswith("مواضيع ذات صلة")
    spans = [RELATED[s.start:s.end] for s in split_sentences(RELATED)]
    assert spans[0].startswith("قوات") and spans[0].rstrip(" /").endswith("الزور")
    assert spans[-1].startswith("مواضيع ذات صلة")    # the label stays with the headlines after it
    assert label_cuts("وقال مصدر إن الأخبار ذات الصلة بالهجوم غير صحيحة .") == ()
