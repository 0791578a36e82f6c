"""Dates: a month or day told "من العام نفسه" / "من ذلك العام" is of the year told before it
(rasd.extract.page_dates.anaphoric_years), never of the page's date; with no year told before it
within reach, its year is unknown. Excerpts from the unifiedfc corpus (F V-422#1, J R-40#11,
I R-397#1, I R-659#3, B V-650#1)."""

from __future__ import annotations

import datetime as dt

from rasd.extract.page_dates import anaphoric_years, find_page_dates
from rasd.knowledge.resources import default_resources
from rasd.pipeline import analyse
from rasd.records import Document, Published

PAGE_DAY = dt.date(2017, 12, 20)

ADNANI = ("ويوم 25 أغسطس دخلت تركيا على خط وراثة مناطق نفوذ التنظيم , فأطلقت عملية عسكرية باسم \" درع الفرات \" "
          "ودخلت مدينة جرابلس الحدودية . وكان التنظيم قد دمر في 20 يناير 2016 دير مار إيليا .\n"
          "وفي 30 أغسطس من العام نفسه , تلقى التنظيم ضربة موجعة , إذ قتل الناطق باسم التنظيم \" أبو محمد "
          "العدناني \" في غارة جوية أميركية قرب مدينة الباب السورية .")

BEIRUT = ("كشف الرئيس الأسبق لجهاز المخابرات الخارجية الفرنسية بيار لاكوست , أن \" جهازه خطط لنسف السفارة "
          "الإيرانية في بيروت في العام 1983 , بصواريخ بازوكا لكن السيارة لم تنفجر \" .\nوأكد لاكوست أن \" المخطط "
          "أتى بعد أن زعمت الحكومة الفرنسية أنه مسؤولية إيران عملية نسف مقر قيادة الجنود الفرنسيين في بيروت "
          "في 23 تشرين الأول من العام نفسه , ما أدى إلى مصرع 58 جنديا \" .")

ABU_GHRAIB = ("شهد سجن أبو غريب أكبر عملية هروب في عام 2013 , إذ فر منه نحو 500 سجين , كثير منهم من كبار المتطرفين , "
              "في شهر يوليو ( تموز ) من ذلك العام , بعد أن تم اقتحام السجن .")

NO_YEAR = "وفي أيلول من العام نفسه , قصفت الطائرات مدينة الباب السورية ."

AFTER_1820 = ("يشير الامر الصادر في 12 سبتمبر سنة 1820 الى ذلك , كما يشير الامر الصادر بتاريخ 16 سبتمبر من "
              "تلك السنة بتعيين الخواجة .")

CHRONOLOGY = ("28 يناير / كانون الثاني 1974 : حافظ على لقب بطل الوزن الثقيل بإتحاد أمريكا الشمالية للملاكمة "
              "للمرة الرابعة .\n1987 : خسر لقب الوزن الثقيل على مستوى العالم في فبراير / شباط , واستعاده في "
              "سبتمبر / أيلول من العام ذاته بعد إعادة المباراة مع ليون سبينكس .")


def _date_of(text: str, surface: str, ref: dt.date | None = PAGE_DAY) -> tuple[str | None, str | None, str]:
    dates = anaphoric_years(text, find_page_dates(text, ref, []))
    d = next(d for d in dates if d.surface == surface)
    return d.date_start, d.date_end, d.precision


def test_a_day_of_the_same_year_takes_the_year_told_before_it() -> None:
    assert _date_of(ADNANI, "30 أغسطس") == ("2016-08-30", "2016-08-30", "day")


def test_a_bare_year_is_an_antecedent() -> None:
    assert _date_of(BEIRUT, "23 تشرين الأول") == ("1983-10-23", "1983-10-23", "day")


def test_a_month_of_that_year_with_its_bracketed_twin() -> None:
    assert _date_of(ABU_GHRAIB, "شهر يوليو ( تموز )") == ("2013-07-01", "2013-07-31", "month")


def test_an_undated_page_reads_it_too() -> None:
    assert _date_of(BEIRUT, "23 تشرين الأول", None) == ("1983-10-23", "1983-10-23", "day")


def test_no_year_told_before_it_is_unknown_not_the_page_year() -> None:
    assert _date_of(NO_YEAR, "أيلول") == (None, None, "unknown")


def test_a_year_before_1900_is_an_antecedent() -> None:
    assert _date_of(AFTER_1820, "16 سبتمبر") == ("1820-09-16", "1820-09-16", "day")


def test_a_chronology_line_heading_is_the_nearest_year() -> None:
    assert _date_of(CHRONOLOGY, "سبتمبر / أيلول") == ("1987-09-01", "1987-09-30", "month")


def test_a_plain_month_keeps_the_page_year() -> None:
    text = "وفي 30 أغسطس , قتل الناطق باسم التنظيم في غارة جوية قرب مدينة الباب . وكان ذلك في عام 2016 ."
    assert _date_of(text, "30 أغسطس")[0] == "2017-08-30"


def _events(text: str) -> list[tuple[str, str]]:
    doc = Document(id="same-year", source="same-year", text=text,
                   published=Published(date=PAGE_DAY.isoformat(), precision="day"))
    a = analyse(doc, default_resources(), ["entities", "places", "events"])
    return [(e.event_type, e.date_start) for e in a.events if e.modality == "actual"]


def test_the_1983_bombing_is_not_dated_in_the_page_year() -> None:
    assert not any(d.startswith("2017") for _, d in _events(BEIRUT))
