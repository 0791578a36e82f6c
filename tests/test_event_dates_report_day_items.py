"""Glued daily reports ("التقرير اليومي ... ليوم 24 - 1 - 2016 بلغ مجموع الضحايا ... , بينهم : ...") list the
day's dead clause by clause; a clause may state its own day ("جراء القصف على بلدة خشام بتاريخ 23 - 1 - 2016"),
and that day is its own happening's, not the next clause's. A clause with no day of its own is of the day its
report covers, which the sentence names too. Breadth row behind it: Asharq al-Arabi's digest of 28 Jan 2016
(V-486#6, brsample14a): the clash in the Aleppo countryside took 23 Jan from the Khsham clause.
Fixture written for these tests."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

REPORTS = (
    "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 23 - 1 - 2016 بلغ مجموع الضحايا في سوريا ( 40 ) "
    "شخصا يوم السبت 23 - 1 - 2016 , بينهم : في محافظة درعا قضى ( 3 ) أشخاص في الاشتباكات ضد قوات النظام .\n"
    "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 24 - 1 - 2016 بلغ مجموع الضحايا في سوريا ( 58 ) "
    "شخصا يوم الأحد 24 - 1 - 2016 , بينهم : في محافظة دير الزور قضى ( 24 ) شخصا , بينهم ( 22 ) جراء القصف "
    "على بلدة خشام بتاريخ 23 - 1 - 2016 , و ( 1 ) قضى في الاشتباكات ضد تنظيم داعش في ريف حلب , و ( 1 ) قضى "
    "جراء الحصار المفروض من قبل تنظيم داعش على أحياء الجورة و القصور الخاضعين لسيطرة النظام .\n")


def _dates_at() -> dict[str, tuple[str, str]]:
    a = analyse_text(REPORTS, "2016-01-28")
    return {e.location: (e.date_start, e.date_end) for e in actual_events_of(a)}


def test_a_report_clause_without_a_day_of_its_own_is_of_the_report_s_day() -> None:
    # before: 23 Jan, the Khsham clause's day
    assert _dates_at()["rasd:rif-aleppo"] == ("2016-01-24", "2016-01-24")


def test_twin_the_clause_that_states_its_own_day_keeps_it() -> None:
    dates = _dates_at()
    assert dates["gn:167899"] == ("2016-01-23", "2016-01-23")     # Khsham, "بتاريخ 23 - 1 - 2016"
    assert dates["gov:daraa"] == ("2016-01-23", "2016-01-23")      # the 23 Jan report's own clash


LIST = (
    "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 9 - 1 - 2016 بلغ مجموع الضحايا في سوريا ( 40 ) شخصا "
    "يوم السبت 9 - 1 - 2016 , بينهم : في محافظة درعا قضى ( 3 ) أشخاص في الاشتباكات ضد قوات النظام .\n"
    "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 10 - 1 - 2016 بلغ مجموع الضحايا في سوريا ( 58 ) شخصا "
    "يوم الأحد 10 - 1 - 2016 .\n"
    "عباب سليمان قطايف , تعرضت للاختطاف والاختفاء القسري من قبل مسلحين مجهولين , في منطقة العباسيين - دمشق , "
    "بتاريخ 10 \\ 1 \\ 2016 , ومازالت مجهولة المصير خلود جميل القاضي , تعرضت للاختطاف والاختفاء القسري من قبل "
    "مسلحين مجهولين , في مدينة حرستا - ريف دمشق , بتاريخ 8 \\ 1 \\ 2016 , ومازالت مجهولة المصير فايزة نديم "
    "الحاج علي , تعرضت للاختطاف والاختفاء القسري من قبل "
    "مسلحين مجهولين , في مدينة دوما - ريف دمشق , بتاريخ 11 \\ 1 \\ 2016 ومازالت مجهولة المصير .\n")


def test_twin_a_list_item_closed_by_its_own_day_keeps_it_not_the_report_s() -> None:
    # the last abduction's day follows it ("بتاريخ 11 \ 1 \ 2016"), no other happening between: its own
    a = analyse_text(LIST, "2016-01-14")
    assert {(e.date_start, e.date_end) for e in actual_events_of(a, "Violence against civilians")} \
        >= {("2016-01-10", "2016-01-10"), ("2016-01-11", "2016-01-11")}
