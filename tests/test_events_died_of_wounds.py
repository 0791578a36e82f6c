"""A death of earlier wounds does not date the strike that wounded (DATE_WRONG_ANCHOR cause (e) of the breadth
samples, anchor8): in a rights group's daily victim list "7 - زوجة فلان / ريف حلب / متأثرة بإصابتها نتيجة قصف من
طيران التحالف على قرية تل أسود" the report's day is her death's; the strike was before, on a day the text does not
give, so no strike row of the report's day (``background._died_of_wounds``; background_marks.yaml
wounds_participles). Breadth V-641 #1 (asharqalarabi daily of 24-11-2016, brsample8: "dated to the day of her
death"). Fixtures in the corpus's pre-tokenised style, with negative twins."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

PLACES = {
    "tal": ("تل أسود", "Tal Aswad", 36.60, 37.20, "town", "Aleppo"),
    "khan": ("خان شيخون", "Khan Shaykhun", 35.44, 36.65, "town", "Idlib"),
}

# (two glued daily reports, as the page runs them: each heading dates its own part's items)
HEAD = ("التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 23 - 11 - 2016 بلغ مجموع الضحايا في سوريا ( 80 ) "
        "شخصا يوم الأربعاء 23 - 11 - 2016 , بينهم : في محافظة إدلب قضى ( 12 ) شخصا جراء القصف على مدينة خان شيخون .\n"
        "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 24 - 11 - 2016 بلغ مجموع الضحايا في سوريا ( 99 ) "
        "شخصا يوم الخميس 24 - 11 - 2016 , بينهم : في محافظة حلب قضى ( 57 ) شخصا منهم ( 55 ) جراء القصف على أحياء "
        "الميسر والمشهد في القسم الشرقي من مدينة حلب .\n"
        "5 - إسماعيل تادفي / حلب / القاطرجي / جراء القصف على الحي .\n")
ITEM = "7 - زوجة محمود الياسين الدلك / ريف حلب / متأثرة بإصابتها نتيجة قصف من طيران التحالف على قرية تل أسود .\n"
NEXT = "8 - الشاب خالد الديوب / إدلب - خان شيخون / جراء القصف على مدينة خان شيخون ."


def _run(item: str) -> dict[str, set[tuple[str, str]]]:
    a = run_with_places(HEAD + item + NEXT, syrian_places(PLACES), syrian=True)
    return {p: actual_dates_at(a, p) for p in PLACES}


def test_the_strike_behind_a_death_of_wounds_is_no_strike_of_the_reports_day() -> None:
    got = _run(ITEM)
    assert got["tal"] == set()
    assert ("2016-11-24", "2016-11-24") in got["khan"]     # (the next item's strike of the day stays)


def test_a_death_by_the_strike_keeps_its_row() -> None:
    # twin: killed by the strike ("جراء قصف"), no earlier wounds
    got = _run(ITEM.replace("متأثرة بإصابتها نتيجة", "جراء"))
    assert got["tal"] == {("2016-11-24", "2016-11-24")}


def test_the_wounding_strikes_own_day_keeps_it() -> None:
    # twin: the clause dates the strike ("قبل أيام"): its own time, the row stays
    got = _run(ITEM.replace("تل أسود .", "تل أسود قبل أيام ."))
    assert got["tal"]
    assert ("2016-11-24", "2016-11-24") not in got["tal"]


def test_another_clause_after_the_death_keeps_its_strike() -> None:
    # twin: the strike is told in a clause of its own after the death ("فيما قصفت ...")
    item = "7 - توفي فلان متأثرا بجراحه فيما قصفت طائرات التحالف قرية تل أسود .\n"
    got = _run(item)
    assert got["tal"] == {("2016-11-24", "2016-11-24")}


# A numbered entry's time is its own: the next entry's "منذ اسبوع" (a rescuer wounded a week ago) does not date the
# shelling the entry before it tells (V-641 #1: Douma 18-24 Nov for the 28 Nov report's victims; dates.entry_seg).
RUN_ON = ("9 - الطفلة شهد اسماعيل الزريع / ريف دمشق - دوما / جراء القصف على مدينة دوما 10 - الطفلة ملك أنس سريول / "
          "ريف دمشق - دوما / جراء القصف على المدينة 11 - حسين السيد محمود / ريف دمشق - دوما / جراء إصابته أثناء "
          "إسعافه للجرحى منذ اسبوع وهو أحد كوادر منظومة شام الإسعافية .\n")


def _douma(entries: str) -> set[tuple[str, str]]:
    places = dict(PLACES, douma=("دوما", "Douma", 33.57, 36.40, "town", "Rif Dimashq"))
    a = run_with_places(HEAD + entries + NEXT, syrian_places(places), syrian=True)
    return actual_dates_at(a, "douma")


def test_the_next_entrys_time_does_not_date_an_entry() -> None:
    got = _douma(RUN_ON)
    assert got == {("2016-11-24", "2016-11-24")}


def test_an_entrys_own_time_dates_it() -> None:
    # twin: the entry itself tells its time ("... على مدينة دوما قبل أيام 10 - ..."): the days before the report's
    got = _douma(RUN_ON.replace("على مدينة دوما 10", "على مدينة دوما قبل أيام 10"))
    assert ("2016-11-17", "2016-11-23") in got
