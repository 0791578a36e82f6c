"""Session 16 (helper "threads"): forum threads whose posts carry stamps the post cutter did not know.
Forum software prints a clockless date with the post's number beside it (XenForo's "ahmad , 4 ديسمبر 2013
# 1", vBulletin's "# 3 12 - 05 - 2014", a skin's "رقم المشاركة : 5"), and names the last two days
"اليوم" / "أمس" with the clock where older posts print their date (vBulletin's "Yestoday" setting:
"اليوم , 09 : 10 PM" under "05 - 12 - 2013 , 08 : 30 AM"). The numbered stamps open dated posts; a relative
stamp opens a post whose day the page does not give: its events stay undated, never the post before's
day nor the page's. Hand-written texts in the corpus's pre-tokenised style, each with negative twins."""

from __future__ import annotations

import datetime as dt

import pytest
from analysed import actual_dates_at, posts_of
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "al-rai": ("الراعي", "al-Rai", 36.540, 37.530, "town", "Aleppo"),
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
    "tadef": ("تادف", "Tadef", 36.350, 37.530, "town", "Aleppo"),
}


def _run(text: str, published: str = "unknown") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, None, syrian=True)


HEAD = "الثورة السورية - متابعة يومية - منتدى الحوار\n"
XENFORO = (HEAD + "ahmad , 4 ديسمبر 2013 # 1\nقصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
           "sami , 6 ديسمبر 2013 # 2\nقصفت المدفعية , أمس , قرية برات بريف حلب .")
NUMBER_BEFORE = (HEAD + "# 1 04 - 12 - 2013\nقصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
                 "# 2 06 - 12 - 2013\nقصفت المدفعية , أمس , قرية برات بريف حلب .")
LABELLED = (HEAD + "ahmad 04 - 12 - 2013 رقم المشاركة : 1\nقصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
            "sami 06 - 12 - 2013 رقم المشاركة : 2\nقصفت المدفعية , أمس , قرية برات بريف حلب .")
VBULLETIN = (HEAD + "04 - 12 - 2013 , 10 : 15 PM # 1\nقصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
             "05 - 12 - 2013 , 08 : 30 AM # 2\nقصفت المدفعية قرية برات بريف حلب .\n"
             "اليوم , 09 : 10 PM # 3\nقصفت المدفعية , أمس , بلدة تادف بريف حلب .")


@pytest.mark.parametrize("text, first", [
    pytest.param(XENFORO, ("4", dt.date(2013, 12, 4)), id="xenforo name, date, number"),
    pytest.param(NUMBER_BEFORE, ("#", dt.date(2013, 12, 4)), id="number before the date"),
    pytest.param(LABELLED, ("04", dt.date(2013, 12, 4)), id="labelled post number after a name"),
])
def test_numbered_clockless_stamps_open_posts(text: str, first: tuple[str, dt.date]) -> None:
    posts = posts_of(text)
    assert len(posts) == 2
    at, day = posts[0]
    assert (text[at:].split()[0], day) == first
    assert posts[1][1] == dt.date(2013, 12, 6)


@pytest.mark.parametrize("text", [XENFORO, NUMBER_BEFORE, LABELLED])
def test_a_numbered_post_dates_its_events(text: str) -> None:
    a = _run(text)
    assert actual_dates_at(a, "barat") == {("2013-12-05", "2013-12-05")}     # "أمس" under the 6 December post


@pytest.mark.parametrize("text", [
    pytest.param(HEAD + "ahmad , 4 ديسمبر 2013 # 1\nقصفت الطائرات الحربية بلدة الراعي .\n"
                 "sami , 4 ديسمبر 2013 # 2\nقصفت المدفعية قرية برات .", id="one day twice"),
    pytest.param(HEAD + "قصفت الطائرات بلدة الراعي في 4 ديسمبر 2013 # تصوير : أحمد\n"
                 "وقصفت المدفعية قرية برات في 6 ديسمبر 2013 # الراعي", id="hashtags, no numbers"),
    pytest.param(HEAD + "قصفت الطائرات بلدة الراعي في 4 ديسمبر 2013 .\nوقصفت المدفعية قرية برات في 6 ديسمبر 2013 .",
                 id="dates in sentences"),
])
def test_no_numbered_stamps(text: str) -> None:
    assert page_dates.numbered_stamps(text, page_dates.find_page_dates(text, None, [])) == []


def test_relative_stamp_opens_an_undated_post() -> None:
    posts = posts_of(VBULLETIN)
    assert [day for _at, day in posts] == [dt.date(2013, 12, 4), dt.date(2013, 12, 5), None]
    at = posts[2][0]
    assert VBULLETIN[at:].split()[0] == "اليوم"


