""""A few / several" in the count's place of an "ago" ("قبل بضعة أيام", "منذ عدة أيام", "قبل عدة ساعات") is
read as the bare plural (date_words.yaml vague_counts): days are the stretch before the reference day (as
"قبل أيام"), hours the last day, weeks or months a time of their own with no day. Before, these were no date
at all, so the event took the page's day or a neighbour's. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.text.dates import find_dates

SATURDAY = dt.date(2014, 11, 15)


def _read(text: str, ref: dt.date | None = SATURDAY) -> list[tuple[str, str | None, str | None]]:
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_a_few_days_ago_is_the_week_before_the_reference_day() -> None:
    assert _read("اشتباكات وقعت قبل بضعة أيام") == [("قبل بضعة أيام", "2014-11-08", "2014-11-14")]
    assert _read("اشتباكات وقعت قبل عدة أيام") == [("قبل عدة أيام", "2014-11-08", "2014-11-14")]
    assert _read("اشتباكات وقعت قبل بضع أيام") == [("قبل بضع أيام", "2014-11-08", "2014-11-14")]


def test_since_several_days_runs_up_to_the_reference_day() -> None:
    assert _read("تتعرض المدينة لقصف منذ عدة أيام") == [("منذ عدة أيام", "2014-11-08", "2014-11-15")]


def test_several_hours_ago_is_the_last_day() -> None:
    assert _read("سقطت قذائف قبل عدة ساعات") == [("قبل عدة ساعات", "2014-11-14", "2014-11-15")]


def test_several_months_ago_is_a_time_without_a_day() -> None:
    assert _read("انسحب المقاتلون قبل عدة أشهر") == [("قبل عدة أشهر", None, None)]


def test_twins_a_count_or_no_reference_keep_their_reading() -> None:
    assert _read("قتل قبل 3 أيام") == [("قبل 3 أيام", "2014-11-12", "2014-11-12")]
    assert _read("اشتباكات وقعت قبل عدة أيام", None) == [("قبل عدة أيام", None, None)]
    assert _read("عدة أيام من القتال") == []


def _battle_dates(text: str) -> list[tuple[str, str]]:
    a = analyse_text(text, "2014-11-15")
    return [(e.date_start, e.date_end) for e in actual_events_of(a, "Battles")]


def test_a_clash_told_several_days_ago_is_not_of_the_page_day() -> None:
    text = "قال ناشطون إن ستة قتلى سقطوا بمدينة الرقة في اشتباكات وقعت قبل عدة أيام بين مجموعتين مسلحتين ."
    assert _battle_dates(text) == [("2014-11-08", "2014-11-14")]


# "خلال اليومين الماضيين" (the last two days), "الأيام الثلاثة الأخيرة": read as the hours' count is (past_hours)
WEDNESDAY = dt.date(2017, 3, 15)


def test_the_last_two_or_three_days_reach_back_from_the_reference() -> None:
    assert _read("قتل 20 مدنيا خلال اليومين الماضيين", WEDNESDAY) == [("اليومين الماضيين", "2017-03-13", "2017-03-15")]
    assert _read("قتل 20 مدنيا في الأيام الثلاثة الأخيرة", WEDNESDAY) == [
        ("الأيام الثلاثة الأخيرة", "2017-03-12", "2017-03-15")]


def test_twins_two_named_days_or_no_reference_keep_their_reading() -> None:
    assert _read("اليومين الماضيين", None) == [("اليومين الماضيين", None, None)]
    assert _read("استمر القتال يومين") == []


def test_strikes_of_the_last_two_days_are_not_the_page_week() -> None:
    a = analyse_text("شنت الطائرات الحربية غارات على مدينة سراقب خلال اليومين الماضيين .", "2017-03-15")
    dates = {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")}
    assert dates == {("2017-03-13", "2017-03-15")}
