"""Events recall, session 18: a violent deed placed in its clause whose victims are told in its own
sentence ("سقط قتلى وجرحى جراء انفجار سيارة مفخخة في مدينة دوما") is a happening on any page, as it was
on a live feed only: its place and its victims are its two arguments, though the page prints no date and
the toll is no number. Hand-written sentences, with negatives (the deed alone; victims told in another
sentence)."""

from __future__ import annotations

from test_events_precision8 import _run

from rasd.records import Analysis

CAR_BOMB = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _types(a: Analysis, place: str) -> list[str]:
    return [e.event_type for e in a.events if e.location == place and e.modality == "actual"]


def test_a_placed_blast_with_its_victims_is_kept_on_an_undated_page() -> None:
    a = _run("سقط قتلى وجرحى من قوات النظام جراء انفجار سيارة مفخخة في حاجز أمني في مدينة دوما .", "unknown")
    assert _types(a, "douma") == ["Explosions/Remote violence"]


def test_shelling_that_killed_civilians_is_kept_on_an_undated_page() -> None:
    a = _run("وقتل مدنيون وجرح آخرون في قصف مدفعي على مدينة دوما .", "unknown")
    assert _types(a, "douma") == ["Explosions/Remote violence"]


def test_the_placed_blast_alone_stays_refused_on_an_undated_page() -> None:
    """Without its victims a medium deed word with its place only is still not an event of an undated page."""
    a = _run("وتحدث التقرير عن انفجار سيارة مفخخة في مدينة دوما .", "unknown")
    assert _types(a, "douma") == []


def test_an_attack_with_victims_off_a_feed_stays_refused() -> None:
    """Off a live feed only a blast or a shelling is kept by its victims: a bare "هجوم" that killed is as
    often a foreign attack retold in passing."""
    a = _run("وبعد هجوم إرهابي في مدينة دوما , قتل إثره ضابط شرطة , نشر الرئيس تغريدة .", "unknown")
    assert _types(a, "douma") == []


def test_victims_told_in_another_clause_do_not_keep_the_blast() -> None:
    """The deaths must be told in the blast's own clause: a death told beside it, after a comma and
    another time, is not its toll."""
    a = _run("وتحدث التقرير عن انفجار في مدينة دوما , فمنذ شهور , استشهد القائد السابق للقطاع .", "unknown")
    assert _types(a, "douma") == []
