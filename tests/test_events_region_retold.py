"""A countryside region and a town of its province told of one happening on one day are one event
(merge._region_holds): the region is the wide name of the town's ground, beyond places_compatible's
distance from the region's centre. A town of the province's far side stays apart."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

STRIKES = ("شنت الطائرات الحربية غارات اليوم على ريف إدلب . "
           "وقتل خمسة مدنيين اليوم بغارات جوية على بلدة خان شيخون بريف إدلب .")
PROTEST = ("قتل متظاهر اليوم برصاص مسلحين في مظاهرة خرجت في بلدة الغندورة . "
           "وقال مراسلنا إن مظاهرة خرجت اليوم في ريف حلب الشرقي .")
FAR_SIDE = ("شنت الطائرات الحربية غارات اليوم على ريف حلب الجنوبي . "
            "وقتل خمسة مدنيين اليوم بغارات جوية على مدينة جرابلس .")


def test_region_and_its_town_one_strike() -> None:
    a = analyse_text(STRIKES, "2017-09-26")
    assert len(actual_events_of(a, "Explosions/Remote violence")) == 1


def test_region_and_its_town_one_protest() -> None:
    a = analyse_text(PROTEST, "2017-09-26")
    assert len(actual_events_of(a, "Protests")) == 1


def test_town_of_the_far_side_stays_apart() -> None:
    a = analyse_text(FAR_SIDE, "2017-09-26")
    assert len(actual_events_of(a, "Explosions/Remote violence")) == 2
