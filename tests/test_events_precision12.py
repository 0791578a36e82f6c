"""Events round 12 (breadth, set I): a byline date in the English order with an Arabic month
("نشر في : نوفمبر 14 , 2017"); page dates in URL forms not read before (a day-month slug, a query
field, an Arabic slug, "/2017/0909/"); an analyst's "يرى ... أن" reading is no told happening; a
protest that goes out ("خرجت مظاهرات طالبت بخروج مقاتلي ...") is no withdrawal; a weapon set up
("نصبت مدفعية ثقيلة") is no strike. Hand-written sentences in the corpus's style, each with its twin."""

from __future__ import annotations

import datetime as dt

import pytest
from test_events import actual_events
from test_events_precision9 import _run

from rasd.text.dates import find_dates, infer_published, url_date

# --------------------------------------------------------------------------- a byline's date


@pytest.mark.parametrize("text, iso", [
    pytest.param("ملخص اليوم نشر في : نوفمبر 14 , 2017 9 : 59 م تعرضت بلدة", "2017-11-14",
                 id="month-first-after-a-label-colon"),
    pytest.param("Ar Raqqah , Syria الأحد , يناير 21 , 2018 Sign in Welcome", None,
                 id="a-crawl-time-header-bar-is-no-date"),
    pytest.param("وفي نوفمبر 14 , 2017 قتل", None, id="month-first-in-running-text-is-no-date"),
])
def test_a_month_first_byline(text: str, iso: str | None) -> None:
    got = [d.date_start for d in find_dates(text) if d.precision == "day"]
    assert got == ([iso] if iso else [])


def test_the_byline_dates_the_page() -> None:
    pub = infer_published("ملخص حلب اليومي نشر في : نوفمبر 14 , 2017 9 : 59 م تعرضت بلدة قبتان الجبل لقصف مدفعي")
    assert pub.date == "2017-11-14"


# --------------------------------------------------------------------------- URL dates


@pytest.mark.parametrize("url, day", [
    pytest.param("https://isis.liveuamap.com/ar/2017/21-august-civilians-fired-on", dt.date(2017, 8, 21),
                 id="a-year-folder-and-a-day-month-slug"),
    pytest.param("https://isis.liveuamap.com/ar/2017/21-civilians-fired-on", None, id="a-number-without-a-month"),
    pytest.param("http://www.example.com/annahar/Default.aspx?date=15082016", dt.date(2016, 8, 15),
                 id="a-date-query-field"),
    pytest.param("http://www.example.com/news/view.aspx?id=15082016", None, id="another-query-field"),
    pytest.param("http://example.net/%D8%A3%D8%AD%D8%AF%D8%A7%D8%AB-04-%D8%AA%D8%B4%D8%B1%D9%8A%D9%86-"
                 "%D8%A7%D9%84%D8%AB%D8%A7%D9%86%D9%8A-2017/", dt.date(2017, 11, 4), id="an-arabic-slug"),
    pytest.param("http://example.net/%D8%A3%D8%AD%D8%AF%D8%A7%D8%AB-04-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-2017/", None,
                 id="an-arabic-slug-without-a-month"),
    pytest.param("http://arabic.example.cn/n3/2017/0909/c31662-9266724.html", dt.date(2017, 9, 9),
                 id="a-year-folder-then-month-and-day"),
])
def test_url_dates(url: str, day: dt.date | None) -> None:
    got = url_date(url)
    assert (got[0] if got else None) == day


# --------------------------------------------------------------------------- an analyst's reading


@pytest.mark.parametrize("text, n", [
    pytest.param("ويرى المحلل أن الغارات الجوية على مدينة دوما أسفرت عن مقتل 5 مدنيين .", 0,
                 id="inside-an-analysts-reading"),
    pytest.param("وقال المرصد إن الغارات الجوية على مدينة دوما أسفرت عن مقتل 5 مدنيين .", 1,
                 id="told-by-a-source"),
])
def test_an_analysts_reading(text: str, n: int) -> None:
    assert len(actual_events(_run(text, published="2017-10-27"))) == n


# --------------------------------------------------------------------------- a protest goes out


@pytest.mark.parametrize("text, types", [
    pytest.param('وتجددت الخلافات في مدينة دوما , وخرجت مظاهرات طالبت بخروج مقاتلي " جيش الإسلام " من المدينة .',
                 ["Protests"], id="demonstrations-go-out"),
    pytest.param('وتجددت الخلافات في مدينة دوما , وخرج مقاتلو " جيش الإسلام " من المدينة .',
                 ["Strategic developments"], id="fighters-go-out"),
    pytest.param("وأطلق عناصر جيش الإسلام النار على متظاهرين في مدينة دوما خرجوا ضد دخول الأرتال العسكرية .",
                 ["Protests"], id="protesters-who-went-out"),
])
def test_a_protest_that_goes_out(text: str, types: list[str]) -> None:
    a = _run(text, published="2017-10-27")
    assert sorted(e.event_type for e in actual_events(a)) == types


# --------------------------------------------------------------------------- a weapon set up


@pytest.mark.parametrize("text, n", [
    pytest.param("نصبت قوات النظام مدفعية ثقيلة في مدينة دوما ووجهتها باتجاه القرى المجاورة .", 0,
                 id="artillery-set-up"),
    pytest.param("قصفت قوات النظام مدينة دوما بالمدفعية الثقيلة .", 1, id="artillery-fired"),
])
def test_a_weapon_set_up(text: str, n: int) -> None:
    assert len(actual_events(_run(text, published="2017-10-27"))) == n


# --------------------------------------------------------------------------- a capital acting


@pytest.mark.parametrize("text, place", [
    pytest.param('من جهة أخرى , عقدت دمشق اتفاقا مع فصيل " جيش الإسلام " يسمح بإجلاء الحالات الحرجة من مدينة دوما .',
                 "douma", id="the-capital-makes-the-deal"),
    pytest.param("من جهة أخرى , عقد جيش الإسلام اتفاقا في دمشق يسمح بإجلاء الحالات الحرجة .", "damascus",
                 id="the-deal-is-made-in-the-capital"),
])
def test_a_capital_acting_is_its_government(text: str, place: str) -> None:
    a = _run(text, published="2017-12-27")
    assert [e.location for e in actual_events(a)] == [place]
