"""Reports glued inside one sentence of a digest with no feed cue (rasd.extract.events.report_items): a
source citation, a numbered entry, a date-led entry, a hashtag heading or a bullet starts the next
report, and one report's place does not locate another's happening."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.extract.events.report_items import report_cuts

# ITIC weekly (unifiedfc V-670 #4, shortened): photo captions glued on one line, each closed by its source
ITIC = ("عزام الأحمد يلتقي بمندوبي القنوات الإعلامية المحلية لدى وصوله إلى قطاع غزة ( قناة وطنية , 26 أيار / مايو 2014 ) "
        "أبو مازن يستقبل البابا في بيت لحم ( وفا , 25 أيار / مايو 2014 ) "
        "رصد هذا الأسبوع سقوط قذيفة صاروخية في النقب الغربي .")
# asharqalarabi daily (unifiedfc V-531 #1, shortened): numbered victim entries run on
LISTED = ("74 - أبو فاروق العسل الشهابي / ريف حلب - الباب / جراء القصف 75 - محمد طه عرب / ريف حلب / "
          "في المعارك الدائرة في خان طومان 76 - سامر السمعوط / ريف دمشق - عربين / في الاشتباكات ضد قوات النظام .")


@lru_cache(maxsize=4)
def _events(text: str) -> tuple[Any, ...]:
    from rasd.pipeline import analyse
    from rasd.records import Document, Published

    a = analyse(Document(id="digest-test", source="digest-test", text=text, published=Published("2016-01-12", "day")))
    return tuple((text[e.field_evidence["trigger"][0]:e.field_evidence["trigger"][1]],
                  a.entities[e.location].name_ar if e.location else None) for e in a.events)


def _cut_before(text: str, words: str) -> bool:
    return text.index(words) in {c + (1 if text[c:c + 1] == " " else 0) for c in report_cuts(text)}


def test_citation_closes_a_report() -> None:
    assert _cut_before(ITIC, "أبو مازن")
    assert _cut_before(ITIC, "رصد هذا")


def test_rocket_not_placed_at_the_previous_captions_town() -> None:
    # the rocket fell in the western Negev (not in the gazetteer): not at Bethlehem, nor Gaza
    rocket = [place for trig, place in _events(ITIC) if "قذيفة" in trig or trig.startswith("سقوط")]
    assert all(place not in ("بيت لحم", "غزة") for place in rocket)


def test_numbered_entries_cut_only_beside_a_neighbour() -> None:
    assert _cut_before(LISTED, "75 -") and _cut_before(LISTED, "76 -") and _cut_before(LISTED, "74 -")
    # twin negative: one numbered step alone ("1 - وقف القصف") is no list entry
    assert report_cuts("وجاء في البيان 1 - وقف القصف على المدينة .") == ()
    # nor an enumeration the sentence opens with a colon: its points are what the sentence tells
    assert report_cuts("مبادرة من ست نقاط , هي : 1 - تسليم مطار كركوك . 2 - تسليم معسكر كيوان .") == ()


# IOPF press-freedom chronology (unifiedfc V-206 #0, shortened): day-month entries run on in one sentence
CHRONOLOGY = ("في 3 - 8 إدارة مستشفى الواسطي في بغداد منعت فريق قناة الإشراق الفضائية من تغطية مؤتمر صحفي "
              "في 6 - 8 عناصر عشائريين يضربون عددا من مراسلي القنوات الفضائية حتى سالت دماء بعضهم في فندق "
              "المنصور ببغداد في 13 - 8 مقتل الصحفي والمدون وداد حسين في منطقة قريبة من دهوك على يد مسلحين "
              "مجهولين .\nفي 14 - 8 مقتل المصور مصطفى سعيد في معارك تحرير الموصل .\n")


def test_chronology_entry_keeps_its_own_place() -> None:
    # the killing near Dohuk is not at Baghdad, the previous entry's hotel
    killings = [place for trig, place in _events(CHRONOLOGY) if trig == "مقتل"]
    assert "بغداد" not in killings and "دهوك" in killings


def test_glosses_asides_and_lone_numbers_cut_nothing() -> None:
    # twin negatives: a bracket glossing an agency's name, a date aside, a source the sentence carries
    # on after, one numbered step, a date with a year ("14 - 1 - 2016")
    prose = ("ذكرت وكالة الأنباء السورية ( سانا ) أن الطيران قصف مدينة دوما اليوم ( 23 أيار / مايو 2014 ) "
             "وقالت المصادر ( رويترز ) إن القصف استمر , وجاء في البيان 1 - وقف القصف , "
             "ونشر التقرير في 14 - 1 - 2016 حول قصف المدينة .")
    assert report_cuts(prose) == ()


def test_day_entries_need_a_chronology() -> None:
    item = "عناصر يضربون مراسلين في فندق المنصور ببغداد في 13 - 8 مقتل الصحفي وداد حسين قرب دهوك . "
    assert report_cuts(item) == ()
    chronology = item * 4
    assert len(report_cuts(chronology)) == 4


def test_hashtag_heading_and_bullets() -> None:
    text = ("1 - أحمد قرقماس | ريف درعا - أم المياذن | بتاريخ 16 - 3 - 2014 # الشيخ - مسكين | عصابات الأسد "
            "تستهدف الطريق العام * تدمير مدرعة في عدرا * الرستن : قام الطيران بعدة غارات * اللاذقية : تحليق .")
    assert _cut_before(text, "# الشيخ")
    assert _cut_before(text, "* الرستن") and _cut_before(text, "* تدمير")
    # twin negative: two stars of emphasis are no bullets
    assert report_cuts("قصف * عنيف * على المدينة .") == ()
