"""The same pipeline on each engine gives the same store (datatrove-style: steps apart from executors)."""

import io
import shutil

import pytest

from rasd.engines.local import LocalEngine
from rasd.ingest.run import ingest
from rasd.store.sqlite import Store


def _snapshot(s: Store) -> dict[str, list]:
    return {
        "docs": [tuple(r) for r in s.db.execute("SELECT id, published, title FROM documents ORDER BY id")],
        "events": [tuple(r) for r in s.db.execute("SELECT id, event_type, date_start FROM events ORDER BY id")],
        "claims": [tuple(r) for r in s.db.execute("SELECT id, stance, speaker_text FROM claims ORDER BY id")],
    }


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
