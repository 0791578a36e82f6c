"""A comparative before an "ago" count bounds it from one side (rasd.text.dates._bounded_ago): "قبل أكثر من
أسبوع" (more than a week ago) is a week back or earlier, never inside the last seven days; "قبل أقل من أسبوع"
is inside them. Before, both were read as an approximate week centred a week back. Sentence from the breadth
set (unifiedfc V-641 #7, a Lebanese Forces press roundup of Mon 6 Mar 2017; al-Bab fell on 23 Feb 2017)."""

from __future__ import annotations

import datetime as dt

from analysed import analyse_text

from rasd.text.dates import find_dates

REF = dt.date(2017, 3, 6)


def _span(text: str) -> tuple[str | None, str | None]:
    (d,) = [d for d in find_dates(text, REF) if d.kind == "relative"]
    return d.date_start, d.date_end


def test_more_than_a_week_ago_ends_a_week_back() -> None:
    assert _span("ومني تنظيم داعش بخسارة ميدانية بارزة قبل أكثر من أسبوع") == ("2017-02-20", "2017-02-27")


def test_less_than_a_week_ago_reaches_the_reference() -> None:
    assert _span("انسحب المقاتلون قبل أقل من أسبوع") == ("2017-02-27", "2017-03-06")


def test_a_plain_or_approximate_count_stays_centred() -> None:
    # twins: "قبل أسبوع" / "قبل نحو أسبوع" name about that day, the week around it (unchanged)
    assert _span("انسحب المقاتلون قبل أسبوع") == ("2017-02-24", "2017-03-02")
    assert _span("انسحب المقاتلون قبل نحو أسبوع") == ("2017-02-24", "2017-03-02")


def test_a_span_keyword_keeps_the_duration() -> None:
    # "على مدار أكثر من عام": a stretch up to the reference, not a time a year back
    (d,) = find_dates("على مدار أكثر من عام", REF)
    assert d.date_end == "2017-03-06"


def test_the_event_takes_the_bounded_range() -> None:
    a = analyse_text("ومني تنظيم داعش بخسارة ميدانية بارزة قبل أكثر من أسبوع مع طرد مقاتليه من مدينة الباب , "
                     "أبرز معاقله في محافظة حلب , والتي سيطرت عليها القوات التركية وفصائل معارضة .",
                     "2017-03-06", stages=None)
    dates = {(e.date_start, e.date_end) for e in a.events}
    assert ("2017-02-20", "2017-02-27") in dates
