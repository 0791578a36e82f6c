"""Every lexicon is read through rasd.data.read_data: a data file with a syntax error names the file and line."""

from pathlib import Path

import pytest

from rasd.data import DataFileError, read_data
from rasd.extract.events.lexicons import LEXICON


def test_read_data_reads_a_lexicon() -> None:
    data = read_data(LEXICON)
    assert isinstance(data, dict) and data


def test_read_data_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "words.yaml"
    bad.write_text("words:\n  - قصف\n  - [غارة\nother: 1\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_data(bad)
    message = str(err.value)
    assert message.startswith(f"{bad}:")
    line = int(message.split(":")[1])
    assert 3 <= line <= 5          # the unclosed list on line 3, reported where the parser gives up
