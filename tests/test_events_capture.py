"""Events, session 15 ("capture"): the subject of a managing verb ("تمكنت X من استعادة", "نجح X في
السيطرة على", "استطاع X السيطرة") is the actor of the territory masdar it governs, even when another
force is named between them (the one fought, expelled or withdrawn: "بعد طرد جيش الإسلام"), which the
nearest-actor rule would take. Hand-written sentences; the whole pipeline runs (entities, default
gazetteer, events)."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Published

OVERTAKES = ("Battles", "Non-state actor overtakes territory")
REGAINS = ("Battles", "Government regains territory")


def _run(text: str, published: str = "2017-06-16") -> Analysis:
    return analyse(Document(id="cap", source="cap.txt", text=text, published=Published(published, "day")))


def _territory(a: Analysis) -> list[tuple[tuple[str, str], list[str]]]:
    return [((e.event_type, e.sub_event_type), list(e.actor1)) for e in a.events
            if e.modality == "actual" and "territory" in e.sub_event_type]


def test_the_managing_verbs_subject_took_the_town_not_the_force_it_expelled() -> None:
    a = _run("وتمكنت قوات النظام اليوم وبعد طرد جيش الإسلام من السيطرة على مدينة دوما .")
    assert _territory(a) == [(REGAINS, ["syria-gov-forces"])]


def test_the_managing_verbs_subject_before_it_took_the_town() -> None:
    """SVO: "جيش الإسلام تمكن ... من استعادة" (the nearest-actor rule already reads it; kept as the twin)."""
    a = _run("وقال ناشطون إن جيش الإسلام تمكن اليوم من استعادة مدينة دوما .")
    assert _territory(a) == [(OVERTAKES, ["jaysh-al-islam"])]


def test_without_a_managing_verb_the_force_before_the_trigger_still_acts() -> None:
    """No managing verb: the rule stays out (the usual nearest actor reads "سيطر جيش الإسلام")."""
    a = _run("وسيطر جيش الإسلام اليوم على مدينة دوما بعد انسحاب قوات النظام منها .")
    # (a taking after the other side withdrew, no fighting told, is a non-violent transfer since session 27)
    assert (("Strategic developments", "Non-violent transfer of territory"), ["jaysh-al-islam"]) in _territory(a)
