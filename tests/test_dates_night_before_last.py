""""الليلة قبل الماضية" (the night before last; DATE_WRONG_ANCHOR, session 23): the night two days before
the reference day, running into the next, as "الليلة الماضية" is the night before it. Unlisted, the bare
"الليلة" matched and dated it to the page's own day (Al-Bayan 21 Dec 2017: the Maar Shurin strikes of the
night of 19/20 Dec dated the 21st). date_words.yaml ``nights_before_last``."""

from __future__ import annotations

import datetime as dt

from rasd.text.dates import find_dates, relative_anchor

REF = dt.date(2017, 12, 21)


def _days(text: str, ref: dt.date | None) -> list[tuple[str, str | None, str | None]]:
    return [(text[d.start:d.end], d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_night_before_last_is_the_two_days_before() -> None:
    text = "أصيب 25 آخرون في ضربات جوية في بلدة بمعقل المعارضة في إدلب الليلة قبل الماضية ."
    assert _days(text, REF) == [("الليلة قبل الماضية", "2017-12-19", "2017-12-20")]
    assert _days("قصفت الطائرات البلدة الليلة ما قبل الماضية", REF) == [
        ("الليلة ما قبل الماضية", "2017-12-19", "2017-12-20")]


def test_last_night_and_tonight_unchanged() -> None:
    assert _days("قصفت الطائرات البلدة الليلة الماضية", REF) == [("الليلة الماضية", "2017-12-20", "2017-12-21")]
    assert _days("تعقد الجلسة الليلة", REF) == [("الليلة", "2017-12-21", "2017-12-21")]


def test_night_before_last_pins_no_publication_day() -> None:
    cues = relative_anchor("قصفت الطائرات البلدة الليلة قبل الماضية")
    assert [(c.surface, c.offset_days) for c in cues] == [("الليلة قبل الماضية", None)]
