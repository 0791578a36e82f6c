"""The fast paths of the recent-days line scan and the wire-story line scan give what the plain regexes give."""
import re

from rasd.extract.events.dates import DAYS_SPAN, DAYS_SPAN_WORDS, _span_lines
from rasd.extract.page_dates import _wire_line, _wire_tail
from rasd.text.normalize import normalize


def _regex_lines(norm: str) -> set[int]:
    return {k for k, line in enumerate(norm.split("\n")) if DAYS_SPAN.search(line)}


def test_span_lines_as_regex():
    w = DAYS_SPAN_WORDS[0]
    texts = ["", w, f"x{w}", f"{w}x", f"_{w}", f"{w}_", f"{w}1", f"({w})", f"a\n{w} b\n\n{w}{w} {w}",
             f"قال {w}.\nثم {normalize('منذ أيام')}\nلا", f"{w}\n{w}", f"\n{w}\n", f"{w}{w}"]
    texts += [f"كلام {v} و" for v in DAYS_SPAN_WORDS]
    for t in texts:
        assert _span_lines(t) == _regex_lines(t), t


def test_wire_tail_guards_wire_line():
    texts = ["عنوان الخبر\nموسكو , بيروت - أ ف ب , قالت", "عنوان\nباريس - رويترز قال", "باريس -\nرويترز",
             "لا شيء هنا - ابدا", "باريس - \" الحياة \" قال"]
    for t in texts:
        norm = normalize(t)
        if _wire_line().search(norm):
            assert _wire_tail().search(norm), t
    assert re.search(_wire_tail(), normalize("باريس - رويترز"))
