"""Actor knowledge base: packaged data, validation with file:line errors, user files, CLI."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.knowledge.kb import (
    KB_TYPES,
    PACKAGED_KB_DIR,
    KBError,
    default_kb_paths,
    load_kb,
    load_kb_files,
)
from rasd.knowledge.kb_cli import kb as kb_group
from rasd.text.normalize import normalize

FIX = Path(__file__).parent / "fixtures" / "kb"
PACKAGED = sorted(PACKAGED_KB_DIR.glob("*.yaml"))
SAMPLES = Path(__file__).resolve().parents[1] / ".." / "shared" / "samples"


@pytest.fixture(autouse=True)
def _isolated_user_dir(tmp_path, monkeypatch):
    """Never read or write the real ~/.config/rasd/kb."""
    monkeypatch.setenv("RASD_KB_DIR", str(tmp_path / "userkb"))


def _ids_for(kb, surface: str) -> set[str]:
    n = normalize(surface)
    return {eid for s, eid in kb.aliases() if normalize(s) == n}


# ---------------------------------------------------------------- packaged KB

def test_packaged_kb_loads_with_every_type(packaged):
    assert len(packaged) >= 400
    types = Counter(e.type for e in packaged.entities.values())
    assert set(types) == set(KB_TYPES)
    # every file names its source
    assert {Path(p).name for p in packaged.sources} == {p.name for p in PACKAGED}
    assert all(len(s) > 20 for s in packaged.sources.values())


def test_every_entity_has_both_names_and_a_description(packaged):
    for ent in packaged.entities.values():
        assert re.search(r"[\u0621-\u064A]", ent.name_ar), ent.id
        assert ent.name_en and re.search(r"[A-Za-z]", ent.name_en), ent.id
        assert ent.description, ent.id
        assert ent.source and ent.source.split(":")[0].endswith(".yaml")


def test_nusra_jfs_hts_lineage(packaged):
    assert packaged.related("hts", "successor_of") == ["jabhat-fath-al-sham"]
    assert packaged.related("jabhat-fath-al-sham", "successor_of") == ["jabhat-al-nusra"]
    assert packaged.same_lineage("jabhat-al-nusra", "hts")
    assert packaged.same_lineage("hts", "jabhat-al-nusra")
    assert set(packaged.lineage("hts")) == {"jabhat-al-nusra", "jabhat-fath-al-sham", "hts"}
    # allegiance is not lineage: Nusra was al-Qaeda's branch, ISIS a rival
    assert not packaged.same_lineage("hts", "al-qaeda")
    assert not packaged.same_lineage("hts", "isis")
    assert not packaged.same_lineage("hts", "jaysh-al-islam")


def test_isis_names_are_one_entity(packaged):
    for surface in ("داعش", "تنظيم الدولة", "الدولة الإسلامية", "الدواعش", "ISIS",
                    "تنظيم الدولة الإسلامية في العراق والشام"):
        assert _ids_for(packaged, surface) == {"isis"}, surface


def test_hts_names_and_short_forms(packaged):
    assert _ids_for(packaged, "هيئة تحرير الشام") == {"hts"}
    assert _ids_for(packaged, "تحرير الشام") == {"hts"}
    assert _ids_for(packaged, "HTS") == {"hts"}
    assert "الهيئة" in packaged.short_forms["hts"]
    assert _ids_for(packaged, "الهيئة") == set()        # ambiguous: short form only


def test_people_and_roles(packaged):
    assert packaged.related("hamza-bayraqdar", "spokesman_of") == ["jaysh-al-islam"]
    assert "hamza-bayraqdar" in packaged.inverse("jaysh-al-islam", "spokesman_of")
    assert packaged.related("maria-zakharova", "spokesman_of") == ["russian-foreign-ministry"]
    assert packaged.related("rami-abdulrahman", "leader_of") == ["sohr"]
    assert "issam-buwaydani" in packaged.inverse("jaysh-al-islam", "leader_of")
    assert packaged.get("hamza-bayraqdar").type == "PERSON"


def test_generic_references_become_aliases(packaged):
    for phrase in ("النظام", "نظام الأسد", "قوات الأسد", "قوات النظام", "القوات الحكومية",
                   "الحكومة السورية", "جيش النظام", "الجيش السوري", "حكومة الأسد"):
        assert _ids_for(packaged, phrase) == {"syria-gov-forces"}, phrase
        assert packaged.generic[phrase] == "syria-gov-forces"
    assert _ids_for(packaged, "الروس") == {"russian-armed-forces"}
    assert _ids_for(packaged, "التحالف الدولي") == {"us-led-coalition"}
    assert packaged.inter["syria-gov-forces"] == 1
    assert packaged.acled_names["syria-gov-forces"] == "Military Forces of Syria (2000-)"


def test_part_of_chain(packaged):
    assert packaged.ancestors("palestine-branch") == ["military-intelligence", "syria-gov-forces", "syria"]
    assert packaged.ancestors("russian-reconciliation-centre")[:2] == ["russian-mod", "russia"]
    assert packaged.related("hmeimim-air-base", "operated_by") == ["russian-armed-forces"]


def test_no_surface_form_names_two_entities(packaged):
    owner: dict[str, str] = {}
    for s, eid in packaged.aliases():
        n = " ".join(normalize(s).split())
        assert owner.setdefault(n, eid) == eid, (s, eid, owner[n])


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/samples not available")
def test_sample_actors_are_in_the_kb(packaged):
    """Actors the samples name (with their own spelling) are found as KB surfaces in the text."""
    text = normalize("\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))))
    surfaces = {eid: [normalize(s) for s, e in packaged.aliases() if e == eid] for eid in packaged.entities}
    for eid in ("jaysh-al-islam", "faylaq-al-rahman", "jabhat-al-nusra", "isis", "ahrar-al-sham",
                "al-liwa-al-awwal", "liwa-al-mutasim", "ahrar-al-sharqiya", "hts", "hezbollah",
                "sohr", "russian-mod", "russian-military-police", "un",
                "sputnik", "interfax", "interpol", "hamza-bayraqdar", "maria-zakharova",
                "rami-abdulrahman", "issam-buwaydani", "vladimir-putin", "abdullah-azzam",
                "step-news", "ana-press", "pkk", "syria-gov-forces", "russia"):
        assert any(s in text for s in surfaces[eid]), eid


# ---------------------------------------------------------------- validation

def _error(path: Path, extra=()) -> KBError:
    with pytest.raises(KBError) as ei:
        load_kb_files([*PACKAGED, *extra, path])
    return ei.value


def _assert_at(err: KBError, path: Path, line: int, words: str) -> None:
    hits = [(p, ln, m) for p, ln, m in err.errors if Path(p).name == path.name]
    assert hits, str(err)
    assert any(ln == line and re.search(words, m) for _p, ln, m in hits), str(err)
    assert f"{path}:{line}:" in str(err)


@pytest.mark.parametrize(("name", "line", "words"), [
    ("bad_syntax.yaml", 6, r"YAML syntax"),
    ("dup_id.yaml", 7, r"duplicate id 'hts'.*jihadist\.yaml:\d+"),
    ("dangling_link.yaml", 9, r"spokesman_of points to unknown id 'no-such-group'"),
    ("unknown_type.yaml", 4, r"unknown type 'MILITIA'"),
    ("empty_alias.yaml", 7, r"empty .*aliases"),
    ("alias_conflict.yaml", 3, r"alias 'داعش'.*'isis'"),
    ("missing_source.yaml", 1, r"missing `source:`"),
    ("missing_field.yaml", 3, r"missing required field 'name_en'"),
    ("missing_field.yaml", 6, r"unknown field 'alias'"),
    ("bad_reference.yaml", 3, r"unknown id 'no-such-entity'"),
])
def test_broken_file_reports_file_and_line(name, line, words):
    path = FIX / name
    _assert_at(_error(path), path, line, words)


def test_broken_file_loads_nothing(tmp_path, monkeypatch):
    """All-or-nothing: a broken user file makes load_kb raise; no partial KB is returned."""
    udir = tmp_path / "userkb"
    udir.mkdir()
    shutil.copy(FIX / "user_ok.yaml", udir)
    shutil.copy(FIX / "unknown_type.yaml", udir)
    monkeypatch.setenv("RASD_KB_DIR", str(udir))
    with pytest.raises(KBError) as ei:
        load_kb()
    assert "unknown_type.yaml:4:" in str(ei.value)
    (udir / "unknown_type.yaml").unlink()
    kb = load_kb()
    assert "test-local-brigade" in kb.entities
    assert "test-ok-entry" not in kb.entities      # the entry valid in the broken file never got in


def test_user_file_adds_entities_and_aliases(tmp_path, monkeypatch):
    udir = tmp_path / "userkb"
    udir.mkdir()
    shutil.copy(FIX / "user_ok.yaml", udir)
    monkeypatch.setenv("RASD_KB_DIR", str(udir))
    assert default_kb_paths()[-1] == udir / "user_ok.yaml"
    kb = load_kb()
    assert kb.get("test-local-brigade").links == {"part_of": ["sna"]}
    assert kb.related("test-spokesman", "spokesman_of") == ["test-local-brigade"]
    assert "sna" in kb.ancestors("test-local-brigade")
    assert _ids_for(kb, "جماعة الاختبار") == {"test-local-brigade"}
    assert _ids_for(kb, "قوات الأسد المجرمة") == {"syria-gov-forces"}
    assert kb.get("test-local-brigade").source.startswith(str(udir / "user_ok.yaml"))
    assert len(kb) == len(load_kb_files(PACKAGED)) + 2


def test_extra_paths_and_cache(tmp_path):
    a = load_kb([FIX / "user_ok.yaml"])
    assert "test-spokesman" in a.entities
    assert load_kb([FIX / "user_ok.yaml"]) is a          # cached on paths + mtimes
    copy = tmp_path / "user_ok.yaml"
    shutil.copy(FIX / "user_ok.yaml", copy)
    b = load_kb([copy])
    assert b is not a and "test-spokesman" in b.entities
    assert "test-spokesman" not in load_kb().entities


# ---------------------------------------------------------------- CLI

def test_cli_list_and_search():
    r = CliRunner().invoke(kb_group, ["list", "--type", "MEDIA", "--search", "انترفاكس"])
    assert r.exit_code == 0, r.output
    rows = [ln.split("\t") for ln in r.stdout.splitlines()]
    assert [row[0] for row in rows] == ["interfax"]
    r = CliRunner().invoke(kb_group, ["list", "--type", "PERSON"])
    ids = {ln.split("\t")[0] for ln in r.stdout.splitlines()}
    assert {"hamza-bayraqdar", "vladimir-putin"} <= ids and "hts" not in ids


def test_cli_show():
    r = CliRunner().invoke(kb_group, ["show", "jaysh-al-islam"])
    assert r.exit_code == 0, r.output
    assert "جيش الإسلام" in r.output
    assert "<- spokesman_of: " in r.output and "hamza-bayraqdar" in r.output
    assert "short_forms: الجيش | جيشكم" in r.output
    r = CliRunner().invoke(kb_group, ["show", "hts"])
    assert "lineage:" in r.output and "jabhat-al-nusra" in r.output
    r = CliRunner().invoke(kb_group, ["show", "no-such-id"])
    assert r.exit_code == 1


def test_cli_check():
    r = CliRunner().invoke(kb_group, ["check", str(FIX / "user_ok.yaml")])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(kb_group, ["check", str(FIX / "dangling_link.yaml")])
    assert r.exit_code == 1
    assert f"{FIX / 'dangling_link.yaml'}:9:" in r.output


def test_cli_add(tmp_path):
    runner = CliRunner()
    r = runner.invoke(kb_group, ["add", str(FIX / "dup_id.yaml")])
    assert r.exit_code == 1 and "duplicate id 'hts'" in r.output
    assert not (tmp_path / "userkb").exists()
    r = runner.invoke(kb_group, ["add", str(FIX / "user_ok.yaml")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "userkb" / "user_ok.yaml").is_file()
    assert "test-local-brigade" in load_kb().entities
    r = runner.invoke(kb_group, ["add", str(FIX / "user_ok.yaml")])
    assert r.exit_code == 1 and "already exists" in r.output
    r = runner.invoke(kb_group, ["add", "--force", str(FIX / "user_ok.yaml")])
    assert r.exit_code == 0, r.output
