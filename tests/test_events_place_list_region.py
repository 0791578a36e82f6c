"""Towns listed before their region are where it happened, not the region: the region after a "و" list
locates every item, also when some names are not places the gazetteer knows ("غاراته على كل من قرى وبلدات
أبو دالي والشطيب وتل خنزير بريف إدلب"), and "كل من" after place nouns opens the list, it is no "from"
(issue #4, event places; rasd/extract/events/places.py, _list_end and _role_by_preposition).
Fixture: a breadth-set style sentence (V-370, Idlib air strikes, Dec 2017), pre-tokenised."""

from __future__ import annotations

from test_events import actual_events, actual_places, run_with_places

from rasd.records import Entity

ABU_DALI = Entity("abu-dali", "PLACE", "أبو دالي", "Abu Dali", lat=35.45, lon=36.90, level="town", country="SY",
                  admin1="Idlib")
KHAN_SHAYKHUN = Entity("khan-shaykhun", "PLACE", "خان شيخون", "Khan Shaykhun", lat=35.44, lon=36.65, level="town",
                       country="SY", admin1="Idlib")
RIF_IDLIB_SE = Entity("rif-idlib-se", "PLACE", "ريف إدلب الجنوبي الشرقي", "SE Idlib countryside", lat=35.675,
                      lon=36.785, level="region", country="SY", admin1="Idlib")
PLACES = [ABU_DALI, KHAN_SHAYKHUN, RIF_IDLIB_SE]


def _places(text: str) -> list[str | None]:
    return actual_places(text, PLACES, "2017-12-06")


def test_a_list_with_unknown_names_before_the_region() -> None:
    text = ("كثف الطيران الحربي اليوم من غاراته على كل من قرى وبلدات أبو دالي والشطيب والسعدية بريف إدلب "
            "الجنوبي الشرقي محدثا دمارا واسعا .")
    assert _places(text) == ["abu-dali"]


def test_a_list_of_two_words_items_before_the_region() -> None:
    text = "قصفت الطائرات الحربية اليوم بلدتي أبو دالي وتل الطوقان في ريف إدلب الجنوبي الشرقي ."
    assert _places(text) == ["abu-dali"]


def test_a_preposition_in_between_keeps_the_region() -> None:
    # the town is where the fighters came from, the strike hit the region
    text = "قصفت الطائرات الحربية اليوم مقاتلين قادمين من أبو دالي إلى مواقع في ريف إدلب الجنوبي الشرقي ."
    assert _places(text) != ["abu-dali"]


ARISH = Entity("arish", "PLACE", "العريش", "Arish", lat=31.13, lon=33.80, level="town", country="EG")
SINAI = Entity("sinai", "PLACE", "شمال سيناء", "Sinai", lat=29.5, lon=33.8, level="region", country="EG")
ZAWIYA = Entity("zawiya", "PLACE", "الزاوية", "Zawiya", lat=32.76, lon=12.73, level="town", country="LY")


def test_a_town_in_a_wide_region_without_province() -> None:
    # the region spans provinces (no admin1) and its centre is 180 km from the town: the text's
    # "X بمحافظة R" joins them (breadth R-55, Arish airport shelled, Dec 2017)
    text = ("أعلن الجيش المصري , أمس , مقتل ضابط وإصابة 2 آخرين في استهداف مطار العريش بمحافظة شمال سيناء "
            "بإحدى القذائف .")
    a = run_with_places(text, [ARISH, SINAI], "2017-12-20")
    assert [e.location for e in actual_events(a)] == ["arish"]


def test_a_town_of_another_country_keeps_the_region() -> None:
    text = ("أعلن الجيش المصري , أمس , مقتل ضابط وإصابة 2 آخرين في استهداف مطار الزاوية بمحافظة شمال سيناء "
            "بإحدى القذائف .")
    a = run_with_places(text, [ZAWIYA, SINAI], "2017-12-20")
    assert [e.location for e in actual_events(a)] != ["zawiya"]
