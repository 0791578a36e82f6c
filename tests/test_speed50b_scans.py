"""The stamp and label scans' prefilters (speed50b) give the full scans' cuts."""
import re

from rasd.data import read_data
from rasd.text import feed_items as fi

SAMPLES = [
    "",
    "منذ 3 ساعات خبر أول منذ لحظات خبر ثان منذ 5 دقائق خبر ثالث",
    "خبر 10:30 خبر 11:05 ص خبر 3 hours ago خبر An hour AGO",
    "قال إن الساعة 10:30 كانت نحو 11:45 , 3 : 4",
    "منذ ساعتين\nخبر 12:15\nخبر 1:05 م وخبر",
    "نص .\nاقرأ أيضا : خبر\nمواضيع ذات صلة\nطالع أيضاً خبر وشاهد أيضا ومقالات مشابهة ( وفا , 23 أيار / مايو 2014 ) هذا",
    "واقرأ أيضا إقرا المزيد شاهد ايضا أخبار ذات صلةالخبر اخبار ذات صلة",
    "اقرأ أيضا" * 3 + "\n" + "مقالات مشابهة",
]


def _full_stamps(text: str) -> tuple[int, ...]:
    pattern, min_stamps = fi._stamps()
    found = [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]
    if len(found) < min_stamps:
        return ()
    return tuple(sorted({x for pair in found for x in pair if 0 < x < len(text)}))


def _full_labels(text: str) -> tuple[int, ...]:
    cuts = {m.end() for m in fi._CREDIT.finditer(text)}
    cuts.update(m.start() for m in fi._labels().finditer(text))
    return tuple(sorted(x for x in cuts if 0 < x < len(text)))


def test_cuts_match_full_scans():
    for text in SAMPLES:
        assert fi.stamp_cuts.__wrapped__(text) == _full_stamps(text), text
        assert fi.label_cuts.__wrapped__(text) == _full_labels(text), text
    assert fi.stamp_cuts.__wrapped__(SAMPLES[1])
    assert fi.label_cuts.__wrapped__(SAMPLES[5])


def test_every_stamp_and_label_holds_a_mark():
    data = read_data(fi.STAMPS_FILE)
    marks = [re.compile(m) for m in data["stamp_marks"]]
    pattern, _ = fi._stamps()
    for text in SAMPLES:
        for m in pattern.finditer(text):
            assert any(k.search(m.group()) for k in marks), m.group()
        for m in fi._labels().finditer(text):
            assert any(w in m.group() for w in data["label_literals"]), m.group()
            assert "\n" not in m.group()
