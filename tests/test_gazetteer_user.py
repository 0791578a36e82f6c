"""Imported places reach every run: a store's own imports (ingest into it) and the per-user
gazetteer ($RASD_GAZETTEER) that ingest into any store, eval and lookup read."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.knowledge.gazetteer import (
    RANK_IMPORTED,
    USER_GAZETTEER_ENV,
    Trust,
    import_syrian_archive,
    load_gazetteer,
    user_gazetteer_path,
)
from rasd.knowledge.gazetteer_cli import gazetteer as gazetteer_cli

# two villages of the Syrian Archive list that the default gazetteer does not hold
VILLAGES = [
    {"id": 4139, "search_name_en": "Kansafra - Ehsem - Ariha --- (((4139)))",
     "search_name_ar_short": "كنصفرة (((4139)))", "search_name_ar": "كنصفرة - احسم - أريحا --- (((4139)))",
     "closest_geonames_post_code": "C4309", "old_sa_name": "", "lat": 35.65988566, "lon": 36.48486956},
    {"id": 3301, "search_name_en": "Latmin - Kafr Zeita - Mhardeh --- (((3301)))",
     "search_name_ar_short": "لطمين (((3301)))", "search_name_ar": "لطمين - كفرزيتا - محردة --- (((3301)))",
     "closest_geonames_post_code": "C3464", "old_sa_name": "", "lat": 35.3585, "lon": 36.653},
]
PAGE = "قصف الطيران الحربي بلدة كنصفرة في جبل الزاوية بريف إدلب صباح اليوم، ما أدى إلى مقتل مدنيين اثنين.\n"


def _list(tmp_path: Path, items: list[dict]) -> str:
    path = tmp_path / f"sa-{len(items)}-{items[0]['id']}.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _ingest_places(tmp_path: Path, db: str) -> dict[str, str]:
    """surface -> entity id of the place mentions ingest stores for PAGE."""
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    pages = tmp_path / "pages"
    pages.mkdir(exist_ok=True)
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    store = Store(db)
    try:
        rep = ingest([str(pages)], store, stages=["entities", "places"], err=io.StringIO())
        assert rep.failed == 0
        return {r[0]: r[1] for r in store.db.execute("SELECT surface, entity_id FROM mentions WHERE type='PLACE'")}
    finally:
        store.close()


@pytest.fixture
def user_gaz(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "user" / "gazetteer.db")
    monkeypatch.setenv(USER_GAZETTEER_ENV, path)
    return path


def test_suite_runs_with_the_per_user_gazetteer_off() -> None:
    # tests/conftest.py: what this machine's user imported must not change the suite's results
    assert user_gazetteer_path() is None


def test_user_gazetteer_path_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(USER_GAZETTEER_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert user_gazetteer_path() == str(tmp_path / "rasd" / "gazetteer.db")
    monkeypatch.setenv(USER_GAZETTEER_ENV, str(tmp_path / "g.db"))
    assert user_gazetteer_path() == str(tmp_path / "g.db")
    for off in ("none", "OFF"):
        monkeypatch.setenv(USER_GAZETTEER_ENV, off)
        assert user_gazetteer_path() is None


def test_ingest_geocodes_with_the_places_imported_into_the_store(tmp_path: Path) -> None:
    db = str(tmp_path / "run.db")
    import_syrian_archive(_list(tmp_path, VILLAGES), None, db)
    places = _ingest_places(tmp_path, db)
    assert places.get("بلدة كنصفرة") == "sa:C4309"


def test_every_engine_gets_the_store_as_gazetteer(tmp_path: Path) -> None:
    # the process pool and Ray ship this context to their workers (init_worker / ensure_worker)
    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    seen = []

    class Engine:
        def run(self, pages, ctx):  # noqa: ANN001, ANN202
            seen.append(ctx)
            return iter(())

    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    store = Store(str(tmp_path / "run.db"))
    ingest([str(tmp_path / "a.txt")], store, engine=Engine(), err=io.StringIO(), corpus_pass=False)
    store.close()
    assert seen[0].gazetteer_db == str(tmp_path / "run.db")      # absolute: workers may run elsewhere


def test_without_imports_the_village_stays_unknown(tmp_path: Path) -> None:
    # the other side of the tests here: the defaults do not hold the village
    places = _ingest_places(tmp_path, str(tmp_path / "run.db"))
    assert "sa:C4309" not in places.values()


def test_user_import_serves_ingest_into_any_store_and_lookup(tmp_path: Path, user_gaz: str) -> None:
    r = CliRunner().invoke(gazetteer_cli, ["import", "syrian-archive", _list(tmp_path, VILLAGES)])
    assert r.exit_code == 0, r.output
    assert user_gaz in r.output and Path(user_gaz).exists()
    assert _ingest_places(tmp_path, str(tmp_path / "fresh.db")).get("بلدة كنصفرة") == "sa:C4309"
    r = CliRunner().invoke(gazetteer_cli, ["lookup", "لطمين"])
    assert "sa:C3464" in r.output
    r = CliRunner().invoke(gazetteer_cli, ["status"])
    assert "syrian-archive: 2 places" in r.output


def test_user_gazetteer_off_leaves_the_defaults(tmp_path: Path, user_gaz: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import_syrian_archive(_list(tmp_path, VILLAGES), None, user_gaz)
    assert load_gazetteer().get("sa:C4309") is not None
    monkeypatch.setenv(USER_GAZETTEER_ENV, "none")
    assert load_gazetteer().get("sa:C4309") is None
    r = CliRunner().invoke(gazetteer_cli, ["import", "syrian-archive", _list(tmp_path, VILLAGES)])
    assert r.exit_code != 0 and "--db" in r.output          # nowhere to import to


def test_user_and_store_imports_merge_and_the_store_row_wins(tmp_path: Path, user_gaz: str) -> None:
    import_syrian_archive(_list(tmp_path, VILLAGES[:1]), None, user_gaz)
    moved = dict(VILLAGES[0], lat=35.70, lon=36.50)      # same id in the store, other coordinates
    db = str(tmp_path / "store.db")
    import_syrian_archive(_list(tmp_path, [VILLAGES[1], moved]), None, db)
    gaz = load_gazetteer(db)
    assert gaz.get("sa:C3464") is not None                 # from the store
    assert gaz.get("sa:C4309").lat == pytest.approx(35.70)  # the store's version, one place
    assert len(gaz.candidates("كنصفرة")) == 1
    assert load_gazetteer().get("sa:C4309").lat == pytest.approx(35.65988566)   # the user's alone


def test_reimport_is_idempotent_and_skip_unchanged(tmp_path: Path, user_gaz: str) -> None:
    src = _list(tmp_path, VILLAGES)
    runner = CliRunner()
    args = ["import", "syrian-archive", src, "--skip-unchanged"]

    def rows() -> list[tuple]:
        return sqlite3.connect(user_gaz).execute("SELECT * FROM gazetteer ORDER BY id").fetchall()

    assert "2 places imported" in runner.invoke(gazetteer_cli, args).output
    first = rows()
    out = runner.invoke(gazetteer_cli, args).output
    assert "skipped" in out and "imported," not in out
    assert runner.invoke(gazetteer_cli, args[:-1]).exit_code == 0      # forced re-import
    assert rows() == first
    Path(src).write_text(json.dumps(VILLAGES[:1], ensure_ascii=False), encoding="utf-8")   # the list changed
    assert "1 places imported" in runner.invoke(gazetteer_cli, args).output
    assert [r[0] for r in rows()] == ["sa:C4309"]


def test_corpus_pass_resources_read_the_store_imports(tmp_path: Path) -> None:
    from rasd.knowledge.resources import default_resources, store_resources

    db = str(tmp_path / "run.db")
    assert store_resources(db) is default_resources()       # nothing imported: the shared copy
    import_syrian_archive(_list(tmp_path, VILLAGES), None, db)
    res = store_resources(db)
    assert res is not default_resources() and res.gazetteer.get("sa:C4309") is not None


# ---- precision: names of a village list that are ordinary words, people, other places ------------

# entries of the Syrian Archive list (their fields as in the real file) whose names are also
# other things: a continent, Riyadh, the Arab Spring, a person, Mashhad, Sharm el-Sheikh, a region
NAMESAKES = [
    {"id": 5956, "search_name_en": "ALEPPO : Asia --- (((5956)))", "search_name_ar": "مدينة حلب : آسيا --- (((5956)))",
     "closest_geonames_post_code": "SY0200", "lat": 36.269666, "lon": 37.079019},
    {"id": 3686, "search_name_en": "Riyad - Homs - Homs --- (((3686)))",
     "search_name_ar": "الرياض - مركز حمص - مركز حمص --- (((3686)))", "closest_geonames_post_code": "C2523",
     "lat": 34.79454718, "lon": 36.79716907},
    {"id": 5847, "search_name_en": "HOMS : Rabia al-Arabi --- (((5847)))",
     "search_name_ar": "مدينة حمص : ربيع العربي --- (((5847)))", "closest_geonames_post_code": "SY040100",
     "lat": 34.73611111, "lon": 36.72222222},
    {"id": 2875, "search_name_en": "Abu Omar (Muhasan) - Muhasan - Deir-ez-Zor --- (((2875)))",
     "search_name_ar": "أبو عمر - موحسن - موحسن - مركز دير الزور --- (((2875)))", "closest_geonames_post_code": "C6310",
     "lat": 35.25210094, "lon": 40.25222778},
    {"id": 1769, "search_name_en": "Mashad - Amuda - Quamishli --- (((1769)))",
     "search_name_ar": "مشهد - عامودا - القامشلي --- (((1769)))", "closest_geonames_post_code": "C4734",
     "lat": 36.97148015, "lon": 41.01825245},
    {"id": 1620, "search_name_en": "Sharm El Sheikh - Al-Malikeyyeh - Al-Malikeyyeh --- (((1620)))",
     "search_name_ar": "شرم الشيخ - مركز المالكية - المالكية --- (((1620)))", "closest_geonames_post_code": "C4825",
     "lat": 37.10314486, "lon": 42.2058547},
    {"id": 3622, "search_name_en": "Warideh - Ein Elniser - Homs --- (((3622)))",
     "search_name_ar": "وريدة - عين النسر - مركز حمص --- (((3622)))", "closest_geonames_post_code": "C2614",
     "lat": 34.77873695, "lon": 36.96909613},
    {"id": 5931, "search_name_en": "DAMASCUS : Eastern Ghouta --- (((5931)))",
     "search_name_ar": "دمشق : الغوطة الشرقية --- (((5931)))", "closest_geonames_post_code": "SY030102",
     "lat": 33.5380079, "lon": 36.3666112},
    {"id": 4344, "search_name_en": "San - Saraqab - Idleb --- (((4344)))",
     "search_name_ar": "سان - سراقب - مركز إدلب --- (((4344)))", "closest_geonames_post_code": "C3915",
     "lat": 35.8413894, "lon": 36.73525536},
    {"id": 5686, "search_name_en": "ALEPPO : Sabaa Bahrat --- (((5686)))",
     "search_name_ar": "مدينة حلب : ساحة السبع بحرات --- (((5686)))", "closest_geonames_post_code": "SY0200",
     "lat": 36.20222222, "lon": 37.15583333},
    # namesakes of places abroad (Syrian Archive rows as in the list)
    {"id": 1101, "search_name_en": "Zmar - Hadher - Jebel Saman --- (((1101)))",
     "search_name_ar": "زمار - الحاضر - جبل سمعان --- (((1101)))", "closest_geonames_post_code": "C1156",
     "lat": 35.89217627, "lon": 36.98768088},
    {"id": 3501, "search_name_en": "Sruj - Hama - Hama --- (((3501)))",
     "search_name_ar": "سروج - مركز حماة - حماة --- (((3501)))", "closest_geonames_post_code": "C3102",
     "lat": 35.32055774, "lon": 37.20304923},
    {"id": 5923, "search_name_en": "QUNEITRA : Bariqa --- (((5923)))",
     "search_name_ar": "القنيطرة : البريقة --- (((5923)))", "closest_geonames_post_code": "SY140000",
     "lat": 33.042576, "lon": 35.870082},
    {"id": 5753, "search_name_en": "DARAA : Qusour --- (((5753)))",
     "search_name_ar": "مدينة درعا : حي القصور --- (((5753)))", "closest_geonames_post_code": "SY120100",
     "lat": 32.63555556, "lon": 36.10305556},
] + VILLAGES


@pytest.fixture(scope="module")
def namesakes_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("namesakes")
    db = str(tmp / "store.db")
    import_syrian_archive(_list(tmp, NAMESAKES), None, db)
    return db


def _places_of(text: str, db: str) -> list[tuple[str, str | None]]:
    from rasd.pipeline import analyse
    from rasd.records import Document

    a = analyse(Document(id="t", source="t", text=text), _resources(db), ["entities", "places"])
    return [(m.surface, m.entity_id) for m in a.mentions if m.type == "PLACE"]


_RES: dict[str, object] = {}


def _resources(db: str):  # noqa: ANN202
    from rasd.knowledge.resources import Resources

    return _RES.setdefault(db, Resources(gazetteer_db=db))


def test_list_names_shaped_like_people_or_latin_need_a_cue(namesakes_db: str) -> None:
    from rasd.knowledge.gazetteer import _listed_needs_cue

    surfaces = {s for s, pid in load_gazetteer(namesakes_db).aliases() if pid.startswith("sa:")}
    assert "قرية أبو عمر" in surfaces and "أبو عمر" not in surfaces      # a kunya: people in the news
    assert "شرم الشيخ" in surfaces                                          # an ordinary two-word name
    assert not {"Asia", "Kansafra", "Riyad"} & surfaces                     # Latin names of list villages
    assert _listed_needs_cue("نصر الله") and _listed_needs_cue("الشيخ عيسى") and _listed_needs_cue("كنصفرة")
    assert not _listed_needs_cue("تل مرق") and not _listed_needs_cue("الشيخ نجار")


def test_bare_name_goes_to_the_better_known_namesake(namesakes_db: str) -> None:
    from rasd.knowledge.geocode import GeoContext, geocode_mention

    gaz = load_gazetteer(namesakes_db)
    assert geocode_mention("الرياض", GeoContext(), gaz)[0].country == "SA"
    assert geocode_mention("شرم الشيخ", GeoContext(), gaz)[0].country == "EG"
    # the village when a type word cues it and a place near it (Homs) is named in its sentence
    place = geocode_mention("الرياض", GeoContext(anchors=[(34.73, 36.72, 1.0)], place_cue=True), gaz)[0]
    assert place is not None and place.id == "sa:C2523"
    # a point of the list inside a default region of the same name is that region
    assert [p.id for p in gaz.candidates("الغوطة الشرقية")] == ["rasd:eastern-ghouta"]


def test_ordinary_words_are_not_list_villages_in_text(namesakes_db: str) -> None:
    places = dict(_places_of("وقال إن الربيع العربي انتهى. وتتنافس دول آسيا على النفوذ، وزار فلوريدا الأسبوع الماضي.",
                             namesakes_db))
    assert "sa:5847" not in places.values()       # "الربيع العربي": the Arab Spring
    assert "sa:5956" not in places.values()       # آسيا: the continent, with no place of Aleppo near
    assert "sa:C2614" not in places.values()      # فلوريدا is not ف + ل + وريدة
    # the same village names with their setting are places
    places = dict(_places_of("قصفت قوات النظام بلدة كنصفرة في ريف إدلب الجنوبي.", namesakes_db))
    assert places.get("بلدة كنصفرة") == "sa:C4309"


def test_country_adjective_and_one_sense_per_page(namesakes_db: str) -> None:
    text = ("شهدت مدينة مشهد الإيرانية اليوم مظاهرات عارمة ضد الحكومة. "
            "واندلعت مواجهات عنيفة في مدينة مشهد شمال شرقي إيران بين أنصار المرشحين.")
    ids = [pid for s, pid in _places_of(text, namesakes_db) if "مشهد" in s]
    assert len(ids) == 2 and all(pid and pid.startswith("gn:") for pid in ids)   # Mashhad, twice


def test_bare_list_village_that_is_an_ordinary_or_generic_word(namesakes_db: str) -> None:
    from rasd.knowledge.gazetteer import load_gazetteer as load

    gaz = load(namesakes_db)
    assert gaz.trust("sa:C4734", "مشهد") is Trust.ORDINARY     # foreign_cue_names.yaml: a scene
    places = dict(_places_of("وفي مشهد يطغى عليه الألم ودع أهالي عامودا والقامشلي ضحاياهم.", namesakes_db))
    assert "sa:C4734" not in places.values()


def test_one_trust_level_per_place_name(namesakes_db: str) -> None:
    gaz = load_gazetteer(namesakes_db)
    assert gaz.trust("sa:C3915", "سان") is Trust.GENERIC          # opens San Bernardino, San Francisco ...
    assert gaz.trust("sa:C4734", "مشهد") is Trust.ORDINARY
    assert gaz.trust("sa:C4309", "كنصفرة") is Trust.CUE             # one word
    assert gaz.trust("sa:C6310", "أبو عمر") is Trust.CUE            # a kunya
    assert gaz.trust("sa:C4825", "شرم الشيخ") is Trust.LISTED
    damascus = next(p for p in gaz.candidates("دمشق") if p.level == "town")
    assert gaz.trust(damascus.id, "دمشق") is Trust.FULL
    village = next(pid for pid, p in gaz.places.items() if p.country == "PS" and gaz.rank[pid] <= RANK_IMPORTED
                   and pid not in gaz.foreign and len(p.name_ar.split()) == 1)
    assert gaz.trust(village, gaz.places[village].name_ar) is Trust.VILLAGE_CUE
    assert gaz.trust(village, "عين الماء الغربية") is Trust.VILLAGE
    levels = [gaz.trust("sa:C3915", "سان"), gaz.trust("sa:C4825", "شرم الشيخ"), gaz.trust(damascus.id, "دمشق")]
    assert [t.imported for t in levels] == [True, True, False]
    assert [t.cue_name for t in levels] == [True, False, False]
    # the matcher gives a village list's cue names after a type word only, its other names bare
    surfaces = {s for s, pid in gaz.aliases() if pid in ("sa:C4309", "sa:C4825")}
    assert {"قرية كنصفرة", "شرم الشيخ"} <= surfaces and "كنصفرة" not in surfaces


def test_list_village_is_not_a_namesake_abroad(namesakes_db: str) -> None:
    ids = dict(_places_of("ودارت اشتباكات في منطقة زمار، شمال غربي الموصل، وعلى الطريق إلى معبر فيش خابور.",
                          namesakes_db))
    assert "sa:C1156" not in ids.values()         # Zummar in Iraq, not the village near Aleppo
    text = ("قصفت طائرة حربية بلدة البريقة النفطية في شرق ليبيا.\n"
            "وسيطرت قوات حكومية أمس لفترة قصيرة على بلدة البريقة.")
    ids = [pid for s, pid in _places_of(text, namesakes_db) if "البريقة" in s]
    assert ids and all(pid and not pid.startswith("sa:") for pid in ids)    # Brega, twice
    text = ("ويطغى الهم الداخلي على حسابات الرئيس التركي وفريقه في أنقرة.\n"
            "وأعقبت الحملة الهجوم الانتحاري في منطقة سروج الحدودية.")
    assert "sa:C3102" not in dict(_places_of(text, namesakes_db)).values()   # Suruç in Turkey
    ids = dict(_places_of("وقصفت قوات النظام بلدة سروج بريف حماة الشرقي.", namesakes_db))
    assert "sa:C3102" in ids.values()             # the village, where its governorate is named


def test_list_district_of_another_city(namesakes_db: str) -> None:
    text = ("ويتجمع سكان مدينة دير الزور أمام المستودعات منذ الخميس.\n"
            "وأمام مدخل قاعة تشرين في حي القصور يحسب أحد العسكريين أمواله.")
    assert "sa:5753" not in dict(_places_of(text, namesakes_db)).values()   # Deir ez-Zor's, not Daraa's
    ids = dict(_places_of("وإطلاق نار كثيف في حي القصور بمدينة درعا.", namesakes_db))
    assert "sa:5753" in ids.values()


def test_list_place_far_from_the_places_of_its_sentence(namesakes_db: str) -> None:
    far = dict(_places_of("وسقطت قذيفتا هاون على منطقتي السبع بحرات والعباسيين بدمشق.", namesakes_db))
    assert "sa:5686" not in far.values()          # Damascus' square, not Aleppo's of the list
    near = dict(_places_of("وسقطت قذيفتا هاون على منطقة السبع بحرات في مدينة حلب.", namesakes_db))
    assert "sa:5686" in near.values()
    # a generic first word of many names behind a type word: San Bernardino, not the village سان
    places = dict(_places_of("مقتل شخصين بإطلاق نار داخل مدرسة في مدينة سان برناردينو الأميركية.", namesakes_db))
    assert "sa:C3915" not in places.values()


def test_the_pipeline_bench_says_which_places_it_geocoded_with(tmp_path: Path, user_gaz: str,
                                                                 shared_dir: Path) -> None:
    """Speed figures with and without an import differ: the bench row names the gazetteer."""
    from rasd.eval.bench import bench
    from rasd.knowledge import resources

    def row() -> str:
        resources._DEFAULT = None        # a fresh process's resources, as each `rasd bench` has
        r = CliRunner().invoke(bench, ["pipeline", "--stages", "entities,places", "--limit", "3",
                                       "--corpus", str(shared_dir / "data" / "unifiedfc")])
        assert r.exit_code == 0, r.output
        return r.output

    assert "gazetteer: " in row() and ", 0 imported |" in row()
    import_syrian_archive(_list(tmp_path, VILLAGES), None, user_gaz)
    assert ", 2 imported |" in row()
    resources._DEFAULT = None
