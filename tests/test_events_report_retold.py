"""Glued daily reports (DATE_WRONG_ANCHOR, session 23): an undated telling in one day's report is no
retelling of another report's happening (merge._merge_retold, ``_other_post_day``) unless the other
report dates that happening to the undated telling's own day. Joined, the pair took a window spanning
both reports (asharqalarabi's 25-2-2016 page: the 23rd's coalition strike on al-Bahsa was dated 14-23
Feb with the 20th's strikes on a Deir ez-Zor fuel station and the Shaddadi prison). Excerpts of the
real page (shortened); the Otaya twin keeps the retelling the 20th's report dates "بتاريخ 19 - 2 - 2016"."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province); al-Bahsa at al-Shaddadi's point, as the
# gazetteer places the village "غرب الشدادي" (near it)
PLACES = {
    "bahsa": ("البحصة", "al-Bahsa", 36.058, 40.735, "town", "Hasakah"),
    "shaddadi": ("الشدادي", "al-Shaddadi", 36.058, 40.735, "town", "Hasakah"),
    "otaya": ("أوتايا", "Otaya", 33.55, 36.45, "town", "Rif Dimashq"),
    # the province the reports count the dead by (without it "محافظة ريف دمشق" read as Damascus city, a place
    # apart from Otaya, which the strike's object "القصف على بلدة أوتايا" then replaced)
    "rif-dimashq": ("ريف دمشق", "Rif Dimashq", 33.5, 36.5, "admin1", "Rif Dimashq"),
}

HEAD = "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم "

PAGE = ("من أخبار حقوق الإنسان في سورية 25 - 2 - 2016\n"
        + HEAD + "23 - 2 - 2016 بلغ مجموع الضحايا في سوريا ( 38 ) شخصا يوم الثلاثاء 23 - 2 - 2016 , بينهم : "
        "في محافظة حلب قضى ( 12 ) شخصا , منهم ( 10 ) جراء سقوط قذائف هاون على حيي الزهراء والشيخ مقصود .\n"
        "كما قضى ( 2 ) جراء قصف طيران التحالف الدولي لسيارة مدنية في قرية البحصة غرب الشدادي في محافظة الحسكة .\n"
        + HEAD + "20 - 2 - 2016 بلغ مجموع الضحايا في سوريا ( 32 ) شخصا يوم السبت 20 - 2 - 2016 , بينهم في "
        "محافظة ريف دمشق قضى ( 13 ) شخصا بينهم ( 4 ) جراء القصف على بلدة أوتايا بتاريخ 19 - 2 - 2016 .\n"
        "وتم توثيق ( 4 ) أشخاص قضوا في محافظة دير الزور , ( 2 ) منهما جراء قصف لطيران التحالف استهدف محطة "
        "للوقود وسجنا لتنظيم داعش .\n"
        "4 - بشار خالد العلاوي / دير الزور - بلدة الجنينة / باستهداف طيران التحالف الدولي لمحطة وقود في ريف "
        "ديرالزور 5 - محمد تركي الخليفة / دير الزور - بقرص / قضى في سجون تنظيم داعش جراء الغارات الجوية على سجن "
        "مدينة الشدادي 6 - محمد حسن الخضير / دير الزور - الشحيل / في قصف الطيران الروسي لمخبز في مدينة الشدادي "
        "قبل عدة ايام 7 - عمار سمير الحواش / دير الزور - حي الحميدية / نتيجة سقوط قذيفة هاون على حي الحميدية\n"
        + HEAD + "19 - 2 - 2016 بلغ مجموع الضحايا في سوريا ( 84 ) شخصا يوم الجمعة 19 - 2 - 2016 , بينهم : "
        "في محافظة حلب قضى ( 24 ) شخصا .\n"
        "أما في محافظة ريف دمشق فقضى ( 17 ) شخصا , بينهم ( 13 ) جراء القصف بينهم ( 8 ) في بلدة أوتايا جراء "
        "القصف الروسي .\n")


def _run() -> Analysis:
    return run_with_places(PAGE, syrian_places(PLACES), "unknown", None, syrian=True)


def test_report_line_is_no_retelling_of_another_reports_strike() -> None:
    a = _run()
    # the 23rd's strike on al-Bahsa keeps its report's day, not a window reaching back to the 20th's strikes
    assert actual_dates_at(a, "bahsa") == {("2016-02-23", "2016-02-23")}


def test_report_dating_the_other_reports_day_is_still_retold() -> None:
    a = _run()
    # the 20th's report tells the Otaya shelling of the 19th: one event with the 19th's report's telling
    assert actual_dates_at(a, "otaya") == {("2016-02-19", "2016-02-19")}
    assert sum(e.location == "otaya" and e.modality == "actual" for e in a.events) == 1
