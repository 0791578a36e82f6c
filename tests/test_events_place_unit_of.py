"""A town told with its own link to the region is the finer place, not the region: the unit after a link
of belonging ("في ناحية شيراوا التابع لمدينة عفرين في ريف حلب الشمالي الغربي", "قرى تابعة لناحية السعن
في ريف حماة الشرقي"), whose glued "ل" is no goal, and a town whose modifier phrase stands between it and
its region ("قرية كلجبرين الخاضعة لسيطرة المعارضة بريف حلب الشمالي") (session 23, finerplace;
rasd/extract/events/places.py, _unit_of and _modified_town). Fixtures: breadth-set sentences (V-486,
V-11, V-184), pre-tokenised."""

from __future__ import annotations

from test_events import actual_places

from rasd.records import Entity

AFRIN = Entity("afrin", "PLACE", "عفرين", "Afrin", lat=36.511, lon=36.866, level="town", country="SY",
               admin1="Aleppo")
SAAN = Entity("saan", "PLACE", "السعن", "al-Saan", lat=35.264, lon=37.374, level="town", country="SY",
              admin1="Hama")
# the gazetteer's mention takes the village noun in ("قرية كلجبرين"), as on the breadth page
KALJIBRIN = Entity("kaljibrin", "PLACE", "قرية كلجبرين", "Kaljibrin", lat=36.52, lon=37.18, level="town", country="SY",
                   admin1="Aleppo")
RIF_ALEPPO_NW = Entity("rif-aleppo-nw", "PLACE", "ريف حلب الشمالي الغربي", "NW Aleppo countryside", lat=36.4,
                       lon=36.9, level="region", country="SY", admin1="Aleppo")
RIF_ALEPPO_N = Entity("rif-aleppo-n", "PLACE", "ريف حلب الشمالي", "N Aleppo countryside", lat=36.45,
                      lon=37.1, level="region", country="SY", admin1="Aleppo")
RIF_HAMA_E = Entity("rif-hama-e", "PLACE", "ريف حماة الشرقي", "E Hama countryside", lat=35.2, lon=37.2,
                    level="region", country="SY", admin1="Hama")
PLACES = [AFRIN, SAAN, KALJIBRIN, RIF_ALEPPO_NW, RIF_ALEPPO_N, RIF_HAMA_E]


def _places(text: str) -> list[str | None]:
    return actual_places(text, PLACES, "2018-01-20")


def test_the_unit_a_sub_district_belongs_to() -> None:
    text = ("قصف الجيش التركي بالمدفعية , مواقع \" قسد \" المتمركزة في ناحية \" شيراوا \" التابع لمدينة عفرين "
            "في ريف حلب الشمالي الغربي .")
    assert _places(text) == ["afrin"]


def test_the_sub_district_villages_belong_to() -> None:
    text = "شنت طائرات حربية روسية أكثر من 22 غارة على قرى تابعة لناحية السعن في ريف حماة الشرقي ."
    assert _places(text) == ["saan"]


def test_a_goal_of_movement_keeps_the_region() -> None:
    # "إلى مدينة عفرين": where the shells were carried toward, no unit of belonging
    text = "قصف الجيش التركي بالمدفعية مواقع تابعة لقسد قرب الطريق المؤدي لمدينة عفرين في ريف حلب الشمالي الغربي ."
    assert _places(text) != ["afrin"]


def test_a_town_with_its_modifier_before_the_region() -> None:
    text = ("استهدفت قوات سوريا الديمقراطية بأكثر من عشر قذائف هاون , عصر اليوم , قرية كلجبرين الخاضعة لسيطرة "
            "المعارضة بريف حلب الشمالي , ما أدى إلى مقتل تسعة مدنيين .")
    assert _places(text) == ["kaljibrin"]


def test_another_predicate_in_the_modifier_keeps_the_region() -> None:
    # a verb between the town and the region opens another telling: the region is not the town's
    text = ("استهدفت قوات سوريا الديمقراطية بقذائف هاون , عصر اليوم , قرية كلجبرين الخاضعة لسيطرة فصائل "
            "قصفت مواقع بريف حلب الشمالي .")
    assert _places(text) != ["kaljibrin"]
