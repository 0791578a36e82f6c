"""A day told past a phrase that turns the sentence to another telling ("من جانبها", "إلى ذلك", "بدوره")
is that telling's, not the day of a happening told before the phrase, also when the two tellings merge (a
casualty count taken as the shelling's toll): the shelling keeps its own day or takes the page's
(``compare._date_across_turn`` in ``compare._absorb``; ``dates._find_date`` already skips such a day for the
shelling's own date). Breadth V-495#8 (a truce-day report of 28 Feb 2016: "فيما استهدفت قوات النظام الأحياء
المحيطة بثكنة هنانو ... من جانبها وثقت الشبكة ... مقتل 26 مدنيا , أمس": the shelling was dated the 27th from
the network's tally). Fixtures of the general pattern, with a negative twin."""

from __future__ import annotations

from analysed import actual_events_of
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

SHELLING = "Explosions/Remote violence"

PLACES = {
    "atarib": ("الأتارب", "Al-Atarib", 36.14, 36.83, "town", "Aleppo"),
}

TEXT = ("وفي ريف حلب الغربي استهدفت قوات النظام بلدة الأتارب بقذائف المدفعية , من جانبها وثقت الشبكة السورية "
        "لحقوق الإنسان مقتل 14 مدنيا , أمس , على يد القوات الحكومية .")


def shelling_dates(a: Analysis) -> set[tuple[str, str]]:
    return {(e.date_start, e.date_end) for e in actual_events_of(a, SHELLING) if e.location == "atarib"}


def test_the_tallys_day_past_the_turn_does_not_date_the_shelling() -> None:
    a = run_with_places(TEXT, syrian_places(PLACES), "2016-02-28", syrian=True)
    dates = shelling_dates(a)
    assert dates
    assert ("2016-02-27", "2016-02-27") not in dates
    assert all(end == "2016-02-28" for _start, end in dates)


def test_without_the_turn_the_toll_and_its_day_are_the_shellings() -> None:
    # twin: "ما أدى إلى مقتل" ties the toll to the shelling; its "أمس" is the shelling's day
    text = TEXT.replace(", من جانبها وثقت الشبكة السورية لحقوق الإنسان مقتل", "ما أدى إلى مقتل")
    a = run_with_places(text, syrian_places(PLACES), "2016-02-28", syrian=True)
    assert shelling_dates(a) == {("2016-02-27", "2016-02-27")}
