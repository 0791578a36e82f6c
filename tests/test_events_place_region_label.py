"""A wide region label told right after a place ("مدينة الرقة شمال سوريا", "محافظة إدلب شمال سورية")
only says where that place lies: the event is at the place the text names, not at the label (issue #4,
event places; rasd/extract/events/places.py, _labelled_place). Fixtures written for the test in the
style of the breadth set's wire copy (AFP/Anadolu "X , شمال سوريا")."""

from __future__ import annotations

from test_events import actual_events, actual_places, run_with_places

from rasd.records import Entity

RAQQA = Entity("raqqa", "PLACE", "الرقة", "Raqqa", lat=35.95, lon=39.01, level="town", country="SY", admin1="Ar-Raqqa")
IDLIB_PROVINCE = Entity("idlib-province", "PLACE", "محافظة إدلب", "Idlib Governorate", lat=35.8, lon=36.6,
                        level="admin1", country="SY", admin1="Idleb")
NORTH_SYRIA = Entity("northern-syria", "PLACE", "شمال سوريا", "Northern Syria", lat=36.3, lon=37.5,
                     level="region", country="SY")
DEIR_COUNTRYSIDE = Entity("deir-east", "PLACE", "ريف دير الزور الشرقي", "eastern Deir ez-Zor countryside",
                          lat=35.0, lon=40.5, level="region", country="SY", admin1="Deir-ez-Zor")
PLACES = [RAQQA, IDLIB_PROVINCE, NORTH_SYRIA, DEIR_COUNTRYSIDE]


def _places(text: str) -> list[str | None]:
    return actual_places(text, PLACES, "2017-06-13")


def test_the_town_the_label_locates() -> None:
    text = "أعلنت قوات سوريا الديمقراطية أمس طرد تنظيم داعش من مدينة الرقة شمال سوريا ."
    assert _places(text) == ["raqqa"]


def test_the_town_across_a_comma() -> None:
    # (a bombing of yesterday: "يتعرض لقصف جوي منذ أيام" is a state going on since some days, _ongoing_since)
    text = "يبقى الهدف الأول الرقة , معقل التنظيم شمال سوريا , والذي تعرض لقصف جوي أمس ."
    assert _places(text) == ["raqqa"]


def test_the_governorate_the_label_locates() -> None:
    text = "قتل ثلاثة أشخاص أمس في قصف جيش النظام لمحافظة إدلب شمال سوريا ."
    assert _places(text) == ["idlib-province"]


def test_a_label_alone_places_the_country() -> None:
    # (was "a label alone stays", then "places nothing"): a wide region that is no unit is no location;
    # with no place of its own the event is coded at the country it names (test_events_place_unitless_region.py)
    text = "قتل ثلاثة أشخاص أمس في قصف جوي شمال سوريا ."
    assert _places(text) == ["cc:SY"]


def test_two_places_of_two_roles_are_not_a_label() -> None:
    # "من الرقة إلى شمال سوريا": where they came from and where they went, not a place and its label
    text = "قصفت الطائرات أمس قافلة خرجت من الرقة إلى شمال سوريا ."
    assert _places(text) != ["raqqa"]


def test_a_region_with_a_governorate_is_no_label() -> None:
    # the town-before-region rule decides this one, as before; the label rule leaves it alone
    text = "شنت طائرات التحالف الدولي غارات جوية على ريف دير الزور الشرقي أمس ."
    assert _places(text) == ["deir-east"]


def test_a_label_after_a_list_covers_the_list() -> None:
    # "مدن الفلوجة والرمادي في محافظة الانبار": the unit holds both towns; not the nearest one alone
    fallujah = Entity("fallujah", "PLACE", "الفلوجة", "Fallujah", lat=33.35, lon=43.78, level="town", country="IQ")
    ramadi = Entity("ramadi", "PLACE", "الرمادي", "Ramadi", lat=33.42, lon=43.3, level="town", country="IQ")
    anbar = Entity("anbar", "PLACE", "محافظة الانبار", "Anbar", lat=33.4, lon=42.0, level="region", country="IQ")
    text = "قتل عشرة مدنيين أمس في قصف جوي على مدن الفلوجة والرمادي في محافظة الانبار ."
    a = run_with_places(text, [fallujah, ramadi, anbar], "2014-01-24")
    assert [e.location for e in actual_events(a)] != ["ramadi"]
