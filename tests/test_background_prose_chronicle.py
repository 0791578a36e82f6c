"""Days told in the running prose of a retrospective are its background, a chronology list's are events
(BACKGROUND rows of the carried breadth samples, session 29). An undated page whose year-less days follow the
calendar is read as a chronicle (page_dates.chronicle_days, kind "timeline"), and a chronicle's entries are kept
whatever their age (_drop_older_than_page). When most of those days stand inside their sentences ("وتمكنت من
استعادة مجمع الكاستيلو لبضع ساعات في التاسع عشر من تموز"), the page narrates months in prose, and only the days
that head their sentence ("وفي الثاني من تشرين الثاني , ...") stay entries (background._chronicle_entries).
Fixture: paragraphs of the Al-Jumhuriya retrospective "حلب , الحصار ومقاومته والخروج الكبير" (unifiedfc V-275 #2)."""

from __future__ import annotations

from pathlib import Path

from analysed import actual_events_of, analyse_text

PROSE = (Path(__file__).parent / "fixtures" / "events" / "aleppo_siege_prose.txt").read_text("utf-8")


def _days(text: str) -> set[str]:
    return {e.date_start for e in actual_events_of(analyse_text(text, doc_id="aleppo-prose"))}


def test_summer_days_told_in_prose_are_background() -> None:
    # the July and September battles, months before the page's last day (22 December), are the essay's history
    days = _days(PROSE)
    assert not days & {"2016-07-19", "2016-07-28", "2016-07-30", "2016-09-05"}


def test_the_newest_days_and_a_headed_entry_stay() -> None:
    # the exit of the last besieged (its newest day) stays, and so does a day that heads its sentence
    # ("وفي الثاني من تشرين الثاني , ...": an entry, kept whatever its age), and those weeks before the last day
    days = _days(PROSE)
    assert {"2016-12-22", "2016-11-02", "2016-11-10"} <= days
