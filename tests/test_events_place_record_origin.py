"""A victims list record "N - name / governorate - town / cause" (rights digests' daily tolls): the slot
between the slashes is the person's home, not where he was killed, unless the cause points back at it ("على
المدينة"); the cause's own place locates the death (rasd/extract/events/places.py _record_origin). Fixtures
written for the test in the style of such digests."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

TOWNS = syrian_places({
    "tal-rifaat": ("تل رفعت", "Tal Rifaat", 36.47, 37.10, "town", "Aleppo"),
    "mare": ("مارع", "Marea", 36.48, 37.21, "town", "Aleppo"),
    "kafrzita": ("كفرزيتا", "Kafr Zita", 35.37, 36.60, "town", "Hama"),
    "latamneh": ("اللطامنة", "Latamneh", 35.32, 36.62, "town", "Hama"),
})


def _places(text: str) -> list[str | None]:
    return [e.location for e in actual_events(run_with_places(text, TOWNS, "2016-11-29"))]


def test_a_clash_told_after_the_home_slot_is_not_at_the_home() -> None:
    text = ("وثقت اللجنة مقتل عدد من الأشخاص أمس . 1 - محمد أحمد / ريف حلب - تل رفعت / في الاشتباكات مع قوات النظام"
            " 2 - خالد سعيد / ريف حماة - اللطامنة / بعد إصابته بطلق ناري .")
    places = _places(text)
    assert "tal-rifaat" not in places and "latamneh" not in places


def test_the_cause_names_its_own_town() -> None:
    text = ("وثقت اللجنة مقتل عدد من الأشخاص أمس . 1 - محمد أحمد / ريف حلب - تل رفعت / جراء القصف على بلدة مارع"
            " 2 - خالد سعيد / ريف حلب - تل رفعت / جراء القصف على بلدة مارع .")
    places = _places(text)
    assert "mare" in places and "tal-rifaat" not in places


def test_a_cause_pointing_back_keeps_the_home_town() -> None:
    text = ("وثقت اللجنة مقتل عدد من الأشخاص أمس . 1 - طارق خطاب / ريف حماة - كفرزيتا / جراء القصف الروسي على المدينة"
            " 2 - خطاب محمد / ريف حماة - كفرزيتا / جراء القصف الروسي على المدينة .")
    assert "kafrzita" in _places(text)


def test_a_town_between_slashes_without_a_record_stays() -> None:
    text = "قصفت قوات النظام أمس بلدة مارع / تل رفعت / بالمدفعية الثقيلة ما أدى إلى مقتل مدنيين ."
    assert "mare" in _places(text)
