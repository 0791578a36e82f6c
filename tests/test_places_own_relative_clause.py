"""The trigger's own relative clause names its place ("المظاهرة التي خرجت يوم الجمعة في مدينة السويداء"): a
nearer place of another clause (where the arrests or the condemnation were) gives way to it
(places._own_clause_place, with the pronoun and limits dates._own_relative_date reads: events.own_clause)."""

from __future__ import annotations

import pytest
from analysed import analyse_text


def _places(text: str) -> list[tuple[str, str | None]]:
    a = analyse_text(text, "2017-04-28", stages=None)
    return [(e.trigger, e.location) for e in a.events]


# (sentence, the trigger's only row and its place): the own clause's place wins over where the row was before
OWN_CLAUSE_PLACES = [
    # before: the protest at Damascus (where the activists were arrested), and a second row at al-Suwayda
    pytest.param("اعتقلت قوات الأمن في دمشق ناشطين شاركوا في المظاهرة التي خرجت يوم الجمعة في مدينة السويداء .",
                 ("المظاهرة", "gn:172408"), id="the_clause_of_the_protest_names_its_town"),
    # before: the strikes at Idlib, where the activists condemned them
    pytest.param("ندد ناشطون في مدينة إدلب بالغارات التي شنها الطيران الروسي أمس على مدينة حلب .",
                 ("بالغارات", "gn:170063"), id="the_clause_of_the_strikes_names_their_city_through_ala"),
    # "التي قال ... إنه شنها": a claim's clause; its place is not read as the strike's
    pytest.param("ندد ناشطون في مدينة إدلب بالغارات التي قال الطيران الروسي إنه شنها أمس على مدينة حلب .",
                 ("بالغارات", "gn:169389"), id="a_clause_of_saying_keeps_the_nearer_place"),
    # before: at Aleppo, where the activists condemned it
    pytest.param("ندد ناشطون في مدينة حلب بالقصف الذي قتل أمس 5 مدنيين في مدينة إدلب .",
                 ("بالقصف", "gn:169389"), id="the_clause_of_the_shelling_names_its_city"),
    # "في مدينة دوما ... الحملة التي يشنها النظام في سوريا": the town lies in the clause's country
    pytest.param("قتل 5 مدنيين في مدينة دوما جراء الحملة العسكرية التي يشنها النظام في سوريا .",
                 ("الحملة العسكرية", "rasd:douma"), id="a_finer_place_inside_the_clause_region_is_kept"),
]


@pytest.mark.parametrize(("text", "row"), OWN_CLAUSE_PLACES)
def test_the_own_clause_place(text: str, row: tuple[str, str]) -> None:
    assert _places(text) == [row]


def test_a_pronoun_after_a_place_leaves_the_object_before_it() -> None:
    # "القصف على الرقة الذي ...": a place between the trigger and the pronoun; the pronoun may hang on it,
    # so the strike keeps its "على" object
    assert _places("ندد ناشطون في مدينة حلب بالقصف على الرقة الذي قتل أمس 5 مدنيين في مدينة إدلب .")[0] \
        == ("بالقصف", "gn:172955")


def test_a_clause_of_aim_names_no_place() -> None:
    # "الهجوم الذي يهدف إلى تشديد الحصار على X": X is the aim's place, not where the attack was
    with_aim = _places("وأشار قائد القوات الكردية بأربيل إلى أن 10 قرى تم تحريرها بالهجوم الذي يهدف إلى تشديد "
                       "الحصار على مدينة الموصل .")
    assert with_aim
    assert all(loc != "gn:99072" for _trig, loc in with_aim)
