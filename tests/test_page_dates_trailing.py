"""A listing whose stamps close their items (turess's city pages, Panet's category pages): each stamp
dates the teaser before it, not the one after (page_dates.trailing_posts)."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text
from test_page_dates_posts import TAG_PAGE

from rasd.extract import page_dates

# turess.com's Sanaa listing (R-304.json#article-1, shortened): each teaser, cut off at "( . . . )", then
# its stamp; the first teaser has none before it, the last stamp ends the listing. The weekdays the
# teasers call today are those of the stamps after them (Thursday 11 Jan, Tuesday 2 Jan, Friday 22 Dec).
TURESS = (
    "تورس : أخبار صنعاء أخبار صنعاء أفادت مصادر في صنعاء أن ميليشيا الحوثي اقتحمت الجمعة منزل الفريق علي "
    "محسن الأحمر .\nوأوضح مقربون من ميليشيات الحوثي أن اختطاف ( . . . ) 14 - 01 - 2018 نشرت تقارير صحفية "
    "سعودية ويمنية عديدة , اليوم الخميس , صورا لأول ظهور لطارق صالح .\nونشرت صحيفة \" الرياض \" السعودية "
    "( . . . ) 11 - 01 - 2018 وصل اللواء , علي صالح الأحمر , فجر اليوم الثلاثاء , مدينة عتق , شرقي البلاد .\n"
    "وقال ( . . . ) 02 - 01 - 2018 دارت مواجهات بين مجاميع موالية لقوات الرئيس اليمني عبدربه منصور هادي "
    ", المدعومة بالتحالف العربي , ومسلحي جماعة أنصار الله \" الحوثيين \" في محافظة تعز جنوب غربي اليمن , "
    "بالتزامن مع مواجهات أخرى في محافظة الضالع وسط اليمن .\nوأفاد مصدر محلي ( . . . ) "
    "25 - 12 - 2017 وصل اليوم الجمعة 22 فردا من عائلة الرئيس اليمني الراحل علي عبد الله صالح إلى سلطنة عمان .\n"
    "وقالت وكالة الأنباء العمانية ( . . . ) 22 - 12 - 2017 قالت مصادر قبلية باليمن , اليوم الخميس , إن "
    "المسؤول عن الدعاية الإعلامية لتنظيم القاعدة قتل في غارة نفذتها طائرة أميركية من دون طيار في مأرب .\n"
    "وقالت المصادر لوكالة \" فرانس برس \" إن أبو هاجر ( . . . ) 21 - 12 - 2017 إعلان"
)


def _posts(text: str) -> tuple[list[tuple[int, dt.date | None]], list[tuple[int, dt.date | None]] | None]:
    dates = page_dates.find_page_dates(text, None, [])
    posts = page_dates.post_stamps(text, dates, ())
    return posts, page_dates.trailing_posts(text, dates, posts)


def test_a_stamp_closing_its_teaser_dates_that_teaser() -> None:
    posts, trailing = _posts(TURESS)
    assert len(posts) == 6 and trailing is not None
    assert page_dates.post_day(trailing, TURESS.index("دارت مواجهات")) == dt.date(2017, 12, 25)
    assert page_dates.post_day(trailing, TURESS.index("طائرة أميركية")) == dt.date(2017, 12, 21)
    # the advert after the last stamp is no one's item
    assert page_dates.post_day(trailing, TURESS.index("إعلان")) is None


def test_events_of_a_trailing_listing_take_the_stamp_after_them() -> None:
    a = analyse_text(TURESS)
    # (read as opening their posts, the clashes took the Ali Saleh item's 2 Jan); the Houthis' storming of a
    # house, an event since the KB knows the Houthis (session 30), takes the first stamp after it (14 Jan: Friday 12)
    # (this test is about the dates; the storming's type is the types layer's)
    assert {(e.trigger, e.date_start, e.date_end) for e in actual_events_of(a, "Battles")} == {
        ("مواجهات", "2017-12-24", "2017-12-25"), ("اقتحمت", "2018-01-12", "2018-01-12")}
    assert {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")} \
        == {("2017-12-21", "2017-12-21")}


def test_stamps_heading_their_posts_are_kept() -> None:
    # its last post a report after its stamp, its "اليوم السبت" / "اليوم الثلاثاء" those of the stamps before
    posts, trailing = _posts(TAG_PAGE)
    assert len(posts) == 2 and trailing is None
    # not even without the full stop: the weekdays its posts call today are their own stamps'
    posts, trailing = _posts(TAG_PAGE.rstrip(" ."))
    assert len(posts) == 2 and trailing is None
