"""A day told before a month relative to the page, written as an ordinal ("في الخامس عشر من الشهر الجاري", "مساء
الحادي والعشرين من الشهر الماضي") or as two days ("يومي 14 و 15 من الشهر الجاري", "في 25 - 26 من الشهر الحالي"),
is that day (those days) of the month (rasd.text.dates.day_of_relative_month), as a day number was already
("في ال - 16 من الشهر الجاري"). Read alone, the month expression gave the happening the whole month. An ordinal of
another unit ("الأسبوع الثالث من الشهر", "النصف الأول من الشهر") or after a word that is no cue of a day is no day.
Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.text.dates import day_of_relative_month, find_dates

REF = dt.date(2017, 3, 22)


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for d in find_dates(text, REF):
        x = day_of_relative_month(text, d) or d
        out.append((text[x.start:x.end], x.date_start, x.date_end))
    return out


def test_ordinal_day_of_the_current_and_the_last_month() -> None:
    assert _read("قصفت الطائرات البلدة في الخامس عشر من الشهر الجاري") == [
        ("الخامس عشر من الشهر الجاري", "2017-03-15", "2017-03-15")]
    assert _read("قصفت الطائرات البلدة مساء الحادي والعشرين من الشهر الماضي") == [
        ("الحادي والعشرين من الشهر الماضي", "2017-02-21", "2017-02-21")]
    assert _read("قصفت الطائرات البلدة يوم السادس و العشرين من الشهر المنصرم")[0][1:] == ("2017-02-26", "2017-02-26")
    assert _read("قصفت الطائرات البلدة في الأول من هذا الشهر")[0][1:] == ("2017-03-01", "2017-03-01")


def test_ordinal_of_another_unit_is_no_day() -> None:
    for text in ("ارتفعت الأسعار خلال الأسبوع الثالث من الشهر الجاري", "ارتفعت الأسعار في النصف الأول من الشهر الجاري",
                 "ارتفعت الأسعار في الربع الأول من الشهر الجاري"):
        assert _read(text) == [("الشهر الجاري", "2017-03-01", "2017-03-31")], text


def test_a_day_the_month_does_not_have_is_no_day() -> None:
    assert _read("قصفت الطائرات البلدة في الثلاثين من الشهر الماضي") == [("الشهر الماضي", "2017-02-01", "2017-02-28")]


def test_two_days_of_a_relative_month() -> None:
    assert _read("قصفت الطائرات البلدة يومي 14 و 15 من الشهر الجاري") == [
        ("14 و 15 من الشهر الجاري", "2017-03-14", "2017-03-15")]
    assert _read("يعقد المؤتمر في 25 - 26 من الشهر الحالي")[0][1:] == ("2017-03-25", "2017-03-26")


def test_the_happening_takes_the_ordinal_day() -> None:
    text = ("دمشق - قالت مصادر محلية إن طائرات النظام قصفت مدينة دوما في الخامس عشر من الشهر الجاري مما أدى إلى "
            "مقتل خمسة مدنيين .")
    events = actual_events_of(analyse_text(text, "2017-03-22"))
    assert [(e.date_start, e.date_end) for e in events] == [("2017-03-15", "2017-03-15")]


def test_day_number_without_the_link_or_with_a_glued_article() -> None:
    # "في 16 الشهر الماضي" (SANA's style, no "من"), "في الـ16 من الشهر الماضي" (the article glued by a tatweel)
    assert _read("وتسلل مسلحون إلى القرية في 16 الشهر الماضي وقتلوا عشرات المدنيين")[0][1:] == ("2017-02-16", "2017-02-16")
    assert _read("وتسلل مسلحون إلى القرية في الـ16 من الشهر الماضي")[0][1:] == ("2017-02-16", "2017-02-16")
    # a count before the month is no day: no cue introduces it
    assert _read("بلغ عدد القتلى 16 الشهر الماضي") == [("الشهر الماضي", "2017-02-01", "2017-02-28")]
