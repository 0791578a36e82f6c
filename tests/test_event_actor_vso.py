"""The subject after a verb that heads its clause is the doer (session 38, vsoactor): "استهدفت قوات النظام
بلدة ..." has the regime as actor1, not as its target; after the subject, the next actor named is the object.
A verb after a relative pronoun or after its own subject keeps the noun behind it as the target."""

from __future__ import annotations

from rasd.records import Document, Event, Published


def _violent(text: str) -> list[Event]:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2017-10-22", precision="day")))
    return [e for e in a.events if e.event_type in ("Battles", "Explosions/Remote violence",
                                                     "Violence against civilians")]


def test_subject_after_a_clause_initial_targeting_verb_is_the_doer() -> None:
    evs = _violent("استهدفت قوات النظام بلدة كفرنبل في ريف إدلب أمس ما أدى إلى مقتل 3 مدنيين .")
    assert evs
    assert evs[0].actor1 == ["syria-gov-forces"]
    assert "syria-gov-forces" not in evs[0].actor2


def test_verb_with_conjunction_after_a_lead_word_heads_its_clause() -> None:
    evs = _violent("وبعد أن استهدفت قوات النظام بلدة كفرنبل أمس قتل 3 مدنيين .")
    assert evs
    assert evs[0].actor1 == ["syria-gov-forces"]


def test_object_after_the_subject_is_the_target() -> None:
    evs = _violent("استهدف الجيش الحر قوات النظام في ريف حماة أمس ما أدى إلى مقتل 3 عناصر .")
    assert evs
    assert evs[0].actor1 == ["fsa"]
    assert evs[0].actor2 == ["syria-gov-forces"]


def test_owner_of_the_object_noun_is_the_target() -> None:
    evs = _violent("استهدف تنظيم داعش حاجزا لقوات النظام في دير الزور أمس ما أدى إلى مقتل 3 عناصر .")
    assert evs
    assert evs[0].actor1 == ["isis"]
    assert evs[0].actor2 == ["syria-gov-forces"]


def test_verb_after_a_strike_noun_keeps_its_object_as_target() -> None:
    evs = _violent("غارة جوية استهدفت قوات النظام في بلدة كفرنبل أمس ما أدى إلى مقتل 3 عناصر .")
    assert evs
    assert all("syria-gov-forces" not in e.actor1 for e in evs)


def test_subject_before_the_verb_stays_the_doer() -> None:
    evs = _violent("وذكر المرصد أن قوات النظام استهدفت فصائل المعارضة في بلدة كفرنبل أمس ما أدى إلى مقتل 3 "
                   "مقاتلين .")
    assert evs
    assert evs[0].actor1 == ["syria-gov-forces"]
    assert evs[0].actor2 == ["syrian-armed-opposition"]


def test_members_of_a_group_after_the_subject_are_the_target() -> None:
    from rasd.pipeline import analyse

    text = "اعتقلت هيئة تحرير الشام عناصر من الجيش الحر في بلدة كفرنبل أمس ."
    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2017-10-22", precision="day")))
    evs = [e for e in a.events if e.sub_event_type == "Arrests"]
    assert evs
    assert evs[0].actor1 == ["hts"]
    assert evs[0].actor2 == ["fsa"]


def test_owner_of_the_weapon_after_the_verb_is_the_doer() -> None:
    evs = _violent("كما استهدفت مدفعية النظام بلدة سقبا في الغوطة الشرقية أمس ما أدى إلى مقتل شخص .")
    assert evs
    assert evs[0].actor1 == ["syria-gov-forces"]
    assert "syria-gov-forces" not in evs[0].actor2
