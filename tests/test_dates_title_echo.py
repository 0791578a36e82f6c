"""An article's date printed right after its headline's echo: the page's first line is its HTML
title ("<title> | <site>"), the headline comes back under the site's navigation with the date
glued to it ("<title> 04 سبتمبر 2014 <lead>"). Only on a news report whose lead names the day
("اليوم الأحد", "أمس السبت") in agreement with that date: an analysis or a year's review tells
months-old happenings that a publication date would turn into the week's news."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.text.dates import infer_published

TODAY = dt.date(2018, 6, 1)
TITLE = "جسور المدينة السبعة شرايين الحياة المقطوعة"


def _pub(text: str, url: str | None = None) -> tuple[str, str, str]:
    p = infer_published(text, today=TODAY, url=url)
    return p.date, p.precision, p.method


@pytest.mark.parametrize("date_text, iso, day", [
    ("04 سبتمبر 2014", "2014-09-04", "اليوم الخميس"),
    ("الجمعة 08 كانون أول / ديسمبر 2017", "2017-12-08", "اليوم الجمعة"),
    ("18 / 12 / 2017", "2017-12-18", "اليوم الاثنين"),
    ("2017 - 11 - 06", "2017-11-06", "أمس الأحد"),
    ("23 يوليو , 2017", "2017-07-23", "أمس السبت"),
])
def test_date_after_the_headline_echo(date_text: str, iso: str, day: str) -> None:
    text = (f"{TITLE} | موقع الأخبار القائمة استمارة البحث ابحث {TITLE} {date_text} "
            f"قصفت قوات النظام {day} أحياء المدينة المحاصرة منذ عامين .\n"
            "وقال ناشطون إن القصف لم يتوقف .")
    assert _pub(text) == (iso, "day", "printed")


def test_dash_separated_title_and_site_bar() -> None:
    text = (f"{TITLE} - الصوت السوري الأحد 21 كانون الثاني 2018 بريد الموقع {TITLE} 13 يونيو , 2017 "
            "أطلق ناشطون اليوم الثلاثاء حملة إعلامية لتسليط الضوء على معاناة المدنيين .")
    assert _pub(text)[0] == "2017-06-13"


NOT_THE_PAGE_DATE = [
    # the headline is never printed again: a date elsewhere in the head is no header date
    pytest.param(f"{TITLE} | موقع الأخبار القائمة 04 سبتمبر 2014 قصفت قوات النظام اليوم الخميس المدينة .",
                 id="no-echo"),
    # an issue number is no headline (fewer than three words)
    pytest.param("العدد : 14548 | صحيفة الخليج العدد : 14548 الأحد 21 يناير 2018 م قال مصدر إن القصف توقف .",
                 id="issue-number"),
    # a section page: its heading, a list separator, then its first item's date
    pytest.param("قسم العلوم المصرفية والمالية | كلية الإدارة قسم العلوم المصرفية والمالية , , , , 2018 / 01 / 15 "
                 "تعلن الكلية عن المؤتمر , , , , 2018 / 01 / 14 باشر الطلبة الامتحانات .", id="section-listing"),
    # the headline comes back twice with two different dates: undecided
    pytest.param(f"{TITLE} | موقع الأخبار {TITLE} 04 سبتمبر 2014 قصفت قوات النظام اليوم الخميس "
                 f"المدينة . اقرأ أيضا {TITLE} 12 مايو 2015 نص آخر .",
                 id="two-days"),
    # an analysis: no day named in its lead (its happenings are months old)
    pytest.param(f"{TITLE} | موقع الأخبار {TITLE} 20 فبراير 2016 في 30 من شهر سبتمبر 2015 بدأ سلاح الجو "
                 "الروسي بتوجيه ضربات جوية .", id="analysis-no-day"),
    # the lead's "اليوم الأحد" disagrees with the date (4 September 2014 was a Thursday)
    pytest.param(f"{TITLE} | موقع الأخبار {TITLE} 04 سبتمبر 2014 قصفت قوات النظام اليوم الأحد المدينة .",
                 id="weekday-disagrees"),
    # a date in the future of the page's crawl
    pytest.param(f"{TITLE} | موقع الأخبار {TITLE} 04 سبتمبر 2019 قصفت قوات النظام اليوم الأربعاء المدينة .",
                 id="future"),
]


@pytest.mark.parametrize("text", NOT_THE_PAGE_DATE)
def test_not_a_header_date(text: str) -> None:
    assert infer_published(text, today=TODAY).date is None or _pub(text)[2] != "printed"


def test_url_date_vetoes_the_echo_date() -> None:
    text = f"{TITLE} | موقع الأخبار {TITLE} 04 سبتمبر 2014 قصفت قوات النظام اليوم الخميس المدينة ."
    assert _pub(text)[0] == "2014-09-04"
    assert _pub(text, "https://example.org/2016/05/02/slug/")[0] != "2014-09-04"
