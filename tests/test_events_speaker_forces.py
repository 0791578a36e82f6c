"""Reported speech whose subject is the speaker's own forces, told by a pronoun ("وذكر بيان للجيش أن قواته
استهدفت", "قال قائد في الفصيل إن مقاتليه سيطروا"): the speaker's armed body did it, not the group named after
the verb (its target) and not nobody (a taking with no actor is not emitted)."""

from __future__ import annotations

from rasd.records import Document, Event, Published


def _events(text: str) -> list[Event]:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2019-03-12", precision="day")))
    return a.events


def test_commander_says_his_fighters_took_ground() -> None:
    evs = _events("قال قائد في قوات سوريا الديمقراطية إن مقاتليه سيطروا على قرية الباغوز في ريف دير الزور الشرقي .")
    takes = [e for e in evs if e.event_type == "Battles"]
    assert len(takes) == 1
    assert takes[0].actor1 == ["sdf"]


def test_army_statement_after_the_army_was_named() -> None:
    evs = _events("قصف الجيش اللبناني , السبت , بالمدفعية مواقع مسلحي داعش على مشارف بلدات حدودية . "
                  "وذكر بيان للجيش أن قواته المتمركزة شرقي لبنان : \" استهدفت اليوم مراكز تابعة لتنظيم داعش "
                  "في جرود رأس بعلبك \" .")
    strikes = [e for e in evs if e.event_type == "Explosions/Remote violence"]
    assert strikes
    assert all(e.actor1 == ["lebanese-army"] for e in strikes)


def test_pronoun_not_after_that_is_no_speaker() -> None:
    # the forces of someone told in a relative clause, not opening reported words: no speaker to lend
    evs = _events("قال قائد في قوات سوريا الديمقراطية إن الطيران الذي يدعم قواته قصف قرية الباغوز في ريف دير الزور .")
    assert all(e.actor1 != ["sdf"] for e in evs)


def test_forces_that_will_attack_lend_no_actor() -> None:
    # a plan the speaker tells ("ستطلق"): the speaker's body is not lent to it, so no attack row comes of it
    evs = _events("ونقلت وكالة عن المسؤول في وحدات حماية الشعب إن قواته ستطلق الهجوم من جنوب الحسكة في إطار "
                  "هجوم أوسع على مدينة الرقة .")
    assert not [e for e in evs if e.modality == "actual" and e.actor1 == ["ypg"]]


def test_body_named_as_a_target_is_no_speaker() -> None:
    evs = _events("قال المتحدث باسم التحالف الدولي في حربه ضد تنظيم داعش إن قواته قصفت اليوم مواقع في مدينة الرقة .")
    assert all(e.actor1 != ["isis"] for e in evs if e.event_type == "Explosions/Remote violence")
