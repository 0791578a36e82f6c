"""Day words the dates layer did not read right (issue #4, DATE_UNRES / DATE_WRONG_ANCHOR): "الليلة
الماضية" is the night before the page's day, which runs past midnight into that day: the two days
(rasd.text.dates); the "then and now" phrase before "اليوم" ("حلب بين الأمس واليوم") is read from
date_words.yaml (not_today_after_phrases) instead of a hard-coded regex. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from rasd.text.dates import _lex, find_dates, relative_anchor


def _days(text: str, ref: dt.date | None) -> list[tuple[str, str | None, str | None]]:
    return [(text[d.start:d.end], d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_past_night_is_the_day_before_and_the_day() -> None:
    ref = dt.date(2017, 11, 15)
    assert _days("قصفت الطائرات البلدة الليلة الماضية", ref) == [("الليلة الماضية", "2017-11-14", "2017-11-15")]
    assert _days("قتل خمسة في قصف الليلة المنصرمة", ref) == [("الليلة المنصرمة", "2017-11-14", "2017-11-15")]
    # undated page: no day
    assert _days("قصفت الطائرات البلدة الليلة الماضية", None) == [("الليلة الماضية", None, None)]


def test_tonight_and_last_night_stay_one_day() -> None:
    # twins: "الليلة" alone is the page's day, "ليلة أمس" the day before
    ref = dt.date(2017, 11, 15)
    assert _days("تعقد الجلسة الليلة", ref) == [("الليلة", "2017-11-15", "2017-11-15")]
    assert _days("قصفت الطائرات البلدة ليلة أمس", ref) == [("ليلة أمس", "2017-11-14", "2017-11-14")]


def test_past_night_pins_no_publication_day() -> None:
    cues = relative_anchor("قصفت الطائرات البلدة الليلة الماضية وأمس الخميس")
    assert [(c.surface, c.offset_days) for c in cues] == [("الليلة الماضية", None), ("أمس الخميس", -1)]


def test_then_and_now_phrase_is_data() -> None:
    # the phrase before "اليوم" comes from date_words.yaml (not_today_after_phrases), with the old
    # behaviour: any whitespace (or none) between its words and before "اليوم"
    pat = _lex().then_and_now
    assert pat is not None
    for text in ("حلب بين الامس و", "حلب بين الامس  و ", "حلب بين الامسو"):
        assert pat.search(text)
    assert not pat.search("قال امس ان")
    assert _days("حلب بين الأمس و اليوم", dt.date(2015, 7, 26)) == []
