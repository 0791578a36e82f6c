"""Events recall, session 17: happenings told in words the events stage did not read. The jihadi and
Palestinian press word for a suicide attack ("عملية استشهادية"), the idioms of dying "لقي حتفه" and
"هلاك" that carry a toll, and a strike verb whose subject is an aircraft named by its kind only
("مقاتلات قصفت", "طائرتين هجوميتين قصفتا") on a page without a date. Hand-written sentences, with
negatives (deaths from hunger; a bare strike verb with no striker on an undated page)."""

from __future__ import annotations

from test_events_precision8 import _run

from rasd.records import Analysis

SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
AIR = ("Explosions/Remote violence", "Air/drone strike")


def _events(a: Analysis, place: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in a.events if e.location == place and e.modality == "actual"]


def test_a_martyrdom_operation_is_a_suicide_bomb() -> None:
    a = _run("نفذ أبو زيد الأنصاري عملية استشهادية على تجمعات للجيش قرب مدينة دوما .", "unknown")
    assert SUICIDE in _events(a, "douma")


def test_a_toll_told_by_halak_counts_the_dead() -> None:
    """An IED with its place only is not kept on an undated page; "ما أدى لهلاك 5 عناصر" gives it a toll."""
    a = _run("وتم تدمير عربة للجيش إثر استهدافها بعبوة ناسفة في مدينة دوما , ما أدى لهلاك 5 عناصر كانوا فيها .",
             "unknown")
    tolls = [e.fatalities for e in a.events if e.location == "douma" and (e.event_type, e.sub_event_type) == IED]
    assert tolls == [5]


def test_met_their_death_gives_the_attack_its_toll() -> None:
    a = _run("وانفجرت عبوة ناسفة في مدينة دوما , ولقي ثلاثة جنود حتفهم .", "unknown")
    tolls = [e.fatalities for e in a.events if e.location == "douma" and (e.event_type, e.sub_event_type) == IED]
    assert tolls == [3]


def test_deaths_from_hunger_are_no_event() -> None:
    a = _run("وذكر التقرير أن أربعة أشخاص لقوا حتفهم من الجوع في مدينة دوما المحاصرة .", "unknown")
    assert _events(a, "douma") == []


def test_fighter_jets_as_the_subject_of_a_strike_verb() -> None:
    a = _run("وقال المتحدث إن مقاتلات قصفت في مدينة دوما معملا لصنع الذخائر .", "unknown")
    assert AIR in _events(a, "douma")


def test_two_attack_aircraft_struck() -> None:
    """The dual past "قصفتا" is read, and its aircraft subject counts as the striker."""
    a = _run("وأضاف أن طائرتين هجوميتين قصفتا كذلك معسكرا ميدانيا في مدينة دوما .", "unknown")
    assert AIR in _events(a, "douma")


def test_a_bare_strike_verb_on_an_undated_page_stays_refused() -> None:
    """Without its striker, a medium strike word with its place only is still not an event of an undated page."""
    a = _run("وقال المتحدث إنه قصفت في مدينة دوما معامل لصنع الذخائر .", "unknown")
    assert _events(a, "douma") == []


def test_guns_named_by_their_kind_struck() -> None:
    """"استهدفت مدفعية ... سقبا": the artillery as the strike verb's subject is its striker, as aircraft are."""
    a = _run("وقصفت المدفعية مواقع في مدينة دوما .", "unknown")
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in _events(a, "douma")