@pytest.mark.parametrize("text", [
    pytest.param(VBULLETIN, id="yesterday of an undated post"),
    pytest.param(VBULLETIN.replace("قصفت المدفعية , أمس , بلدة تادف", "قصفت المدفعية بلدة تادف"), id="no date told"),
])
def test_relative_post_events_take_no_date(text: str) -> None:
    a = _run(text, "2013-12-20")
    # its own post's day or the day before (a post told as its day's news: events.dates.post_story_days)
    assert actual_dates_at(a, "barat") == {("2013-12-04", "2013-12-05")}
    # neither the day before the page's date, nor the post before's day: a day the page does not give
    assert actual_dates_at(a, "tadef") == {("unknown", "unknown")}


@pytest.mark.parametrize("text", [
    pytest.param(VBULLETIN.replace("اليوم , 09 : 10 PM # 3", "وقال مراسلنا صباح اليوم , 09 : 10 PM # 3"),
                 id="a sentence's today"),
    pytest.param(VBULLETIN.replace("اليوم , 09 : 10 PM", "اليوم 21 : 10"), id="another clock shape"),
])
def test_no_relative_stamp(text: str) -> None:
    assert None not in [day for _at, day in posts_of(text)]


XENFORO_RECENT = (XENFORO + "\nali , أمس الساعة 08 : 30 ص # 3\nقصفت المدفعية , أمس , بلدة تادف بريف حلب .\n"
                  "omar , منذ 5 دقائق # 4\nقصفت الطائرات الحربية بلدة تادف بريف حلب .")


def test_recent_numbered_posts_are_undated_posts() -> None:
    posts = posts_of(XENFORO_RECENT)
    assert [day for _at, day in posts] == [dt.date(2013, 12, 4), dt.date(2013, 12, 6), None, None]
    assert [XENFORO_RECENT[at:].split()[0] for at, _day in posts[2:]] == ["أمس", "منذ"]
    a = _run(XENFORO_RECENT, "2013-12-20")
    assert actual_dates_at(a, "barat") == {("2013-12-05", "2013-12-05")}
    assert actual_dates_at(a, "tadef") <= {("unknown", "unknown")}


def test_a_sentence_with_an_age_is_no_stamp() -> None:
    text = XENFORO + "\nوقالت الشبكة إن الطائرات قصفت بلدة تادف منذ 5 دقائق # عاجل"
    assert None not in [day for _at, day in posts_of(text)]


@pytest.mark.parametrize("text, first", [
    pytest.param(HEAD + "بواسطة أبو محمد الحلبي » 4 ديسمبر 2013\nقصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
                 "بواسطة sami » 6 ديسمبر 2013\nقصفت المدفعية , أمس , قرية برات بريف حلب .", "بواسطة", id="phpbb byline"),
    pytest.param(HEAD + "كتب ahmad في 4 ديسمبر 2013 قصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
                 "كتب sami في 6 ديسمبر 2013 قصفت المدفعية , أمس , قرية برات بريف حلب .", "كتب", id="comment byline"),
    pytest.param(HEAD + "@ ahmad · 4 ديسمبر 2013 قصفت الطائرات الحربية مواقع في بلدة الراعي بريف حلب .\n"
                 "@ sami · 6 ديسمبر 2013 قصفت المدفعية , أمس , قرية برات بريف حلب .", "@", id="tweet handle"),
])
def test_byline_stamps_open_posts(text: str, first: str) -> None:
    posts = posts_of(text)
    assert [day for _at, day in posts] == [dt.date(2013, 12, 4), dt.date(2013, 12, 6)]
    assert text[posts[0][0]:].split()[0] == first
    assert actual_dates_at(_run(text), "barat") == {("2013-12-05", "2013-12-05")}


@pytest.mark.parametrize("text", [
    pytest.param(HEAD + "وقال ahmad في 4 ديسمبر 2013 إن الطائرات قصفت بلدة الراعي .\n"
                 "وقال sami في 6 ديسمبر 2013 إن المدفعية قصفت قرية برات .", id="a speech verb is no byline"),
    pytest.param(HEAD + "كتب الرئيس الأمريكي السابق باراك أوباما في 4 ديسمبر 2013 مقالا .\n"
                 "كتب الكاتب الصحفي المعروف أحمد علي في 6 ديسمبر 2013 مقالا .", id="a name too long for a byline"),
])
def test_no_byline_stamps(text: str) -> None:
    assert posts_of(text) == []
