"""rasd.text.sentences' sentence-end regex (opening with the mark's class, its lookbehinds read
after the mark) finds exactly the matches of the plain pattern it replaces (lookbehinds before
the mark, and the ``\\.\\.+`` alternative), on real pages and made-up edge cases."""

from __future__ import annotations

import re
from pathlib import Path

from analysed import real_texts

from rasd.text import sentences as S

PLAIN_END = re.compile(r"(?<![\u0600-\u06FF]\.[\u0600-\u06FF])(?<!\d)([.!?؟]+|\.\.+)(?=\s|$|[\"”»)])")

EDGE = [".", "..", "...", ". x", "؟", "!؟ x", "a.b. c", "ق.م. وقال", "ق.م.", "3.5. x", "3. x", "x3 . y", "ب.ت.ك. ",
        "انتهى...\" قال", "م.م", "قال.) ثم", "قال.» ثم", "١. x", "أ.", "..أ. ب", "a\u0645.\u0645. x", ".\u0645. x"]


def _lines(samples_dir: Path) -> list[str]:
    texts = real_texts(samples_dir, 200)
    return [line for t in texts for line in t.split("\n")] + EDGE


def test_sentence_end_is_the_plain_pattern(samples_dir: Path) -> None:
    n = 0
    for line in _lines(samples_dir):
        want = [(m.span(), m.span(1)) for m in PLAIN_END.finditer(line)]
        assert [(m.span(), m.span(1)) for m in S._END.finditer(line)] == want, line[:80]
        n += len(want)
    assert n > 1000
