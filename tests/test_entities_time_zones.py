"""A place that labels a clock's time zone is no place the page tells of: Al Jazeera's stamp "الساعة 21 : 24
( مكة المكرمة )", "الساعة 10 : 12 صباحا بتوقيت دمشق" (breadth set: 91 Mecca and ~50 other such mentions, the
site's capital on every page's map). The same name told as a place elsewhere on the page stays."""

from __future__ import annotations

from analysed import analyse_text

STAMP = "2017 / 11 / 15 الساعة 21 : 24 ( مكة المكرمة ) 1439 / 2 / 26 ه"
BODY = "قصفت قوات النظام مدينة دوما بالمدفعية الثقيلة , وقال ناشطون في دمشق إن القصف استمر ساعات ."


def _places(text: str) -> list[str]:
    a = analyse_text(text, "2017-11-15", stages=["entities", "places"])
    return [m.surface for m in a.mentions if m.type == "PLACE"]


def test_bracketed_place_after_a_clock_is_a_time_zone() -> None:
    places = _places(STAMP + "\n" + BODY)
    assert "مكة المكرمة" not in places
    assert any("دوما" in p for p in places) and "دمشق" in places


def test_place_after_tawqit_is_a_time_zone() -> None:
    places = _places("الأربعاء 15 تشرين الثاني 2017 | 10 : 12 صباحا بتوقيت دمشق\n" + BODY)
    assert places.count("دمشق") == 1                       # the body's Damascus only
    places = _places("وأعلن الجيش عن هدنة تبدأ عند الساعة السادسة مساء وفق توقيت بيروت في مدينة حلب .")
    assert "بيروت" not in places and "حلب" in places
