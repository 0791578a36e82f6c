"""Events round 10: a bulletin's "ليوم الاثنين 30 - 10 - 2017" and an article's date under a site bar's
clock date an undated page; where a force is stationed is not where its fire lands; "كان يستهدف",
"في جميع معارك", "اقترب من تحريرها" tell no happening; a "بعد أن" clause's date dates what the event
followed; a bare year dates an undated page's background; word lists compared with normalised
tokens are normalised. Hand-written sentences in the corpus's style (pre-tokenised punctuation),
each with its twin."""

from __future__ import annotations

import pytest
from test_events import actual_events
from test_events_precision9 import _run

# --------------------------------------------------------------------------- the page's own day

ITEM = "\nوقال ناشطون إن قوات النظام قصفت بلدة كفربطنا بالمدفعية ."


@pytest.mark.parametrize("head, dates", [
    # (session 20: the bulletin lists that day's happenings, its undated items take the day, not the week up to it)
    pytest.param("موجز أخبار الوضع السوري ليوم الاثنين 30 - 10 - 2017", [("2017-10-30", "2017-10-30")],
                 id="a-bulletin-of-the-day-dates-its-items"),
    pytest.param("موجز أخبار الوضع السوري ليوم الثلاثاء 30 - 10 - 2017", [("unknown", "unknown")],
                 id="a-weekday-that-does-not-agree-dates-nothing"),
    pytest.param("موجز أخبار الوضع السوري 30 - 10 - 2017", [("unknown", "unknown")],
                 id="a-head-date-without-of-the-day-dates-nothing"),
])
def test_a_bulletin_of_the_day(head: str, dates: list[tuple[str, str]]) -> None:
    a = _run(head + ITEM)
    assert [(e.date_start, e.date_end) for e in actual_events(a)] == dates


STAMPED = ("الأحد 21 يناير 2018 | موقع الأخبار | {date}\nقتل 9 مدنيين مساء الخميس جراء قصف مدفعي لقوات النظام "
           "على مدينة دوما .")


@pytest.mark.parametrize("date, day", [
    pytest.param("2017 - 10 - 27", "2017-10-26", id="the-articles-date-under-a-site-bar-clock"),
    # (session 16: an archived article's date years before the clock is still its date; only a masthead's
    # founding date, introduced by a founding word, is not)
    pytest.param("2016 - 10 - 27", "2016-10-27", id="an-archived-articles-date-years-before-the-clock"),
    pytest.param("صدرت من لندن 2016 - 10 - 27", "unknown", id="a-founding-date-years-before-the-clock-is-no-article-date"),
    pytest.param("2017 - 10 - 27 08 : 30", "2017-10-26", id="a-clock-after-the-article-date-only"),
])
def test_the_article_date_under_a_viewing_stamp(date: str, day: str) -> None:
    a = _run(STAMPED.format(date=date))
    assert [e.date_start for e in actual_events(a)] == [day]


def test_a_list_of_posts_each_with_its_clock_dates_nothing() -> None:
    text = ("الأحد 21 يناير 2018 10 : 40 ص | موقع الأخبار | الجمعة 27 أكتوبر 2017 11 : 10 ص\nقتل 9 مدنيين "
            "مساء الخميس جراء قصف مدفعي لقوات النظام على مدينة دوما .")
    assert [e.date_start for e in actual_events(_run(text))] == ["unknown"]


def test_a_site_bar_month_after_the_page_day_dates_nothing() -> None:
    # the item glued to the head: only the bulletin's day is left in its sentence
    text = ("الس ب ت كانون الثاني 2018 20 موجز أخبار الوضع السوري ليوم الاثنين 30 - 10 - 2017 - قالت مصادر إن قوات "
            "النظام قصفت بلدة كفربطنا بالمدفعية .")
    assert [e.date_start for e in actual_events(_run(text))] == ["2017-10-30"]


# --------------------------------------------------------------------------- places

@pytest.mark.parametrize("text, place", [
    pytest.param("وقوات النظام المتواجدة في دوما استهدفت بأكثر من ثلاثين قذيفة مدفعية بلدة كفربطنا .", "kafr-batna",
                 id="a-shooters-position-is-not-where-the-shells-land"),
    pytest.param("وقوات النظام في دوما استهدفت بأكثر من ثلاثين قذيفة مدفعية بلدة كفربطنا .", "douma",
                 id="without-the-participle-the-first-place-stays"),
    pytest.param("ودارت اشتباكات عنيفة مع قوات النظام المتمركزة في دوما .", "douma",
                 id="a-clash-is-fought-where-the-force-is-stationed"),
])
def test_a_stationed_force(text: str, place: str) -> None:
    assert [e.location for e in actual_events(_run(text, published="2017-10-30"))] == [place]


