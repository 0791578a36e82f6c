"""An event's date is the time its own clause tells, not the day the report is filed under: a
dateline ("كردووتش , 28 تشرين الثاني 2011 - اعتقل ... في 26 تشرين الثاني") or a timeline entry's date
yields to the full date the clause states; "since" a day runs to the dateline's day."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _dates(text: str, event_type: str, published: str = "unknown") -> set[tuple[str, str]]:
    return {(e.date_start, e.date_end) for e in actual_events_of(analyse_text(text, published), event_type)}


def test_a_dateline_yields_to_the_date_the_clause_states() -> None:
    text = ("كردووتش , 28 تشرين الثاني ( نوفمبر ) 2011 - اعتقل ولات فهد خليل في 26 تشرين الثاني ( نوفمبر ) 2011 "
            "في مدينة القامشلي .")
    assert _dates(text, "Strategic developments") == {("2011-11-26", "2011-11-26")}


def test_a_dateline_dates_a_clause_with_no_date_of_its_own() -> None:
    # twin: nothing in the clause dates the arrest, so the report's day stands
    text = "كردووتش , 28 تشرين الثاني ( نوفمبر ) 2011 - اعتقل ولات فهد خليل في مدينة القامشلي ."
    assert _dates(text, "Strategic developments") == {("2011-11-28", "2011-11-28")}


def test_a_timeline_entry_yields_to_the_day_its_clause_tells() -> None:
    text = "12 آذار / مارس 2016 : قتل خمسة مدنيين في غارة جوية على مدينة دوما يوم 10 آذار / مارس 2016 ."
    assert _dates(text, "Explosions/Remote violence") == {("2016-03-10", "2016-03-10")}


def test_since_a_day_runs_to_the_datelines_day() -> None:
    text = "حلب , 28 أيلول 2016 - قتل 96 طفلا على الأقل في قصف على شرق حلب منذ 23 أيلول 2016 ."
    assert _dates(text, "Explosions/Remote violence") == {("2016-09-23", "2016-09-28")}
