"""End-to-end ingest: idempotence, bad inputs, interrupted runs, duplicates, search (issue 2)."""

import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.cli import _register_optional, cli
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store

FIX = Path(__file__).parent / "fixtures" / "readers"


def _counts(s: Store) -> dict[str, int]:
    return {t: s.count(t) for t in ("documents", "mentions", "events", "claims", "documents_fts")}


@pytest.fixture()
def samples_copy(samples_dir, tmp_path) -> Path:
    d = tmp_path / "samples"
    d.mkdir()
    for f in samples_dir.glob("*.txt"):
        shutil.copy(f, d / f.name)
    return d


def test_reingest_changes_nothing(samples_copy, tmp_path):
    s = Store(tmp_path / "r.db")
    rep = ingest([str(samples_copy)], s, err=io.StringIO())
    assert rep.new == 5 and rep.failed == 0
    before = _counts(s)
    assert before["events"] > 0 and before["claims"] > 0 and before["documents_fts"] == 5
    rep2 = ingest([str(samples_copy)], s, err=io.StringIO())
    assert rep2.new == 0 and rep2.unchanged == 5
    assert _counts(s) == before


def test_changed_page_replaces_older_version(samples_copy, tmp_path):
    s = Store(tmp_path / "r.db")
    ingest([str(samples_copy)], s, err=io.StringIO())
    f = samples_copy / "004_b8a14208eb9c10a6.txt"
    f.write_text(f.read_text("utf-8").replace("بحسب ما ذكره المصدر.", "بحسب ما ذكره المصدر الخاص."), "utf-8")
    rep = ingest([str(samples_copy)], s, err=io.StringIO())
    assert rep.replaced == 1 and s.count("documents") == 5
    assert "المصدر الخاص" in s.get_document("004_b8a14208eb9c10a6.txt").text
    orphans = s.db.execute("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()
    assert orphans[0] == 0


def test_bad_inputs_each_get_one_error_and_the_run_goes_on(samples_copy, tmp_path):
    for name in ("empty.txt", "binary.dat", "crawl.warc.gz", "windows-1256.txt", "truncated.html"):
        shutil.copy(FIX / name, samples_copy / name)
    err = io.StringIO()
    s = Store(tmp_path / "r.db")
    rep = ingest([str(samples_copy)], s, err=err)
    lines = [ln for ln in err.getvalue().splitlines() if ln.startswith("error:")]
    assert rep.failed == len(lines) >= 3
    assert any("empty.txt" in ln for ln in lines) and any("binary.dat" in ln for ln in lines)
    assert any("crawl.warc.gz#" in ln for ln in lines)   # the malformed record, named
    assert s.count("documents") >= 5 + 1 + 2              # samples, cp1256 page, good WARC records
    assert s.count("errors") == rep.failed
    n = s.count("documents")
    ingest([str(samples_copy)], s, err=io.StringIO())
    assert s.count("documents") == n                      # nothing duplicated on a re-run


def test_interrupted_run_resumes_consistently(samples_copy, tmp_path):
    s = Store(tmp_path / "r.db")
    seen = []

    def stop_after_two(_n: int) -> None:
        seen.append(1)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([str(samples_copy)], s, err=io.StringIO(), progress=stop_after_two)
    assert s.count("documents") == 2
    assert s.db.execute("SELECT status FROM runs ORDER BY id DESC").fetchone()[0] == "interrupted"
    rep = ingest([str(samples_copy)], s, err=io.StringIO())
    assert rep.new == 3 and s.count("documents") == 5
    fresh = Store(tmp_path / "fresh.db")
    ingest([str(samples_copy)], fresh, err=io.StringIO())
    assert _counts(s) == _counts(fresh)


def test_duplicates_are_linked_not_stored_twice(samples_copy, tmp_path):
    other = tmp_path / "mirror"
    other.mkdir()
    src = (samples_copy / "002_29f99f87ebbf2940.txt").read_text("utf-8")
    (other / "copy.txt").write_text(src, "utf-8")                                  # exact re-publication
    (other / "near.txt").write_text(src.replace("بعد خمس سنوات", "بعد 5 سنوات")    # light edit
                                    .replace("اضطر جيش الإسلام", "اضطر فصيل جيش الإسلام"), "utf-8")
    s = Store(tmp_path / "r.db")
    ingest([str(samples_copy)], s, err=io.StringIO())
    rep = ingest([str(other)], s, err=io.StringIO())
    assert rep.exact_duplicates == 1 and rep.near_duplicates == 1
    near = s.get_document("near.txt")
    # mirror/copy.txt sorts before samples/002...: the copy is now the document's primary source
    # (tests/test_store_order.py), the first one a further source
    primary = s.get_document("copy.txt")
    assert near.dup_kind == "near" and near.duplicate_of == primary.id
    assert s.db.execute("SELECT source FROM doc_sources WHERE doc_id=?", (primary.id,)).fetchone()[0] \
        == str(samples_copy / "002_29f99f87ebbf2940.txt")
    total, _ = s.search("القلمون")
    total_all, _ = s.search("القلمون", hide_duplicates=False)
    assert total_all == total + 1


def test_cli_ingest_search_show_stats(samples_copy, tmp_path):
    _register_optional()
    db = str(tmp_path / "c.db")
    shutil.copy(FIX / "empty.txt", samples_copy / "empty.txt")
    r = CliRunner().invoke(cli, ["ingest", str(samples_copy), "--db", db, "--no-progress"])
    assert r.exit_code == 1 and "5 new" in r.output          # one input failed: exit status says so
    for q in ("الغوطه", "بدوما"):
        r = CliRunner().invoke(cli, ["search", q, "--db", db, "--json"])
        assert r.exit_code == 0 and '"total": 0' not in r.output, q
    r = CliRunner().invoke(cli, ["show", "001_ccd135a118f501bf.txt", "--db", db])
    assert r.exit_code == 0 and "2018-03-31" in r.output and "حمزة بيرقدار" in r.output
    body = Store(db).get_document("001_ccd135a118f501bf.txt").text
    middle = body.split("\n")[len(body.split("\n")) // 2]
    assert middle not in r.output                                # the body's ends only ...
    r = CliRunner().invoke(cli, ["show", "001_ccd135a118f501bf.txt", "--db", db, "--text"])
    assert r.exit_code == 0 and middle in r.output               # ... or the whole of it
    r = CliRunner().invoke(cli, ["stats", "--db", db, "--json"])
    assert r.exit_code == 0 and '"documents": 5' in r.output


def test_exact_copy_later_in_the_run_is_linked_without_being_dated_again(samples_copy, tmp_path, monkeypatch):
    """A page whose text an earlier page of the same run had (another chunk: its document is
    analysed and will be stored) is linked as an exact duplicate, neither dated nor signed
    again; a re-run dates nothing (every id is stored)."""
    from rasd.engines.local import LocalEngine
    from rasd.text import dates

    run = tmp_path / "run"
    run.mkdir()
    src = (samples_copy / "002_29f99f87ebbf2940.txt").read_text("utf-8")
    (run / "a.txt").write_text(src, "utf-8")
    (run / "b.txt").write_text(src, "utf-8")           # the same article, another source
    dated: list[str] = []
    real = dates.infer_published
    monkeypatch.setattr(dates, "infer_published", lambda body, *a, **kw: dated.append(body) or real(body, *a, **kw))
    s = Store(tmp_path / "r.db")
    rep = ingest([str(run)], s, engine=LocalEngine(1, chunksize=1), stages=[], err=io.StringIO(), corpus_pass=False)
    assert (rep.new, rep.exact_duplicates, rep.failed) == (1, 1, 0)
    assert len(dated) == 1
    first = s.get_document("a.txt")
    assert first.published.date == real(first.text, url=first.url).date        # the stored copy is dated
    assert [tuple(r) for r in s.db.execute("SELECT doc_id, kind FROM doc_sources")] == [(first.id, "exact")]
    rep = ingest([str(run)], s, engine=LocalEngine(1, chunksize=1), stages=[], err=io.StringIO(), corpus_pass=False)
    assert (rep.new, rep.unchanged, rep.exact_duplicates) == (0, 2, 0) and len(dated) == 1
