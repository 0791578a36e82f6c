"""A listing of cut teasers, each item opened by its stamp set off by a bar ("... والأ 27 - 05 - 2015 | 0 | 0 |
أعلنت حركة ..."), the bar and counters glued to the end of the last item's teaser: every such stamp opens its
item, wherever the line breaks fell, and the item's "اليوم السبت" is its stamp's Saturday, not the Saturday
before the day the listing was viewed. Hand-written texts in the corpus's pre-tokenised style, with twins (no
bar: the stamps stay inside lines; a date told by "في" before a bar is no stamp)."""

from __future__ import annotations

import datetime as dt

from analysed import actual_dates_at, posts_of
from test_events import run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "al-rai": ("الراعي", "al-Rai", 36.540, 37.530, "town", "Aleppo"),
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}

TICKER = ("ملخص\n25 - 05 - 2015 | 0 | 0 | قال مسؤولون اليوم .\n22 - 11 - 2014 | 0 | 0 | أعلن قائد اليوم .\n"
          "وقال المتحدث 06 - 03 - 2015 | 0 | 0 | أعلنت السلطات اليوم .\nوأضاف 27 - 02 - 2015 | 0 | 0 | سيطر "
          "المقاتلون اليوم .\nوقالت 13 - 12 - 2014 | 0 | 0 | أدى انهيار .")
# a listing viewed on 21 January 2018: two items of 2014, the second glued to the first's cut teaser
LISTING = ("الأخبار - الأحد 21 يناير 2018 محتويات\n"
           "06 - 12 - 2014 | 0 | 0 | اقتحم مقاتلو التنظيم فجر اليوم السبت بلدة الراعي وهم يخوضون معارك عنيفة "
           "مع القوات النظامية , بحسب ما ذكر المرصد .\nوأوضح مص 23 - 10 - 2014 | 0 | 0 | قصفت الطائرات الحربية اليوم الخميس "
           "قرية برات بريف حلب .")


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "2018-01-21", None, syrian=True)


def test_a_glued_tickers_barred_stamps_open_its_items() -> None:
    posts = posts_of(TICKER)
    assert [day for _at, day in posts] == [dt.date(2015, 5, 25), dt.date(2014, 11, 22), dt.date(2015, 3, 6),
                                           dt.date(2015, 2, 27), dt.date(2014, 12, 13)]
    # each item opens at its stamp, not at the start of the line the last teaser ends on
    assert all(TICKER[at:].split()[1] == "-" for at, _day in posts)


def test_without_the_bar_the_stamps_inside_lines_open_nothing() -> None:
    assert posts_of(TICKER.replace(" | 0 | 0 |", " ")) == []


def test_a_date_told_before_a_bar_is_no_stamp() -> None:
    told = TICKER.replace("وقال المتحدث 06 - 03 - 2015", "وقال المتحدث في 06 - 03 - 2015")
    assert dt.date(2015, 3, 6) not in {day for _at, day in posts_of(told)}


def test_the_items_today_is_its_stamps_day() -> None:
    a = _run(LISTING)
    assert actual_dates_at(a, "al-rai") == {("2014-12-06", "2014-12-06")}     # "فجر اليوم السبت" of 6 Dec 2014
    assert actual_dates_at(a, "barat") == {("2014-10-23", "2014-10-23")}      # "اليوم الخميس" of 23 Oct 2014
