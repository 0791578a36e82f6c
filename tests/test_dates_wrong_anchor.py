"""Dates taken from words that are no date of the happening, or from a box of other stories (issue #4,
DATE_WRONG_ANCHOR): "الاثنين" as "the two", "الأمس" as "the past", a weekday "قبل الماضي", a month's two
names side by side (rasd.text.dates), and the "latest news" box of the crawl day (rasd.extract.events.pageparts.
_latest_news_spans). Short excerpts of allowed unifiedfc pages (R-91 #3, R-411 #2, V-33 #1, R-356 #4,
V-284 #1, V-349 #1, R-651 #6)."""

from __future__ import annotations

import datetime as dt

from analysed import analyse_text

from rasd.text.dates import find_dates


def _days(text: str, ref: dt.date) -> list[tuple[str, str | None, str | None]]:
    return [(text[d.start:d.end], d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_the_two_is_no_monday() -> None:
    # R-91 #3 (page of 2017-03-07): "أو الاثنين معا" dated a prediction to Monday 6 March
    text = ("وتفيد التطورات الأخيرة أن التقدم التركي باتجاه منبج سيكون ثمنه صداما حتميا مع روسيا أو "
            "الولايات المتحدة أو الاثنين معا .")
    assert _days(text, dt.date(2017, 3, 7)) == []


def test_monday_stays_monday() -> None:
    # twin: "يومي الأحد والاثنين" are days (one span, Sunday to Monday: test_dates_day_pairs)
    assert [(d[1], d[2]) for d in _days("قصف يومي الأحد والاثنين", dt.date(2017, 3, 7))] == [("2017-03-05", "2017-03-06")]


def test_yesterdays_allies_and_then_and_now_are_no_day() -> None:
    # R-411 #2: "حلفاء الأمس" dated an arrest campaign to the day before the page; V-33 #1's gallery
    # caption "حلب بين الأمس واليوم" named two days
    ref = dt.date(2015, 7, 26)
    assert _days('ويعتبر المراقبون أن " حلفاء الأمس " لم يعودوا كذلك', ref) == []
    assert _days("في صور : حلب بين الأمس واليوم جامع حلب الكبير", ref) == []


def test_yesterday_stays_yesterday() -> None:
    # twin: "صباح الأمس", "اجتماع الأمس" are the day before
    ref = dt.date(2015, 7, 26)
    assert _days("قصفت الطائرات صباح الأمس", ref) == [("صباح الأمس", "2015-07-25", "2015-07-25")]
    assert _days("وقال بعد اجتماع الأمس", ref) == [("الأمس", "2015-07-25", "2015-07-25")]


def test_weekday_before_last_is_a_week_earlier() -> None:
    # R-356 #4: "مساء الخميس قبل الماضي" on a Thursday-21-December page is 7 December, not 14
    got = _days("وقال تيلرسون مساء الخميس قبل الماضي , انه في طريقه", dt.date(2017, 12, 21))
    assert [(d[1], d[2]) for d in got] == [("2017-12-07", "2017-12-07")]


def test_a_months_two_names_side_by_side_are_one_day() -> None:
    # V-284 #1 (page of 2016-06-09): Reuters' "23 مايو أيار الماضي" is 23 May, not all of May
    got = _days("وبدأ الجيش العراقي في 23 مايو أيار الماضي هجوما لطرد المسلحين من الفلوجة", dt.date(2016, 6, 9))
    assert got == [("23 مايو أيار الماضي", "2016-05-23", "2016-05-23")]
    # on an undated page the year written after the second name dates the day
    got = _days("في 5 يونيو حزيران 2016 قتل", None)
    assert got == [("5 يونيو حزيران 2016", "2016-06-05", "2016-06-05")]


ARTICLE = ("قالت مصادر محلية إن طائرات حربية قصفت مدينة سراقب في ريف إدلب اليوم الأحد .\n")

# V-349 #1: Al Jazeera's box of the crawl day under a September 2017 page
JAZEERA_BOX = ("المزيد حول موضوع الحلقة أحدث الأخبار قبل ساعة أعلنت القائمة العربية المشتركة بالكنيست "
               "الإسرائيلي أن نوابها سيقاطعون الخطاب الذي سيلقيه مايك بنس غدا الاثنين هناك , كما يعقد بنس "
               "اليوم مباحثات مع الملك الأردني عبد الله الثاني في عمان .\nقبل 7 دقائق أكد مراسل الجزيرة "
               "انتهاء الهجوم على فندق إنتركونتيننتال في العاصمة الأفغانية كابل صباح اليوم الأحد بمقتل ثلاثة "
               "مهاجمين وخمسة مدنيين , وقال إن مسؤولا حكوميا كان ضمن ضحايا الهجوم .")

# R-651 #6: a site's Twitter box (translated "18 hours ago") under a 2014 page
TWITTER_BOX = ("اقرأ أيضا المواضيع المميزة تويتر - 82k متابعين 18 ساعات منذ خرج السوريون بعد ظهر اليوم بمظاهرة "
               'في مدينة اقجه قلعة " تل ابيض التركية " رفع فيها المتظاهرون لافتات تعبر عن . . . 1 أيام منذ '
               'استشهاد الطفل " نصر عيسى العلي الجاسم " جراء انفجار لغم من مخلفات تنظيم اليوم في منزله في '
               "مدينة الرقة .")


def _places(text: str, published: str) -> list[str]:
    a = analyse_text(text, published)
    return [a.entities[e.location].name_ar for e in a.events if e.location and e.location in a.entities]


def test_a_latest_news_box_tells_no_event_of_the_page() -> None:
    places = _places(ARTICLE + JAZEERA_BOX, "2017-09-03")
    assert not any("كابل" in p for p in places)
    assert any("سراقب" in p for p in places)      # the article's own strike stays


def test_a_twitter_box_tells_no_event_of_the_page() -> None:
    places = _places(ARTICLE + TWITTER_BOX, "2014-04-27")
    assert not any("الرقة" in p or "رقه" in p or "اقجه" in p or "أقجة" in p for p in places)
    assert any("سراقب" in p for p in places)


def test_the_same_stories_outside_a_box_are_events() -> None:
    # twin: the Kabul report with no box label and no ages around it is the page's news
    text = ("أكد مراسل الجزيرة انتهاء الهجوم على فندق إنتركونتيننتال في العاصمة الأفغانية كابل صباح اليوم "
            "الأحد بمقتل ثلاثة مهاجمين وخمسة مدنيين .")
    assert any("كابل" in p for p in _places(text, "2017-09-03"))
