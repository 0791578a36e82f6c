"""Feed pages whose items arrive glued together: the sentence splitter cuts at item starts
inside glued tokens (rasd.text.feed_items), and leaves ordinary text alone."""

from __future__ import annotations

from rasd.text.sentences import split_sentences

# Ten short ticker items (no final full stop, as on a feed page). Each item's last word and
# the next item's first word make one of the glued forms of such pages: a word ending in ة / ى
# ("الحسكةإصابة"), two words with the article ("الزورالجيش"), two frequent words ("ادلبمقتل").
ITEMS = [
    "قصفت الطائرات الحربية مواقع في ريف الحسكة",
    "إصابة عنصرين من الشرطة في هجوم على حاجز قرب مدينة دير الزور",
    "الجيش يعلن السيطرة على عدة قرى في ريف ادلب",
    "مقتل ثلاثة مدنيين بقصف مدفعي على مدينة حماة",
    "اندلعت اشتباكات عنيفة بين الفصائل والقوات الحكومية في ريف دمشق",
    "تقارير عن انفجار سيارة مفخخة في مدينة الرقة",
    "مجهولون يغتالون قياديا في مدينة القنيطرة",
    "القوات التركية تقصف مواقع في ريف حلب الشمالي",
    "اشتباكات بين قوات النظام والمعارضة في ريف حمص الشمالي",
    "الطيران الروسي يقصف بلدات في ريف حماة",
    "اعتقلت القوات الأمنية عددا من المطلوبين في مدينة الموصل",
]


def _sentences(text: str) -> list[str]:
    spans = split_sentences(text)
    for a, b in zip(spans, spans[1:], strict=False):
        assert 0 <= a.start < a.end <= b.start < b.end <= len(text)    # ordered, valid offsets
    return [text[sp.start:sp.end] for sp in spans]


def test_glued_feed_items_become_sentences() -> None:
    feed = "".join(ITEMS)
    got = _sentences(feed)
    assert got == ITEMS
    # the text itself is untouched: the cuts are offsets inside the glued tokens
    assert "".join(got) == feed


def test_glued_items_among_punctuated_ones() -> None:
    feed = "".join(ITEMS[:6]) + " . " + "".join(ITEMS[6:])
    got = _sentences(feed)
    assert got == ITEMS[:5] + [ITEMS[5] + " ."] + ITEMS[6:]


def test_same_items_with_spaces_and_stops_untouched() -> None:
    # twin negative: the same words in an ordinary article (no glued tokens): one sentence each
    article = " . ".join(ITEMS) + " ."
    got = _sentences(article)
    assert got == [it + " ." for it in ITEMS]


def test_few_missing_spaces_in_an_article_untouched() -> None:
    # twin negative: a normal article with three missing spaces is no feed: nothing is cut
    items = ITEMS[:4]
    article = " ".join(items[:1]) + " " + items[1] + items[2] + " " + items[3] + "الجيش يواصل تقدمه في المنطقة ."
    assert _sentences(article) == [article]


def test_item_ending_in_a_two_letter_defined_word_is_cut() -> None:
    # breadth V-688 (Liveuamap, 26.12.2017): "... مع متمردى الجيش الحرهيئة تحرير الشام تدعو ...": the
    # execution item ends in "الحر" (the article and two letters, a whole frequent word), and the
    # next item's "ريف حماة" is not the execution's place
    last = "أعدم تنظيم داعش شابا للتعامل مع متمردى الجيش الحر"
    nxt = "هيئة تحرير الشام تدعو إلى الانضمام إلى الخطوط الأمامية ضد الحكومة في ريف حماة"
    feed = "".join(ITEMS) + " . " + last + nxt
    got = _sentences(feed)
    assert last in got and nxt in got


def test_one_letter_after_the_article_is_no_word() -> None:
    # "الم|ميت": the article and one letter is a fragment, not a word ending an item
    from rasd.text.feed_items import _split_word
    assert _split_word("المميت") is None


def test_words_that_contain_words_are_not_cut() -> None:
    # known words made of known words ("الاحتفالات", "بالذراع", "المحاصرة") and endings
    # ("تركيان"), repeated on a page long enough to look like a feed if they were glued items
    words = "الاحتفالات بالذراع المحاصرة تركيان الخوذات للدخان ايرانيات الديمقراطية"
    page = " . ".join([words] * 30) + " ."
    assert len(_sentences(page)) == 30


