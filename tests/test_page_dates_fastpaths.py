"""The fast forms of two page scans (the "اليوم"/"أمس" cues, feed letter runs) give exactly the matches of their definitions."""
from __future__ import annotations

import random
import re

from rasd.extract import page_dates
from rasd.extract.page_dates import _TODAY, _TODAY_WORD, _YESTERDAY, _YESTERDAY_WORD, _cues
from rasd.text import feed_items
from rasd.text.normalize import normalize


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


FIXTURES = [
    normalize("قال المتحدث اليوم الخميس إن القصف استمر، وأمس الأربعاء قتل ثلاثة"),
    normalize("واليوم ( الجمعة ) خرجت مظاهرات , فاليوم السبت هدوء"),
    normalize("أول أمس الأحد وأول من أمس الاثنين وأمس الثلاثاء"),
    normalize("الخامس من الشهر: اليوماليوم واليوم اليوم الخميس"),
]


def test_cues_match_finditer_on_fixtures() -> None:
    for text in FIXTURES:
        for pat, word in ((_TODAY, _TODAY_WORD), (_YESTERDAY, _YESTERDAY_WORD)):
            assert _spans(_cues(pat, word, text)) == _spans(pat.finditer(text))
    # the fixtures hold the cases: a proclitic, a bracket, "أول أمس" (no cue), a cue whose word is the next cue
    assert [m.group(1) for m in _cues(_YESTERDAY, _YESTERDAY_WORD, FIXTURES[2])] == [normalize("الثلاثاء")]
    assert [m.start() for m in _cues(_TODAY, _TODAY_WORD, FIXTURES[1])] == [0, FIXTURES[1].index("فاليوم")]


def test_cues_match_finditer_on_random_strings() -> None:
    rng = random.Random(37)
    alphabet = list("اليومسفخن") + [" ", " ", ",", "،", "(", "\n", "اليوم", "امس", "اول ", "اول من "]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        pos = rng.randint(0, len(text))
        endpos = rng.randint(pos, len(text)) if rng.random() < 0.5 else None
        for pat, word in ((_TODAY, _TODAY_WORD), (_YESTERDAY, _YESTERDAY_WORD)):
            want = pat.finditer(text, pos) if endpos is None else pat.finditer(text, pos, endpos)
            assert _spans(_cues(pat, word, text, pos, endpos)) == _spans(want), (text, pos, endpos)


def test_page_dates_calls_no_scan_of_the_patterns() -> None:
    # every reader of the two patterns goes through _cues (a direct finditer would scan every character)
    src = open(page_dates.__file__, encoding="utf-8").read()
    assert not re.search(r"_(TODAY|YESTERDAY)\.(finditer|search)\(", src)


def test_letter_run_is_the_six_letter_runs() -> None:
    rng = random.Random(5)
    old = re.compile(r"[\u0621-\u064A]{6,}")
    for _ in range(5_000):
        text = "".join(rng.choice("ابتثج دA،\n") for _ in range(rng.randint(0, 40)))
        assert feed_items._LETTER_RUN.findall(text) == old.findall(text)
    assert feed_items._LETTER_RUN.findall("ابتثج ابتثجح Aابتثجحخ") == ["ابتثجح", "ابتثجحخ"]
