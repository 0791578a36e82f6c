"""On a page whose headline asks a question ("ماذا بعد حلب ?", "قوات درع الفرات تشتبك مع النظام السوري
أم مع روسيا ?") - an analysis or opinion page - a happening named with no time of its own, no count and
no dead is a generality of the page's argument, not a reported happening (rasd/extract/events/background.py
_question_headline, _analysis_generality; rasd/data/lexicons/analysis_pages.yaml). The same sentence
under a news headline stays an event, and a dated happening on the question page stays. Sentences
from breadth pages (unifiedfc)."""

from __future__ import annotations

import pytest
from test_events import _entities, _mentions, actual_events, syrian_places
from test_feed_headings import FEED

from rasd.extract.events import extract_events
from rasd.extract.events.background import _question_headline
from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Mention, Published
from rasd.text.normalize import normalize

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "jarabulus": ("جرابلس", "Jarabulus", 36.817, 38.011, "town", "Aleppo"),
    "tadif": ("تادف", "Tadif", 36.348, 37.531, "town", "Aleppo"),
    "idlib": ("إدلب", "Idlib", 35.930, 36.633, "town", "Idlib"),
}

QUESTION = "ماذا بعد حلب ?"
NEWS = "قوات درع الفرات تسيطر على قرى جديدة"

GENERALITY = ("ويضاف إلى ذلك أن دخول الجيش السوري إلى الباب سيجعله على مقربة من الحدود السورية - التركية , التي "
              "باتت تشكل منغصا كبيرا له في ظل الغزو التركي لمناطق الشمال السوري عبر ذراعها المسماة \" قوات درع "
              "الفرات \" , والتي سيطرت حتى الآن على مساحات واسعة في جرابلس ومحيطها .")
ESCALATION = ("بدأت قوات النظام وبدعم من روسيا وإيران بتصعيد الغارات والعمليات العسكرية في مناطق سيطرة المعارضة "
              "في محافظة إدلب .")
DATED = "واندلعت اشتباكات أمس الأحد بين قوات النظام وفصائل درع الفرات في بلدة تادف جنوب مدينة الباب ."
DEAD = "وقصفت طائرات النظام بلدة تادف ما أدى إلى مقتل مدنيين ."


def _run(text: str, title: str) -> Analysis:
    ents = _entities()
    extra: list[Mention] = []
    for place in syrian_places(PLACES):
        ents[place.id] = place
        at = text.find(place.name_ar)
        while at >= 0:
            extra.append(Mention(at, at + len(place.name_ar), place.name_ar, normalize(place.name_ar), "PLACE",
                                 place.id, geo_precision=1))
            at = text.find(place.name_ar, at + 1)
    ms = [m for m in _mentions(text) if not any(m.start < x.end and x.start < m.end for x in extra)]
    doc = Document(id="docanalysis", source="analysis.txt", text=text, title=title,
                   published=Published("2017-02-27", "day"))
    a = Analysis(doc=doc, mentions=sorted(ms + extra, key=lambda m: m.start), entities=ents)
    extract_events(a, None)
    return a


@pytest.mark.parametrize("text", [pytest.param(GENERALITY, id="control-so-far"),
                                  pytest.param(ESCALATION, id="an-escalation-of-raids")])
def test_an_undated_generality_on_a_question_page_is_no_event(text: str) -> None:
    assert actual_events(_run(text, QUESTION)) == []
    assert len(actual_events(_run(text, NEWS))) >= 1      # the same sentence under a news headline


def test_a_live_feed_whose_first_item_asks_is_no_argument() -> None:
    # a live feed's title is its first item; a quoted question there does not make the feed an
    # analysis page: its undated items stay (the glued Liveuamap-style items of test_feed_headings)
    text = FEED + ESCALATION
    doc = Document(id="feedq", source="feed.txt", text=text, title="أردوغان : لماذا تصمت أوروبا ?",
                   published=Published("2017-12-12", "day"))
    a = analyse(doc, None, ["entities", "places", "events"])
    assert [e for e in a.events if e.modality == "actual" and e.evidence.start >= len(FEED)]


@pytest.mark.parametrize("text", [pytest.param(DATED, id="a-day-of-its-own"),
                                  pytest.param(DEAD, id="told-with-its-dead")])
def test_a_dated_or_deadly_happening_on_a_question_page_stays(text: str) -> None:
    assert len(actual_events(_run(text, QUESTION))) >= 1


@pytest.mark.parametrize("title, asks", [
    ("شبكة بلدي الإعلامية | لماذا سقطت حلب وصمدت درعا ?", True),
    ("قوات درع الفرات تشتبك مع النظام السوري أم مع روسيا ?", True),
    ("فهل أردوغان رجل ثري ?", True),
    # no mark: such a page (this one) narrates the fighting of its days too
    ("شبكة بلدي الإعلامية | هل التقط تنظيم \" الدولة \" أنفاسه بأوكسجين أمريكي شرق سوريا …", False),
    ("ولم يصدر أي بيان رسمي حول هذا الأمر من القاهرة أو واشنطن , إلا أنه …", False),
    ("حرب أكتوبر - المعرفة تصفح بحث هل تعلم ?", False),        # the site's chrome asks, not the headline
    ("غارات عمياء | منظمة مواطنة لحقوق الإنسان ?", False),     # a stray mark, no interrogative
    ("من أخبار حقوق الإنسان في سورية 1 - 12 - 2016", False),
    (None, False),
])
def test_question_headline(title: str | None, asks: bool) -> None:
    assert _question_headline(title) is asks
