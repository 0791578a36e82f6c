"""The reference point of a direction after a named place, in the forms the plain "X جنوب Y" reading
missed (issue #4, event places; rasd/extract/events/places.py, _landmark): the direction with "ب"
glued to it ("منطقة محكان بشرق الميادين": Mahkan in the east of al-Mayadin), the noun form
("إلى الغرب من منطقة الكرامة , إلى الجنوب الشرقي من الرقة"), and a list whose last item the gazetteer
does not know ("قرى رسم حميدة والهبرة الغربية جنوب شرق جب الجراح"). In each the event is at the named
place, not at the town it is told by. Fixtures written for the test in the style of the breadth set's
weekly digests and wire copy (session 19, places5)."""

from __future__ import annotations

from test_events import actual_places

from rasd.records import Entity

MAYADIN = Entity("mayadin", "PLACE", "الميادين", "al-Mayadin", lat=35.02, lon=40.45, level="town", country="SY",
                 admin1="Deir ez-Zor")
MAHKAN = Entity("mahkan", "PLACE", "محكان", "Mahkan", lat=34.98, lon=40.49, level="town", country="SY",
                admin1="Deir ez-Zor")
RAQQA = Entity("raqqa", "PLACE", "الرقة", "Raqqa", lat=35.95, lon=39.01, level="town", country="SY", admin1="Ar-Raqqa")
KARAMA = Entity("karama", "PLACE", "الكرامة", "al-Karama", lat=35.89, lon=39.33, level="town", country="SY",
                admin1="Ar-Raqqa")
JUBB = Entity("jubb-jarrah", "PLACE", "جب الجراح", "Jubb al-Jarrah", lat=34.83, lon=37.22, level="town",
              country="SY", admin1="Homs")
RASM = Entity("rasm-hmeida", "PLACE", "رسم حميدة", "Rasm Hmeida", lat=34.71, lon=37.28, level="town", country="SY",
              admin1="Homs")
SUKHNAH = Entity("sukhnah", "PLACE", "السخنة", "al-Sukhnah", lat=34.89, lon=38.87, level="town", country="SY",
                 admin1="Homs")
PALMYRA = Entity("palmyra", "PLACE", "تدمر", "Palmyra", lat=34.56, lon=38.27, level="town", country="SY",
                 admin1="Homs")
DEIR = Entity("deir", "PLACE", "دير الزور", "Deir ez-Zor", lat=35.33, lon=40.14, level="town", country="SY",
              admin1="Deir ez-Zor")
TAL_AFAR = Entity("tal-afar", "PLACE", "تلعفر", "Tal Afar", lat=36.38, lon=42.45, level="town", country="IQ")
MOSUL = Entity("mosul", "PLACE", "الموصل", "Mosul", lat=36.34, lon=43.13, level="town", country="IQ")
PLACES = [MAYADIN, MAHKAN, RAQQA, KARAMA, JUBB, RASM, SUKHNAH, PALMYRA, DEIR, TAL_AFAR, MOSUL]


def _places(text: str) -> list[str | None]:
    return actual_places(text, PLACES, "2017-10-17")


def test_a_direction_with_b_locates_the_place_before_it() -> None:
    text = "قتل 14 مدنيا أمس جراء غارات استهدفت منطقة محكان بشرق الميادين عند ضفة الفرات ."
    assert _places(text) == ["mahkan"]


def test_the_noun_form_of_a_direction() -> None:
    text = "رتل للتنظيم يحترق إلى الغرب من منطقة الكرامة , إلى الجنوب الشرقي من الرقة , بعد غارة جوية أمس ."
    assert _places(text) == ["karama"]


def test_a_list_with_an_unknown_last_item() -> None:
    text = "سيطر الجيش السوري أمس على قرى رسم حميدة والهبرة الغربية جنوب شرق جب الجراح ."
    assert _places(text) == ["rasm-hmeida"]


def test_the_reference_point_alone_stays() -> None:
    # nothing named before the direction: the town it is told by is the best place the text gives
    text = "قتل 14 مدنيا أمس جراء غارات استهدفت قرى بشرق الميادين ."
    assert _places(text) == ["mayadin"]


def test_a_movement_from_a_place_to_a_direction_of_another() -> None:
    # "انسحبت من X إلى الجنوب من Y": where they left, then where they went; Y is no reference point of X
    # that would make the place the one they left
    text = "انسحبت قوات النظام أمس من مدينة السخنة إلى الجنوب من تدمر ."
    assert _places(text) == ["sukhnah"]


def test_a_bridge_and_a_station_are_no_settlement_list() -> None:
    # "جسر الرقة ومحطة الغاز جنوب غرب مدينة دير الزور": a bridge named after al-Raqqa, and a station; the
    # city they lie by is the place, not al-Raqqa
    text = "سيطر الجيش السوري أمس على جسر الرقة ومحطة الغاز جنوب غرب مدينة دير الزور ."
    assert _places(text) == ["deir"]



def test_the_day_between_the_place_and_the_direction() -> None:
    text = "ألحقت داعش الصواريخ الموجهة ضررا كبيرا للقوات العراقية في ضواحي مدينة تلعفر أمس غرب الموصل ."
    assert _places(text) == ["tal-afar"]