def test_short_text_untouched() -> None:
    text = "الحسكةإصابة عنصرين"
    assert _sentences(text) == [text]


def test_glued_head_place_is_found_and_kept_in_its_item() -> None:
    # pipeline level: "حمص" glued to the item before ("الشماليحمص : ...") is a place mention,
    # and the item's event takes it, not the place of the item before
    from rasd.knowledge.resources import default_resources
    from rasd.pipeline import analyse
    from rasd.records import Document

    head = "حمص : قصفت قوات النظام حيا سكنيا في المدينة"
    text = "".join(ITEMS[:8]) + head + "".join(ITEMS[8:])
    a = analyse(Document(id="feed-test", source="feed-test", text=text), default_resources(),
                ["entities", "places", "events"])
    at = text.index(head)
    places = [m for m in a.mentions if m.type == "PLACE" and m.start == at]
    assert places and places[0].surface == "حمص"
    shelling = [e for e in a.events if at <= e.field_evidence["trigger"][0] < at + len(head)]
    assert shelling
    assert all(e.location and "حمص" in a.entities[e.location].name_ar for e in shelling)


# A real feed excerpt (a Yemeni news site's ticker, unifiedfc R-331 #3, shortened): the items
# are told apart only by their relative time stamps "منذ 18 ساعه و 44 دقيقه".
STAMPED = ("مصاد قبلية أكدوا ل - \" مأرب منذ 18 ساعه و 44 دقيقه أكد القيادي المؤتمري كامل الخوذاني , "
           "اليوم الجمعة , ان مسلحي مليشيا الحوثي قاموا باغتصاب ناشطة مؤتمرية بمحافظة إب الى مقرهم "
           "منذ 18 ساعه و 49 دقيقه عثر الأهالي على جثة إمرأة مجهولة الهوية في أحد مديريات محافظة إب "
           "منذ 18 ساعه و 58 دقيقه اعترضت الدفاعات السعودية ظهر اليوم صاروخا باليستيا أطلقته المليشيا")


def test_relative_time_stamps_part_the_items() -> None:
    got = _sentences(STAMPED)
    assert got == [
        "مصاد قبلية أكدوا ل - \" مأرب",
        "منذ 18 ساعه و 44 دقيقه",
        "أكد القيادي المؤتمري كامل الخوذاني , اليوم الجمعة , ان مسلحي مليشيا الحوثي قاموا باغتصاب ناشطة مؤتمرية بمحافظة إب الى مقرهم",
        "منذ 18 ساعه و 49 دقيقه",
        "عثر الأهالي على جثة إمرأة مجهولة الهوية في أحد مديريات محافظة إب",
        "منذ 18 ساعه و 58 دقيقه",
        "اعترضت الدفاعات السعودية ظهر اليوم صاروخا باليستيا أطلقته المليشيا",
    ]


def test_english_ago_stamps_glued_to_the_next_item() -> None:
    # a widget's stamps (unifiedfc V-634 #11 style) and a stamp glued to the next word ("لحظاترويترز")
    page = ("قصف مدفعي على بلدة عربين 4 days ago الطيران الروسي يقصف ريف حماة 2 weeks ago "
            "اشتباكات في محيط البوكمال منذ لحظاترويترز : اعتقالات جديدة في السعودية")
    assert _sentences(page) == ["قصف مدفعي على بلدة عربين", "4 days ago", "الطيران الروسي يقصف ريف حماة",
                                "2 weeks ago", "اشتباكات في محيط البوكمال", "منذ لحظات",
                                "رويترز : اعتقالات جديدة في السعودية"]


def test_prose_with_time_words_untouched() -> None:
    # twin negative: ordinary prose with one hourly stamp-like phrase, durations of days and
    # years ("منذ 4 أيام", "منذ 2011") and clock readings ("الساعة 10:30") is not cut
    article = ("وقال مصدر محلي إن القصف بدأ منذ 4 ساعات على بلدة كفرنبل , بعد اعتصام مستمر منذ 4 أيام "
               "ومنذ 3 أيام في ساحة المدينة , وهي تحت الحصار منذ 2011 , وبدأ الهجوم عند الساعة 10:30 "
               "وتجدد الساعة 11:45 ثم الساعة 13:10 صباحا .")
    assert _sentences(article) == [article]


