"""Session 35 recall ("recall2"): a violent noun's actor told as the subject of the relative clause after
it, whose light verb carries the noun's pronoun ("الهجوم الذي يشنه التنظيم على ..."): the MSA relative
clause with a resumptive object pronoun names who made the attack. Without it the noun had one argument
(its place) and was refused. Small fixtures of the general pattern; the whole pipeline runs."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Analysis


def _run(text: str, published: str = "2017-06-25") -> Analysis:
    return analyse_text(text, published, doc_id="s35", stages=None)


def _battles(a: Analysis) -> list[tuple[str, list[str]]]:
    return [(a.entities[e.location].name_ar if e.location else "", e.actor1)
            for e in actual_events_of(a, "Battles")]


def test_the_relative_light_verbs_subject_is_the_attacks_actor() -> None:
    a = _run("وهذا هو الهجوم الثالث الذي يشنه تنظيم داعش على بلدة مارع خلال أسبوع .")
    assert _battles(a) == [("مارع", ["isis"])]


def test_the_subject_after_a_quote_mark_is_read() -> None:
    a = _run('وهذا هو الهجوم الثالث الذي يشنه " داعش " على بلدة مارع خلال أسبوع .')
    assert _battles(a) == [("مارع", ["isis"])]


def test_without_the_relative_clause_the_bare_attack_stays_refused() -> None:
    # one argument (the place): as before, no event
    a = _run("وهذا هو الهجوم الثالث على بلدة مارع خلال أسبوع .")
    assert _battles(a) == []


def test_a_relative_verb_that_is_no_light_verb_names_no_actor() -> None:
    # "استهدف" in the relative clause tells the attack's target, not who made it
    a = _run("وهذا هو الهجوم الثالث الذي استهدف تنظيم داعش في بلدة مارع خلال أسبوع .")
    assert all(a1 != ["isis"] for _p, a1 in _battles(a))
