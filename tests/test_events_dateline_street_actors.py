"""A country's name that only names a place: a dateline's place before its agency ("الرياض , السعودية
( رويترز ) -", "الأردن / بترا :") and the genitive of a street's or building's name ("شارع فلسطين",
"مدرسة فلسطين") are no actor of the event. The event keeps its type; the actor is unknown. The
sentences are the project's own, in the pattern of breadth pages; the whole pipeline runs."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Published


def _run(text: str) -> Analysis:
    doc = Document(id="ds", source="ds.txt", text=text, published=Published("2016-03-10", "day"))
    return analyse(doc)


def _actors(a: Analysis) -> set[str]:
    return {x for e in a.events for x in e.actor1 + e.actor2}


def test_a_datelines_country_before_an_agency_in_parentheses_is_no_actor() -> None:
    # a caption runs into the dateline: the agency in parentheses marks it all the same
    a = _run("جريح في مشفى ميداني 10 مارس 2016 دبي , الإمارات العربية المتحدة ( CNN ) - - قتل 20 شخصا في "
             "غارات على بلدة حمورية في ريف دمشق .")
    assert [e.sub_event_type for e in a.events] == ["Air/drone strike"]
    assert "uae" not in _actors(a)


def test_a_datelines_country_before_a_bare_agency_is_no_actor() -> None:
    a = _run("تركيا - الأناضول - قتل 20 شخصا في غارات جوية على بلدة في ريف إدلب .")
    assert [e.sub_event_type for e in a.events] == ["Air/drone strike"]
    assert not {"turkey", "turkish-armed-forces"} & _actors(a)    # (nor as its armed forces: event_state_forces.yaml)
    a = _run("الأردن / بترا : قتل 20 شخصا في غارات جوية على بلدة في ريف درعا .")
    assert a.events and not {"jordan", "jordan-armed-forces"} & _actors(a)


def test_a_country_told_between_dashes_mid_sentence_stays_the_actor() -> None:
    # an aside between dashes after the verb is no dateline: Turkey shelled
    a = _run("قصفت تركيا - حسب مصادر محلية - قرى في ريف عفرين .")
    # (a strike: the state acts through its armed forces, ACLED's "Military Forces of Turkey"; session 38)
    assert any(e.actor1 == ["turkish-armed-forces"] for e in a.events)


def test_a_country_naming_a_street_or_a_school_is_no_actor() -> None:
    a = _run("سقطت قذيفة هاون على مدرسة فلسطين في مدينة درعا .")
    assert [e.sub_event_type for e in a.events] == ["Shelling/artillery/missile attack"]
    assert "palestine" not in _actors(a)


def test_a_country_that_acts_after_a_street_stays_the_actor() -> None:
    a = _run("قصفت روسيا مباني قرب شارع بغداد في مدينة إدلب .")
    assert any("russian-armed-forces" in e.actor1 for e in a.events)     # (the state's armed forces)


def test_the_sdfs_quoted_name_is_not_the_state_of_syria() -> None:
    # the name in quotes after "قوات" and its short form: Syria is no actor of the clash
    a = _run("دارت اشتباكات عنيفة بين قوات \" سوريا الديمقراطية \" وعناصر التنظيم في حي الرميلة بمدينة الرقة .")
    assert any(e.sub_event_type == "Armed clash" for e in a.events)
    assert not {"syria", "syria-gov-forces"} & _actors(a)     # (nor as its armed forces)
    a = _run("وسيطرت \" سوريا الديمقراطية \" على قرية في ريف الرقة الشرقي .")
    assert not {"syria", "syria-gov-forces"} & _actors(a)     # (nor as its armed forces)
