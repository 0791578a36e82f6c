"""Session 35 (evdate7): a condemnation told on one day's report dates the condemned deed to that day or the day
before (``dates._condemned_dates``' ``one_day``), not the report's week. A daily roundup ("التطورات السورية اليوم 22 -
3 - 2017 - ابرز التطورات ... لهذا اليوم 22 آذار 2017") lists that day's news; the judges' rule: a happening told as
that day's news with no day of its own is of the page's day (or the day before). Hand-written text in the corpus's
pre-tokenised style, with a twin that is no one day's report (it names another day of the week)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

HEAD = "التطورات السورية اليوم 22 - 3 - 2017 - ابرز التطورات على الساحة السورية لهذا اليوم 22 آذار 2017 .\n"
CONDEMN = "- ادانت رئاسة المجلس التنفيذي في مدينة عفرين القصف التركي على القرى الحدودية في ريف حلب الشمالي .\n"
STAMPED = "2017 / 3 / 22 - ادانت رئاسة المجلس التنفيذي في مدينة عفرين القصف التركي على القرى الحدودية في ريف حلب الشمالي .\n"
OTHER_DAY = "وكانت الاشتباكات قد اندلعت في ريف حماة يوم الأحد 19 آذار 2017 .\n"


def _shelling_dates(text: str) -> set[tuple[str, str]]:
    a = analyse_text(text, "2017-03-22", stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")
            if e.trigger == "القصف"}


def test_a_condemned_deed_on_a_daily_roundup_is_of_its_day_or_the_day_before() -> None:
    assert _shelling_dates(HEAD + CONDEMN) == {("2017-03-21", "2017-03-22")}


def test_a_stamped_condemnation_on_a_page_of_one_days_news_too() -> None:
    # a page of one day's news (no other day named, ``one_day_news``): its day or the day before
    assert _shelling_dates(STAMPED) == {("2017-03-21", "2017-03-22")}


def test_on_a_page_of_several_days_the_condemned_deed_keeps_the_week() -> None:
    # twin: the same stamped condemnation on a page naming another day of the week: the report's week, as before
    assert _shelling_dates(STAMPED + OTHER_DAY) == {("2017-03-16", "2017-03-22")}
