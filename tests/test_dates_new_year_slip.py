"""A January date typed with the year before ("يوم السبت 9 - 1 - 2015" in the report of 9 January 2016)
is read by the weekday written with it (rasd.text.dates._new_year_slips). Breadth V-531#1: asharqalarabi's
compilation of the SHRC daily reports of January 2016, each "ليوم 9 - 1 - 2016 ... يوم السبت 9 - 1 - 2015":
the shelling of Orum al-Jawz and Saraqib was left undated (its sentence named a day a year off its report's)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.text.dates import find_dates


def _days(text: str) -> list[str | None]:
    return [d.date_start for d in find_dates(text) if d.kind == "absolute"]


def test_the_weekday_reads_a_january_date_typed_with_the_year_before() -> None:
    # 9 Jan 2015 was a Friday, 9 Jan 2016 a Saturday
    assert _days("بلغ مجموع الضحايا في سوريا ( 88 ) شخصا يوم السبت 9 - 1 - 2015 , بينهم") == ["2016-01-09"]


def test_a_date_its_weekday_agrees_with_or_that_fits_neither_year_stays() -> None:
    # twins: the Friday is 9 Jan 2015's own weekday; a Sunday fits neither 2015 nor 2016; February is no slip
    assert _days("شخصا يوم الجمعة 9 - 1 - 2015 , بينهم") == ["2015-01-09"]
    assert _days("شخصا يوم الأحد 9 - 1 - 2015 , بينهم") == ["2015-01-09"]
    assert _days("شخصا يوم الثلاثاء 10 - 2 - 2015 , بينهم") == ["2015-02-10"]


# (the page's head as asharqalarabi prints it: its title twice under the site bar, then the 12 January report)
REPORTS = (
    "من أخبار حقوق الإنسان في سورية 14 - 1 - 2016 اخر تحديثالسبت - 20 / 01 / 2018 \\ \\ من أخبار حقوق الإنسان في "
    "سورية 14 - 1 - 2016 من أخبار حقوق الإنسان في سورية 14 - 1 - 2016 التقرير اليومي عن انتهاكات حقوق الإنسان في "
    "سورية ليوم 12 - 1 - 2016 بلغ مجموع الضحايا في سوريا ( 148 ) شخصا يوم الثلاثاء 12 - 1 - 2015 , بينهم : في "
    "محافظة إدلب قضى ( 59 ) شخصا , بينهم ( 52 ) شخصا قضوا جراء القصف الروسي على مدن ريف المحافظة .\n"
    "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 9 - 1 - 2016 بلغ مجموع الضحايا في سوريا ( 88 ) شخصا "
    "يوم السبت 9 - 1 - 2015 , بينهم : في محافظة إدلب قضى ( 42 ) شخصا , بينهم ( 35 ) جراء القصف على مدينة معرة "
    "النعمان , و ( 5 ) جراء القصف على أورم الجوز وسراقب , و ( 1 ) في الاشتباكات ضد قوات النظام , و ( 1 ) جراء "
    "انفجار عبوة ناسفة .\n"
)


def test_a_daily_reports_shelling_takes_its_reports_day() -> None:
    a = analyse_text(REPORTS)
    text = a.doc.text
    # the events of the 9 January report's sentence (after its heading)
    cut = text.index("ليوم 9 - 1 - 2016")
    dates = {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")
             if e.field_evidence["trigger"][0] > cut}
    assert dates == {("2016-01-09", "2016-01-09")}
