"""A merged telling's finer place told paragraphs away does not replace the lead telling's own place
(rasd/extract/events/compare.py: _place_told_afar)."""

from __future__ import annotations

from analysed import analyse_text

# a long page: a lead of its own, then paragraphs that tell no happening (about 1,700 characters)
LEAD = ("تقرير أسبوعي عن أوضاع المحافظات الشمالية والاقتصاد والتعليم والصحة والخدمات العامة في البلاد ومستقبل "
        "المفاوضات السياسية بين الأطراف . "
        + " ".join(f"وتناول التقرير رقم {i} قضايا الخدمات العامة والمياه والكهرباء في المدن ." for i in range(1, 6)))
FILLER = " ".join(f"وقال الباحث في تقريره رقم {i} إن الاقتصاد المحلي يحتاج إلى إصلاحات واسعة في قطاع الزراعة "
                  "والتجارة والتعليم ." for i in range(1, 17))
CAMPS = "وقتل مدني جراء استهداف قوات النظام بقذائف المدفعية مخيمات للنازحين في ريف إدلب الجنوبي ."
TOWN = "وقصفت قوات النظام بقذائف المدفعية مدينة خان شيخون بريف إدلب الجنوبي ."


def _places(text: str) -> list[tuple[str, int | None]]:
    a = analyse_text(text, "2017-03-20")
    names = {k: e.name_ar for k, e in a.entities.items()}
    return [(names.get(e.location or "", ""), e.geo_precision) for e in a.events]


def test_town_told_paragraphs_later_does_not_place_the_region_telling() -> None:
    # the camps' shelling names its region; the town shelled 1,700 characters later is no finer
    # telling of it: the region stays the event's place
    places = _places(LEAD + "\n" + CAMPS + "\n" + FILLER + "\n" + TOWN)
    assert places == [("ريف إدلب الجنوبي", 3)]


def test_town_told_next_still_refines_the_region() -> None:
    # told in the next sentence, the town is the finer place of the same telling (as before)
    places = _places(LEAD + "\n" + CAMPS + "\n" + TOWN + "\n" + FILLER)
    assert places == [("خان شيخون", 1)]


def test_lead_region_takes_the_body_town_however_far() -> None:
    # a lead (headline) names the region, the body the town: one happening, at the town
    places = _places(CAMPS + "\n" + FILLER + "\n" + TOWN)
    assert places == [("خان شيخون", 1)]
