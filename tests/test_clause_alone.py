"""bench/heldout/clause_alone.py cuts the clauses of a gold place it ingests alone: the sentence around the
name, and the part from the last headline word before it (a glued feed item may start there)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "heldout"))

from clause_alone import clauses  # noqa: E402


def test_sentence_and_headline_clause() -> None:
    text = ("خبر أول عن الطقس . وزير الخارجية : بلاده ترى أن الحل سياسي مقتل 5 عناصر في غارات على مدينة حجة , "
            "عبر : وكالة . خبر آخر")
    got = clauses(text, ["حجة"])
    assert got[0].startswith("وزير الخارجية") and got[0].endswith(".")
    assert got[1].startswith("غارات على مدينة حجة")      # the last headline word before the name


def test_no_clause_without_the_name() -> None:
    assert clauses("غارات على مدينة إدلب .", ["حجة"]) == []
