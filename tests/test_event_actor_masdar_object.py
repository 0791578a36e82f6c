"""A verbal-noun trigger with an actor in its genitive and then its own object (session 42, actordir): the
genitive is the agent, the object's owner behind "لـ" / "التابع لـ" the target ("جراء استهداف تنظيم الدولة
حاجزا لقوات قسد": the IS, not the SDF that held the checkpoint, attacked). Without an object the genitive of a
targeting noun stays what it was; "من قبل X" still names the agent."""

from __future__ import annotations

import pytest

from rasd.records import Document, Event, Published


def _violent(text: str) -> list[Event]:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2017-10-22", precision="day")))
    return [e for e in a.events if e.event_type in ("Battles", "Explosions/Remote violence",
                                                     "Violence against civilians")]


# (sentence, actor1, actor2): the genitive before an object noun, after a linking adjective, an actor object behind
# "لـ", a plural object with its owner in the genitive, the "من قبل" agent cue, a storming noun
AGENT_AND_TARGET = [
    pytest.param("قتل ثلاثة عناصر جراء استهداف تنظيم داعش حاجزا لقوات النظام في دير الزور أمس .",
                 "isis", "syria-gov-forces", id="genitive_before_an_object_noun_is_the_agent_and_the_owner_the_target"),
    pytest.param("قتل ثلاثة عناصر جراء استهداف الجيش الحر نقطة عسكرية تابعة لقوات النظام في ريف حماة أمس .",
                 "fsa", "syria-gov-forces", id="owner_after_a_linking_adjective"),
    pytest.param("قتل ثلاثة عناصر جراء استهداف الجيش الحر لقوات النظام في ريف حماة أمس .",
                 "fsa", "syria-gov-forces", id="object_behind_la_is_the_target"),
    pytest.param("قتل ثلاثة عناصر جراء استهداف قوات النظام لمواقع الجيش الحر في ريف حماة أمس .",
                 "syria-gov-forces", "fsa", id="plural_object_behind_la_with_its_owner_in_the_genitive"),
    pytest.param("قتل ثلاثة عناصر جراء استهداف حاجز لقوات النظام من قبل تنظيم داعش في دير الزور أمس .",
                 "isis", "syria-gov-forces", id="agent_cue_still_names_the_agent"),
    pytest.param("قتل ثلاثة عناصر جراء اقتحام هيئة تحرير الشام مقرا لحركة أحرار الشام في إدلب أمس .",
                 "hts", "ahrar-al-sham", id="storming_noun_with_an_object_names_the_owner_as_target"),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), AGENT_AND_TARGET)
def test_the_agent_and_the_owner_of_the_target(text: str, actor1: str, actor2: str) -> None:
    evs = _violent(text)
    assert evs
    assert evs[0].actor1 == [actor1]
    assert evs[0].actor2 == [actor2]


def test_quoted_genitive_and_owner_with_its_alias() -> None:
    evs = _violent('وأصيب مدنيون اليوم جراء استهداف تنظيم " الدولة " حاجزا لقوات سوريا الديمقراطية " قسد " '
                   'بعربة ملغمة في بلدة الشحيل أمس .')
    assert evs
    assert evs[0].actor1 == ["isis"]
    assert "sdf" in evs[0].actor2 and "isis" not in evs[0].actor2


def test_genitive_with_no_object_is_not_made_the_agent() -> None:
    # "استهداف قوات النظام في ..." with no object after it: the genitive is the one targeted
    evs = _violent("قتل ثلاثة عناصر جراء استهداف قوات النظام في ريف حماة أمس .")
    assert evs
    assert "syria-gov-forces" not in evs[0].actor1


def test_means_behind_ba_is_no_object() -> None:
    # "بسيارة مفخخة" is the means: the rule does not read the genitive as an agent before it
    from rasd.extract.events.actors import _bare_object

    assert not _bare_object("بسياره", frozenset({"سياره"}))
    assert _bare_object("لمواقع", frozenset({"مواقع"}))
    assert _bare_object("للحاجز", frozenset({"حاجز"}))
