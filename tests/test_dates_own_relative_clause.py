"""Event dates: a deed noun's own relative clause tells its day ("جراء القصف الذي طال المدينة يوم امس"), and that
day dates the deed before a nearer date another verb of the sentence tells (the days the schools close). Not a
clause of saying or claiming about the deed (its day is the statement's), nor a verb's trigger (a relative
pronoun after a verb names its people). Small fixtures of the general construction (breadth row V-453 #0)."""

from __future__ import annotations

from analysed import actual_type_dates


def _dates(text: str, published: str) -> list[tuple[str, str, str]]:
    return actual_type_dates(text, published, "own-relative")


def test_the_deeds_relative_clause_day_wins_over_the_nearer_closure_days() -> None:
    got = _dates("وأعلنت مديرية التربية في مدينة الأتارب عن تعليق الدوام في المدارس يومي الثلاثاء والأربعاء جراء "
                 "القصف الذي طال المدينة يوم أمس .", "2017-11-14")
    assert got == [("Explosions/Remote violence", "2017-11-13", "2017-11-13")], got


def test_a_relative_clause_after_a_comma_is_not_the_deeds() -> None:
    # the pronoun stands after a comma: it does not describe the deed, the nearest date stays
    got = _dates("وأعلنت مديرية التربية في مدينة الأتارب عن تعليق الدوام في المدارس يومي الثلاثاء والأربعاء جراء "
                 "القصف , الذي طال المدينة يوم أمس .", "2017-11-14")
    assert got and all(s != "2017-11-13" for _t, s, _e in got), got


def test_a_deed_without_its_own_relative_day_keeps_the_nearest_date() -> None:
    got = _dates("وأعلنت مديرية التربية في مدينة الأتارب عن تعليق الدوام في المدارس يومي الثلاثاء والأربعاء جراء "
                 "القصف على المدينة .", "2017-11-14")
    assert got and all(s != "2017-11-13" for _t, s, _e in got), got
