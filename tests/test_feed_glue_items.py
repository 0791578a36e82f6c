"""A word glued after a final ة starts a feed item on a page that looks like a feed
(rasd.text.feed_items.glue_item_starts): the item before it often ends in a rare place name, which
the two-known-words test of the glued feed items cannot cut. Not after a construct head
("ضاحيةعين ترما"), not on an ordinary article, not on a page that glued a repeated link. Fixtures
written for these tests in the style of a stamped ticker page."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Document, Published
from rasd.text.feed_items import _one_word_glued, item_starts, word_item_starts
from rasd.text.sentences import split_sentences

# three stamped items (a feed by its stamps); the first item ends in a town name that runs into
# the next item's headline, the second names a suburb in construct form with the space lost
FEED = ("منذ 5 دقائق اشتباكات عنيفة بين الفصائل وقوات النظام في بلدة اللطامنةمقتل 3 مدنيين بغارة جوية"
        " على مدينة أريحا منذ ساعة غارات جوية على ضاحيةعين ترما شرق دمشق"
        " منذ 3 ساعات قصف مدفعي على مدينة درعا")


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_the_glued_item_is_a_sentence_of_its_own() -> None:
    assert word_item_starts(FEED) == ()       # no two frequent words glued: the vocabulary test has no cut
    got = _sentences(FEED)
    assert "اشتباكات عنيفة بين الفصائل وقوات النظام في بلدة اللطامنة" in got
    assert "مقتل 3 مدنيين بغارة جوية على مدينة أريحا" in got
    # a construct head glued to its name is a lost space inside the item
    assert "غارات جوية على ضاحيةعين ترما شرق دمشق" in got
    assert FEED.index("عين ترما") not in item_starts(FEED)


def test_the_items_keep_their_own_toll() -> None:
    a = analyse(Document(id="fg", source="fg.txt", text=FEED, published=Published("2017-03-02", "day")))
    got = {(e.event_type, FEED[e.evidence.start:e.evidence.end][:9], e.fatalities) for e in a.events}
    assert ("Battles", "اشتباكات ", None) in got, got
    assert ("Explosions/Remote violence", "مقتل 3 مد", 3) in got, got


def test_an_article_keeps_its_sentence_across_a_glue() -> None:
    text = ("أعلنت وزارة الدفاع أن قواتها سيطرت على المدينة القديمةدون مقاومة تذكر بعد أسبوع من المعارك ,"
            " وأضافت أن وحدات الهندسة بدأت تفكيك الألغام في الأحياء الشرقية من المدينة .")
    assert item_starts(text) == ()
    assert len(_sentences(text)) == 1


def test_a_repeated_glued_link_is_no_feed_item() -> None:
    # a report that lost the spaces around a linked name: the glued words open with one word again and again
    text = " ".join(f"قال مصدر إن عناصرتنظيم الدولة انسحبوا من القرية رقم {i}" for i in range(8))
    starts = tuple(i + len("عناصر") for i in range(len(text)) if text.startswith("عناصرتنظيم", i))
    assert len(starts) == 8 and _one_word_glued(text, starts)
    varied = tuple(text.index(w) for w in ("مصدر", "عناصر", "الدولة", "انسحبوا", "القرية"))
    assert not _one_word_glued(text, varied)
