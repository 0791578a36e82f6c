"""A name a settlement word cues, spelt otherwise than the gazetteer (a letter more or less, a
space in a compound, the article on or off), is the place when the sentence names its governorate."""

from __future__ import annotations

from analysed import analyse_text

from rasd.knowledge.gazetteer import Gazetteer
from rasd.knowledge.geocode import GeoContext, geocode_mention
from rasd.records import Entity
from rasd.text.normalize import normalize


def _add_towns(gaz: Gazetteer, towns: tuple[tuple[str, str, str, float], ...], lon: float) -> Gazetteer:
    """Syrian towns (id, name, governorate, latitude) at one longitude."""
    for pid, name, admin1, lat in towns:
        gaz.add(Entity(id=pid, type="PLACE", name_ar=name, lat=lat, lon=lon, country="SY", level="town",
                       admin1=admin1), 1.0)
    return gaz


def _gaz() -> Gazetteer:
    return _add_towns(Gazetteer(), (("t:1", "معرشورين", "Idlib", 35.6), ("t:2", "الحامدية", "Idlib", 35.7),
                                    ("t:3", "الحامدية", "Hama", 35.1), ("t:4", "تل", "Aleppo", 36.2),
                                    ("t:5", "خنيفس", "Hama", 35.0), ("t:6", "حماه", "Hama", 35.13),
                                    ("t:7", "الحمرة", "Aleppo", 36.1), ("t:8", "المنصورة", "Raqqa", 35.8)), 36.7)


def test_variant_candidates_read_a_space_and_one_letter_more_or_less() -> None:
    gaz = _gaz()
    assert [p.id for p in gaz.variant_candidates(normalize("معر شورين"))] == ["t:1"]      # a space in a compound
    assert [p.id for p in gaz.variant_candidates(normalize("خنيفيس"))] == ["t:5"]      # a long vowel more
    assert {p.id for p in gaz.variant_candidates(normalize("المنصور"))} == set()   # the last letter: another word
    assert {p.id for p in gaz.variant_candidates(normalize("الحاسدية"))} == set()      # substituted: another name
    assert gaz.variant_candidates(normalize("حمادة")) == []       # not a long vowel: not Hama
    assert gaz.variant_candidates(normalize("حميرة")) == []       # the diminutive is another name
    assert gaz.variant_candidates(normalize("تلل")) == []        # short names: no one-letter variant


def test_cued_variant_needs_the_governorate_the_sentence_names() -> None:
    gaz = _gaz()
    place, prec, _alts = geocode_mention(normalize("قرية خنيفيس"), GeoContext(admin1={"Hama"}), gaz)
    assert place is not None and place.id == "t:5" and prec == 1
    place, _prec, _alts = geocode_mention(normalize("قرية خنيفيس"), GeoContext(admin1={"Idlib"}), gaz)
    assert place is None
    place, _prec, _alts = geocode_mention(normalize("قرية خنيفيس"), GeoContext(), gaz)
    assert place is None


def _place_ids(text: str) -> list[str | None]:
    a = analyse_text(text, "2018-01-10")
    return [m.entity_id for m in a.mentions if m.type == "PLACE"]


def test_a_cued_town_spelt_with_a_long_vowel_is_found_in_its_governorate() -> None:
    ids = _place_ids("شنت طائرات التحالف غارات جوية على بلدة هاجين في ريف دير الزور الشرقي.")
    assert "rasd:hajin" in ids
    # no governorate named: the variant alone makes no place
    assert "rasd:hajin" not in _place_ids("شنت طائرات التحالف غارات جوية على بلدة هاجين أمس.")


def _event_places(text: str) -> list[str | None]:
    return [e.location for e in analyse_text(text, "2018-01-21").events]


def test_near_a_village_is_where_it_happened_not_where_it_came_from() -> None:
    # "بالقرب من" tells nearness: the village, not the countryside after it
    assert _event_places("اندلعت اشتباكات عنيفة صباح اليوم بالقرب من بلدة هجين في ريف دير الزور الشرقي .") == [
        "rasd:hajin"]


def test_a_landmark_phrase_does_not_part_a_town_from_its_region() -> None:
    # "بلدة X جنوب مدينة Y في ريف Z": Y is X's landmark, X the finer place of the region
    assert _event_places("هاجمت المجموعات المسلحة صباح اليوم بلدة هجين جنوب مدينة الميادين في ريف دير الزور "
                         "الشرقي .") == ["rasd:hajin"]


def _gaz_moved() -> Gazetteer:
    return _add_towns(_gaz(), (("m:1", "اللطامنة", "Hama", 35.3), ("m:2", "كفرزيتا", "Hama", 35.4),
                               ("m:3", "كفرازيت", "Idlib", 35.9), ("m:4", "كفرزيات", "Idlib", 35.8)), 36.6)


def test_variant_candidates_read_a_vowel_letter_moved() -> None:
    gaz = _gaz_moved()
    assert [p.id for p in gaz.variant_candidates(normalize("اللطمانه"))] == ["m:1"]    # the alif moved
    assert [p.id for p in gaz.variant_candidates(normalize("لطمانة"))] == ["m:1"]      # ... and no article
    assert gaz.variant_candidates(normalize("اللطانمة")) == []     # a consonant moved: another name
    assert gaz.variant_candidates(normalize("اللطمنية")) == []     # another letter written: no variant
    # two names of the same skeleton, one vowel letter placed otherwise each: both found ...
    assert {p.id for p in gaz.variant_candidates(normalize("كفرزايت"))} == {"m:3", "m:4"}


