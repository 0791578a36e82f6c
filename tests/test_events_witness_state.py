"""A country named as what witnessed a protest ("وشهدت الجزائر وقفات احتجاجية") is where the protest
was, not an actor (the KB links the name to the state). Sentences from unifiedfc articles (set D,
the F-L check sets and the breadth set); the whole pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Published


def _run(text: str, published: str = "2017-12-08") -> Analysis:
    doc = Document(id="ws", source="ws.txt", text=text, published=Published(published, "day"))
    return analyse(doc)


def test_a_country_witnessing_a_protest_is_its_place() -> None:
    # R-102 (set D): the Friday protests against the US decision on Jerusalem, country by country
    a = _run("وشهدت الجزائر وقفات احتجاجية ضد قرار الرئيس الأميركي دونالد ترمب , ندد فيها المتظاهرون "
             "بالخطوة , وأعلنوا دعمهم للقضية الفلسطينية .")
    evs = [e for e in a.events if e.event_type == "Protests"]
    assert [(e.location, e.geo_precision) for e in evs] == [("cc:DZ", 3)]
    assert all("algeria" not in e.actor1 for e in evs)
    # the stored mention keeps its KB link: only the events stage reads the state as a place
    assert [m.type for m in a.mentions if m.surface == "الجزائر"] == ["STATE"]


def test_a_country_witnessing_a_state_of_affairs_is_no_place() -> None:
    # V-422 (check sets): the whole war since 2011, told as what Syria witnesses, is no event of the page
    a = _run("وتشهد سورية نزاعا دمويا تسبب منذ اندلاعه منتصف آذار ( مارس ) 2011 , في مقتل أكثر من 330 ألف شخص "
             "وفي دمار كبير في البنى التحتية ونزوح وتشريد أكثر من نصف السكان .", published="2017-03-15")
    assert all(e.location != "cc:SY" for e in a.events)


def test_a_country_after_a_preposition_is_not_the_witness() -> None:
    # R-65 (breadth set): the concert in Kuwait witnessed a crowd; "انسحب" there is no event in Kuwait
    a = _run("أحيا الفنان تامر حسني حفلا غنائيا جماهيريا مساء أمس الجمعة بصالة التزلج في الكويت شهد حضورا "
             "كبيرا بينما انسحب الفنان الكويتي الشاب حمد القطان قبل بدء الحفل بساعتين .", published="2018-01-20")
    assert all(e.location != "cc:KW" for e in a.events)
