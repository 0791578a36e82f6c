"""The town that locates a goal of a transport ("ونقلتهم إلى القاعدة ... في مدينة X") is where the people
were taken, not where they were arrested (breadth R-91 #8, judged PLACE_OTHER)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _arrest_places(text: str) -> set[str | None]:
    a = analyse_text(text, "2018-01-01")
    return {e.location for e in actual_events_of(a) if e.sub_event_type == "Arrests"}


def test_goal_town_after_transport_is_not_the_arrest_place() -> None:
    text = ("قال مصدر محلي إن قوات التحالف نفذت إنزالا جويا في قرية تل الذهب بريف الحسكة يوم الخميس . "
            "وأضاف أن قوات التحالف اعتقلت ما تبقى من أفراد العائلة , ونقلتهم إلى القاعدة الأمريكية القريبة "
            "في مدينة الشدادي .")
    assert "rasd:shaddadi" not in _arrest_places(text)


def test_town_of_the_arrest_itself_stays() -> None:
    # no transport word before the goal: "في مدينة X" is still where it happened
    text = "اعتقلت قوات الأمن خمسة أشخاص في مدينة الشدادي يوم الخميس ."
    assert "rasd:shaddadi" in _arrest_places(text)
