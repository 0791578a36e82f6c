"""The emission gate (merge._emit_ok) counts who struck told by a nationality adjective in the strike's own
noun phrase ("الهجوم الإسرائيلي", "صواريخ أمريكية") as the happening's actor beside its own place, as
strikers._adjective_striker codes it; with no place of its own, or an adjective on a victim ("جندي تركي"),
nothing is let through."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in actual_events_of(analyse_text(text), "Explosions/Remote violence")]


def test_an_adjective_attack_at_a_place_is_a_happening() -> None:
    rows = _rows("واستهدف الهجوم الإسرائيلي مواقع في بلدة قلعة جندل بريف القنيطرة .\n")
    assert len(rows) == 1 and rows[0][1] is not None


def test_adjective_missiles_at_a_place_name_the_striker() -> None:
    events = actual_events_of(analyse_text("واستهدفت صواريخ أمريكية مواقع في بلدة خان شيخون بريف إدلب .\n"),
                              "Explosions/Remote violence")
    assert [e.actor1 for e in events] == [["us-armed-forces"]]


def test_without_the_adjective_or_a_place_nothing_is_emitted() -> None:
    # guards: the same strike with no adjective, and with the adjective but no place of its own
    assert _rows("واستهدف الهجوم مواقع في بلدة قلعة جندل بريف القنيطرة .\n") == []
    assert _rows("واستهدف الهجوم الإسرائيلي مواقع عسكرية .\n") == []


def test_a_victims_nationality_is_no_striker() -> None:
    assert actual_events_of(analyse_text("وقتل جندي تركي في بلدة قلعة جندل بريف القنيطرة .\n")) == []


def test_a_states_named_operation_is_no_happening() -> None:
    # "العملية العسكرية التركية" names a campaign: its adjective is no striker of a happening at the place
    for text in ("وقال وزير الدفاع الثلاثاء إن العمليات العسكرية التركية في محافظة إدلب تهدف إلى حماية الحدود .\n",
                 "وقالت الوزارة يوم السبت إنها تلقت بقلق أنباء العملية العسكرية التركية في منطقة عفرين .\n"):
        assert [e for e in actual_events_of(analyse_text(text, "2017-10-17")) if e.event_type == "Battles"] == []
