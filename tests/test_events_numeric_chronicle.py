"""Two undated-page date forms read (session 23, DATE_UNRESOLVED rows of the judged breadth samples):

- a chronology whose entries give day and month in figures ("في 21 - 5 مقتل الصحفي ...", the year
  written on some entries only: "12 - 6 - 2016 غرق ..."): ``page_dates.numeric_chronicle_days``
  (breadth V-206#0, the IOPF press-freedom chronology: '20-6', '21-5' left undated);
- a site's post stamp "منذ 2017 - 12 - 18 الساعة 13 : 19 ( بتوقيت بغداد )" under a viewing-day bar: a
  stamp, no "since" (``text.dates._combine``, ``page_dates._standalone``; breadth R-40#10, Mawazin).

Hand-written fixtures in the corpus's pre-tokenised style, each rule with its negative twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.extract.events.lexicons import lexicon
from rasd.records import Analysis
from rasd.text.dates import find_dates

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Aleppo"),
}

CHRONOLOGY = ("12 - 6 - 2016 غرق مصور في نهر الفرات لأسباب مجهولة .\n"
              "في 14 - 6 موظفون يعتدون بالضرب على مراسل قناة محلية .\n"
              "في 15 - 6 قصفت قوات النظام بلدة برات بقذائف الهاون وقتل مصور .\n"
              "في 17 - 6 محكمة تصدر حكما بحبس مقدم برامج .\n"
              "29 - 11 - 2016 مجهولون يقتلون مدير إذاعة محلية .\n")

BAR = "موازين الأحد 04 / 05 / 1439 ه - - الموافق 21 / 01 / 2018 م , الساعة 10 : 40 صباحا ( بغداد ) "
STAMPED = (BAR + "الأكراد يتظاهرون مطالبين برحيل حكومة الإقليم سياسية منذ 2017 - 12 - 18 الساعة 13 : 19 ( بتوقيت بغداد ) "
           "بغداد - موازين نيوز انطلقت تظاهرات في مدينة السليمانية احتجاجا على تأخر الرواتب .\n"
           "وقصفت قوات النظام بلدة برات بقذائف الهاون وقتل طفلان .\n")


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", None, syrian=True)


def _entries(text: str) -> dict[str, str | None]:
    dates = page_dates.numeric_chronicle_days(text, page_dates.find_page_dates(text, None, []))
    return {d.surface: d.date_start for d in dates if d.kind == "timeline"}


def test_a_chronologys_figure_entries_take_the_year_around_them() -> None:
    assert _entries(CHRONOLOGY) == {"في 14 - 6": "2016-06-14", "في 15 - 6": "2016-06-15", "في 17 - 6": "2016-06-17"}
    assert actual_dates_at(_run(CHRONOLOGY), "barat") == {("2016-06-15", "2016-06-15")}


def test_too_few_entries_or_no_full_date_before_them_stay_unread() -> None:
    two = CHRONOLOGY.replace("في 17 - 6", "ثم")
    assert _entries(two) == {}
    unanchored = CHRONOLOGY.replace("12 - 6 - 2016", "أمس")
    assert "في 14 - 6" not in _entries(unanchored)


def test_a_post_stamp_with_its_clock_is_no_since() -> None:
    (d,) = find_dates("سياسية منذ 2017 - 12 - 18 الساعة 13 : 19 ( بتوقيت بغداد )")
    assert (d.kind, d.date_start, d.date_end) == ("absolute", "2017-12-18", "2017-12-18")
    (d,) = find_dates("محاصرة منذ 2017 - 12 - 18 حتى الآن")
    assert d.kind == "since"


def test_the_stamp_under_the_viewing_bar_dates_the_article() -> None:
    lex = lexicon()
    found = page_dates.find_page_dates(STAMPED, None, [])
    assert page_dates.date_after_stamp(STAMPED, found, lex.date_cues, lex.founding_cues) is not None
    assert actual_dates_at(_run(STAMPED), "barat") == {("2017-12-17", "2017-12-18")}
    without = STAMPED.replace("الساعة 13 : 19", "")
    assert actual_dates_at(_run(without), "barat") != {("2017-12-12", "2017-12-18")}
