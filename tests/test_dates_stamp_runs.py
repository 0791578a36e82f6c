"""Session 34 (evdate5): a run of related posts' stamps glued to the page's head ("| شبكة الأخبار 14 / 3 / 2017
14 / 3 / 2017 13 / 3 / 2017 ... 2 / 2 / 2017 عناصر من ..."): the page lost the posts' titles and kept their dates
in a row. Such a run tells when other posts were published, not when a happening of the page was: neither the
sentence it stands in (``dates._find_date``) nor the sentence after it (``dates._borrow_date``) takes a day from it
(``dates.stamp_runs``, kept in ``ctx.stamp_runs``). The page's own undated "اليوم الاثنين" leaves its events
unknown. Hand-written text in the corpus's pre-tokenised style, with twins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.extract.events.dates import stamp_runs
from rasd.text.dates import find_dates

RUN = "14 / 3 / 2017 14 / 3 / 2017 13 / 3 / 2017 11 / 3 / 2017 2 / 2 / 2017 2 / 2 / 2017 "
HEAD = "القوات تسيطر على قرية تل مصطفى بريف حلب | شبكة الأخبار "
LEAD = ("عناصر من القوات قرب حلب - أرشيفية سيطرت قوات سوريا الديمقراطية , {} , على قرية تل مصطفى شرق مدينة حلب "
        "من قبضة تنظيم داعش في ظل تواصل الاشتباكات العنيفة بين الطرفين في القرى المتبقية تحت سيطرة التنظيم .\n"
        "وأعلنت القوات عبر موقعها سيطرتها على القرية بالكامل , بعد اشتباكات مع عناصر التنظيم , مشيرة إلى مقتل 12 عنصرا .\n")


def _battle_dates(text: str) -> set[tuple[str, str]]:
    a = analyse_text(text, "unknown", stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Battles")}


def test_a_run_of_post_stamps_dates_no_happening() -> None:
    dates = _battle_dates(HEAD + RUN + LEAD.format("اليوم الاثنين"))
    assert dates == {("unknown", "unknown")}


def test_a_day_the_lead_tells_still_dates_it_after_the_run() -> None:
    # twin: the lead gives its own full day: that day dates the takeover, the run of stamps before it nothing
    dates = _battle_dates(HEAD + RUN + LEAD.format("يوم الأحد 12 / 3 / 2017"))
    assert dates == {("2017-03-12", "2017-03-12")}


def test_stamp_runs_needs_three_days_in_a_row() -> None:
    text = "شبكة الأخبار " + RUN + "عناصر من القوات"
    runs = stamp_runs(text, find_dates(text))
    assert len(runs) == 1 and text[runs[0][0]:runs[0][1]] == RUN.strip()
    # twin: days with words between them are a chronicle's, and two days in a row are no run
    told = "في 14 / 3 / 2017 سيطرت القوات , وفي 13 / 3 / 2017 انسحبت , ثم في 11 / 3 / 2017 عادت ."
    assert stamp_runs(told, find_dates(told)) == []
    two = "شبكة الأخبار 14 / 3 / 2017 13 / 3 / 2017 عناصر من القوات"
    assert stamp_runs(two, find_dates(two)) == []
