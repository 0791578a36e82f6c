"""A town that only measures or bounds where a happening was is no place of it: the town after a distance's
"من" ("على مبعدة نحو 50 كيلومتر إلى الجنوب من بغداد", "على مبعدة ستة كيلومترات فقط من مدينة الرقة") and the two
ends of a route told with a dash ("على محور الميادين - البوكمال في ريف دير الزور"); a unit the sentence names
still locates it (rasd/extract/events/places.py, _after_distance, _route_endpoint). Fixtures: breadth-set
sentences (ITIC weekly V-566#2 and R-51#5, al-Hayat via alsafahat R-147#0), in the corpus's pre-tokenised style."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _places(text: str, published: str) -> list[str | None]:
    return [e.location for e in actual_events_of(analyse_text(text, published))]


def test_distance_through_a_direction_noun_phrase() -> None:
    # the bombing was in al-Musayyib, Babil governorate: Baghdad only measures how far it lies
    text = ("وفي مدينة مسيب في محافظة بابل , على مبعدة نحو 50 كيلومتر إلى الجنوب من بغداد , فجر إرهابي "
            "انتحاري نفسه بواسطة سترة ناسفة . أسفر التفجير عن مقتل 37 شخصا وجرح أربعين .")
    assert _places(text, "2017-06-10") == ["fd:IQ-06-بابل"]


def test_distance_with_a_hedge() -> None:
    # the SDF took areas north of the city, six km from Raqqa: not Raqqa city, and the text names no other place
    text = ("وأفادت التقارير بأن القوات السورية الديمقراطية قد سيطرت على عدد من المناطق إلى الشمال من المدينة "
            "وأنها تتواجد الآن على مبعدة ستة كيلومترات فقط من مدينة الرقة .")
    assert _places(text, "2017-05-13") == []


def test_route_ends_give_way_to_the_unit() -> None:
    text = "وذكرت مصادر متطابقة أن قوات النظام استعادت قرى وبلدات على محور الميادين - البوكمال في ريف دير الزور ."
    assert _places(text, "2017-12-04") == ["rasd:rif-deir-ez-zor"]


def test_a_town_in_a_list_keeps_its_place() -> None:
    # a dash with no route noun before it is no route ("حلب - دمشق" may be a list or a dateline)
    text = "قصفت الطائرات الحربية مدينة الميادين - البوكمال في ريف دير الزور ."
    assert _places(text, "2017-12-04") == ["rasd:mayadin"]
