"""An agent cue right after the trigger noun ("غارة نفذتها طائرة أميركية") tells the doer there: a group
named before the noun in another clause (the victims' genitive) is not actor1 (session 35, quoted2)."""

from __future__ import annotations

from rasd.records import Document, Published

KILLED = ("أعلنت مصادر محلية اليوم الأحد أن المتحدث باسم تنظيم \" أنصار الشريعة في اليمن \" , الجناح المحلي "
          "لتنظيم \" القاعدة \" , ق تل في غارة نفذتها طائرة أميركية من دون طيار في مأرب .")


def _events(text: str) -> list:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2017-10-22", precision="day")))
    return a.events


def test_the_victims_group_before_a_strike_told_with_its_doer_is_not_actor1() -> None:
    evs = [e for e in _events(KILLED) if e.event_type == "Explosions/Remote violence"]
    assert evs
    assert all("al-qaeda" not in e.actor1 for e in evs)


def test_a_known_doer_after_the_cue_is_still_actor1() -> None:
    text = KILLED.replace("طائرة أميركية من دون طيار", "طائرات التحالف الدولي")
    evs = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    assert evs and all(e.actor1 == ["us-led-coalition"] for e in evs)
