"""A day-by-day digest (harmoon.org's weekly report, one section a day opened by "2016 - 10 - 03 الإثنين
3 / 10 / 2016"): a section's undated news is of its day, as a daily report's items are, not the week up to
it (which reaches into the sections before). A feed's posts share their days and keep the week.
Excerpts of the real page (shortened)."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.extract.events.dates import _day_sections

PAGE = (
    "تقرير عن الأسبوع الأول من شهر تشرين الأول / أكتوبر 2016 - مركز حرمون للدراسات المعاصرة\n"
    "2016 - 10 - 02 الأحد 2 / 10 / 2016 الوضع الدولي والإقليمي الخاص بسورية طالبت دول مجلس التعاون الخليجي "
    "يوم السبت الأمم المتحدة بالتدخل في سورية .\n"
    "2016 - 10 - 03 الإثنين 3 / 10 / 2016 الوضع الدولي والإقليمي الخاص بسورية أعلنت رئاسة الأركان التركية "
    "سيطرة الجيش السوري الحر , على 960 كلم من مناطق شمالي حلب .\n"
    "قصفت قوات الأسد بالبراميل المتفجرة بلدة الهامة واستهدفت بلدتي الهامة وقدسيا بقذائف الهاون والرشاشات بشكل "
    "عنيف , وسط حركة نزوح من الهامة إلى قدسيا .\n"
)


def test_section_news_takes_its_day() -> None:
    dates = {(e.date_start, e.date_end) for e in actual_events_of(analyse_text(PAGE), "Explosions/Remote violence")}
    assert dates == {("2016-10-03", "2016-10-03")}


def test_day_sections_need_a_day_each() -> None:
    d1, d2 = dt.date(2016, 10, 2), dt.date(2016, 10, 3)
    assert _day_sections([(0, d1), (50, d2)])
    assert not _day_sections([(0, d2), (50, d2)])      # a feed's posts of one day
    assert not _day_sections([(0, d1), (50, None)])     # a post stamped with no day
    assert not _day_sections([(0, d1)])
