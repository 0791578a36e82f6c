"""A dated single story or one day's bulletin dates its undated news that day (or the day before up to it),
not the week up to it (events.dates.one_day_news); a story naming other days too, for the happenings of
paragraphs naming no other time (events.dates.story_days); a weekly magazine and a paragraph naming
another day or a span of days keep the week.
Texts from the breadth set (Al Jazeera 15 Nov 2017, TRT 28 Feb 2016, An-Nahar 28 Dec 2017)."""

from __future__ import annotations

import datetime as dt

from analysed import actual_dates_at, analyse_text

from rasd.extract.page_dates import early_stamp
from rasd.text.dates import find_dates

RAIDS = ("وشن الطيران الحربي للنظام غارات على مدن دوما وحرستا وعربين وبلدة مديرا بالغوطة الشرقية , "
         "بالتزامن مع قصف مدفعي على بلدات حمورية وحزة وسقبا وعربين ودوما وكفر بطنا .")


def test_single_story_dates_its_news_that_day() -> None:
    a = analyse_text(RAIDS, "2017-11-15")
    assert actual_dates_at(a, "rasd:douma") == {("2017-11-15", "2017-11-15")}


def test_yesterday_elsewhere_opens_the_day_before() -> None:
    text = RAIDS + "\nوكانت قوات النظام قد قصفت أمس بلدة جسرين بالمدفعية الثقيلة ."
    a = analyse_text(text, "2017-11-15")
    assert actual_dates_at(a, "rasd:douma") == {("2017-11-14", "2017-11-15")}


def test_small_hours_stamp_opens_the_day_before() -> None:
    a = analyse_text(RAIDS, "2016-02-26", stamp="2016 / 2 / 26 الساعة 06 : 43")
    assert actual_dates_at(a, "rasd:douma") == {("2016-02-25", "2016-02-26")}
    assert not early_stamp("01 / 08 / 2017 06 : 39 : 31 م")      # an afternoon's six o'clock
    assert early_stamp("00 : 00 28 كانون الأول 2017 | 00 : 00")   # a print edition's


def test_paragraph_naming_another_day_of_its_week_keeps_the_week() -> None:
    text = RAIDS + " وفي يوم الأحد , قصفت قوات النظام بلدة جسرين بالمدفعية الثقيلة ."
    a = analyse_text(text, "2017-11-15")
    assert actual_dates_at(a, "rasd:douma") == {("2017-11-09", "2017-11-15")}


def test_story_naming_another_day_elsewhere_dates_its_news_to_its_days() -> None:
    # (Al-Araby 22 Aug 2017, alsafahat's "أحداث الأربعاء": the day's news, and another paragraph's Sunday)
    text = RAIDS + "\nوفي يوم الأحد , قصفت قوات النظام بلدة جسرين بالمدفعية الثقيلة ."
    a = analyse_text(text, "2017-11-15")
    assert actual_dates_at(a, "rasd:douma") == {("2017-11-14", "2017-11-15")}


def test_story_paragraph_of_recent_days_keeps_the_week() -> None:
    # "تولى قاسم سليماني إدارة عمليات معارك البوكمال خلال الأيام الماضية": the paragraph tells a span
    text = RAIDS.replace(" .", " خلال الأيام الماضية .") + "\nوفي يوم الأحد , قصفت قوات النظام بلدة جسرين ."
    a = analyse_text(text, "2017-11-15")
    assert actual_dates_at(a, "rasd:douma") == {("2017-11-09", "2017-11-15")}


def test_weekly_magazine_keeps_the_week() -> None:
    # (Ain al-Yaqeen: "مجلة عربية سياسية إسبوعية" under its masthead)
    text = ("مجلة عين اليقين مجلة عربية سياسية إسبوعية\n" + RAIDS
            + "\nوفي يوم الأحد , قصفت قوات النظام بلدة جسرين بالمدفعية الثقيلة .")
    a = analyse_text(text, "2017-11-15")
    assert actual_dates_at(a, "rasd:douma") == {("2017-11-09", "2017-11-15")}


def test_lebanese_spelling_of_tuesday_is_a_weekday() -> None:
    text = "عقدت دمشق اتفاقا مع فصيل جيش الاسلام في ساعة متقدمة الثلثاء ."
    days = [(text[d.start:d.end], d.date_start) for d in find_dates(text, dt.date(2017, 12, 28)) if d.precision == "day"]
    assert any("الثلثاء" in s and day == "2017-12-26" for s, day in days)
