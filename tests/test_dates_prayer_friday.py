"""Session 36 (evdate9): the Friday prayer told as a happening's time names its day.

"خرجوا بعد صلاة الجمعة" is timed as "خرجوا الجمعة" is, though "صلاة الجمعة" alone (the prayer, a sermon)
is no date (weekdays.yaml not_weekday_before). A protest the page dates only by its own day or by a
span of days before it takes the Friday the prayer names (``dates.prayer_friday_dates``); a day its own
words tell, a prayer that is no time ("بعد أن أدوا صلاة الجمعة") and an undated page are left as they
are. Hand-written fixtures in the corpus's pre-tokenised style."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

AFTER_PRAYER = "تظاهر آلاف الأردنيين في مدينة إربد بعد صلاة الجمعة تنديدا بقرار ترامب بشأن القدس ."
FRONTED = "ومباشرة عقب أداء صلاة الجمعة , خرجت مسيرات احتجاجية في مدينة إربد ."
NO_PRAYER = "وفي مدينة إربد , تظاهر آلاف الأردنيين تنديدا بقرار ترامب بشأن القدس ."


def _protest_dates(text: str, published: str) -> set[tuple[str, str]]:
    return {(e.date_start, e.date_end) for e in actual_events_of(analyse_text(text, published), "Protests")}


def test_after_the_friday_prayer_on_a_saturday_page_is_the_day_before() -> None:
    assert _protest_dates(AFTER_PRAYER, "2017-12-09") == {("2017-12-08", "2017-12-08")}


def test_after_the_friday_prayer_on_a_tuesday_page_is_the_last_friday() -> None:
    assert _protest_dates(AFTER_PRAYER, "2017-12-12") == {("2017-12-08", "2017-12-08")}


def test_a_fronted_prayer_time_set_off_by_a_comma_times_the_clause_after_it() -> None:
    assert _protest_dates(FRONTED, "2017-12-09") == {("2017-12-08", "2017-12-08")}


def test_a_friday_page_keeps_its_day() -> None:
    assert _protest_dates(AFTER_PRAYER, "2017-12-08") == {("2017-12-08", "2017-12-08")}


def test_without_the_prayer_the_page_day_stays() -> None:
    assert _protest_dates(NO_PRAYER, "2017-12-09") == {("2017-12-09", "2017-12-09")}


def test_a_prayer_that_is_no_time_names_no_day() -> None:
    text = "وخرج المتظاهرون من المساجد في مدينة إربد بعد أن أدوا صلاة الجمعة ."
    assert _protest_dates(text, "2017-12-09") == {("2017-12-09", "2017-12-09")}


def test_a_day_the_clause_tells_is_kept() -> None:
    text = "وتظاهر آلاف الأردنيين في مدينة إربد يوم السبت بعد صلاة الجمعة ."
    assert _protest_dates(text, "2017-12-12") == {("2017-12-09", "2017-12-09")}


def test_an_undated_page_stays_undated() -> None:
    assert _protest_dates(AFTER_PRAYER, "unknown") <= {("unknown", "unknown")}
