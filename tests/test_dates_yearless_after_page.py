"""Dates of issue #4 (events undated or dated from the wrong anchor), round of 2026-12-04:

- a site stamp with the month name between separators ("الأربعاء 12 / أبريل / 2017 - 09 : 45 ص",
  islamist-movements.com; "19 - كانون ثاني - 2018", shrc.org) is a full date;
- a happening told as done and dated by a day or month without its year lies before the page: on a
  page of 16 March 2017, "يوم 26 أغسطس / آب" is August 2016, not 2017 (the dates layer allows the page's
  year up to half a year ahead, which suits what is announced);
- an update stamp in the page's head whose year the dates layer did not join to it ("GMT 3 : 00 2017
  الجمعة 25 أغسطس" above an article of 18 August) dates no event.
Fixtures: short excerpts of real pages (unifiedfc R-188#5, V-641#5, V-252#6, R-117#6)."""

from __future__ import annotations

import datetime as dt

import pytest
from analysed import day_dates
from test_events import actual_events, run_with_places, syrian_places

from rasd.extract import page_dates
from rasd.text.dates import infer_published

_days = day_dates


@pytest.mark.parametrize("text, want", [
    pytest.param("الجيش يؤكد انهيار دفاعات \" داعش \" في الموصل الأربعاء 12 / أبريل / 2017 - 09 : 45 ص تقدم بوابة",
                 [("الأربعاء 12 / أبريل / 2017", "2017-04-12")], id="slashes, with its weekday"),
    pytest.param("وثقت اللجنة السورية لحقوق الإنسان 19 - كانون ثاني - 2018 مقتل ( 10 ) أشخاص",
                 [("19 - كانون ثاني - 2018", "2018-01-19")], id="dashes, a two-word month"),
    pytest.param("بمناسبة يوم المعتقل السياسي السوري 26 - حزيران - 2009 نحو تعزيز قيم الحرية",
                 [("26 - حزيران - 2009", "2009-06-26")], id="dashes"),
    pytest.param("قتل 12 / أبريل - 2017 شخصا", [], id="two different separators: no date"),
    pytest.param("وصل 12 / أبريل الماضي", [], id="no year after the month"),
])
def test_month_name_between_separators(text: str, want: list[tuple[str, str]]) -> None:
    assert _days(text) == want


def test_month_name_stamp_publishes_the_page() -> None:
    head = ("بوابة الحركات الاسلامية : إحباط خطط \" داعش \" لاستهداف كنائس في الصعيد / الجيش يؤكد انهيار دفاعات "
            "\" داعش \" في الموصل رئيس مجلس الادارة عبد الرحيم علي الأربعاء 12 / أبريل / 2017 - 09 : 45 ص تقدم "
            "بوابة الحركات الاسلامية أبرز ما جاء في الصحف المحلية والعربية بخصوص جماعات الاسلام السياسي .\n"
            "أعلنت وزارة الداخلية مقتل 7 من عناصر داعش في أسيوط .\n")
    pub = infer_published(head, None, today=dt.date(2018, 1, 21))
    assert (pub.date, pub.precision) == ("2017-04-12", "day")


PLACES = {"daraya": ("داريا", "Darayya", 33.458, 36.236, "town", "Rif Dimashq")}
DARAYA = ("بعد أعوام من الحصار وسياسة التجويع تمكن نظام الأسد في إجبار الآلاف من المعارضة وعائلاتهم يوم "
          "26 أغسطس / آب على الخروج من مدينة داريا إلى إدلب شمالي البلاد حيث أصبحت المدينة فارغة من أهلها .\n")


def test_yearless_day_after_the_page_is_of_the_year_before() -> None:
    # a page of 16 March 2017 (the revolution's sixth year in review): the Darayya evacuation of 26
    # August (2016) is not dated 26 August 2017; a year before the page, it is its background
    a = run_with_places(DARAYA, syrian_places(PLACES), published="2017-03-16")
    assert not [e for e in actual_events(a) if e.date_start != "unknown" and e.date_start > "2017-03-16"]


def test_yearless_day_before_the_page_keeps_the_pages_year() -> None:
    # the same sentence on a page of 30 August 2017: 26 August 2017, four days before
    a = run_with_places(DARAYA, syrian_places(PLACES), published="2017-08-30")
    assert [(e.date_start, e.date_end) for e in actual_events(a) if e.location == "daraya"] == [("2017-08-26", "2017-08-26")]


ELAPH = ("داعش ينحر سبعة من أفراد عائلة ضابط عراقي العدد 5939 الجمعة 25 أغسطس 2017 آخر تحديث GMT 21 : 30 : 00 "
         "أول يومية إليكترونية | صدرت من لندن 21 مايو 2001 النيابة العامة البلجيكية تعلن وفاة منفذ الهجوم "
         "الارهابي في بروكسل ~ GMT 11 : 13 2017 الجمعة 18 أغسطس GMT 3 : 00 2017 الجمعة 25 أغسطس الدفع "
         "بتعزيزات عسكرية لتلعفر لاطلاق معركة تحريرها داعش ينحر سبعة من أفراد عائلة ضابط عراقي / مواضيع ذات صلة : "
         "في جريمة بشعة جديدة لداعش في العراق , هاجم التنظيم منزلا لضابط شرطة في كركوك .\n")


def test_update_stamp_after_the_page_dates_nothing() -> None:
    # published 18 August 2017 (the first GMT stamp); "الجمعة 25 أغسطس" is the page's last update: of the
    # page's dates read against its day, none is left at 25 August (the events stage reads these)
    ref = dt.date(2017, 8, 18)
    dates = page_dates.drop_later_stamps(page_dates.find_page_dates(ELAPH, ref, []), ref)
    assert "2017-08-18" in {d.date_start for d in dates}
    assert not [d.surface for d in dates if d.date_start == "2017-08-25"]
