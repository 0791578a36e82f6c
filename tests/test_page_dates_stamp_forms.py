"""Post stamps in forms the listing machinery did not read (issue #4, dates): a listing whose numeric stamps
are written month first ("7 / 30 / 2016 3 : 47 : 00 PM", a US-built site's or a forum's default), and a live
blog whose stamps print the clock before the date ("20 : 40 08 / 12 / 2017 قال الرئيس ..."). Each post's
dates then count from its own stamp (``dates_by_post``). Excerpts of unifiedfc pages, each with its twin."""

from __future__ import annotations

import datetime as dt

from rasd.extract.events.lexicons import lexicon
from rasd.extract.page_dates import dates_by_post, find_page_dates, post_stamps

# an opinion site's listing of posts (stamps month / day / year, 12-hour clock)
LISTING = ("8 / 5 / 2016 5 : 00 : 00 PM قناعة شبه راسخة تتمل ك مراقبين للشأن السياسي الفرنسي , ممن يجزمون بأن "
           "الملف الأمني سيكون محور حملة الانتخابات الرئاسية المقررة العام المقبل .\n"
           "8 / 1 / 2016 12 : 15 : 00 PM لا يخفى على أحد حجم الخلافات السياسية التي يشهدها العراق الشعبي والرسمي .\n"
           "7 / 30 / 2016 3 : 47 : 00 PM استهجن ناشطون تصريح رئيس وكالة المخابرات المركزية الأمريكية , جون برينان , "
           "أمس , بأن سوريا لا يمكن عودتها موحدة مرة أخرى .\n")
# a live blog on Jerusalem (clock, then date)
LIVE = ("كل ما تريد معرفته منذ إعلان ترامب القدس عاصمة لإسرائيل 20 : 40 09 / 12 / 2017 قال الرئيس الفلسطيني محمود "
        "عباس يوم الجمعة , إن الولايات المتحدة لم تعد مؤهلة لرعاية عملية السلام .\n"
        "16 : 45 08 / 12 / 2017 قتل فلسطينيان وأصيب المئات في مواجهات في القدس ورام الله وبيت لحم اليوم .\n")


def _days(text: str) -> dict[str, str | None]:
    return {d.surface: d.date_start for d in find_page_dates(text, None, [])}


def test_month_first_listing_reads_every_stamp_month_first() -> None:
    days = _days(LISTING)
    # "7 / 30 / 2016" can only be month first: the page's "8 / 5 / 2016" is 5 August, not 8 May
    assert days["7 / 30 / 2016"] == "2016-07-30"
    assert days["8 / 5 / 2016"] == "2016-08-05"
    assert days["8 / 1 / 2016"] == "2016-08-01"


def test_month_first_stamps_open_posts_and_date_their_relative_days() -> None:
    dates = find_page_dates(LISTING, None, [])
    posts = post_stamps(LISTING, dates, lexicon().post_labels)
    assert [day for _at, day in posts] == [dt.date(2016, 8, 5), dt.date(2016, 8, 1), dt.date(2016, 7, 30)]
    by_post = dates_by_post(LISTING, dates, posts)
    yesterday = next(d for d in by_post if d.surface == "أمس")
    assert yesterday.date_start == "2016-07-29"      # the day before its own post's stamp
    assert next(d for d in by_post if d.surface == "8 / 5 / 2016").date_start == "2016-08-05"


def test_day_first_page_keeps_day_first() -> None:
    # twin: a page that also writes "30 / 7 / 2016" (only day first) reads "8 / 5 / 2016" as 8 May
    text = LISTING.replace("7 / 30 / 2016", "30 / 7 / 2016")
    days = _days(text)
    assert days["8 / 5 / 2016"] == "2016-05-08"
    assert days["30 / 7 / 2016"] == "2016-07-30"


def test_clock_before_date_stamps_open_posts() -> None:
    dates = find_page_dates(LIVE, None, [])
    posts = post_stamps(LIVE, dates, lexicon().post_labels)
    assert [day for _at, day in posts] == [dt.date(2017, 12, 9), dt.date(2017, 12, 8)]
    assert LIVE[posts[1][0]:].startswith("16 : 45 08 / 12 / 2017")
    today = next(d for d in dates_by_post(LIVE, dates, posts) if d.surface == "اليوم")
    assert today.date_start == "2017-12-08"


def test_dates_in_running_text_without_clocks_are_no_posts() -> None:
    # twin: the same dates told in prose, no clock beside them, open no posts
    text = ("قال الرئيس الفلسطيني محمود عباس في 09 / 12 / 2017 إن الولايات المتحدة لم تعد مؤهلة لرعاية عملية السلام .\n"
            "وقتل فلسطينيان في 08 / 12 / 2017 في مواجهات في القدس .\n")
    assert post_stamps(text, find_page_dates(text, None, []), lexicon().post_labels) == []
