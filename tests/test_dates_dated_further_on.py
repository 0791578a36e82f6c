"""Event dates: an undated lead's happening that the next sentence dates with a verb of occurrence ("وقال ... إن
عملية الإنزال جرت الخميس الماضي", "هذا الاشتباك الذي حصل أمس الأحد") takes that day, not the page's window. Not
when the later sentence names another happening, nor past a sentence with a date of its own. Small fixtures of
the general construction (breadth row R-91 #8, the coalition landing in the Hasakah countryside)."""

from __future__ import annotations

from analysed import actual_type_dates

LEAD = "نفذت القوات الأمريكية عملية إنزال جوي في ريف الرقة الشرقي تستهدف مقرا لتنظيم داعش . "


def _dates(text: str, published: str = "2018-01-01") -> list[tuple[str, str, str]]:
    return actual_type_dates(text, published, "further-on")


def test_the_next_sentence_that_says_when_the_landing_took_place_dates_it() -> None:
    # 1 Jan 2018 is a Monday: "الخميس الماضي" is 28 Dec 2017
    got = _dates(LEAD + "وقال مصدر محلي إن عملية الإنزال جرت الخميس الماضي في قرية قريبة .")
    assert got and all(s == e == "2017-12-28" for _t, s, e in got), got


def test_a_later_sentence_about_another_happening_lends_no_day() -> None:
    got = _dates(LEAD + "وقال مصدر محلي إن الانتخابات جرت الخميس الماضي في البلدة .")
    assert got and all(s != "2017-12-28" for _t, s, _e in got), got


def test_a_dated_sentence_between_stops_the_reach() -> None:
    got = _dates(LEAD + "وقصفت الطائرات مدينة الميادين أمس . "
                 "وقال مصدر محلي إن عملية الإنزال جرت الخميس الماضي في قرية قريبة .")
    assert got and all(s != "2017-12-28" for _t, s, _e in got), got


def test_a_day_lent_by_the_sentence_before_gives_way_to_the_next_sentences_own_account() -> None:
    # the landing's line borrows the page's "أمس" (31 Dec) from the line before; the next sentence says Thursday
    got = _dates("قصفت الطائرات مدينة الميادين أمس . وفي ريف الرقة الشرقي نفذت القوات الأمريكية عملية إنزال جوي "
                 "تستهدف مقرا لتنظيم داعش . وقال مصدر محلي إن عملية الإنزال جرت الخميس الماضي في قرية قريبة .")
    landing = [g for g in got if g[0] == "Battles"]
    assert landing and all(s == e == "2017-12-28" for _t, s, e in landing), got
