"""Events: a province's countryside ("ريف حماة الشمالي") and a place or region of another province ("ريف إدلب
الجنوبي") are two fronts, so two happenings, though their centres lie within the region reach of the merge
passes; a countryside province and the city province it surrounds (ريف دمشق / دمشق) stay one front.
Excerpts from the unifiedfc corpus (breadth set R-91#8, R-150#5), run through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.knowledge.gazetteer import default_gazetteer

# R-91#8: a helicopter downed "last September" north of Hama (background, no event of its own), then a
# counter-attack in the south Idlib countryside: the counter-attack was merged into the downing and lost
DOWNING = ("يذكر أن \" جيش العزة \" تمك ن في أيلول الماضي , من إسقاط طائرة مروحية روسية كانت تحلق على علو منخفض "
           "بالقرب من رحبة خطاب في ريف حماة الشمالي , وذلك عبر استهدافها بصاروخ \" تاو \" مضاد للدروع , حيث كانت "
           "المقاتلة الروسية تحلق على ارتفاع منخفض .\n")
COUNTER_ATTACK = ("من جانبه , أكد مراسل أورينت , أن 10 عناصر من قوات النظام قتلوا وجروح آخرون في هجوم معاكس للثوار "
                  "على نقاط تقدمت إليها مليشيات النظام في محيط منطقة تل سكيك بريف إدلب الجنوبي .\n")

# R-150#5: "دمشق وريفها" and the attack "في ريف دمشق" are one happening across the two provinces' line
ESCALATION = "تصاعد المعارك في دمشق وريفها الى مستويات لم تعرفها منذ اشهر .\n"
RIF_DIMASHQ = ("لكن مصدرا امنيا سوريا أوضح ان \" الجيش يشن هجوما شاملا \" في ريف دمشق حيث معاقل كثيرة لمقاتلي "
               "المعارضة يستخدمونها قاعدة خلفية في هجماتهم على العاصمة .\n")


def _placed(text: str) -> list[tuple[str, str]]:
    a = analyse_text(text, "2017-11-20")
    return [(e.sub_event_type, a.entities[e.location].name_ar if e.location in a.entities else "")
            for e in actual_events_of(a, "Battles")]


def test_a_clash_in_another_provinces_countryside_is_not_merged_away() -> None:
    assert _placed(DOWNING + COUNTER_ATTACK) == [("Armed clash", "ريف إدلب الجنوبي")]


def test_damascus_and_its_countryside_stay_one_front() -> None:
    assert _placed(ESCALATION + RIF_DIMASHQ) == [("Armed clash", "دمشق")]


def test_the_surrounding_province_is_read_from_the_governorates() -> None:
    pairs = default_gazetteer().surrounding_provinces()
    assert frozenset({"Rif Dimashq", "Damascus"}) in pairs
    assert frozenset({"Hama", "Idlib"}) not in pairs
