"""Events left `unknown` although the page or its text dates them (issue #4, session 17 "undated"):
- a news source's quoted account whose frame prints names in quotation marks, or whose quote pairs its
  marks apart around a quoted name, is the report's news (rasd.extract.events.dates._report_frame);
- a BBC Arabic URL's "/2016/10/161017_..." files the page under its day (rasd.text.dates.url_date);
- a digest titled with the period it covers dates its undated items to that period
  (rasd.extract.page_dates.titled_period, rasd.extract.events.dates._period_dates).
Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from analysed import actual_events_of, analyse_text

from rasd.extract import page_dates
from rasd.text.dates import url_date

WEEK = ("2017-11-05", "2017-11-05")  # a page of one day's news: its day (events.dates.one_day_news)


def _dates(text: str, published: str = "2017-11-05") -> set[tuple[str, str]]:
    return {(e.date_start, e.date_end) for e in actual_events_of(analyse_text(text, published))}


def test_a_sources_account_with_quoted_names_in_its_frame_takes_the_reports_day() -> None:
    # the frame "وقال مصدر ... غرفة عمليات " حوار كلس " , التابعة ل " الجيش الحر " ... إن" is longer than
    # 8 words only through the names it quotes: the account is the report's news
    text = ("وقال مصدر عسكري من غرفة عمليات \" حوار كلس \" , التابعة ل \" الجيش السوري الحر \" , إن \" قوات "
            "النظام شنت هجوما على مدينة الباب فتصدت لها فصائل المعارضة ودارت اشتباكات عنيفة \" .")
    assert _dates(text) == {WEEK}


def test_a_quote_that_pairs_its_marks_apart_around_a_name_is_still_the_sources_account() -> None:
    # "وأشار المصدر إلى " تكبيد إرهابيي " داعش " خسائر ... في غارات ... "": the quote inside the quote
    # splits the marks; the strikes stand in the source's reported words
    text = ("وأشار المصدر إلى \" تكبيد إرهابيي \" داعش \" خسائر بالأفراد والعتاد في غارات لسلاح الجو على "
            "بؤرهم في مدينة تدمر \" .")
    assert _dates(text) == {WEEK}


def test_a_politicians_quote_and_another_clauses_quote_stay_unknown() -> None:
    # twins: the same long frame in a minister's mouth names no news source; a quote opened by another
    # clause's "لافتا إلى أن" (a purpose told after the account) is not the account's frame
    text = ("وقال وزير الخارجية من منبر \" الأمم المتحدة \" , في جلسة \" مجلس الأمن \" , إن \" قوات النظام "
            "شنت هجوما على مدينة الباب فتصدت لها فصائل المعارضة ودارت اشتباكات عنيفة \" .")
    assert _dates(text) == {("unknown", "unknown")}
    text = ("وأفاد المرصد السوري أن الطائرات الحربية قصفت بلدة رملة , لافتا إلى أن \" الغاية من هذه "
            "العمليات الوصول إلى مطار أبو الضهور العسكري والسيطرة على مدينة الباب \" .")
    dates = {(e.date_start, e.date_end, e.location) for e in actual_events_of(analyse_text(text, "2017-11-05"))
             if e.trigger.endswith("السيطرة")}
    assert all(d[:2] == ("unknown", "unknown") for d in dates)


def test_a_bbc_url_files_the_page_under_its_day() -> None:
    assert url_date("http://www.bbc.com/arabic/middleeast/2016/10/161017_arab_press_review_tuesday") == \
        (dt.date(2016, 10, 17), "day")
    assert page_dates.url_day("http://www.bbc.com/arabic/middleeast/2014/10/141022_who_are_kurds") == \
        dt.date(2014, 10, 22)
    # twin: a name whose year or month is not the folders' is no day (the folders' month only)
    assert url_date("http://www.bbc.com/arabic/middleeast/2014/10/150922_x") == (dt.date(2014, 10, 1), "month")


DIGEST_TITLE = "الأحداث التفصيلية على الشارع السوري من 11 - 12 - 2014 إلى 2 - 1 - 2015"
DIGEST_BODY = ("قصف مدفعي عنيف يستهدف مدينة دوما من قبل قوات النظام .\n"
               "وشن الطيران الحربي غارة جوية على مدينة حرستا يوم 16 - 12 - 2014 .\n")


def _digest(title: str) -> str:
    return f"{title} اخر تحديثالسبت - 20 / 01 / 2018 \\ \\ {title} {title} * ريف دمشق :\n{DIGEST_BODY}"


def test_a_digest_titled_with_its_period_dates_its_items_to_the_period() -> None:
    evs = actual_events_of(analyse_text(_digest(DIGEST_TITLE)))
    by_trigger = {e.trigger: (e.date_start, e.date_end) for e in evs}
    assert by_trigger.get("قصف مدفعي") == ("2014-12-11", "2015-01-02")
    # an item that prints its own day keeps it
    assert by_trigger.get("الطيران الحربي") == ("2014-12-16", "2014-12-16")


def test_a_years_review_titled_with_its_span_dates_no_item() -> None:
    # twin: a year's span is no period a reader takes as the item's date
    title = "حصاد الانتهاكات في سوريا من 11 - 12 - 2014 إلى 11 - 12 - 2015"
    evs = actual_events_of(analyse_text(_digest(title)))
    assert all(e.date_start == "unknown" for e in evs if e.trigger == "قصف مدفعي")
    assert page_dates.titled_period(_digest(title), page_dates.find_page_dates(_digest(title), None, [])) is None
