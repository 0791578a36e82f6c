"""An event's place at the level its clause gives it (rasd/knowledge/gazetteer.py countryside names,
rasd/knowledge/geocode.py _elided_countryside and _dual_countryside, rasd/extract/events/places.py
_finer and the direction adjective in _role_by_preposition):

- "ريف مدينة حماة", "ريف العاصمة دمشق" name the countryside, not the city the phrase ends on, so a town
  told before it is the place and alone the phrase gives the countryside region;
- a named region before the governorate's countryside ("الغوطة الشرقية بريف دمشق") is the finer place;
- "ريف إدلب الجنوبي وحماة الشمالي": the second name, its masculine adjective agreeing with the "ريف"
  left out, is Hama's northern countryside, and the list's first place is the event's ("ريفي حماة
  الشمالي وادلب الجنوبي الشرقي": each name of a dual countryside with its own side).
Breadth rows judged wrong for the level (PLACE_OTHER): Damascus city for the Ghouta towns, Hama city
for the Idlib and Hama countryside. Fixtures: short sentences of these constructions."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

HAMA_CITY, RIF_HAMA, RIF_HAMA_NORTH = "gn:170017", "rasd:rif-hama", "rasd:rif-hama-north"
RIF_IDLIB_SOUTH, RIF_DIMASHQ, DAMASCUS = "rasd:rif-idlib-south", "rasd:rif-dimashq", "gn:170654"
GHOUTA, JABAL_AKRAD = "rasd:eastern-ghouta", "rasd:jabal-al-akrad"


def _places(text: str, published: str = "2017-11-20") -> list[str | None]:
    return [e.location for e in actual_events_of(analyse_text(text, published))]


def _mention(text: str, surface: str) -> str | None:
    a = analyse_text(text, "2017-11-20")
    return next(m.entity_id for m in a.mentions if m.type == "PLACE" and surface in m.surface)


def test_countryside_of_the_city_is_the_region_not_the_city() -> None:
    text = "قتل 9 مدنيين جراء قصف على ريف مدينة حماة ."
    assert _mention(text, "حماة") == RIF_HAMA
    assert _places(text) == [RIF_HAMA]


def test_a_town_before_the_countryside_of_the_city_is_the_place() -> None:
    places = _places("قتل 9 مدنيين جراء قصف على بلدة كفرزيتا في ريف مدينة حماة .")
    assert places and HAMA_CITY not in places and RIF_HAMA not in places


def test_countryside_of_the_capital_is_rif_dimashq() -> None:
    text = "قتل 9 مدنيين جراء قصف على بلدة عين ترما في ريف العاصمة دمشق ."
    assert _mention(text, "دمشق") == RIF_DIMASHQ
    places = _places(text)
    assert places and DAMASCUS not in places and RIF_DIMASHQ not in places


def test_the_ghouta_towns_in_the_capitals_countryside_are_the_ghouta() -> None:
    text = "قتل 9 مدنيين , أمس الأحد , جراء هجمات نفذتها قوات النظام على مدن وبلدات الغوطة الشرقية في ريف العاصمة دمشق ."
    assert _places(text) == [GHOUTA]


def test_a_named_region_before_the_governorates_countryside_is_the_place() -> None:
    assert _places("قتل 9 مدنيين جراء قصف على الغوطة الشرقية بريف دمشق .") == [GHOUTA]
    assert _places("قتل 9 مدنيين جراء قصف على بلدات جبل الأكراد في ريف اللاذقية .") == [JABAL_AKRAD]


def test_the_governorates_countryside_alone_stays() -> None:
    assert _places("قتل 9 مدنيين جراء قصف على بلدات في ريف اللاذقية .") == ["rasd:rif-latakia"]


def test_an_elided_countryside_with_its_own_direction() -> None:
    text = "وكثف الطيران الحربي الروسي والسوري غاراته الجوية على مدن وبلدات ريف إدلب الجنوبي وحماة الشمالي ."
    assert _mention(text, "حماة") == RIF_HAMA_NORTH
    assert _places(text, "2017-01-01") == [RIF_IDLIB_SOUTH]


def test_a_city_after_a_countryside_with_no_direction_of_its_own_stays_the_city() -> None:
    # "ريف إدلب الجنوبي ومدينة حماة": no adjective after the name, the city is meant
    assert _mention("قصف الطيران مدن ريف إدلب الجنوبي ومدينة حماة أمس .", "حماة") == HAMA_CITY


def test_a_dual_countryside_keeps_each_names_own_side() -> None:
    text = ("وذكرت مصادر إن الطيران الحربي استهدف مقرات المجموعات المسلحة في قرى ريفي حماة الشمالي "
            "وادلب الجنوبي الشرقي .")
    assert _mention(text, "حماة") == RIF_HAMA_NORTH
    assert _mention(text, "ادلب") == "rasd:rif-idlib-south-east"



def test_a_dual_of_two_sides_of_one_countryside_is_the_whole_countryside() -> None:
    text = "وبدأ النظام معركة في ريفي حماة الشمالي والشرقي , وريف إدلب الجنوبي , بهدف فتح الطريق الدولي ."
    assert _mention(text, "حماة") == RIF_HAMA
