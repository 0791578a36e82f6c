"""Session 19 (undated3): events left undated although their telling dates them. A year's review
opens with a summary and then tells the year in order, its days without a year and one full date
among them ("في 31 كانون الثاني ... وفي 12 شباط ... في 4 نيسان 2017 ... في 20 تشرين الأول ..."): that run
is a chronicle of the full date's year (``page_dates.chronicle_run_days``). A list run into one
sentence whose items open with their day ("- في 26 / 10 / 2012 قامت دورية ... , باعتقال ... , وأطلق
سراحها في 13 / 1 / 2013 - في ...") dates each item's clauses by the day that opens it
(``events.dates._leading_date``). Hand-written sentences in the corpus's pre-tokenised style, each
rule with its negative twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.records import Analysis
from rasd.text.dates import find_dates

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "al-rai": ("الراعي", "al-Rai", 36.540, 37.530, "town", "Aleppo"),
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
    "akirshi": ("العكيرشي", "al-Akirshi", 35.900, 39.300, "town", "Ar-Raqqa"),
}


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", None, syrian=True)


# --------------------------------------------------------------------------- a chronicle after a summary

REVIEW = ("السوريون يودعون العام .\n"
          "في 17 تشرين الأول , سيطرت قوات سوريا الديمقراطية على بلدة العكيرشي بعد معارك عنيفة .\n"
          "في 31 كانون الثاني , تم تهجير أهالي وادي بردى إلى محافظة إدلب .\n"
          "وفي 12 شباط , أعلنت قوات المعارضة عن معركة جديدة في درعا .\n"
          "في 4 {month} 2017 , وقعت مجزرة خان شيخون .\n"
          "في 20 تشرين الأول , قصفت الطائرات الحربية بلدة برات بالصواريخ .")


def _days(text: str) -> dict[str, str | None]:
    dates = page_dates.chronicle_run_days(text, page_dates.chronicle_days(text, find_dates(text, None)))
    return {text[d.start:d.end]: d.date_start for d in dates}


def test_a_chronicle_after_a_summary_takes_its_full_dates_year() -> None:
    text = REVIEW.format(month="نيسان")
    days = _days(text)
    assert days["31 كانون الثاني"] == "2017-01-31"
    assert days["12 شباط"] == "2017-02-12"
    assert days["20 تشرين الأول"] == "2017-10-20"
    # the summary before the run is no entry of it: its day stays unresolved
    assert days["17 تشرين الأول"] is None
    a = _run(text)
    assert actual_dates_at(a, "barat") == {("2017-10-20", "2017-10-20")}
    assert ("2017-10-17", "2017-10-17") not in actual_dates_at(a, "akirshi")


def test_a_full_date_out_of_the_runs_calendar_order_dates_nothing() -> None:
    # "4 كانون الأول 2017" between 12 February and 20 October: no chronicle, the days stay unresolved
    days = _days(REVIEW.format(month="كانون الأول"))
    assert days["31 كانون الثاني"] is None and days["20 تشرين الأول"] is None


def test_a_run_with_no_full_date_among_its_entries_stays_unresolved() -> None:
    text = ("وقعت مجزرة خان شيخون في 4 نيسان 2017 .\n"
            "في 31 كانون الثاني , تم تهجير أهالي وادي بردى .\n"
            "وفي 12 شباط , أعلنت المعارضة معركة في درعا .\n"
            "في 20 تشرين الأول , قصفت الطائرات بلدة برات .")
    days = _days(text)
    assert days["31 كانون الثاني"] is None and days["20 تشرين الأول"] is None


# --------------------------------------------------------------------------- a list's items led by their day

ARRESTS = ("تقرير بمناسبة يوم المعتقل .\n"
           "- في 26 / 10 / 2012 قامت دورية تابعة للأمن العسكري في محافظة حلب - فرع السريان , باعتقال السيدة فاطمة "
           "من أهالي بلدة الراعي وهي أم لثلاثة أولاد , وذلك دون معرفة أسباب الاعتقال , وأطلق سراحها في {release} .")


def test_an_items_opening_day_dates_its_later_clause() -> None:
    a = _run(ARRESTS.format(release="13 / 1 / 2013"))
    assert actual_dates_at(a, "al-rai") == {("2012-10-26", "2012-10-26")}


def test_a_telling_that_goes_back_after_its_opening_day_stays_unknown() -> None:
    # a later clause of the sentence tells a day before the opening one: the sentence does not run
    # forward from it, and the arrest's clause, with no date of its own, is not dated by it
    a = _run(ARRESTS.format(release="13 / 1 / 2012"))
    assert ("2012-10-26", "2012-10-26") not in actual_dates_at(a, "al-rai")


def test_a_day_inside_the_sentence_leads_nothing() -> None:
    # "وبعد سيطرة التنظيم على المدينة في 10 حزيران 2014": the time of what the clauses followed
    text = ("وبعد سيطرة تنظيم داعش على مدينة الموصل في 10 / 6 / 2014 , تعرض أهالي بلدة الراعي للقتل , "
            "وقصفت الطائرات بلدة برات في 2 / 7 / 2014 .")
    # (the takeover is the day's own happening: Mosul is not among the fixture's places, so it falls to a
    # place of another clause; the check is on the happenings the clauses tell after it)
    told = [e for e in _run(text).events if e.modality == "actual" and e.location == "al-rai" and e.trigger != "سيطرة"]
    assert ("2014-06-10", "2014-06-10") not in {(e.date_start, e.date_end) for e in told}
