"""A place name of the gazetteer's own lists glued to the next item's first word starts a feed item on a page
that looks like a feed (rasd.text.feed_items.name_glue_starts): "حلب|وادعت" (name + "و" + a frequent word, which
the word-pair cut leaves out), "حماة|فيلق" (name + a frequent word), "الجوية|أفغانستان" (a frequent word + name).
A country tag on its own line closes the item above it. Not on an ordinary article, not a known word or name.
Fixtures written for these tests in the style of a stamped ticker page."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Document, Published
from rasd.text.feed_items import _name_cut, item_starts, name_glue_starts
from rasd.text.normalize import normalize
from rasd.text.sentences import split_sentences

FEED = ("منذ 5 دقائق قصف مدفعي عنيف على بلدة تل رفعت في ريف حلبوادعت جماعة مسلحة مسؤوليتها عن تفجير سيارة"
        " مفخخة في مدينة عدن منذ ساعة اشتباكات عنيفة بين الفصائل وقوات النظام في ريف حماةفيلق الشام يعلن"
        " أسر عنصرين منذ ساعتين قصف الطائرات الحربية والمروحيات الجويةأفغانستان : مقتل 5 مدنيين بانفجار"
        " عبوة ناسفة في ولاية هلمند")


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_a_glued_name_ends_its_item() -> None:
    starts = name_glue_starts(FEED)
    assert FEED.index("وادعت") in starts
    assert FEED.index("أفغانستان") in starts
    assert FEED.index("وادعت") in item_starts(FEED)
    got = _sentences(FEED)
    assert any(s.endswith("في ريف حلب") for s in got), got
    assert any(s.startswith("وادعت جماعة") for s in got), got


def test_the_cut_needs_a_name_and_a_known_word() -> None:
    assert _name_cut(normalize("حلبوادعت")) == 3
    assert _name_cut(normalize("حلب")) is None            # a name is never cut
    assert _name_cut(normalize("والقوات")) is None        # a known word is never cut
    assert _name_cut(normalize("حلبشكمتر")) is None       # the rest is no known word
    assert _name_cut(normalize("المقابس")) is None        # "الم" is a fragment, not a word
    assert _name_cut(normalize("مصرشمال")) is None        # a direction goes on with the place


def test_a_country_tag_on_its_own_line_closes_the_item_above() -> None:
    # a ticker writes the item's country under it; the next item runs into the tag
    text = FEED + " .\nاليمنوحدة خبراء مفرقعات تفكك عبوة ناسفة في المكلا"
    assert text.index("وحدة خبراء") in name_glue_starts(text)


def test_the_glued_place_is_the_item_place() -> None:
    a = analyse(Document(id="ng", source="ng.txt", text=FEED, published=Published("2017-03-02", "day")))
    names = {FEED[m.start:m.end] for m in a.mentions if m.type == "PLACE"}
    assert "ريف حلب" in names, names      # the name glued to the next item is found


def test_an_article_is_left_alone() -> None:
    text = ("قالت مصادر محلية إن قصفا مدفعيا استهدف ريف حلبوادعت مصادر أخرى أن الطائرات الحربية شنت غارات"
            " على المنطقة , وأضافت المصادر أن فرق الدفاع المدني انتشلت جثث الضحايا من تحت الأنقاض .")
    assert item_starts(text) == ()
    assert len(_sentences(text)) == 1
