"""A deed named "على خلفية" (against the background of) is the ground of what its sentence tells (arrests,
raids), so it came on or before that telling's day: a single day from before the phrase (the arrests' item
stamp, the report's day) dates the deed as that day or the days before it, a report's window, as a condemned
deed's (``dates._background_cause`` in ``dates._condemned_dates``). Breadth V-433#3 (a year review's item "06
يناير 2017 م - تركيا تعتقل 18 شخصا على خلفية هجوم إزمير ...": the 5 Jan car bombing dated to the 6 Jan arrests).
Fixtures in the corpus's pre-tokenised style, of the general pattern, with negative twins."""

from __future__ import annotations

from analysed import actual_events_of
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

BOMBING = "Explosions/Remote violence"


def bombing_dates(a: Analysis) -> set[tuple[str, str]]:
    return {(e.date_start, e.date_end) for e in actual_events_of(a, BOMBING) if e.location == "jarablus"}


PLACES = {
    "jarablus": ("جرابلس", "Jarablus", 36.82, 38.01, "town", "Aleppo"),
}

ARRESTS = ("2017 / 3 / 14 - اعتقلت الشرطة التركية 12 شخصا على خلفية هجوم بسيارة مفخخة استهدف حاجزا في مدينة "
           "جرابلس بريف حلب .")


def test_the_deed_behind_the_arrests_takes_a_window_up_to_their_day() -> None:
    a = run_with_places(ARRESTS, syrian_places(PLACES), "2017-03-15", syrian=True)
    assert bombing_dates(a) == {("2017-03-08", "2017-03-14")}


def test_without_the_phrase_the_bombing_keeps_the_stamps_day() -> None:
    # twin: the item tells the bombing itself ("إثر" is no "against the background of")
    text = ARRESTS.replace("اعتقلت الشرطة التركية 12 شخصا على خلفية هجوم", "قتل 12 شخصا إثر هجوم")
    a = run_with_places(text, syrian_places(PLACES), "2017-03-15", syrian=True)
    assert bombing_dates(a) == {("2017-03-14", "2017-03-14")}


def test_a_day_told_inside_the_phrase_stays() -> None:
    # twin: the phrase dates the deed itself ("على خلفية هجوم ... يوم الأحد")
    text = ARRESTS.replace("استهدف حاجزا", "استهدف يوم الأحد 12 آذار حاجزا")
    a = run_with_places(text, syrian_places(PLACES), "2017-03-15", syrian=True)
    assert bombing_dates(a) == {("2017-03-12", "2017-03-12")}


def test_a_deed_of_the_clause_joined_on_after_the_phrase_keeps_the_day() -> None:
    # twin: "وانفجرت" opens another clause after the phrase; its bombing is the item's own news
    text = ARRESTS.replace("على خلفية هجوم بسيارة مفخخة استهدف حاجزا", "على خلفية الأحداث وانفجرت سيارة مفخخة عند حاجز")
    a = run_with_places(text, syrian_places(PLACES), "2017-03-15", syrian=True)
    assert bombing_dates(a) == {("2017-03-14", "2017-03-14")}
