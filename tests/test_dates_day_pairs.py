"""Two weekdays told as one span ("يومي الإثنين والثلاثاء", "بين الأحد والاثنين") are read as the days from
the first to the second, not as two separate days (sentences from the breadth set)."""
import datetime as dt

from rasd.text.dates import find_dates


def _spans(text: str, ref: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_school_closure_days_of_a_monday_section() -> None:
    # R-117 (harmoon digest), the section of Monday 3 Oct 2016
    text = "تعليق الدوام في مدارس مدينة دوما بريف دمشق يومي الإثنين والثلاثاء نتيجة القصف المكثف الذي تتعرض له المدينة ."
    assert _spans(text, dt.date(2016, 10, 3)) == [("الإثنين والثلاثاء", "2016-10-03", "2016-10-04")]


def test_pair_starting_on_the_reference_day_is_today_and_tomorrow() -> None:
    # V-453 (Step News, Tuesday 14 Nov 2017): the closure is announced for today and tomorrow
    text = "اعلنت مديرية التربية والتعليم في مدينة الاتارب عن تعليق الدوام في المدارس يومي الثلاثاء والاربعاء جراء القصف"
    assert _spans(text, dt.date(2017, 11, 14)) == [("الثلاثاء والاربعاء", "2017-11-14", "2017-11-15")]


def test_past_pair_stays_before_the_reference_day() -> None:
    text = "قتل 12 مدنيا في غارات يومي السبت والأحد الماضيين ."
    assert _spans(text, dt.date(2017, 6, 25)) == [("السبت والأحد", "2017-06-17", "2017-06-18")]
    assert _spans(text, dt.date(2017, 6, 27)) == [("السبت والأحد", "2017-06-24", "2017-06-25")]


def test_between_two_weekdays_is_the_span() -> None:
    text = "وقعت الاشتباكات بين الاثنين والأربعاء في ريف حماة"
    assert _spans(text, dt.date(2017, 6, 28)) == [("الاثنين والأربعاء", "2017-06-26", "2017-06-28")]


def test_two_weekdays_without_a_span_word_stay_apart() -> None:
    # "الاثنين والأربعاء" alone may be two separate days of two happenings
    text = "قصفت الطائرات البلدة الاثنين والأربعاء"
    assert [s for s, _, _ in _spans(text, dt.date(2017, 6, 28))] == ["الاثنين", "الأربعاء"]
