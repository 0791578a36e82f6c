"""Dates taken from the wrong anchor (issue #4, events found with a wrong date): a part of a month
told relative to the page ("مطلع الشهر", "أواخر الشهر الماضي") is that part's days, not the whole month
nor the page's week; a night named by two weekdays side by side ("بعد منتصف ليل الثلاثاء الأربعاء") is
one night, as with a slash between them; a dated page whose text calls another weekday today ("اليوم
الجمعة" under a Saturday's date) counts "اليوم" / "أمس" from that day (page_dates.body_today). Fixtures
written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.extract.page_dates import body_today
from rasd.text.dates import find_dates

SATURDAY = dt.date(2017, 12, 9)


def _spans(text: str, ref: dt.date) -> list[tuple[str | None, str | None]]:
    return [(d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_a_bare_part_of_the_month_is_this_months_part() -> None:
    # "مطلع الشهر" alone: the page's month, its first ten days (no date at all before)
    assert _spans("وكانت القوات أعلنت مطلع الشهر السيطرة على المدينة .", dt.date(2017, 11, 20)) == [
        ("2017-11-01", "2017-11-10")]
    assert _spans("وسيطرت القوات على البلدة في منتصف الشهر .", dt.date(2017, 11, 20)) == [("2017-11-11", "2017-11-20")]


def test_a_part_of_a_relative_month_narrows_it() -> None:
    assert _spans("سيطرت القوات على البلدة أواخر الشهر الماضي .", SATURDAY) == [("2017-11-21", "2017-11-30")]
    assert _spans("سيطرت القوات على البلدة مطلع الشهر الجاري .", dt.date(2017, 12, 20)) == [("2017-12-01", "2017-12-10")]
    # twin: without a part, the whole month as before
    assert _spans("سيطرت القوات على البلدة الشهر الماضي .", SATURDAY) == [("2017-11-01", "2017-11-30")]


def test_a_bare_part_after_the_page_day_is_no_date() -> None:
    # "أواخر الشهر" on the 9th: this month's end is still to come, the last one's is not said
    assert all(d.date_start is None for d in find_dates("سيطرت القوات على البلدة أواخر الشهر .", SATURDAY))
    # twin: "خلال الشهر" names no part: no date
    assert find_dates("سيطرت القوات على البلدة خلال الشهر .", SATURDAY) == []


def test_a_night_of_two_weekdays_side_by_side_is_one_night() -> None:
    assert _spans("واستهدفت الغارات بعد منتصف ليل الثلاثاء الأربعاء البلدة .", SATURDAY) == [("2017-12-05", "2017-12-05")]
    assert _spans("وقصفت الطائرات ليل الجمعة السبت البلدة .", SATURDAY) == [("2017-12-08", "2017-12-08")]
    # twin: two weekdays that are no night stay two days
    assert len(find_dates("وقصفت الطائرات البلدة الجمعة والسبت .", SATURDAY)) == 2


BODY = ("وخرج الآلاف في العاصمة عمان , اليوم الجمعة , بمسيرة احتجاجية . "
        "وتظاهر المئات في داكا اليوم الجمعة تنديدا بالقرار . "
        "وفي مدينة القيروان تجددت صباح اليوم المظاهرات المساندة لفلسطين .")


def test_the_body_today_under_a_later_page_date() -> None:
    assert body_today(BODY, SATURDAY) == dt.date(2017, 12, 8)
    # twins: the page's own weekday; cues that disagree; a day further back than two days
    assert body_today(BODY.replace("الجمعة", "السبت"), SATURDAY) is None
    assert body_today(BODY.replace("داكا اليوم الجمعة", "داكا اليوم الخميس"), SATURDAY) is None
    assert body_today(BODY.replace("الجمعة", "الثلاثاء"), SATURDAY) is None


def test_events_count_today_from_the_body_today() -> None:
    a = analyse_text(BODY, "2017-12-09")
    kairouan = [e for e in actual_events_of(a) if "القيروان" in a.doc.text[e.evidence.start:e.evidence.end]]
    assert kairouan and all((e.date_start, e.date_end) == ("2017-12-08", "2017-12-08") for e in kairouan)
    # twin: a page whose text agrees with its date keeps it
    a = analyse_text(BODY.replace("الجمعة", "السبت"), "2017-12-09")
    kairouan = [e for e in actual_events_of(a) if "القيروان" in a.doc.text[e.evidence.start:e.evidence.end]]
    assert kairouan and all((e.date_start, e.date_end) == ("2017-12-09", "2017-12-09") for e in kairouan)


def test_a_date_in_a_relative_clause_after_the_trigger_dates_the_clause() -> None:
    # "التي وصل إليها النازحون مطلع الشهر الجاري" tells when the displaced came: the strike is the
    # report's news and takes its week
    a = analyse_text("وقصفت الطائرات الحربية بلدة كفرنبل بريف إدلب التي وصل إليها النازحون مطلع الشهر الجاري .",
                     "2017-10-17")
    evs = actual_events_of(a)
    assert evs and all((e.date_start, e.date_end) == ("2017-10-17", "2017-10-17") for e in evs)
    # twin: the same date in the trigger's own clause dates it
    a = analyse_text("وقصفت الطائرات الحربية مطلع الشهر الجاري بلدة كفرنبل بريف إدلب .", "2017-10-17")
    evs = actual_events_of(a)
    assert evs and all((e.date_start, e.date_end) == ("2017-10-01", "2017-10-10") for e in evs)


def test_a_relative_clause_of_happening_dates_its_antecedent() -> None:
    # twins of the test above: "التي حصلت مطلع الشهر" tells when the happening itself took place
    a = analyse_text("وتعرضت بلدة كفرنبل بريف إدلب الجنوبي لقصف مدفعي عنيف من قوات النظام التي وصلت مطلع الشهر "
                     "الجاري .", "2017-10-17")
    evs = actual_events_of(a)
    assert evs and all((e.date_start, e.date_end) == ("2017-10-17", "2017-10-17") for e in evs)
    a = analyse_text("واندلعت اشتباكات عنيفة في أحياء مدينة القامشلي بريف الحسكة الشمالي , وهي الاشتباكات التي حصلت "
                     "مطلع الشهر الجاري .", "2017-10-17")
    evs = actual_events_of(a)
    assert evs and all((e.date_start, e.date_end) == ("2017-10-01", "2017-10-10") for e in evs)
