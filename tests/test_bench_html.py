"""`rasd bench html --breakdown`: the CPU time of each stage of the HTML path, recorded by wrapping
the stage functions for one run; the run's result stays the same and the functions are restored."""

import io
import shutil
from pathlib import Path

import rasd.ingest.html as html_mod
import rasd.ingest.readers as readers
import rasd.pipeline as pipeline
from rasd.engines.local import LocalEngine
from rasd.eval.bench import _html_stages
from rasd.eval.storediff import compare
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store

FIX = Path(__file__).parent / "fixtures" / "readers"


def _ingest(pages: Path, db: Path):
    store = Store(db)
    try:
        return ingest([str(pages)], store, engine=LocalEngine(1), stages=[], err=io.StringIO(), corpus_pass=False)
    finally:
        store.close()


def test_breakdown_times_every_stage_and_leaves_the_run_unchanged(tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("script.html", "truncated.html"):
        shutil.copy(FIX / name, pages / name)
    before = (readers.html_to_page, html_mod._trafilatura, html_mod._trafilatura_metadata, pipeline.clean)

    reports = []
    stages, total = _html_stages(lambda: reports.append(_ingest(pages, tmp_path / "timed.db")))

    assert (readers.html_to_page, html_mod._trafilatura, html_mod._trafilatura_metadata, pipeline.clean) == before
    for stage in ("html: trafilatura text", "html: trafilatura metadata", "html: parse", "html: checks",
                  "clean: publication date", "clean: rest", "minhash", "store"):
        assert stages[stage] > 0, stage                   # each stage ran
    rest = next(v for k, v in stages.items() if k.startswith("rest"))
    assert 0 <= rest < total     # a nested stage (parse in html_to_page ...) is not counted twice
    assert reports[0].read == 2 and reports[0].failed == 0
    _ingest(pages, tmp_path / "plain.db")
    diff, _counts = compare(str(tmp_path / "timed.db"), str(tmp_path / "plain.db"))
    assert diff == []