def test_a_moved_vowel_is_the_place_only_when_one_place_of_the_governorate_is_left() -> None:
    gaz = _gaz_moved()
    place, prec, _alts = geocode_mention(normalize("بلدة اللطمانه"), GeoContext(admin1={"Hama"}), gaz)
    assert place is not None and place.id == "m:1" and prec == 1
    place, _prec, _alts = geocode_mention(normalize("بلدة اللطمانه"), GeoContext(admin1={"Idlib"}), gaz)
    assert place is None
    # ... and two places of that governorate: the text does not say which
    place, _prec, _alts = geocode_mention(normalize("قرية كفرزايت"), GeoContext(admin1={"Idlib"}), gaz)
    assert place is None


def test_the_page_governorate_serves_a_sentence_that_names_none() -> None:
    gaz = _gaz_moved()
    ctx = GeoContext(page_admin1=frozenset({"Hama"}))
    place, _prec, _alts = geocode_mention(normalize("بلدة اللطمانه"), ctx, gaz)
    assert place is not None and place.id == "m:1"
    ctx = GeoContext(page_admin1=frozenset({"Hama", "Idlib"}))     # the page names two: none settles it
    assert geocode_mention(normalize("بلدة اللطمانه"), ctx, gaz)[0] is None


def test_a_cued_town_with_a_vowel_moved_is_found_in_the_page_governorate() -> None:
    assert "rasd:latamneh" in _place_ids("قصفت الطائرات الحربية بلدة اللطمانه في ريف حماة الشمالي .")
    # the governorate named in another sentence of the page
    assert "rasd:latamneh" in _place_ids("تصعيد عسكري في ريف حماة الشمالي . وقتل طفل بقصف على بلدة اللطمانه .")
    # the page names two governorates, the sentence none: unresolved
    assert "rasd:latamneh" not in _place_ids(
        "تصعيد عسكري في ريف حماة وريف إدلب . وقتل طفل بقصف على بلدة اللطمانه .")
    assert "rasd:latamneh" not in _place_ids("وقتل طفل بقصف على بلدة اللطمانه أمس .")


def test_a_variant_abroad_needs_its_country_in_the_sentence_and_a_cue() -> None:
    gaz = _gaz_moved()
    gaz.add(Entity(id="f:1", type="PLACE", name_ar="بيشكك", lat=42.9, lon=74.6, country="KG", level="town"), 1.0)
    gaz.add(Entity(id="f:2", type="PLACE", name_ar="شنكل", lat=36.5, lon=37.0, country="SY", level="town",
                   admin1="Aleppo"), 1.0)
    place, _prec, _alts = geocode_mention(normalize("بشكيك"), GeoContext(countries={"KG": 1.0}, locative=True), gaz)
    assert place is not None and place.id == "f:1"       # "في بشكيك ... في قرغيزستان": a yaa moved
    assert geocode_mention(normalize("بشكيك"), GeoContext(countries={"KG": 1.0}), gaz)[0] is None   # no cue
    assert geocode_mention(normalize("بشكيك"), GeoContext(countries={"IQ": 1.0}, locative=True), gaz)[0] is None
    # "جبل شنكال في العراق": the sentence's country rules out a Syrian village of that skeleton, even when
    # the page names that village's governorate
    ctx = GeoContext(countries={"IQ": 1.0}, locative=True, place_cue=True, page_admin1=frozenset({"Aleppo"}))
    assert geocode_mention(normalize("شنكال"), ctx, gaz)[0] is None


def test_a_locative_name_placed_by_a_direction_phrase_is_found_in_that_governorate() -> None:
    # "في X شمال غرب Y": the direction phrase right after the name places it (a compound direction
    # names the governorate too); another governorate, or none named there, makes no place
    assert "rasd:hajin" in _place_ids("قتل ثلاثة مدنيين في قصف على مناطق في هاجين شرق دير الزور .")
    assert "rasd:sarmada" in _place_ids("انفجرت عبوة ناسفة في سرمادا شمال غرب إدلب صباح اليوم .")
    assert "rasd:sarmada" not in _place_ids("انفجرت عبوة ناسفة في سرمادا شمال غرب حماة صباح اليوم .")
    assert "rasd:sarmada" not in _place_ids("انفجرت عبوة ناسفة في سرمادا شمال غرب المدينة صباح اليوم .")


def test_a_compound_direction_names_the_governorate() -> None:
    from rasd.knowledge.geocode import admin_cues
    from rasd.pipeline import Resources
    gaz = Resources().gazetteer
    assert admin_cues(normalize("قرب بلدة شمال غرب إدلب"), gaz) == {"Idlib"}
    assert admin_cues(normalize("في قرى شمال شرقي حماة"), gaz) == {"Hama"}
    assert admin_cues(normalize("شمال غرب المدينة"), gaz) == set()
