"""`rasd eval` (shared spec/eval.md): both forms, the JSON shape, misses by id, and actor matching."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from rasd.cli import cli
from rasd.eval.score import LAYERS, _actor_ok, score
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store


@pytest.fixture(scope="module")
def gold(samples_dir: Path) -> dict[str, Any]:
    return yaml.safe_load((samples_dir / "expected.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def sample_store(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("eval") / "run.db")
    report = ingest(sorted(str(p) for p in samples_dir.glob("*.txt")), store, err=io.StringIO())
    assert report.failed == 0
    return store


def test_docs_form_prints_the_spec_json_shape(samples_dir: Path) -> None:
    out = CliRunner().invoke(cli, ["eval", str(samples_dir / "expected.yaml"), "--docs", str(samples_dir), "--json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert set(result["layers"]) == set(LAYERS)
    for name, layer in result["layers"].items():
        assert set(layer) >= {"found", "total", "misses"}
        assert layer["total"] > 0, name
        assert layer["found"] == layer["total"], (name, layer["misses"])   # a regression check on the samples
    assert result["errors"] == 0


def test_docs_form_says_which_input_failed(samples_dir: Path, tmp_path: Path) -> None:
    """A failed input counts in "errors" and is named on stderr (stdout stays the JSON)."""
    (tmp_path / "001.txt").write_bytes(next(iter(sorted(samples_dir.glob("001_*.txt")))).read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 64)        # binary: not a page
    out = CliRunner().invoke(cli, ["eval", str(samples_dir / "expected.yaml"), "--docs", str(tmp_path), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["errors"] == 1
    assert "broken.txt" in out.stderr


def test_db_form_scores_what_a_store_holds(gold: dict[str, Any], sample_store: Store, samples_dir: Path) -> None:
    result = score(gold, sample_store)
    assert all(r["found"] == r["total"] for r in result["layers"].values())
    runner = CliRunner()
    text = runner.invoke(cli, ["eval", str(samples_dir / "expected.yaml"), "--db", str(sample_store.path)])
    assert "events" in text.output and "errors (must_not hits, failed inputs): 0" in text.output
    neither = runner.invoke(cli, ["eval", str(samples_dir / "expected.yaml")])
    assert neither.exit_code != 0 and "exactly one of" in neither.output


def test_wrong_gold_facts_are_misses_by_id(gold: dict[str, Any], sample_store: Store) -> None:
    wrong = copy.deepcopy(gold)
    doc = next(d for d in wrong["documents"] if d["doc"].startswith("001_"))
    stem = doc["doc"].rsplit(".", 1)[0]
    doc["metadata"]["published"] = "2019-01-01"
    doc["events"][0]["type"] = "Riots/Mob violence"                  # no riot in that page
    doc["events"][1]["date"] = "2016-05-01"                          # the protest was in 2018
    doc["places"].append({"name": "باريس", "en": "Paris", "lat": 48.86, "lon": 2.35})
    result = score(wrong, sample_store)
    layers = result["layers"]
    assert f"{stem}.metadata.published" in layers["metadata"]["misses"]
    missed = " ".join(layers["events"]["misses"])
    assert doc["events"][0]["id"] in missed and doc["events"][1]["id"] in missed
    assert layers["events"]["found"] == layers["events"]["total"] - 2
    assert layers["places"]["found"] == layers["places"]["total"] - 1


def test_a_title_the_gold_forbids_is_an_error(gold: dict[str, Any], sample_store: Store) -> None:
    wrong = copy.deepcopy(gold)
    doc = next(d for d in wrong["documents"] if d["doc"].startswith("001_"))
    doc.setdefault("must_not", []).append(f"the title '{doc['metadata']['title']}'")
    result = score(wrong, sample_store)
    assert result["errors"] == 1 and len(result["must_not"]) == 1


def test_an_actor_matches_through_the_force_it_is_part_of() -> None:
    view = SimpleNamespace(entity_names=lambda eid: set(), entity=lambda eid: None)   # names from the KB only
    assert _actor_ok(view, ["turkish-air-force"], "الجيش التركي")          # a unit of the Turkish army
    assert not _actor_ok(view, ["turkish-armed-forces"], "سلاح الجو التركي")   # not the other way round
    assert not _actor_ok(view, ["turkish-foreign-ministry"], "الجيش التركي")   # a sibling under Turkey
