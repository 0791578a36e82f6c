"""Event dates: the day a source spoke is not its deed's day when the page recalls the statement from days
before its own ("صرح أول من أمس بأن ... هو المسؤول عن إطلاق خمسة قذائف" on a page of the 25th: the saying was
on the 23rd, the shelling it blames on that day or before it, the report's window); a statement of the page's
own day or the day before is the day's news and keeps its day. "غداة X" is the day after X: a date told before
the phrase dates the later happening, X is the day before; a date told after X is X's own. Small fixtures of
the general construction (breadth rows V-252 #9, R-411 #3), run through the pipeline."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.extract.page_dates import AFTER_PAGE_DAY, anchored_days
from rasd.text.dates import find_dates


def _dates(text: str, published: str, event_type: str | None = None) -> list[tuple[str, str, str]]:
    a = analyse_text(text, published, doc_id="said-day")
    return [(e.sub_event_type, e.date_start, e.date_end) for e in actual_events_of(a, event_type)]


def test_a_recalled_statement_dates_the_shelling_it_reports_with_a_window() -> None:
    got = _dates("وقال وزير الدفاع الإسرائيلي أول من أمس إن قوات النظام قصفت بلدة القنيطرة بقذائف المدفعية .",
                 "2017-10-25", "Explosions/Remote violence")
    assert got and all((s, e) == ("2017-10-17", "2017-10-23") for _sub, s, e in got), got


def test_a_statement_of_the_page_day_keeps_its_day() -> None:
    # the day's news: the shelling is of the day it is told on (or the judges' day before), not a week
    got = _dates("وقال وزير الدفاع الإسرائيلي اليوم إن قوات النظام قصفت بلدة القنيطرة بقذائف المدفعية .",
                 "2017-10-25", "Explosions/Remote violence")
    assert got and all(e == "2017-10-25" and s >= "2017-10-24" for _sub, s, e in got), got


def test_a_recalled_statement_with_the_deeds_own_day_keeps_that_day() -> None:
    got = _dates("وقال وزير الدفاع الإسرائيلي أول من أمس إن قوات النظام قصفت بلدة القنيطرة فجر السبت .",
                 "2017-10-25", "Explosions/Remote violence")
    assert got and all((s, e) == ("2017-10-21", "2017-10-21") for _sub, s, e in got), got


def test_the_day_after_a_killing_dates_the_killing_the_day_before() -> None:
    got = _dates("25 يونيو 2011 دخل الجيش السوري بلدة جسر الشغور غداة مقتل 18 شخصا عندما أطلقت قوات الأمن النار "
                 "على متظاهرين في مدينة حمص .", "unknown")
    # (the protesters the phrase goes on to name are of that killing: the day before too, not a second event)
    assert got == [("Excessive force against protesters", "2011-06-24", "2011-06-24")], got


def test_the_day_after_phrase_with_the_deeds_own_day_keeps_it() -> None:
    got = _dates("جاء ذلك غداة تفجير انتحاري نفسه قرب مقر الشرطة في دمشق يوم الأربعاء 11 تشرين الأول 2017 .",
                 "2017-10-12", "Explosions/Remote violence")
    assert got and all((s, e) == ("2017-10-11", "2017-10-11") for _sub, s, e in got), got


def test_a_source_that_did_not_say_when_leaves_the_deed_a_window() -> None:
    # R-662 #0's construction: the sources spoke on Monday, the page's day, and did not say when the strike was
    got = _dates("قالت ثلاثة مصادر مطلعة يوم الاثنين إن سبعة من مقاتلي حزب الله قتلوا في ضربة جوية في محافظة حمص . "
                 "ولم تذكر المصادر متى نفذت الضربة الجوية .", "2017-10-02", "Explosions/Remote violence")
    assert got and all((s, e) == ("2017-09-26", "2017-10-02") for _sub, s, e in got), got


def test_a_day_of_the_current_month_after_the_pages_day_is_not_read() -> None:
    # V-279 #0's construction: "the 16th of this month" on a page of the 10th is no past day of that month: the
    # text was written in the month before (a later posting)
    text = "وارتكب طيران التحالف مجزرة في ال - {} من الشهر الجاري , ذهب ضحيتها 31 شخصا في مدينة البوكمال ."
    later = _dates(text.format(16), "2017-07-10", "Explosions/Remote violence")
    assert later and all((s, e) == ("2017-06-16", "2017-06-16") for _sub, s, e in later), later
    told = "مجزرة في ال - 16 من الشهر الجاري في البوكمال سبقها بيوم مقتل 22 مدنيا"
    days = anchored_days(told, find_dates(told, dt.date(2017, 7, 10)), dt.date(2017, 7, 10))
    assert [(d.date_start, d.warning == AFTER_PAGE_DAY) for d in days if d.precision == "day"] == [
        ("2017-07-16", True), ("2017-07-15", True)], days
    glued = _dates("وارتكب طيران التحالف مجزرة في 16 الجاري في مدينة البوكمال .", "2017-07-10", "Explosions/Remote violence")
    assert glued and all((s, e) == ("2017-06-16", "2017-06-16") for _sub, s, e in glued), glued
    earlier = _dates(text.format(6), "2017-07-10", "Explosions/Remote violence")
    assert earlier and all((s, e) == ("2017-07-06", "2017-07-06") for _sub, s, e in earlier), earlier


def test_a_statement_the_text_calls_today_keeps_its_day_on_a_later_page() -> None:
    # a compilation's item: "أعلنت القوات العراقية , اليوم الخميس , 15 حزيران" is that item's own news day
    got = _dates("أعلنت القوات العراقية , اليوم الخميس , استعادة السيطرة على حي جديد بمدينة الموصل بعد معارك مع "
                 "مسلحي تنظيم داعش .", "2017-06-19", "Battles")
    assert got and all(e == "2017-06-15" and s >= "2017-06-14" for _sub, s, e in got), got
