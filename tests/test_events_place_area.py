"""A town whose name is also a common word (or a village list's cue name) is named after the area
noun "منطقة" as after "مدينة" / "بلدة": "في منطقة التضامن", "في منطقة الكرامة". The defined noun
("المنطقة سوف", "المدينة سوف") is no cue, and a place noun after "منطقة" ("منطقة المدينة
الصناعية") no name. Excerpts of unifiedfc articles (breadth set R-169, R-487, R-317, V-11; G V-22)."""

from __future__ import annotations

from rasd.knowledge.gazetteer import RANK_IMPORTED, default_gazetteer
from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Entity, Published


def _run(text: str, published: str = "2017-12-12") -> Analysis:
    doc = Document(id="pa", source="pa.txt", text=text, published=Published(published, "day"))
    return analyse(doc)


def _places(a: Analysis) -> list[str]:
    return [a.doc.text[m.start:m.end] for m in a.mentions if m.type == "PLACE" and m.entity_id]


def _event_places(a: Analysis) -> list[tuple[str, str]]:
    out = []
    for e in a.events:
        loc = a.entities.get(e.location or "")
        out.append((e.event_type, loc.name_ar if loc else ""))
    return out


# R-169 (a feed page): Tadamon, a Damascus district whose name is also a word ("solidarity")
TADAMON = ("دمشق : في هجوم مفاجئ استطاع تنظيم الدولة الإسلامية الاستيلاء على 12 مبنى من الحكومة "
           "في منطقة التضامن .\nوتتعرض المنطقة لقصف مكثف وسط الهجوم المضاد المستمر .")


def test_area_noun_cues_a_common_word_district() -> None:
    a = _run(TADAMON)
    assert "منطقة التضامن" in _places(a)
    assert ("Battles", "التضامن") in _event_places(a)       # not Damascus, the feed item's heading


# al-Karamah east of Raqqa
KARAMAH = ("ق تل 8 مسلحين من \" قوات سوريا الديمقراطية \" ودمرت 3 آليات مزودة برشاشات إثر هجوم انتحاري "
           "نفذه تنظيم داعش على تجمع لهم في منطقة الكرامة في ريف الرقة الشرقي .")


def test_area_noun_gives_the_town_before_its_countryside() -> None:
    a = _run(KARAMAH, "2017-03-20")
    assert "منطقة الكرامة" in _places(a)
    assert ("Explosions/Remote violence", "الكرامة") in _event_places(a)


# "the region" defined, then the future particle "سوف" (also Souf, Jordan)
HARIRI = ("وهاجم ايران وحزب الله وقال ان ايران لديها رغبة جامحة في تدمير العالم العربي , وان يدها في "
          "المنطقة سوف تقطع , وانها فرضت وضعا غير مقبول في لبنان من خلال الهيمنة والسيطرة .")


def test_defined_area_noun_is_no_cue() -> None:
    a = _run(HARIRI, "2017-11-05")
    assert not any("سوف" in p for p in _places(a))
    assert not any("سوف" in p for p in _places(_run(HARIRI.replace("المنطقة سوف", "المدينة سوف"), "2017-11-05")))


# V-11: the industrial zone of Deir ez-Zor, not a town "المدينة"
INDUSTRIAL = ("تعرضت \" قوات سوريا الديموقراطية \" , فجر السبت , لقصف من طيران النظام , بالقرب من منطقة "
              "المدينة الصناعية على ضفة نهر الفرات الشرقية , شمالي مدينة دير الزور .")


def test_place_noun_after_area_noun_is_no_name() -> None:
    a = _run(INDUSTRIAL, "2017-09-16")
    assert not any(p.endswith("المدينة") for p in _places(a))


def test_imported_cue_name_matched_after_area_noun() -> None:
    # G V-22: "وتركزت الاشتباكات بالقرب من منطقة الشيخ هلال" (a village of the OCHA list; "الشيخ
    # هلال" is also a man's name, so the list's name is matched only in a cue form)
    gaz = default_gazetteer()     # a fresh copy: the cached one is shared
    gaz.add(Entity(id="sa:test-sheikh-hilal", type="PLACE", name_ar="الشيخ هلال", name_en="Sheikh Hilal",
                   source="syrian-archive", lat=35.25, lon=37.504, country="SY", admin1="Hama", level="town"),
            RANK_IMPORTED, merge=False)
    forms = {surface for surface, pid in gaz.aliases() if pid == "sa:test-sheikh-hilal"}
    assert "منطقة الشيخ هلال" in forms and "قرية الشيخ هلال" in forms
    assert "الشيخ هلال" not in forms


# breadth R-16 (a Lebanese indictment): "منطقة القصر الحدودية" is the border area of al-Qasr in
# Lebanon, not the Jordanian town القصر; an adjective agreeing with "منطقة" describes the area
QASR = ("ثالثا : ان المدعى عليه يوسف دياب شارك في عملية نقل السيارتين المفخختين ( اللتين تم تفجيرهما "
        "امام مسجدي التقوى والسلام ) من منطقة متاخمة لمنطقة القصر الحدودية الى جبل محسن بتاريخ 21 / 8 / 2013 .")


def test_area_described_by_an_adjective_is_no_town() -> None:
    a = _run(QASR, "2017-12-12")
    assert not any("القصر" in p for p in _places(a))


# breadth V-442: "إلى" after the name is no adjective of the area (nor "التي" / "الذي")
TUNNEL = ("وكشف مصدر محلي من منطقة الباب ل - \" القدس العربي \" عن وجود نفق كبير بطول 65 كم , يمتد من "
          "منطقة مسكنة إلى قباسين شمال شرق الباب .")


def test_a_preposition_after_the_name_keeps_the_area_form() -> None:
    places = _places(_run(TUNNEL))
    assert "منطقة مسكنة" in places and "منطقة الباب" in places
