"""A daily press review's heading dates the page by the papers it reviews: "الصحافة اليوم 18 - 08 - 2017 : ...",
"أخبار الصحافة 28 / 12 / 2017 | ..." (rasd.text.dates._from_press_heading, date_words.yaml press_review_headings).
Breadth R-10#9 and R-397#5 (Al-Manar, after its crawl-time clock "January 21 2018 - 10 : 18") were left undated,
and their reviewed stories with them; a crawl-time widget, led by no such heading, still dates nothing."""

from __future__ import annotations

import datetime as dt

from rasd.text.dates import infer_published

TODAY = dt.date(2018, 1, 21)
# R-10#9 (thefourthwaylaw.com), the page's head
FOURTH_WAY = ("أخبار الصحافة 28 / 12 / 2017 | الموقع الرسمي لمسار القانون الرابع الموضوعات المدرجة ضمن هذه الصفحة تعرض "
              "للقارئ أبرز ما جاء في الصحف المحلية , العربية والعالمية .\nاهتمامات الصحف اللبنانية\nأبرزت الصحف "
              "اللبنانية الصادرة اليوم , إعلان التحالف العربي لدعم الشرعية في اليمن تحديد بعض الأماكن التي تخزن فيها "
              "ميليشيات الحوثي الانقلابية صواريخ باليستية وقصفها من قبل طيران التحالف .")
# R-397#5 (almanar.com.lb): the site's clock, then the review's heading; its lead names a weekday the date is not
AL_MANAR = ("January 21 2018 - 10 : 18 21 { { mmonth } } { { hday } } بتوقيت بيروت الفجر { { fajer } } الشروق "
            "{ { shorook } } {head} : بواخر الكهرباء تعود الى \" المناقصات \" . . وانتهاء القطيعة مع دمشق - تناولت "
            "الصحف اللبنانية الصادرة صباح اليوم الاثنين 18 - 08 - 2017 في بيروت مواضيع عدة .")


def test_a_press_review_heading_dates_the_page() -> None:
    pub = infer_published(FOURTH_WAY, today=TODAY)
    assert (pub.date, pub.method) == ("2017-12-28", "printed")


def test_the_heading_after_a_site_clock_dates_the_page() -> None:
    assert infer_published(AL_MANAR.replace("{head}", "الصحافة اليوم 18 - 08 - 2017"), today=TODAY).date == "2017-08-18"


def test_a_date_without_the_heading_dates_nothing() -> None:
    # twin: the same page without its heading keeps no date (the clock is a crawl-time widget)
    assert infer_published(AL_MANAR.replace("{head}", "18 - 08 - 2017"), today=TODAY).date == "unknown"


def test_a_weekday_the_heading_prints_must_agree() -> None:
    head = "افتتاحيات الصحف ليوم {wd} 11 تشرين الثاني 2017 - Lebanese Forces Official Website Search"
    assert infer_published(head.format(wd="السبت"), today=TODAY).date == "2017-11-11"
    assert infer_published(head.format(wd="الأحد"), today=TODAY).date == "unknown"
