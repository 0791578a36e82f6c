"""A taking told in a relative clause after the place is read when the clause tells it recent ("التي سيطرت
عليها قوات النظام قبل يومين"), also when no other actor is read in the sentence; without a time of its own
it stays the place's history, unread (session 35, quoted2)."""

from __future__ import annotations

from rasd.records import Document, Published

FIGHT = ("وأفاد ناشطون أن مواجهات تجري في محيط بلدة الميادين , التي سيطرت عليها قوات النظام {when} , "
         "وسط قصف متبادل .")


def _takings(text: str) -> list:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2017-10-25", precision="day")))
    return [e for e in a.events if e.sub_event_type == "Government regains territory"]


def test_a_recent_relative_taking_is_read_with_its_subject() -> None:
    evs = _takings(FIGHT.format(when="قبل يومين"))
    assert evs and evs[0].actor1 == ["syria-gov-forces"]


def test_a_relative_taking_told_yesterday_is_read() -> None:
    assert _takings(FIGHT.format(when="أمس"))


def test_a_relative_taking_without_a_time_stays_unread() -> None:
    assert not _takings(FIGHT.format(when="في العام الماضي"))
