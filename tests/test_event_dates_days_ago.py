"""A plural of days with no count after "قبل" / "منذ" ("اشتباكات وقعت قبل أيام", "نشر فيديو منذ أيام قليلة")
names no day, but it names a stretch just before the page's day: the happening takes that week, not the day of
another date the sentence holds (a title's copy of the page date, a dateline), and not unknown.
Breadth rows behind it: an Al Jazeera report of 15 Nov 2014 on clashes "قبل أيام" dated 15 Nov from the title's
date. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.text.dates import find_dates

SATURDAY = dt.date(2014, 11, 15)


def _read(text: str, ref: dt.date | None = SATURDAY) -> list[tuple[str, str | None, str | None]]:
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_days_ago_is_the_week_before_the_reference_day() -> None:
    assert _read("قتلى في اشتباكات وقعت قبل أيام بين مجموعتين") == [("قبل أيام", "2014-11-08", "2014-11-14")]
    assert _read("قتلى في اشتباكات وقعت قبل أيام قليلة") == [("قبل أيام", "2014-11-08", "2014-11-14")]


def test_since_days_runs_up_to_the_reference_day() -> None:
    assert _read("تتعرض المدينة لقصف منذ أيام") == [("منذ أيام", "2014-11-08", "2014-11-15")]


def test_twins_a_count_another_happening_or_no_reference_keep_their_reading() -> None:
    assert _read("قتل قبل 3 أيام") == [("قبل 3 أيام", "2014-11-12", "2014-11-12")]
    assert _read("وصل الوفد قبل أيام من الهجوم") == [("قبل أيام", None, None)]
    assert _read("قتلى في اشتباكات وقعت قبل أيام", None) == [("قبل أيام", None, None)]
    assert _read("قتل قبل أسابيع") == [("قبل أسابيع", None, None)]


STAMP = "2014 / 11 / 15 الساعة 22 : 24"


def _battle_dates(text: str, stamp: str | None = None) -> list[tuple[str, str]]:
    a = analyse_text(text, "2014-11-15", stamp=stamp)
    return [(e.date_start, e.date_end) for e in actual_events_of(a, "Battles")]


def test_a_clash_told_only_days_ago_takes_that_week_not_unknown() -> None:
    text = "قال ناشطون إن ستة قتلى سقطوا بمدينة الرقة في اشتباكات وقعت قبل أيام بين مجموعتين مسلحتين ."
    assert _battle_dates(text) == [("2014-11-08", "2014-11-14")]
