"""A name and its form with the article added or taken away compete under the same rules: "قرية
الزهرة" on a page that placed the village "زهرة" near its towns is that village, not a namesake abroad
that only the article form names (rasd/knowledge/geocode.py _article_twin)."""

from __future__ import annotations

from rasd.knowledge.gazetteer import Gazetteer, load_gazetteer
from rasd.knowledge.geocode import geocode
from rasd.records import Analysis, Document, Entity, Mention
from rasd.text.normalize import normalize

Place = tuple[str, str, str, str | None, float, float, str, float]   # id, name, country, admin1, lat, lon, level, rank


def _places(*rows: Place) -> Gazetteer:
    """The default gazetteer's governorates with only ``rows`` as places."""
    default = load_gazetteer()
    gaz = Gazetteer(governorates=default.governorates, _admin1_keys=default._admin1_keys)
    for pid, name, country, admin1, lat, lon, level, rank in rows:
        gaz.add(Entity(id=pid, type="PLACE", name_ar=name, lat=lat, lon=lon, country=country, admin1=admin1,
                       level=level), rank)
    return gaz


def _gazetteer() -> Gazetteer:
    """الزهرة: a town in Iraq; زهرة: a village in Quneitra; towns near the village; a city الدويرين
    in Hasakah and a village دويرين in Quneitra."""
    return _places(("t:zahra-iq", "الزهرة", "IQ", None, 35.57, 42.73, "town", 1.0),
                   ("t:zahra-q", "زهرة", "SY", "Quneitra", 33.28, 35.83, "town", 1.0),
                   ("t:jinn", "بيت جنان", "SY", "Rif Dimashq", 33.31, 35.87, "town", 2.0),
                   ("t:duwayrin-h", "الدويرين", "SY", "Hasakah", 36.50, 40.75, "town", 3.0),
                   ("t:duwayrin-q", "دويرين", "SY", "Quneitra", 33.25, 35.80, "town", 1.0))


def _resolve_first(text: str, names: list[str], gaz: Gazetteer) -> dict[str, str | None]:
    """Each name's first occurrence in ``text`` as a place mention, geocoded with ``gaz``: surface -> place id."""
    out = []
    for w in names:
        s = text.find(w)
        out.append(Mention(start=s, end=s + len(w), surface=w, norm=normalize(w), type="PLACE"))
    a = Analysis(doc=Document(id="t", source="t", text=text), mentions=sorted(out, key=lambda m: m.start))
    geocode(a, gaz)
    return {m.surface: m.entity_id for m in a.mentions if m.type == "PLACE"}


def _resolve(text: str, names: list[str]) -> list[tuple[str, str | None]]:
    out = []
    for w in dict.fromkeys(names):
        s = text.find(w)
        while s >= 0:
            # whole words only ("زهرة" inside "الزهرة" is no mention of its own)
            if (s == 0 or text[s - 1] == " ") and (s + len(w) == len(text) or not text[s + len(w)].isalpha()):
                out.append(Mention(start=s, end=s + len(w), surface=w, norm=normalize(w), type="PLACE"))
            s = text.find(w, s + len(w))
    a = Analysis(doc=Document(id="t", source="t", text=text), mentions=sorted(out, key=lambda m: m.start))
    geocode(a, _gazetteer())
    return [(m.surface, m.entity_id) for m in a.mentions if m.type == "PLACE"]


def test_the_twin_the_page_resolved_wins_over_an_unsupported_namesake() -> None:
    got = _resolve("هاجم المسلحون بلدة بيت جنان وقرية زهرة القريبة منها . "
                   "وقتل عشرة أشخاص في انفجار سيارة مفخخة في قرية الزهرة . وشيع أهالي الزهرة القتلى .",
                   ["بيت جنان", "زهرة", "الزهرة"])
    # (the name's other mention, placed abroad on rank alone, supports nothing)
    assert [p for s, p in got if s == "الزهرة"] == ["t:zahra-q", "t:zahra-q"]
    assert ("زهرة", "t:zahra-q") in got


def test_without_support_on_the_page_the_article_form_keeps_its_place() -> None:
    got = _resolve("وقتل عشرة أشخاص في انفجار سيارة مفخخة في قرية الزهرة .", ["الزهرة"])
    assert got == [("الزهرة", "t:zahra-iq")]


