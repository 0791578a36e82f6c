"""The scene of a happening, not the victims' home nor where the wounded were treated (session 24, PLACE_OTHER
causes of the breadth samples; rasd/extract/events/places.py): a hospital town told "نقلوا إلى مستشفى في مدينة
X" or "يتلقون العلاج في X", a town or province that received the wounded ("استقبلت ولاية هطاي"; _treated_at), the
dead counted by their home towns ("8 من بني مزار"), and one person's home "من سكان X" (_person_origin). Fixtures
written for the test in the style of the breadth set's pages (El Watan, Anadolu, ANHA panorama)."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

TOWNS = syrian_places({
    "al-bab": ("الباب", "al-Bab", 36.37, 37.52, "town", "Aleppo"),
    "tadef": ("تادف", "Tadef", 36.35, 37.53, "town", "Aleppo"),
    "kafraya": ("كفريا", "Kafraya", 35.99, 36.69, "town", "Idlib"),
    "jarabulus": ("جرابلس", "Jarabulus", 36.82, 38.01, "town", "Aleppo"),
})


def _places(text: str) -> list[str | None]:
    """The places of the actual events of ``text``, with the fixture towns as place mentions."""
    return [e.location for e in actual_events(run_with_places(text, TOWNS, "2017-11-05"))]


def test_the_hospital_town_the_wounded_were_taken_to() -> None:
    text = "أصيب ثلاثة مدنيين أمس بقصف مدفعي , ونقلوا إلى مستشفى في مدينة الباب ."
    assert "al-bab" not in _places(text)
    text = "أصيب ثلاثة مدنيين أمس بقصف مدفعي على بلدة تادف , ونقلوا إلى مستشفى في مدينة الباب ."
    assert _places(text) == ["tadef"]


def test_the_town_where_the_wounded_are_treated() -> None:
    text = "قتل مدني وأصيب آخرون أمس جراء انفجار لغم , ويتلقى الجرحى العلاج في مشفى بمدينة الباب ."
    assert "al-bab" not in _places(text)


def test_the_town_that_received_the_wounded() -> None:
    text = "استقبلت ولاية الباب , يوم أمس , مواطنين اثنين أصيبا في هجمات لقوات النظام على الريف الشرقي للمحافظة ."
    assert "al-bab" not in _places(text)


def test_a_strike_on_a_hospital_stays_in_its_town() -> None:
    text = "قصفت الطائرات الحربية أمس مستشفى في مدينة الباب ما أدى إلى مقتل خمسة مدنيين ."
    assert set(_places(text)) == {"al-bab"}


def test_the_dead_counted_by_their_home_towns() -> None:
    text = "تضمن البيان أسماء الشهداء , حيث استشهد 8 من الباب و 9 من كفريا بإجمالي 17 شهيدا ."
    places = _places(text)
    assert "al-bab" not in places and "kafraya" not in places


def test_one_victims_home_town() -> None:
    text = "قتل الجيش التركي أمس الطفلة أمل الشيخ 10 أعوام من سكان منطقة الباب أثناء عبورها الحدود ."
    assert "al-bab" not in _places(text)


def test_a_counted_group_of_a_towns_people_stays() -> None:
    text = "قتل 22 مدنيا من أهالي بلدة تادف أمس جراء غارات جوية ."
    assert _places(text) == ["tadef"]


def test_the_towns_at_the_ends_of_the_road_a_site_lies_on() -> None:
    text = "سيطر الجيش أمس على مطار كويرس الواقع على الشارع المؤدي من مدينة الباب إلى بلدة تادف ."
    places = _places(text)
    assert "al-bab" not in places and "tadef" not in places


def test_a_happening_on_the_road_between_two_towns_stays_at_them() -> None:
    text = "قتل ثلاثة مدنيين أمس بقصف على الطريق الواصل بين مدينة الباب وبلدة تادف ."
    assert _places(text)[:1] == ["al-bab"]
