"""Gazetteer homonyms: a name is not resolved to a namesake outside the place or governorate its
text puts it in ("حي الزهراء بحمص" is no town of Aleppo, "المنشية في درعا" no town of Jordan);
with no namesake there, the mention stays unresolved with its alternatives listed (issue #3), a
district put in a city takes the city at the precision of a part of it, and the page's other
mentions of the name that nothing supports follow."""

from __future__ import annotations

from analysed import analyse_text

from rasd.knowledge.gazetteer import Gazetteer, load_gazetteer
from rasd.knowledge.geocode import GeoContext, geocode, geocode_mention
from rasd.knowledge.matcher import DictEntry, DictMatch, select_longest
from rasd.records import Analysis, Document, Entity, Mention
from rasd.text.normalize import normalize


def _places(a: Analysis, surface: str) -> list[tuple[str | None, int | None, list[str]]]:
    return [(m.entity_id, m.geo_precision, m.candidates) for m in a.mentions
            if m.type == "PLACE" and surface in m.surface]


def _admin1(a: Analysis, entity_id: str | None) -> str | None:
    e = a.entities.get(entity_id or "")
    return e.admin1 if e is not None else None


def test_district_put_in_a_city_is_that_city_not_a_namesake_elsewhere() -> None:
    a = analyse_text("قتل أربعة أشخاص بتفجير انتحاري في حي الزهراء بحمص أمس . "
                     "وقالت مصادر إن مهاجمين فجرا سيارة مفخخة أمام محطة الكهرباء بحي الزهراء الذي يضم أغلبية موالية .",
                     stages=["entities", "places"])
    found = _places(a, "الزهراء")
    assert len(found) == 2
    for entity_id, precision, alts in found:
        assert _admin1(a, entity_id) == "Homs" and precision == 2
        assert "rasd:zahraa" in alts          # the Aleppo town, ruled out, listed


def _hamidiya_gazetteer() -> Gazetteer:
    """Two Syrian places named al-Hamidiya: a GeoNames town in Tartus (ranked above) and a village
    of a list in Hama; and the governorates."""
    gaz = Gazetteer(governorates=load_gazetteer().governorates)
    for pid, admin1, lat, lon, rank in (("t:tartus", "Tartus", 34.71, 35.95, 2.0), ("t:hama", "Hama", 35.66, 36.39, 1.0)):
        gaz.add(Entity(id=pid, type="PLACE", name_ar="الحميدية", lat=lat, lon=lon, country="SY", admin1=admin1,
                       level="town"), rank)
    return gaz


def test_no_namesake_in_the_governorate_named_leaves_the_name_unresolved() -> None:
    gaz = _hamidiya_gazetteer()
    # "في محافظة دير الزور ... على حي الحميدية": neither is meant (not the better-ranked Tartus town)
    place, _prec, alts = geocode_mention(normalize("حي الحميدية"), GeoContext(
        admin1={"Deir ez-Zor"}, place_cue=True, district=True), gaz)
    assert place is None and sorted(alts) == ["t:hama", "t:tartus"]
    # the governorate of one of them: that one
    place, _prec, _alts = geocode_mention(normalize("حي الحميدية"), GeoContext(
        admin1={"Hama"}, place_cue=True, district=True), gaz)
    assert place is not None and place.id == "t:hama"


def test_a_town_put_in_a_syrian_governorate_is_not_a_namesake_abroad() -> None:
    a = analyse_text("قتل قيادي على جبهة حي المنشية , عقب إرسال النظام تعزيزات عسكرية كبيرة إلى المنشية في درعا .",
                     stages=["entities", "places"])
    found = _places(a, "المنشية")
    assert found and all(entity_id is None and alts == ["gn:250567"] for entity_id, _p, alts in found)


def test_a_village_near_a_named_town_is_not_a_namesake_far_from_it() -> None:
    a = analyse_text("قتلت القوات شابا أثناء مطاردتهم للتجنيد جنوب قرية الحويجة قرب مدينة تل أبيض .",
                     stages=["entities", "places"])
    found = _places(a, "الحويجة")
    assert found and found[0][0] is None and "gn:390188" in found[0][2]     # not Hawija, Iraq


def test_places_where_the_text_puts_them_still_resolve() -> None:
    a = analyse_text("سيطرت قوات النظام على بلدة خان شيخون شمال حماة . "
                     "وقصفت الطائرات حي الميدان بدمشق وبلدة الباب بريف حلب الشرقي .",
                     stages=["entities", "places"])
    assert _places(a, "خان شيخون")[0][0] == "rasd:khan-shaykhun"
    assert _admin1(a, _places(a, "الميدان")[0][0]) == "Damascus"
    assert _places(a, "الباب")[0][0] == "rasd:al-bab"


def test_a_longer_name_beats_a_type_word_with_a_shorter_one() -> None:
    a = analyse_text("دمرت الشرطة سيارة مفخخة قبل وصولها إلى نقطة تفتيش قرب بلدة السيدة زينب .",
                     stages=["entities", "places"])
    assert [m.entity_id for m in a.mentions if m.type == "PLACE"] == ["rasd:sayyida-zaynab"]


def test_a_name_beats_a_type_word_with_a_shorter_name_of_the_same_length() -> None:
    # an imported list's village "السيدة" has the cue form "بلدة السيدة": as long as "السيدة زينب"
    text = normalize("قرب بلدة السيدة زينب")
    cue_start = text.index("بلده")
    name_start = text.index("السيده")

    def match(start: int, end: int, pid: str) -> DictMatch:
        return DictMatch(start, end, "", (DictEntry(pid, "PLACE", "gazetteer", text[start:end]),))

    cue_form = match(cue_start, cue_start + len("بلده السيده"), "sa:village")
    name = match(name_start, name_start + len("السيده زينب"), "rasd:sayyida-zaynab")
    chosen = select_longest([cue_form, name], len(text), text)
    assert [m.entries[0].id for m in chosen] == ["rasd:sayyida-zaynab"]


def test_a_page_names_one_place_by_one_name() -> None:
    # the second, bare "رملة" of a list is not Ramla (Israel) on a page whose first one is the village
    # of south Aleppo (resolved there by its sentence); the page's supported sense, or no place
    default = load_gazetteer()
    gaz = Gazetteer(governorates=default.governorates, _admin1_keys=default._admin1_keys)   # "ريف حلب" a cue
    gaz.add(Entity(id="t:ramla-il", type="PLACE", name_ar="رملة", lat=31.93, lon=34.86, country="IL", level="town"), 3.0)
    gaz.add(Entity(id="t:ramla-sy", type="PLACE", name_ar="رملة", lat=35.71, lon=37.42, country="SY", admin1="Aleppo",
                   level="town"), 1.0)
    gaz.add(Entity(id="t:halab", type="PLACE", name_ar="حلب", lat=36.2, lon=37.16, country="SY", admin1="Aleppo",
                   level="town"), 3.0)
    text = ("استهدفت الطائرات بلدة رملة في ريف حلب الجنوبي . "
            "وسيطرت القوات على قرى الرشادية , رملة , حجارة .")
    a = Analysis(doc=Document(id="t", source="t", text=text), mentions=[
        Mention(start=(s := text.find(w, f)), end=s + len(w), surface=w, norm=normalize(w), type="PLACE")
        for w, f in (("رملة", 0), ("حلب", 0), ("رملة", text.find("الرشادية")))])
    geocode(a, gaz)
    first, _halab, second = (m.entity_id for m in a.mentions)
    assert first == "t:ramla-sy" and second != "t:ramla-il"
