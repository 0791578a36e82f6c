"""The places of one list share the date one of them got (rasd/extract/events/merge.py: _share_list_dates)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _dates(text: str, published: str) -> dict[str, tuple[str, str, int | None]]:
    a = analyse_text(text, published)
    names = {k: e.name_ar for k, e in a.entities.items()}
    return {names.get(e.location or "", ""): (e.date_start, e.date_end, e.time_precision)
            for e in actual_events_of(a, "Explosions/Remote violence")}


def test_listed_town_takes_the_date_a_later_telling_gives_the_first() -> None:
    # the later telling dates the strike on Douma (merged into its event): Harasta, the list's
    # other town, was struck in the same telling, so the same day
    text = ("قضى 4 أشخاص جراء القصف الروسي على مدينة دوما وبلدة حرستا في ريف دمشق . "
            "وقصفت الطائرات الروسية مدينة دوما يوم الخميس 14 كانون الثاني 2016 .")
    dates = _dates(text, "unknown")
    assert len(dates) == 2
    assert set(dates.values()) == {("2016-01-14", "2016-01-14", 1)}


def test_listed_town_of_a_dated_page_keeps_the_page_week() -> None:
    # the page's date is the list's own: a place the page dates does not take another telling's day
    # of its list mate (a report heading's day is not overruled by a victim list merged into the first town)
    text = "قصف على عين ترما وحرستا . وقصفت قوات النظام بلدة عين ترما يوم الاثنين ."
    dates = _dates(text, "2016-01-20")
    assert dates.get("عين ترما") == ("2016-01-18", "2016-01-18", 1)
    assert dates.get("حرستا") == ("2016-01-14", "2016-01-20", 2)


def test_listed_towns_of_an_undated_page_take_the_stamp_after_them() -> None:
    text = ("قضى 4 أشخاص جراء القصف على مدينة دوما وبلدة حرستا في ريف دمشق . "
            "19 - كانون ثاني - 2016 أفادت مصادر محلية أن الطائرات قصفت مدينة دوما .")
    dates = _dates(text, "unknown")
    assert len(dates) == 2 and all(d[0] != "unknown" for d in dates.values())


def test_a_town_of_another_sentence_is_not_a_list_place() -> None:
    # Harasta's strike is told apart, not listed with Douma: Douma's day is not copied to it
    text = "قصف على مدينة دوما . وقصفت قوات النظام مدينة دوما يوم الاثنين . وفي سياق آخر قصفت الطائرات بلدة حرستا ."
    dates = _dates(text, "2016-01-20")
    assert dates.get("دوما") == ("2016-01-18", "2016-01-18", 1)
    assert "حرستا" in dates and dates["حرستا"] != dates["دوما"]

