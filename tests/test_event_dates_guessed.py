"""An undated event at the place of a dated one, by the same actor, is not dated by that other happening's
month (rasd.extract.events.merge._inherit_dates guesses "the anchor's month up to its day" for the page's
merges; rasd.extract.events.dates._forget_guessed_dates takes the guess back before the record): it takes
what an undated event of the page takes, the report's week on a dated page (a story's day and the day
before when its paragraph names no other day), unknown on an undated one.
Breadth rows behind it: a Euronews report of 26 Nov dated 1-26 Nov from another sentence's day, a takeover
"في الفترة القريبة الماضية" dated 1-27 Feb. Fixtures written for these tests."""

from __future__ import annotations

from analysed import analyse_text

DOUMA = "rasd:douma"
# the anchor (a shelling dated by its own day), a sentence of something else, then a clash at the same
# town by the same actor with no date of its own (too far to borrow the shelling's day)
PAGE = ("قصفت قوات النظام مدينة دوما يوم {day} تشرين الثاني 2017 بالمدفعية الثقيلة .\n"
        "وقال ناشطون إن الأهالي يعانون من نقص حاد في الغذاء والدواء بسبب الحصار .\n"
        "وتشهد المدينة اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة دوما .")


def _dates(day: int, published: str) -> dict[str, tuple[str, str]]:
    a = analyse_text(PAGE.format(day=day), published)
    return {e.event_type: (e.date_start, e.date_end) for e in a.events
            if e.modality == "actual" and e.location == DOUMA}


def test_dated_page_gives_the_report_week_not_the_anchor_month() -> None:
    got = _dates(20, "2017-11-26")
    assert got["Explosions/Remote violence"] == ("2017-11-20", "2017-11-20")
    # not 1-20 Nov; its paragraph names no other day: the story's day and the day before (story_days)
    assert got["Battles"] == ("2017-11-25", "2017-11-26")


def test_undated_page_leaves_the_clash_unknown() -> None:
    got = _dates(20, "unknown")
    assert got["Explosions/Remote violence"] == ("2017-11-20", "2017-11-20")
    assert got["Battles"] == ("unknown", "unknown")              # not 1-20 Nov


def test_a_guess_no_wider_than_the_report_window_stays_on_an_undated_page() -> None:
    # twin: an anchor on the 3rd of its month gives 1-3 Nov, no wider than a week; an undated page has no day to give
    assert _dates(3, "unknown")["Battles"] == ("2017-11-01", "2017-11-03")


def test_a_one_day_story_gives_its_day_not_a_narrow_guess() -> None:
    # a story of one day's news (dates.one_day_news / story_days) dates its undated news by its day: "1-3 Nov"
    # guessed from the 3 Nov shelling holds the clash's day only by the month's start (breadth V-143#1: an
    # alsafahat round-up of 4 Nov 2017 dated its battles 1-4 Nov; R-347#10: CNN's 4 Sep 2016 story, 1-4 Sep)
    assert _dates(3, "2017-11-26")["Battles"] == ("2017-11-26", "2017-11-26")
    assert _dates(3, "2017-11-04")["Battles"] == ("2017-11-03", "2017-11-04")