def test_stamp_lookahead_keeps_every_form_match() -> None:
    # feed_item_stamps.yaml's `first_chars` must list every character a stamp form can start with:
    # the lookahead it builds only skips positions. Each form is tried at every position of texts
    # holding all forms (Arabic with Arabic-Indic digits, "An hour ago", clock stamps with ص/م);
    # a form that matches where the lookahead would refuse means first_chars fell out of step.
    import re

    import yaml

    from rasd.text.feed_items import STAMPS_FILE

    data = yaml.safe_load(STAMPS_FILE.read_text(encoding="utf-8"))
    gate = re.compile(f"[{data['first_chars']}]")
    forms = [re.compile(p) for p in data["stamps"]]
    texts = [
        "منذ ساعتين قصف على الحي منذ ٣ ساعات اشتباكات منذ 18 ساعه و 44 دقيقه منذ لحظاترويترز",
        "2 hours ago shelling An hour ago clashes a minute ago 3 mins ago 10:45 pm 9:15 ص 7:05م",
    ]
    hits = 0
    for text in texts:
        for pos in range(len(text)):
            for form in forms:
                if form.match(text, pos):
                    hits += 1
                    assert gate.match(text, pos), (form.pattern[:30], text[pos:pos + 12])
    assert hits == 11    # every form is exercised, each stamp once


# --- session 9: headlines after a dash, widgets glued in Latin letters (unifiedfc R-376 #8 style)

DASHED = "اشتباكات عنيفة بين القوات الموالية للأسد وداعش في قرية الحري بالقرب من البوكمال"
HEADLINE = "- مقتل مدنيين اثنين وإصابة آخرين بغارات الطيران الروسي على بلدة الميادين"


def test_a_dash_before_a_headline_word_ends_a_feed_item() -> None:
    feed = "".join(ITEMS) + " . " + DASHED + " " + HEADLINE
    got = _sentences(feed)
    assert got[-2:] == [DASHED, HEADLINE]


def test_a_dash_inside_a_name_or_phrase_stays() -> None:
    # twin negative on the same feed: the dash of a town's name or of "أرض - أرض" is no item end
    item = "مقتل طفل بغارات جوية روسية على قلعة - مديق وصواريخ أرض - أرض على طريق مصياف - حمص"
    got = _sentences("".join(ITEMS) + " . " + item)
    assert got[-1] == item


def test_a_dash_in_an_ordinary_article_stays() -> None:
    # twin negative: no feed (no glued items, no stamps): the same words stay one sentence
    article = DASHED + " " + HEADLINE + " ."
    assert _sentences(article) == [article]


def test_a_widget_in_latin_letters_glued_before_the_first_item() -> None:
    # "...news regionMenuالأحداثاشتباكات": the page menu's last words run into the first item
    widget = "شاركLiveuamap Newsمشاهدة المزيد SyriaSelect news regionMenuالأحداث"
    feed = widget + DASHED + " . " + "".join(ITEMS)
    got = _sentences(feed)
    assert got[:2] == [widget, DASHED + " ."]


def test_the_item_after_a_dash_is_its_own_event() -> None:
    # the air strike's evidence is its own item, not the clash item before the dash (the events
    # stage reads one item a sentence); the clash keeps its own place
    from rasd.pipeline import analyse
    from rasd.records import Document

    feed = "".join(ITEMS) + " . " + DASHED + " " + HEADLINE
    a = analyse(Document(id="feed", source="feed", text=feed))
    strike = [e for e in a.events if e.location == "rasd:mayadin"]
    # (the village "قرية الحري بالقرب من البوكمال" is the clash's place, at Albu Kamal's point: session 21, near)
    kamal = a.entities["rasd:albu-kamal"]
    clash = [e for e in a.events if e.location and a.entities[e.location].name_ar == "الحري"
             and (a.entities[e.location].lat, a.entities[e.location].lon) == (kamal.lat, kamal.lon)]
    assert strike and clash
    assert all(feed[e.evidence.start:e.evidence.end].startswith("- مقتل") for e in strike)
    assert all(e.sub_event_type == "Armed clash" for e in clash)
