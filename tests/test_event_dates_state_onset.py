"""A "منذ" month or year told in another clause than the trigger's is when a state the sentence names began
(a siege), not the happening's time: the page's date still dates the happening (events.dates._state_onset).
Text from the breadth set (Al-Manar's Syrian summary of Sunday 30 Jul 2017)."""

from __future__ import annotations

from analysed import actual_dates_at, analyse_text

HEAD = ("الموجز السوري ليوم الاحد في 30 - 7 - 2017 - فيما يلي أبرز التطورات الميدانية في سوريا ليوم الاحد في "
        "30 - 7 - 2017 .\n- دارت اشتباكات بين \" الجبهة الشامية - الجيش الحر \" و \" درع الشرقية - الجيش الحر \" , "
        "لأسباب مجهولة , في مدينة جرابلس في ريف حلب الشمالي الشرقي . ")
VIGIL = ("إدلب وريفها : - أقام أهالي بلدتي الفوعة وكفريا في ريف إدلب الشمالي , وقفة احتجاجية لليوم السابع عشر على "
         "التوالي , طالبوا فيها بالإسراع في فك الحصار المفروض عليهم منذ أكثر من سنتين وتطبيق الاتفاق المبرم وإدخال "
         "مساعدات إنسانية عاجلة إلى البلدتين حيث لم تدخل مساعدات منذ أكثر من 5 أشهر .")


def test_siege_onset_leaves_the_vigil_to_the_report_day() -> None:
    a = analyse_text(HEAD + VIGIL)
    assert actual_dates_at(a, "rasd:rif-idlib-north") == {("2017-07-30", "2017-07-30")}