def test_a_stationed_force_with_no_other_place_leaves_the_strike_unplaced() -> None:
    a = _run("وقوات النظام المتواجدة في دوما قصفت المنطقة بالمدفعية الثقيلة اليوم .", published="2017-10-30")
    assert [e.location for e in actual_events(a)] != ["douma"]


def test_the_topic_of_a_protest_after_a_normalised_preposition() -> None:
    # "إلى" is "الي" among normalised tokens: "نقل السفارة إلى دمشق" names what the protest is about
    a = _run("وخرجت مظاهرات في دوما احتجاجا على نقل السفارة إلى دمشق .", published="2017-12-08")
    assert [e.location for e in actual_events(a)] == ["douma"]
    a = _run("وخرجت مظاهرات احتجاجا على قرار نقل السفارة إلى دمشق .", published="2017-12-08")
    assert [e.location for e in actual_events(a)] != ["damascus"]


# --------------------------------------------------------------------------- no happenings

NOT_EVENT_AND_TWIN = [
    pytest.param("وقال إن النظام هو من كان يستهدف أحياء دمشق بالقذائف والصواريخ .",
                 "وقال إن النظام استهدف أحياء دمشق بالقذائف والصواريخ اليوم .", id="what-used-to-happen"),
    pytest.param("وكانت قوات النظام تقصف مدينة دوما بالمدفعية .",
                 "وكانت قوات النظام قد قصفت مدينة دوما بالمدفعية اليوم .", id="the-past-continuous-not-the-pluperfect"),
    pytest.param("وتشارك الميليشيا إلى جانب قوات النظام في جميع معارك الغوطة الشرقية .",
                 "ودارت معارك عنيفة بين الميليشيا وجيش الإسلام في الغوطة الشرقية اليوم .", id="all-battles-of-a-region"),
    pytest.param("وتقع الرقة التي اقترب الجيش من تحريرها على بعد 80 كلم .",
                 "وأعلن الجيش تحرير الرقة من تنظيم داعش اليوم .", id="drawing-near-to-a-capture"),
]


@pytest.mark.parametrize("not_event, twin", NOT_EVENT_AND_TWIN)
def test_no_happening_and_its_twin(not_event: str, twin: str) -> None:
    assert not actual_events(_run(not_event, published="2017-10-30"))
    assert actual_events(_run(twin, published="2017-10-30"))


def test_what_went_on_at_that_moment_is_told() -> None:
    # "بينما كانت ... تقصف" is the circumstance of the killing, not a habit
    a = _run("وقتل طفل في دوما اليوم بينما كانت الطائرات تقصف مدينة دوما .", published="2017-10-30")
    assert "Air/drone strike" in {e.sub_event_type for e in actual_events(a)}
    a = _run("وقتل طفل في دوما اليوم . وكانت الطائرات تقصف مدينة دوما .", published="2017-10-30")
    assert "Air/drone strike" not in {e.sub_event_type for e in actual_events(a)}


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("text, dates", [
    pytest.param("وخرجت مظاهرات في دوما بعد أن قال الرئيس الأمريكي يوم الأربعاء ( 6 ديسمبر ) إن بلاده ستنقل سفارتها .",
                 [("2017-12-03", "2017-12-09")], id="a-because-clause-date-is-not-the-events"),
    pytest.param("وخرجت مظاهرات في دوما بعدما قال الرئيس الأمريكي يوم الأربعاء ( 6 ديسمبر ) إن بلاده ستنقل سفارتها .",
                 [("2017-12-03", "2017-12-09")], id="the-one-word-conjunction-too"),
    pytest.param("وخرجت مظاهرات في دوما يوم الأربعاء ( 6 ديسمبر ) تنديدا بقرار الرئيس الأمريكي .",
                 [("2017-12-06", "2017-12-06")], id="its-own-date-dates-it"),
])
def test_the_date_of_what_an_event_followed(text: str, dates: list[tuple[str, str]]) -> None:
    a = _run(text, published="2017-12-09")
    assert [(e.date_start, e.date_end) for e in actual_events(a)] == dates


@pytest.mark.parametrize("text, kept", [
    pytest.param("وتعد دوما من أوائل المدن التي انتفضت عام 2011 , وعرفت الحصار والقصف .", False,
                 id="a-bare-year-on-an-undated-page-is-history"),
    pytest.param("وفي 5 آذار 2011 قصفت قوات النظام مدينة دوما بالمدفعية .", True,
                 id="a-day-on-an-undated-page-is-told"),
    pytest.param("2013 : قصفت قوات النظام مدينة دوما بالمدفعية .", True,
                 id="a-timeline-entry-headed-by-its-year-is-told"),
])
def test_a_bare_year_on_an_undated_page(text: str, kept: bool) -> None:
    assert bool(actual_events(_run(text))) is kept
