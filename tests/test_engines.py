"""The same pipeline on each engine gives the same store (datatrove-style: steps apart from executors)."""

import io
import shutil

import pytest

import rasd.extract.events.confidence as confidence
from rasd.engines.local import LocalEngine
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store

# the installed gate loaders, taken before conftest's autouse fixture switches them off
_GATE_LOADERS = {name: getattr(confidence, name)
                 for name in ("gate_model", "second_gate_model", "third_gate_model", "fourth_gate_model")}


def _snapshot(s: Store) -> dict[str, list]:
    return {
        "docs": [tuple(r) for r in s.db.execute("SELECT id, published, title FROM documents ORDER BY id")],
        "events": [tuple(r) for r in s.db.execute("SELECT id, event_type, date_start FROM events ORDER BY id")],
        "claims": [tuple(r) for r in s.db.execute("SELECT id, stance, speaker_text FROM claims ORDER BY id")],
    }


@pytest.fixture(autouse=True)
def _installed_emit_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every engine runs the installed gates: conftest switches them off per test, after the module-scoped
    reference was built with them, and a forked pool inherits the switch while Ray workers do not."""
    for name, loader in _GATE_LOADERS.items():
        monkeypatch.setattr(confidence, name, loader)


@pytest.fixture(scope="module")
def reference(samples_dir, tmp_path_factory):
    d = tmp_path_factory.mktemp("ref")
    for f in samples_dir.glob("*.txt"):
        shutil.copy(f, d / f.name)
    s = Store(d / "ref.db")
    ingest([str(d)], s, engine=LocalEngine(1), err=io.StringIO())
    return d, _snapshot(s)


def test_process_pool_matches_in_process(reference, tmp_path):
    d, ref = reference
    s = Store(tmp_path / "pool.db")
    ingest([str(d)], s, engine=LocalEngine(2, chunksize=1), err=io.StringIO())
    assert _snapshot(s) == ref


def test_ray_matches_in_process(reference, tmp_path):
    ray = pytest.importorskip("ray")
    from rasd.engines.ray_engine import RayEngine

    d, ref = reference
    s = Store(tmp_path / "ray.db")
    try:
        ingest([str(d)], s, engine=RayEngine(batch_size=2, num_cpus=2), err=io.StringIO())
    finally:
        ray.shutdown()
    assert _snapshot(s) == ref


def _page(name: str, text: str):
    from rasd.records import RawPage

    return RawPage(source=name, text=text, kind="text")


def test_pages_in_batches_equal_pages_one_at_a_time(samples_dir):
    """process_pages analyses its pages in batches (analyse_many): each page gets what
    process_page gives it alone."""
    from dataclasses import asdict

    from rasd.pipeline import WorkerContext, init_worker, process_page, process_pages
    from rasd.records import ReadError

    init_worker(WorkerContext())
    pages = [_page(f.name, f.read_text(encoding="utf-8")) for f in sorted(samples_dir.glob("*.txt"))]
    pages.insert(2, ReadError("bad.bin", "unreadable"))
    pages.insert(4, _page("empty.txt", "   "))
    one = [process_page(p) for p in pages]
    many = process_pages(pages)
    assert [r.error for r in many] == [r.error for r in one]
    assert sum(r.analysis is not None for r in many) >= 5
    for a, b in zip(one, many, strict=True):
        assert (b.analysis and asdict(b.analysis)) == (a.analysis and asdict(a.analysis))
        assert b.signature == a.signature


def test_a_failing_page_fails_alone_in_its_batch(samples_dir, monkeypatch):
    import rasd.pipeline as pipeline

    def claims(a, res):
        if a.doc.source == "b":
            raise ValueError("broken page")

    monkeypatch.setattr(pipeline, "STAGES", [*pipeline.STAGES[:-1], ("claims", claims)])
    pipeline.init_worker(pipeline.WorkerContext())
    text = next(iter(sorted(samples_dir.glob("*.txt")))).read_text(encoding="utf-8")
    got = pipeline.process_pages([_page("a", text), _page("b", "قال سامر " + text), _page("c", "قال خالد " + text)])
    assert got[0].error is None and got[2].error is None
    assert got[0].analysis.mentions and got[2].analysis.mentions
    assert got[1].error is not None and got[1].error.startswith("ValueError: broken page")
