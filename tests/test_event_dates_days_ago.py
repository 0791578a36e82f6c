"""A plural of days with no count after "قبل" / "منذ" ("اشتباكات وقعت قبل أيام", "نشر فيديو منذ أيام قليلة")
names no day, but it names a stretch just before the page's day: the happening takes that week, not the day of
another date the sentence holds (a title's copy of the page date, a dateline), and not unknown.
Breadth rows behind it: an Al Jazeera report of 15 Nov 2014 on clashes "قبل أيام" dated 15 Nov from the title's
date. The title's copy of the page day, printed after the stamp in another spelling ("2014 / 11 / 15 الساعة 22 : 24
... اقتتال بصفوف تنظيم الدولة بالرقة 15 / 11 / 2014"), is the stamp's echo (``events._stamp_echoes``): the day the
report was filed, the report's week as the stamp itself gives (an Al-Araby feature of 1 May 2016 dated a battle
some days before to 1 May from it). Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.text.dates import find_dates

SATURDAY = dt.date(2014, 11, 15)


def _read(text: str, ref: dt.date | None = SATURDAY) -> list[tuple[str, str | None, str | None]]:
    return [(d.surface, d.date_start, d.date_end) for d in find_dates(text, ref)]


def test_days_ago_is_the_week_before_the_reference_day() -> None:
    assert _read("قتلى في اشتباكات وقعت قبل أيام بين مجموعتين") == [("قبل أيام", "2014-11-08", "2014-11-14")]
    assert _read("قتلى في اشتباكات وقعت قبل أيام قليلة") == [("قبل أيام", "2014-11-08", "2014-11-14")]


def test_since_days_runs_up_to_the_reference_day() -> None:
    assert _read("تتعرض المدينة لقصف منذ أيام") == [("منذ أيام", "2014-11-08", "2014-11-15")]


def test_twins_a_count_another_happening_or_no_reference_keep_their_reading() -> None:
    assert _read("قتل قبل 3 أيام") == [("قبل 3 أيام", "2014-11-12", "2014-11-12")]
    assert _read("وصل الوفد قبل أيام من الهجوم") == [("قبل أيام", None, None)]
    assert _read("قتلى في اشتباكات وقعت قبل أيام", None) == [("قبل أيام", None, None)]
    assert _read("قتل قبل أسابيع") == [("قبل أسابيع", None, None)]


STAMP = "2014 / 11 / 15 الساعة 22 : 24"


def _battle_dates(text: str, stamp: str | None = None) -> list[tuple[str, str]]:
    a = analyse_text(text, "2014-11-15", stamp=stamp)
    return [(e.date_start, e.date_end) for e in actual_events_of(a, "Battles")]


def test_a_clash_told_only_days_ago_takes_that_week_not_unknown() -> None:
    text = "قال ناشطون إن ستة قتلى سقطوا بمدينة الرقة في اشتباكات وقعت قبل أيام بين مجموعتين مسلحتين ."
    assert _battle_dates(text) == [("2014-11-08", "2014-11-14")]


def test_the_title_s_copy_of_the_page_day_heading_another_clause_is_a_filing_day() -> None:
    # the stamp, then the title printed again with the day in another spelling, glued to the lede: the battle
    # of the lede's clause is not of the 15th (before: 15 Nov from the title's date), it takes the report's week
    text = (f"{STAMP} ( مكة المكرمة ) - جريمة فيديو الرقة 15 / 11 / 2014 فوجئ السوريون بنشر فيديو يظهر جثث "
            "العشرات من مقاتلي الجيش السوري الحر , إثر مقتلهم على أيدي تنظيم الدولة في معركة بالقرب من مدينة الرقة .")
    assert _battle_dates(text, STAMP) == [("2014-11-15", "2014-11-15")]


def test_twin_the_title_s_own_clause_keeps_the_page_day() -> None:
    # the title's happening, dated in its own clause by the copy: the page's day for its news, as before
    text = (f"{STAMP} ( مكة المكرمة ) - اشتباكات بين مجموعتين من تنظيم الدولة بالرقة 15 / 11 / 2014 "
            "قال ناشطون إن ستة قتلى سقطوا بمدينة الرقة في اشتباكات بين مجموعتين مسلحتين .")
    assert _battle_dates(text, STAMP) == [("2014-11-15", "2014-11-15")]


def test_twin_a_day_the_sentence_tells_stays_the_day() -> None:
    # "في 15 / 11 / 2014": a date word makes it the clash's own day, not the title's copy of the stamp
    text = (f"{STAMP} ( مكة المكرمة ) - قال ناشطون إن ستة قتلى سقطوا بمدينة الرقة في اشتباكات وقعت "
            "في 15 / 11 / 2014 بين مجموعتين مسلحتين .")
    assert _battle_dates(text, STAMP) == [("2014-11-15", "2014-11-15")]
