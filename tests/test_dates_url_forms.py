"""URL date forms read by ``url_date`` beyond year-first folders: a day-then-slug run, a whole
day-month-year folder, a month-name-day folder under a year, a Unix-time article id and a
day-month-year run. Each is validated (a real day, 1990 to today) so an id that only looks like
a date stays undated. Hosts are placeholders; the shapes are those the unifiedfc corpus holds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.text.dates import infer_published, url_date


@pytest.mark.parametrize("url, want", [
    # year-month-day, a dash, then the title (percent-encoded or not)
    ("http://www.example.com/ar/20171227-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7", dt.date(2017, 12, 27)),
    ("http://example.com/articles/20150226-title-words", dt.date(2015, 2, 26)),
    ("http://example.com/ar/20171327-title", None),              # no 13th month
    ("http://example.com/ar/20991227-title", None),              # after today
    ("http://example.com/ar/20171227-5", None),                  # a dash before a number: an id
    # a whole folder day-month-year
    ("http://example.club/news/490/1-11-2017/title", dt.date(2017, 11, 1)),
    ("http://example.club/news/13/10-9-2017", dt.date(2017, 9, 10)),
    ("http://example.org/news/31-2-2017/title", None),            # no 31 February
    ("http://example.org/report-of-events-10-9-2015_ad-id!339576.ks", None),  # a slug's tail
    # a year (archive) folder, then month name and day
    ("https://www.example.com/arch_2017/Oct-17/ar3.php", dt.date(2017, 10, 17)),
    ("http://www.example.com/arch_2016/jan-3/ar4.php", dt.date(2016, 1, 3)),
    ("http://www.example.com/arch_2016/foo-3/ar4.php", None),     # not a month
    ("http://www.example.com/arch_2016/feb-30/ar4.php", None),
    # an article id that is Unix time in 100 ns steps (UTC day)
    ("http://example.net/articles/1514118916481086400/title/", dt.date(2017, 12, 24)),
    ("http://www.example.com/articles/1512234386219430000/", dt.date(2017, 12, 2)),
    ("http://example.net/articles/1514118916481086401/", None),   # not at 100 ns steps
    ("http://example.net/status/1514118916481086400", None),      # not an article folder
    ("http://example.net/articles/9914118916481086400/", None),   # after today
    # day-month-year run together, alone, before a short counter, or in a slug
    ("https://www.example.tv/arabic/news/arab-world/27122017", dt.date(2017, 12, 27)),
    ("https://www.example.tv/arabic/news/arab-world/2712201712", dt.date(2017, 12, 27)),
    ("http://www.example.org/ar/15122015441", dt.date(2015, 12, 15)),
    ("http://www.example.org.uk/title-words-13122017_ad-id!414590.ks", dt.date(2017, 12, 13)),
    ("http://example.net/smeintheforeignpress04122017/", dt.date(2017, 12, 4)),
    ("http://example.net/news/31022017", None),                   # no 31 February
    ("http://example.net/news/2712201712345", None),              # a longer number is an id
    ("http://example.net/news/20171227", None),                   # year first is no day-first run
    ("http://example.net/news/27121985", None),                   # before 1990
])
def test_more_url_forms(url: str, want: dt.date | None) -> None:
    assert url_date(url) == ((want, "day") if want else None)


def test_existing_forms_keep_their_reading() -> None:
    # the year-first folder still wins over a later run of digits
    assert url_date("http://example.com/2016/3/5/27122017") == (dt.date(2016, 3, 5), "day")
    assert url_date("https://example.com/world/201712211028626837-title/") == (dt.date(2017, 12, 21), "day")


def test_a_new_url_form_vetoes_a_ticker_stamp() -> None:
    para = ("وقال مصدر محلي إن الاشتباكات استمرت حتى ساعات المساء في محيط البلدة وسط نزوح عشرات العائلات "
            "نحو القرى المجاورة , فيما لم تصدر أي جهة رسمية بيانا حول الحصيلة . ") * 4
    body = "عنوان الخبر - اسم الموقع الأحد , 6 آذار 2016 09 : 44 ص عنوان الخبر " + para
    today = dt.date(2018, 2, 1)
    assert infer_published(body, None, today=today).date == "2016-03-06"
    assert infer_published(body, None, today=today, url="http://example.com/ar/20150805-title").date == "unknown"
    assert infer_published(body, None, today=today, url="http://example.com/ar/20160305-title").date == "2016-03-06"
    assert infer_published(body, None, today=today, url="http://example.club/news/1/5-3-2016/t").date == "2016-03-06"


@pytest.mark.parametrize("url, want", [
    ("http://www.example.org/arabic/news/topstory.asp?month=1&year=2014", (dt.date(2014, 1, 1), "month")),
    ("http://www.example.org/news/list.asp?year=2015&month=09", (dt.date(2015, 9, 1), "month")),
    ("http://www.example.org/news/list.asp?month=13&year=2015", None),    # no 13th month
    ("http://www.example.org/news/list.asp?month=5", None),               # no year
    ("http://www.example.org/details.php?id=50933&y=2014", None),         # a year alone
    ("http://www.example.org/list.asp?month=5&year=2099", None),          # after today
])
def test_month_archive_query(url: str, want: tuple[dt.date, str] | None) -> None:
    assert url_date(url) == want


@pytest.mark.parametrize(("url", "want"), [
    # no year in the URL: no date (the quick check before the forms)
    ("https://www.enabbaladi.net/archives/197430", None),
    ("https://arabic.rt.com/middle_east/920846-%D8%BA%D8%A7%D8%B1%D8%A7%D8%AA/", None),
    # the forms without a plain year still read: an epoch id, a year spelt in percent-escapes
    ("https://alkhaleejonline.net/articles/1514118916481086400/", (dt.date(2017, 12, 24), "day")),
    ("https://example.org/news/%D8%A3%D8%AD%D8%AF%D8%A7%D8%AB-%D8%A7%D9%84%D8%B3%D8%A8%D8%AA-04-%D8%AA%D8%B4%D8%B1"
     "%D9%8A%D9%86-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A-%32%30%31%37/", (dt.date(2017, 11, 4), "day")),
])
def test_urls_without_a_year(url: str, want: tuple[dt.date, str] | None) -> None:
    assert url_date(url) == want
