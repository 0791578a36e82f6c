"""A person or organisation name found by pattern stops before a place phrase glued to it (ب + a
place type word, a known place behind ب, a bare locative "قرب" / direction), so the place stays a
place mention and can locate the event. Sentences from breadth pages (R-632, R-583, R-99, V-531)."""

from __future__ import annotations

from analysed import analyse_text


def _mentions(text: str, published: str = "2017-09-22") -> list[tuple[str, str]]:
    return [(m.type, m.surface) for m in analyse_text(text, published).mentions]


def test_kunya_stops_before_town_phrase() -> None:
    # Liveuamap 22.09.2017: the raid is in Arish, not in a person "ابو نجيلة بمدينة العريش"
    got = _mentions("حملة أمنية اليوم على منطقة كرم ابو نجيلة بمدينة العريش , وضبط عدد من المطلوبين امنيا "
                    "و المشتبه بهم .")
    assert ("PERSON", "ابو نجيلة") in got
    assert ("PLACE", "العريش") in got


def test_kunya_stops_before_near() -> None:
    got = _mentions("وقال المرصد السوري لحقوق الإنسان إن الهجوم وقع في أبو فاس قرب الحدود بين محافظتي دير "
                    "الزور والحسكة .")
    assert not any(t == "PERSON" and "قرب" in s for t, s in got)


def test_org_stops_before_place_after_b() -> None:
    # Assakina April 2013 chronology: the Taliban attack is in Ghazni, not inside "مركز أندار بمقاطعة غزنى"
    a = analyse_text("19 ابريل 2013 قتل ثمانية أشخاص في هجوم استهدف مسجدا في بعقوبة . وفي أفغانستان , لقي 13 "
                     "شرطيا مصرعهم عندما شنت حركة طالبان هجوما على نقطة تفتيش في مركز أندار بمقاطعة غزنى في "
                     "شرق البلاد .", "unknown")
    assert any(m.type == "PLACE" and "غزنى" in m.surface for m in a.mentions)
    assert not any(m.type == "ORGANIZATION" and "غزنى" in m.surface for m in a.mentions)
    court = _mentions("وأصدرت محكمة الجنايات الأولى بدمشق حكما بسجن المتهمين .")
    assert ("PLACE", "دمشق") in court


def test_place_named_with_direction_stays_in_org() -> None:
    # "جنوب السودان" is a country's name, not a direction after the name
    got = _mentions("وقالت حكومة جمهورية جنوب السودان إن المفاوضات ستستأنف .")
    assert ("ORGANIZATION", "حكومة جمهورية جنوب السودان") in got
