"""Place names that do not tell where a happening was (judged PLACE_OTHER on the breadth samples): a street
named after a town ("شارع بيروت" at the edge of Yarmouk camp is no street of Beirut), the home or starting
point of displaced people behind a glued preposition ("في تجمع للنازحين من دير الزور"), and an imported
list's district whose name every city has ("مبنى سوق الهال الجديد" at al-Bab's entrance is not Aleppo city's
Souq al-Hal) when no place next to that district is named, and the target of a plot told after an arrest
("القبض على خلايا كانت تخطط لمهاجمة مراكز تسوق في إسطنبول"). Excerpts of unifiedfc articles (breadth V-295,
V-625, V-7, R-308)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.knowledge.gazetteer import RANK_IMPORTED, default_gazetteer
from rasd.knowledge.resources import Resources
from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Entity, Published


def _places(a: Analysis) -> set[str]:
    return {a.entities[e.location].name_ar for e in a.events if e.location and e.modality == "actual"}


def test_town_named_by_a_street_is_not_the_place() -> None:
    # V-295 (AGPS item of 12-01-2018): IS snipers on "Beirut Street" at the edge of Yarmouk camp
    a = analyse_text("استخدم تنظيم \" داعش \" قذائف الهاون التي استهدف فيها الأبنية المجاورة لحي الزين , كما استهدف"
                     " قناصو التنظيم المباني السكنية في شارع بيروت .", "2018-01-12")
    assert "بيروت" not in _places(a)


def test_town_told_in_after_a_street_word_elsewhere_stays() -> None:
    # the street guard reads only the word right before the name
    a = analyse_text("قصفت قوات النظام شارع الثورة في مدينة دوما بقذائف الهاون اليوم .", "2018-01-12")
    assert _places(a) == {"دوما"}


def test_home_of_displaced_people_behind_a_glued_preposition_is_not_the_place() -> None:
    # V-625 (Al-Mayadeen tag page): the displaced came from Deir ez-Zor; the car bomb hit their gathering
    a = analyse_text("مراسلة الميادين تفيد باستشهاد أكثر من 100 مدني وإصابة آخرين بتفجير تنظيم داعش سيارة"
                     " مفخخة في تجمع للنازحين من دير الزور .", "2017-06-09")
    assert "دير الزور" not in _places(a)


def _with_district() -> Resources:
    """The default resources with one district of the Syrian Archive list: Souq al-Hal of Aleppo city."""
    gaz = default_gazetteer()     # a fresh copy: the cached one is shared
    gaz.add(Entity(id="sa:test-souq-al-hal", type="PLACE", name_ar="سوق الهال", name_en="Souq al-Hal",
                   source="syrian-archive", lat=36.1978, lon=37.1475, country="SY", admin1="Aleppo",
                   level="neighbourhood"), RANK_IMPORTED, merge=False)
    gaz.build_indexes()
    res = Resources()
    res.__dict__["gazetteer"] = gaz      # (the cached property's slot)
    return res


def _district_of(text: str, res: Resources) -> list[str | None]:
    a = analyse(Document(id="gd", source="gd.txt", text=text, published=Published("2017-02-11", "day")), res)
    return [m.entity_id for m in a.mentions if m.type == "PLACE" and "سوق الهال" in a.doc.text[m.start:m.end]]


def test_generic_district_of_another_city_is_left_unresolved() -> None:
    # V-625 (Al-Manar press review, 11 Feb 2017): al-Bab's new wholesale-market building
    res = _with_district()
    text = ("تتواصل المعارك على أطراف مدينة الباب في ريف حلب الشرقي . وحتى مساء أمس تقدمت \" درع الفرات \" على"
            " المدخل الغربي للمدينة وسيطرت على مشفى الحكمة , كما على مبنى سوق الهال الجديد , وسط اشتباكات .")
    ids = _district_of(text, res)
    assert ids and "sa:test-souq-al-hal" not in ids


def test_generic_district_next_to_its_city_stays() -> None:
    res = _with_district()
    text = "سقطت قذائف هاون اليوم على منطقة سوق الهال في مدينة حلب , وأصيب ثلاثة مدنيين ."
    assert "sa:test-souq-al-hal" in _district_of(text, res)


def test_targets_listed_after_a_plot_are_not_the_arrest_place() -> None:
    # R-308 (17 Nov 2017): IS cells arrested that were planning to attack malls in Istanbul and Ankara
    a = analyse_text("وأعلنت السلطات التركية خلال الشهر الجاري , أنها تمكنت من القبض على خلايا تابعة للتنظيم كانت"
                     " تخطط لمهاجمة مراكز تسوق عدة في إسطنبول وأنقرة .", "2017-11-17")
    assert not {"إسطنبول", "استنبول", "أنقرة", "آنقره"} & _places(a)


def test_arrest_told_in_a_town_before_the_plot_stays_there() -> None:
    a = analyse_text("اعتقلت الشرطة التركية في مدينة إزمير اليوم خمسة أشخاص كانوا يخططون لهجوم .", "2017-01-06")
    assert len(_places(a)) == 1
