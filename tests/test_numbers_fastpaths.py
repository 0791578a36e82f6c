"""rasd.text.numbers' token scans (digits and number words apart, each pattern opening with a class)
find exactly the tokens of the plain alternation they replace, on real pages and made-up edge cases."""

from __future__ import annotations

import re
from pathlib import Path

from analysed import real_texts

from rasd.text import numbers as N


def _plain_token_re() -> re.Pattern[str]:
    """The token regex as one plain alternation (its earlier form)."""
    lex = N.lexicon()
    return re.compile(N._DIGIT_RE + rf"|(?<![{N._AR_WORD}]){N._PRE_RE}(?P<stem>{N._alt(list(lex.words))})"
                      rf"(?![{N._AR_WORD}])")


EDGE = ["و1450 قتيلا و2.5 مليون و1,450,000 و2018.04.23 ثلاثة آلاف وخمسمائة", "الاثنين والخمسين بالثلاثين فللعشرات",
        "لست خمسة", "كمية ٢٠ و۳۰", "x5 ab12 12:30 www.a1.com عشرة", "ال5 فال3 بالمئة بمئتي",
        "خمسة", "خمسة ستة", "خمس5ستة", "3خمسة", "خمسة3", "1,2345 12,345.6 1.2.3.4 ١٢٣,٤٥٦", "\nعشرة\n", "وعشرات.20"]


def _texts(samples_dir: Path) -> list[str]:
    return real_texts(samples_dir, 60) + EDGE


def test_token_scans_are_the_plain_alternation(samples_dir: Path) -> None:
    plain, lex = _plain_token_re(), N.lexicon()
    n = 0
    for t in _texts(samples_dir):
        norm = N._normalised(t)[0]
        want = []
        for m in plain.finditer(norm):
            word = m.lastgroup in ("pre", "stem")
            want.append((m.start(), m.end(), "stem" if word else m.lastgroup, (m.group("pre") or "") if word else "",
                         m.group("stem") if word else "", m.group()))
        assert N._token_matches(norm, lex) == want, t[:80]
        n += len(want)
    assert n > 500


def test_skip_spans_are_the_plain_scan(samples_dir: Path) -> None:
    n = 0
    for t in _texts(samples_dir) + ["الساعة 12:30 ظهرا", "a1", "@x9", "#tag_1", "http://x.y/5", "ſ1", "\u212a2", "١٢:٣٠"]:
        norm = N._normalised(t)[0]
        want = [m.span() for m in N._SKIP_RE.finditer(norm)]
        assert N._skip_spans(norm) == want, t
        n += len(want)
    assert n > 5
