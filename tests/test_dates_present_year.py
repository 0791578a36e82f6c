"""An undated page that tells its present year with its number ("مطلع شباط من العام الجاري 2016",
aljumhuriya.net's "The road to Castello", written in July 2016): the year after the marker is the
month's year, and the page's year-less days ("ظهيرة الثامن عشر من تموز") after "مطلع تموز الجاري" are
of that year, not of the last full date told before them ("28 أيلول 2015"). Excerpts of the real page."""

from __future__ import annotations

from rasd.extract.page_dates import narrative_days
from rasd.text.dates import find_dates

PAGE = (
    "وانسحاب الفصائل من مواقعها على أطراف الحي , مقابل عدم قيام الوحدات الكردية باستهداف الطريق مطلقا , "
    "وذلك في 28 أيلول 2015 .\n"
    "ونجح النظام بغطاء جوي روسي في التقدم من مواقعه في باشكوي والسيطرة على حردتنين ورتيان ومعرستة الخان "
    "في مطلع شباط من العام الجاري 2016 , وفك الحصار عن نبل والزهراء .\n"
    "بدأت قوات النظام السوري معركة تم التسويق لها بوصفها معركة فاصلة لحصار حلب مطلع تموز الجاري , وسيطرت "
    "بعد معارك كر وفر على مزارع الملاح .\n"
    "تمكنت قوات النظام السوري في ليلة السابع عشر من تموز من تجاوز الجرف الصخري , لكن الفصائل تمكنت في ظهيرة "
    "الثامن عشر من تموز من تدمير آليات النظام .\n"
)


def test_year_told_after_present_marker() -> None:
    got = {d.surface: (d.date_start, d.date_end, d.kind) for d in find_dates(PAGE)}
    assert got["مطلع شباط من العام الجاري 2016"] == ("2016-02-01", "2016-02-10", "absolute")
    # the marker alone still needs the page's date
    assert find_dates("في أكتوبر من العام الماضي وقع")[0].date_start is None


def test_present_year_dates_the_narrative() -> None:
    days = {d.surface: d.date_start for d in narrative_days(PAGE, find_dates(PAGE), None, frozenset())}
    assert days["مطلع تموز الجاري"] == "2016-07-01"
    assert days["الثامن عشر من تموز"] == "2016-07-18"
