"""A print edition's masthead: a Hijri and a Gregorian date that agree, then the volume and issue number
("الأهرام المسائي 5 من ربيع الثاني 1439 ه - - 23 ديسمبر 2017 | السنة 27 العدد 9736"), date the page even
without a weekday (rasd.text.dates._from_calendar_stamp, date_words.yaml issue_words). Breadth R-30#7:
Al-Ahram al-Masa'i of 23 Dec 2017 was left undated and its battle near Beit Jinn with it (brsample13)."""

from __future__ import annotations

import datetime as dt

from rasd.text.dates import infer_published

HEAD = ("كشف حساب روسي للعمليات العسكرية في سوريا - الأهرام المسائي 5 من ربيع الثاني 1439 ه - - 23 ديسمبر 2017"
        "{tail} رئيس مجلس الإدارة : رئيس التحرير : جديد كشف حساب روسي للعمليات العسكرية في سوريا دمشق - وكالات "
        "الأنباء : مع إعلانها تنفيذ الانسحاب الجزئي من سوريا , قدمت روسيا أمس كشف حساب لعملياتها العسكرية .")
TODAY = dt.date(2018, 1, 21)


def test_a_masthead_with_its_issue_number_dates_the_page() -> None:
    pub = infer_published(HEAD.format(tail=" | السنة 27 العدد 9736"), today=TODAY)
    assert (pub.date, pub.method, pub.hijri) == ("2017-12-23", "printed", "1439-04-05")


def test_the_two_calendars_without_a_weekday_or_an_issue_date_nothing() -> None:
    # twin: without the issue number nothing tells the pair from a header's or a cited date
    assert infer_published(HEAD.format(tail=" |"), today=TODAY).date == "unknown"