def test_a_city_of_the_article_form_stands_for_itself() -> None:
    got = _resolve("هاجم المسلحون بلدة بيت جنان وقرية دويرين القريبة منها . وانفجرت سيارة مفخخة في الدويرين .",
                   ["بيت جنان", "دويرين", "الدويرين"])
    assert ("الدويرين", "t:duwayrin-h") in got


def _resolve_dual(text: str, names: list[str]) -> dict[str, str | None]:
    """القريتين: a town in Homs; two villages in Hama and a town in Homs."""
    return _resolve_first(text, names, _places(
        ("t:qaryatayn", "القريتين", "SY", "Homs", 34.23, 37.24, "town", 2.0),
        ("t:dali", "أبو دالي", "SY", "Hama", 35.38, 37.00, "town", 2.0),
        ("t:masharif", "المشارف", "SY", "Hama", 35.35, 36.95, "town", 2.0),
        ("t:sukhna", "السخنة", "SY", "Homs", 34.88, 38.87, "town", 2.0)))


def test_a_dual_noun_after_two_villages_is_no_town() -> None:
    got = _resolve_dual("دارت اشتباكات على جبهتي أبو دالي والمشارف , في محاولة لقوات النظام للتقدم إلى القريتين .",
                        ["أبو دالي", "المشارف", "القريتين"])
    assert got["القريتين"] is None
    assert got["أبو دالي"] == "t:dali"


def test_a_dual_noun_among_towns_of_its_governorate_is_the_town() -> None:
    got = _resolve_dual("وقصفت المقاتلات مدينة السخنة وشنت 29 غارة على القريتين صباح الثلاثاء .",
                        ["السخنة", "القريتين"])
    assert got["القريتين"] == "t:qaryatayn"


def test_a_dual_noun_with_a_type_word_is_the_town() -> None:
    got = _resolve_dual("اشتباكات في أبو دالي والمشارف وسيطرة على مدينة القريتين .",
                        ["أبو دالي", "المشارف", "القريتين"])
    assert got["القريتين"] == "t:qaryatayn"


def _resolve_district(text: str, names: list[str]) -> dict[str, str | None]:
    """المنشية: a town 25 km north of Daraa (a namesake outside the city); درعا البلد and الكاشف:
    districts of Daraa; حمص a city."""
    return _resolve_first(text, names, _places(
        ("t:manshiya-n", "المنشية", "SY", "Daraa", 32.83, 36.16, "town", 2.0),
        ("t:balad", "درعا البلد", "SY", "Daraa", 32.61, 36.10, "neighbourhood", 3.0),
        ("t:kashef", "الكاشف", "SY", "Daraa", 32.62, 36.11, "neighbourhood", 1.0),
        ("t:homs", "حمص", "SY", "Homs", 34.73, 36.71, "town", 3.0)))


def test_a_later_item_of_a_district_list_is_not_a_town_outside_the_city() -> None:
    got = _resolve_district("ترافق ذلك مع قصف النظام لأحياء درعا البلد والمنشية والكاشف , مما أحدث خرابا .",
                            ["درعا البلد", "المنشية", "الكاشف"])
    assert got == {"درعا البلد": "t:balad", "المنشية": None, "الكاشف": "t:kashef"}


def test_a_town_named_after_the_district_list_keeps_its_place() -> None:
    got = _resolve_district("قصف النظام أحياء درعا البلد , وفي المنشية قتل شخصان .", ["درعا البلد", "المنشية"])
    assert got["المنشية"] == "t:manshiya-n"



def _resolve_prefix(text: str, names: list[str]) -> dict[str, str | None]:
    """الريحان: a town in Rif Dimashq; دوما a town near it."""
    return _resolve_first(text, names, _places(
        ("t:rihan", "الريحان", "SY", "Rif Dimashq", 33.58, 36.45, "town", 2.0),
        ("t:douma", "دوما", "SY", "Rif Dimashq", 33.57, 36.40, "town", 2.0)))


def test_a_name_behind_a_hill_prefix_is_not_the_town() -> None:
    assert _resolve_prefix("سيطر الجيش على تل الريحان قرب دوما .", ["الريحان", "دوما"])["الريحان"] is None
    assert _resolve_prefix("سيطر الجيش على تل أسادي وتل الريحان قرب دوما .", ["الريحان", "دوما"])["الريحان"] is None


def test_the_town_named_alone_keeps_its_place() -> None:
    assert _resolve_prefix("قصفت الطائرات بلدة الريحان قرب دوما .", ["الريحان", "دوما"])["الريحان"] == "t:rihan"
