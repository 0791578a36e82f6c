"""`rasd bench` names a missing corpus folder as an error instead of measuring no pages (its default is
relative to the checkout, so a run from another folder pointed at nothing and printed a figure)."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.eval.bench import bench


@pytest.mark.parametrize("cmd", [["pipeline", "--limit", "1"], ["ingest", "--limit", "1"], ["html", "--pages", "1"],
                                 ["memory", "--sizes", "1"]])
def test_missing_corpus_is_an_error(cmd: list[str], tmp_path: Path) -> None:
    res = CliRunner().invoke(bench, [*cmd, "--corpus", str(tmp_path / "nowhere")])
    assert res.exit_code == 2
    assert "does not exist" in res.output
