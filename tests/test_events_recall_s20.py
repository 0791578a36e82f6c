"""Events stage: a partitive subject ("عدة مفارز من التنظيم شنت هجوما", "عناصر من الهيئة اقتحموا") acted:
the group after the unit noun's "من" is the attack's actor, so a placed attack is kept; a unit phrase
that is not the subject of the verb after it ("مقتل عناصر من التنظيم في هجوم") names victims and stays
no actor. Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Analysis, Entity

# id: (type, name, level, lat, lon, admin1, surfaces)
ENT: dict[str, tuple[str, str, str | None, float | None, float | None, str | None, list[str]]] = {
    "isis": ("ARMED_GROUP", "تنظيم الدولة", None, None, None, None, ["تنظيم الدولة", "التنظيم"]),
    "palmyra": ("PLACE", "تدمر", "town", 34.56, 38.28, "Homs", ["تدمر"]),
}


def _run(text: str, published: str = "2017-09-20") -> Analysis:
    entities = {eid: Entity(eid, t, name, name, lat=lat, lon=lon, level=level,
                            country="SY" if t == "PLACE" else None, admin1=admin1)
                for eid, (t, name, level, lat, lon, admin1, _s) in ENT.items()}
    return events_over(text, entities, ((s, eid) for eid, v in ENT.items() for s in v[6]), published,
                       doc_id="docpartitive")


def test_units_of_a_group_that_launch_an_attack_make_the_group_its_actor() -> None:
    a = _run('وذكر مصدر عسكري ان " عدة مفارز من تنظيم الدولة " شنت هجوما على نقاط شرق مدينة تدمر .')
    ev = [e for e in a.events if e.modality == "actual"]
    assert [(e.event_type, e.location, e.actor1) for e in ev] == [("Battles", "palmyra", ["isis"])]


def test_a_partitive_subject_of_a_verb_trigger_acted() -> None:
    a = _run("وقال مصدر محلي ان عناصر من تنظيم الدولة هاجموا نقاط شرق مدينة تدمر .")
    ev = [e for e in a.events if e.modality == "actual"]
    assert ev and all(e.actor1 == ["isis"] for e in ev)


def test_victims_told_by_a_unit_noun_are_not_the_attacker() -> None:
    a = _run("وقتل عدد من عناصر تنظيم الدولة و عناصر من التنظيم في هجوم على نقاط شرق مدينة تدمر .")
    assert all("isis" not in e.actor1 for e in a.events)


def test_units_killed_by_a_toll_verb_are_victims() -> None:
    a = _run("وقال المرصد ان عناصر من تنظيم الدولة قتلوا وجرح آخرون في هجوم على نقاط شرق مدينة تدمر .")
    assert all("isis" not in e.actor1 for e in a.events)


def test_a_verb_after_and_opens_a_clause_of_another_subject() -> None:
    a = _run("وقتل 8 مسلحين من تنظيم الدولة ودمرت 3 آليات إثر هجوم على تجمع لهم في مدينة تدمر .")
    assert all("isis" not in e.actor1 for e in a.events)
