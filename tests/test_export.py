"""Exports: ACLED CSV (exactly the 31 public columns), JSON Lines with every layer, GeoJSON,
Parquet read back with pyarrow; review edits applied, rejected events left out, batching."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import web_fixture_module

from rasd.export import exports
from rasd.export.exports import export
from rasd.store.sqlite import Store
from rasd.web import queries as Q
from rasd.web.review import add_edit

FIX = Path(__file__).resolve().parent / "fixtures" / "web"
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    fx = web_fixture_module()
    base = tmp_path_factory.mktemp("export")
    merged, single = base / "merged.db", base / "single.db"
    return {"merged": (merged, fx.build(merged)), "single": (single, fx.build(single, merged=False))}


@pytest.fixture()
def db(built, tmp_path):
    src, ids = built["merged"]
    dst = tmp_path / "x.db"
    shutil.copy(src, dst)
    return str(dst), ids


def _csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        r = csv.reader(fh)
        header = next(r)
        return header, [dict(zip(header, row, strict=True)) for row in r]


def test_acled_csv_columns_and_merged_rows(db, tmp_path):
    path, ids = db
    out = tmp_path / "a.csv"
    assert export(path, "acled-csv", str(out)) == 5
    header, rows = _csv(out)
    assert header == ACLED_COLUMNS
    by_id = {r["event_id_cnty"]: r for r in rows}
    agree = by_id["SYR-m-" + ids["agree"]]                 # two reports merged into one row
    assert agree["source"] == "Ana Press; Enab Baladi" and "reports: 2" in agree["tags"]
    assert (agree["event_date"], agree["year"], agree["time_precision"]) == ("2018-03-30", "2018", "1")
    assert (agree["disorder_type"], agree["event_type"], agree["sub_event_type"]) == (
        "Strategic developments", "Strategic developments", "Agreement")
    assert agree["actor1"] == "Jaysh al-Islam" and agree["inter1"] == "2"
    assert (agree["iso"], agree["country"], agree["admin1"], agree["location"]) == ("760", "Syria", "Rif Dimashq", "Douma")
    assert (float(agree["latitude"]), float(agree["longitude"])) == (33.571, 36.402)
    toll = by_id["SYR-m-" + ids["toll"]]
    assert toll["fatalities"] == "1945" and toll["geo_precision"] == "3" and toll["time_precision"] == "3"
    assert toll["actor1"] == "Military Forces of Syria (2000-)" and toll["interaction"] == "10"   # KB's ACLED name, inter 1
    protest = by_id["SYR-m-" + ids["protest"]]
    assert protest["disorder_type"] == "Demonstrations" and protest["fatalities"] == ""       # unknown stays empty
    clash = by_id["SYR-m-" + ids["clash"]]
    assert clash["interaction"] == "22" and clash["actor2"] == "Jaysh al-Islam"
    xss = by_id["SYR-m-" + ids["xss_event"]]
    assert xss["civilian_targeting"] == "Civilian targeting" and xss["notes"] == "<script>alert('note')</script>"


def test_one_row_per_event_without_merged_events(built, tmp_path):
    path, ids = built["single"]
    out = tmp_path / "s.csv"
    assert export(str(path), "acled-csv", str(out)) == 6
    header, rows = _csv(out)
    assert header == ACLED_COLUMNS
    assert {r["event_id_cnty"] for r in rows} == {"SYR-" + ids[k] for k in
                                                 ("agree", "toll", "protest", "clash", "agree2", "xss_event")}


def test_exports_apply_edits_and_drop_rejected(db, tmp_path):
    path, ids = db
    s = Store(path)
    Q.ensure_web_schema(s.db)
    add_edit(s.db, "event", ids["toll"], "reject", None, "rev")
    add_edit(s.db, "event", ids["agree2"], "edit", {"fatalities": 4, "location": "rasd:kafr-batna"}, "rev")
    add_edit(s.db, "event", ids["clash"], "edit", {"date_start": "2016-04-29", "date_end": "2016-04-29"}, "rev")
    add_edit(s.db, "event", ids["clash"], "edit", {"fatalities": 9}, "rev2")          # edits accumulate
    s.close()
    out = tmp_path / "e.csv"
    assert export(path, "acled-csv", str(out)) == 4
    rows = {r["event_id_cnty"]: r for r in _csv(out)[1]}
    assert "SYR-m-" + ids["toll"] not in rows
    agree = rows["SYR-m-" + ids["agree"]]            # the reviewed report speaks for the merged row
    assert agree["fatalities"] == "4" and agree["location"] == "Kafr Batna" and "review: edited" in agree["tags"]
    clash = rows["SYR-m-" + ids["clash"]]
    assert (clash["event_date"], clash["fatalities"]) == ("2016-04-29", "9")
    # the same data in GeoJSON
    gj = tmp_path / "e.geojson"
    assert export(path, "geojson", str(gj)) == 4
    feats = {f["id"]: f for f in json.loads(gj.read_text("utf-8"))["features"]}
    assert feats["SYR-m-" + ids["agree"]]["geometry"] == {"type": "Point", "coordinates": [36.375, 33.514]}


def test_batches_do_not_change_the_output(db, tmp_path, monkeypatch):
    path, _ = db
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    export(path, "acled-csv", str(a))
    monkeypatch.setattr(exports, "BATCH", 2)
    export(path, "acled-csv", str(b))
    assert a.read_text("utf-8") == b.read_text("utf-8")


def test_geojson_features(db, tmp_path):
    path, ids = db
    out = tmp_path / "e.geojson"
    assert export(path, "geojson", str(out)) == 5
    fc = json.loads(out.read_text("utf-8"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 5
    for f in fc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert 35 < lon < 43 and 32 < lat < 38                 # [lon, lat] order, inside Syria
        assert set(ACLED_COLUMNS) <= set(f["properties"])
    agree = next(f for f in fc["features"] if f["id"].endswith(ids["agree"]))
    assert agree["properties"]["rasd_event_ids"] == [ids["agree"], ids["agree2"]]


def test_parquet_reads_back(db, tmp_path):
    path, ids = db
    out = tmp_path / "e.parquet"
    assert export(path, "parquet", str(out)) == 5
    t = pq.read_table(out)
    assert t.num_rows == 5 and t.column_names[:31] == ACLED_COLUMNS
    assert str(t.schema.field("fatalities").type) == "int64" and str(t.schema.field("latitude").type) == "double"
    rows = {r["event_id_cnty"]: r for r in t.to_pylist()}
    toll = rows["SYR-m-" + ids["toll"]]
    assert toll["fatalities"] == 1945 and toll["year"] == 2018 and toll["rasd_doc_ids"] == [ids["douma"]]
    assert rows["SYR-m-" + ids["protest"]]["fatalities"] is None


def test_jsonl_every_layer(db, tmp_path):
    path, ids = db
    out = tmp_path / "d.jsonl"
    assert export(path, "jsonl", str(out)) == 4
    docs = {d["id"]: d for d in map(json.loads, out.read_text("utf-8").splitlines())}
    assert set(docs) == {ids["douma"], ids["interview"], ids["second"], ids["xss"]}
    d = docs[ids["douma"]]
    assert d["publisher"]["name_en"] == "Ana Press" and d["published"]["method"] == "weekday-cue"
    assert {e["id"] for e in d["events"]} == {ids["agree"], ids["toll"], ids["protest"]}
    assert all(e["status"] == "machine" for e in d["events"])
    assert any(m["entity_id"] == "hamza-bayraqdar" for m in d["mentions"])
    assert d["entities"]["rasd:douma"]["lat"] == 33.571
    assert [c["speaker_text"] for c in d["claims"]] and d["contradictions"][0]["reason"] == "opposite-stance"
    assert d["story_id"] == "story-douma"
    claim = next(c for c in d["claims"] if c["id"] == ids["deny"])
    assert claim["content_text"].startswith("الأخبار التي نشرتها")
    xss = docs[ids["xss"]]
    assert "<script>alert(1)</script>" in xss["text"]               # data, kept verbatim


def test_cli_export(db, tmp_path):
    from rasd.web.cli import export as export_cmd

    path, _ = db
    out = tmp_path / "cli.csv"
    r = CliRunner().invoke(export_cmd, ["--format", "acled-csv", "--out", str(out), "--db", path, "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "5 rows" in r.output and _csv(out)[0] == ACLED_COLUMNS
