"""Regex speed paths give the matches of the plain patterns: a lookahead of the letters a match can open
with in front of a look-behind, and the settlement-word scan behind ``entities._cued_names``; on real pages
(the samples and the first corpus articles, raw and normalised) and on made-up edge cases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from analysed import real_texts

from rasd.extract import entities as E
from rasd.extract import page_dates as PD
from rasd.extract.events import pageparts as PP
from rasd.text.normalize import normalize

EDGE = [
    "في قرية الحامدينة بريف إدلب", "وبمدينة حلب الشرقية", "(مخيم اليرموك جنوب دمشق", "صحي حي الوعر",
    "ومنطقة منطقة السلام", "حي  الوعر", "لحي الوعر وحي الشاغور", "بالعاصمة .", "في سرمادا شمال غرب إدلب",
    "قبل 7 دقائق أكد", "في صور : الرقة", "في 21 - 5 مقتل وفي 22 - 5", "14 / 3 / 2016", "",
]


@pytest.fixture(scope="module")
def texts(samples_dir: Path) -> list[str]:
    raw = real_texts(samples_dir, 60, cleaned=True) + EDGE
    return raw + [normalize(t) for t in raw]


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def _plain(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without its leading lookahead of first letters."""
    assert rx.pattern.startswith("(?=")
    return re.compile(rx.pattern[rx.pattern.index(")") + 1:], rx.flags)


@pytest.mark.parametrize("rx", [E._LOCATED_NAME, E._BARE_CAPITAL, PD._SPACED_DATE,
                                PP._gallery_re(), PP._latest_news_re()], ids=lambda rx: rx.pattern[:24])
def test_first_letter_lookaheads_change_no_match(rx: re.Pattern[str], texts: list[str]) -> None:
    plain = _plain(rx)
    for t in texts:
        assert _found(rx, t) == _found(plain, t)


def test_numeric_entry_alternation_is_the_optional_letter(texts: list[str]) -> None:
    plain = re.compile(PD._NUMERIC_ENTRY.pattern.replace("(?:وفي|في)", "و?في", 1))
    assert plain.pattern != PD._NUMERIC_ENTRY.pattern
    for t in texts:
        assert _found(PD._NUMERIC_ENTRY, t) == _found(plain, t)


def test_cued_names_are_the_pattern_scan(texts: list[str]) -> None:
    # (the words are found without overlaps: none may be a proper suffix of another, nor hold a space)
    words = E.SETTLEMENT_WORDS
    assert not any(a != b and a.endswith(b) for a in words for b in words)
    assert not any(" " in w for w in words)
    n = 0
    for t in texts:
        got = [(m.span(), m.groups()) for m in E._cued_names(t)]
        assert got == _found(E._CUED_NAME, t)
        n += len(got)
    assert n > 0
