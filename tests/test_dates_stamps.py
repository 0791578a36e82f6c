"""Publication dates from date-and-time stamps, split labels, "today" widgets and URL dates.

Hand-written fixtures in the shapes of pre-tokenised scraped pages (spaces around punctuation,
the header glued to the title and the first paragraph).
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.text.dates import infer_published, url_date

TODAY = dt.date(2018, 2, 1)
PARA = ("وقال مصدر محلي إن الاشتباكات استمرت حتى ساعات المساء في محيط البلدة وسط نزوح عشرات العائلات "
        "نحو القرى المجاورة , فيما لم تصدر أي جهة رسمية بيانا حول الحصيلة . ") * 4


def _pub(body: str, url: str | None = None) -> str:
    return infer_published(body, None, today=TODAY, url=url).date or "unknown"


@pytest.mark.parametrize("head, want", [
    # date + "الساعة" + clock right after the title
    ("انتخابات بلدية في المدينة 2016 / 3 / 7 الساعة 10 : 05 ( بتوقيت غرينتش ) ", "2016-03-07"),
    # date | clock, then the source line
    ("العنوان الكامل للخبر هنا 4 آذار 2016 | 08 : 15 المصدر : وكالات ", "2016-03-04"),
    # clock glued to a photo credit, dotted date, then the update stamp of the same day
    ("خبر ما AFP / Someone09 : 12 05 . 03 . 2016 ( محدثة 09 : 40 05 . 03 . 2016 ) ", "2016-03-05"),
    # English month, spaced commas, am/pm
    ("A headline here March 2 , 2016 , 7 : 05 pm ", "2016-03-02"),
    # weekday, date, clock with the Arabic pm mark
    ("الخبر في سطر واحد الأربعاء , 9 مارس 2016 11 : 39 م ", "2016-03-09"),
])
def test_head_stamp(head: str, want: str) -> None:
    assert _pub(head + PARA) == want


def test_update_stamp_only_when_alone() -> None:
    # published and updated on different days: the published stamp
    body = "خبر 21 : 06 27 . 10 . 2016 ( محدثة 08 : 18 28 . 10 . 2016 ) " + PARA
    assert _pub(body) == "2016-10-27"
    body = "خبر ( محدثة 08 : 18 28 . 10 . 2016 ) " + PARA
    assert _pub(body) == "2016-10-28"


def test_foot_stamp() -> None:
    assert _pub("عنوان الخبر\n" + PARA + "\n5 / 3 / 2016 11 : 20") == "2016-03-05"


@pytest.mark.parametrize("body", [
    # an event time in running text: a preposition before the date
    "عنوان قصفت الطائرات البلدة في 3 آذار 2016 الساعة 10 : 30 وقتل خمسة مدنيين " + PARA,
    # a part of the day after the clock (also split by the tokeniser): prose or a live clock
    "عنوان الخبر 3 آذار 2016 الساعة 10 : 30 صباحا " + PARA,
    "موقع الأخبار : : الأحد - 6 آذار 2016 - 8 : 49 صباح ا بتوقيت دمشق " + PARA,
    # a stamp deep in the body (a quoted timeline), not at the head or foot
    PARA + " وجاء في البيان 3 آذار 2016 | 10 : 30 المصدر : وكالات " + PARA,
    # a listing: stamps of different days
    "التصنيف : أخبار March 16 , 2016 08 : 39 PM خبر أول / March 15 , 2016 06 : 34 PM خبر ثان " + PARA,
    # a site-update stamp with a clock
    "تحديث الموقع 2016 / 03 / 06 10 : 00 " + PARA,
    # a date without a clock at the head (a crawl ticker shape): not a stamp
    "آخر الأخبار الأحد 6 آذار 2016 عنوان الخبر " + PARA,
])
def test_not_a_stamp(body: str) -> None:
    assert _pub(body) == "unknown"


def test_url_date_vetoes_a_ticker_stamp() -> None:
    body = "عنوان الخبر - اسم الموقع الأحد , 6 آذار 2016 09 : 44 ص عنوان الخبر " + PARA
    assert _pub(body) == "2016-03-06"
    assert _pub(body, "http://example.com/story/2015/8/5/title/123") == "unknown"
    assert _pub(body, "http://example.com/story/2016/3/5/title/123") == "2016-03-06"


@pytest.mark.parametrize("url, want", [
    (None, "unknown"),                                         # a "today" widget: the crawl time
    ("http://example.com/news/123", "unknown"),                # a URL without a date does not help
    ("http://example.com/2015/11/5643/", "unknown"),           # the URL says another month
    ("http://example.com/arabic/2016/03/5643/", "2016-03-06"),  # the URL's month confirms it
])
def test_today_widget_needs_the_url(url: str | None, want: str) -> None:
    assert _pub("اليوم : 6 آذار , 2016 | | " + PARA, url) == want


def test_today_widget_with_a_clock_needs_the_url() -> None:
    body = "اليوم : الأحد 6 آذار 2016 10 : 00 " + PARA
    assert _pub(body) == "unknown"
    assert _pub(body, "http://example.com/a/2016/3/6/x") == "2016-03-06"


@pytest.mark.parametrize("body, want", [
    # publication labels split by the tokeniser where a diacritic stood
    ("عنوان\n[ ن شرت بتاريخ 2016 / 03 / 04 ] بيروت - " + PARA, "2016-03-04"),
    ("عنوان الخبر تاري خ النشر : 4 / 3 / 2016 " + PARA, "2016-03-04"),
    # a split fragment inside another word is no label ("من شر" is not "ن شر")
    ("عنوان\nحماهم الله من شر في 2016 / 03 / 04 " + PARA, "unknown"),
])
def test_split_labels(body: str, want: str) -> None:
    assert _pub(body) == want


@pytest.mark.parametrize("url, want", [
    ("http://www.example.net/news/arabic/2017/1/15/title", (dt.date(2017, 1, 15), "day")),
    ("https://example.com/world/201712211028626837-title/", (dt.date(2017, 12, 21), "day")),
    ("http://example.cn/2017-11/29/c_136788544.htm", (dt.date(2017, 11, 29), "day")),
    ("https://example.com/article/12/12/2017/title", (dt.date(2017, 12, 12), "day")),
    ("http://example.us/arabic/2017/12/5643/", (dt.date(2017, 12, 1), "month")),
    # a live map's feed day, day.month.year
    ("https://map.example.com/ar/time/26.09.2017", (dt.date(2017, 9, 26), "day")),
    ("https://map.example.com/ar/time/31.02.2017", None),
    ("http://example.com/?p=745982", None),
    ("http://example.com/2017/13/40/x", None),
    (None, None),
])
def test_url_date(url: str | None, want: tuple[dt.date, str] | None) -> None:
    assert url_date(url) == want


def test_a_url_date_rules_out_other_days_and_a_plain_url_rules_out_none() -> None:
    from rasd.text.dates import url_allows

    assert not url_allows(dt.date(2017, 12, 8), "http://example.com/news/2017/11/17/story.html")
    assert url_allows(dt.date(2017, 11, 18), "http://example.com/news/2017/11/17/story.html")
    assert url_allows(dt.date(2017, 12, 8), "http://example.com/news/story-1234.html")
    assert url_allows(dt.date(2017, 12, 8), None)


def test_url_date_vetoes_a_ticker_alone_on_its_line() -> None:
    body = "حمص - نيوز الأحد , 6 آذار 2016 09 : 50 ص\n" + PARA
    assert _pub(body) == "2016-03-06"
    assert _pub(body, "http://example.com/news/2015/12/8/story") == "unknown"
    assert _pub(body, "http://example.com/news/2016/3/6/story") == "2016-03-06"
