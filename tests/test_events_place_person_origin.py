"""A town told as people's home or starting point is no place of the happening (issue #4, place of
another role; rasd/extract/events/places.py, _person_origin): the construct "ابن قرية X" / "من أبناء X",
or "من" after a pronoun or a participle of coming ("وهم من مدينة تدمر", "الخارجين من كفريا والفوعة",
"القوات المتقدمة من جبهة السخنة"). The event takes the place of its own role, else none. Fixtures written
for the test in the style of the breadth set's wire copy and martyr lists (session 19, roles)."""

from __future__ import annotations

from analysed import events_over
from test_events import actual_events, actual_places, run_with_places

from rasd.records import Analysis, Entity

PALMYRA = Entity("palmyra", "PLACE", "تدمر", "Palmyra", lat=34.56, lon=38.27, level="town", country="SY",
                 admin1="Homs")
RAQQA = Entity("raqqa", "PLACE", "الرقة", "Raqqa", lat=35.95, lon=39.01, level="town", country="SY", admin1="Ar-Raqqa")
KAFRAYA = Entity("kafraya", "PLACE", "كفريا", "Kafraya", lat=35.99, lon=36.69, level="town", country="SY",
                 admin1="Idlib")
FUAA = Entity("fuaa", "PLACE", "الفوعة", "al-Fuaa", lat=35.97, lon=36.70, level="town", country="SY", admin1="Idlib")
QUSAYR = Entity("qusayr", "PLACE", "القصير", "al-Qusayr", lat=34.51, lon=36.58, level="town", country="SY",
                admin1="Homs")
SUKHNAH = Entity("sukhnah", "PLACE", "السخنة", "al-Sukhnah", lat=34.89, lon=38.87, level="town", country="SY",
                 admin1="Homs")
PLACES = [PALMYRA, RAQQA, KAFRAYA, FUAA, QUSAYR, SUKHNAH]


def _places(text: str) -> list[str | None]:
    return actual_places(text, PLACES, "2017-08-22")


def test_the_victims_home_town_is_not_the_place() -> None:
    text = "قتل ثمانية مدنيين من عائلة واحدة بغارة جوية أمس في مدينة الرقة , وهم من مدينة تدمر ."
    assert _places(text) == ["raqqa"]


def test_a_home_town_alone_gives_no_place() -> None:
    text = "قتل ثمانية مدنيين من عائلة واحدة بغارة جوية أمس , وهم من مدينة تدمر ."
    assert _places(text) in ([], [None])


def test_the_evacuees_towns_of_a_list() -> None:
    text = "قتل العشرات أمس بانفجار قرب تجمع الخارجين من كفريا والفوعة ."
    assert _places(text) in ([], [None])


def test_a_fighter_son_of_a_village() -> None:
    text = "قتل المقاتل عطية عرفات أمس في المعارك وهو من أبناء قرية جوسية التابعة لمدينة القصير ."
    assert _places(text) in ([], [None])


def test_the_front_forces_come_from() -> None:
    text = "تدور اشتباكات عنيفة أمس حيث تسعى القوات المتقدمة من جبهة السخنة إلى التقدم نحو المطار ."
    assert _places(text) in ([], [None])


def test_a_strike_on_the_town_stays() -> None:
    # the town is the object of the strike, not a person's origin
    text = "قتل ثمانية مدنيين من عائلة واحدة بغارة جوية أمس على مدينة تدمر ."
    assert _places(text) == ["palmyra"]


def test_a_group_of_the_town_taken_there_stays() -> None:
    # "شابا من أبناء مدينة X": young men of the town arrested in a raid on it, not a person's home elsewhere
    tall = Entity("tall", "PLACE", "التل", "al-Tall", lat=33.61, lon=36.31, level="town", country="SY",
                  admin1="Rif Dimashq")
    a: Analysis = run_with_places("اعتقلت قوات النظام أمس أربعين شابا من أبناء مدينة التل .", PLACES + [tall],
                                  "2017-12-04")
    assert [e.location for e in actual_events(a)] == ["tall"]


def test_a_young_man_of_a_given_age_son_of_a_village() -> None:
    # "( 20 ) عاما من أبناء قرية ...": one person's home village and its parent town, not where he was killed
    text = "قتل جنود الجيش التركي أمس الشاب علي حسن ( 20 ) عاما من أبناء قرية جوسية التابعة لمدينة القصير أثناء عبوره الحدود ."
    assert _places(text) in ([], [None])


def test_a_named_fighter_son_of_a_town() -> None:
    entities = {e.id: e for e in PLACES}
    entities["zk"] = Entity("zk", "PERSON", "زكريا كرز", "Zakaria Kurz")
    surfaces = [(e.name_ar, e.id) for e in PLACES] + [("زكريا كرز", "zk")]
    a = events_over("استشهاد زكريا كرز من أبناء تدمر أمس في المعارك الجارية .", entities, surfaces, "2017-08-22")
    assert [e.location for e in a.events if e.modality == "actual"] in ([], [None])


def test_a_counted_group_of_the_town_s_sons_stays() -> None:
    # a group taken from the town's people: the raid was in it
    text = "اعتقلت قوات النظام أمس أربعين شابا من أبناء مدينة تدمر ."
    assert _places(text) == ["palmyra"]
