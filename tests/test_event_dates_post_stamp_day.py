"""A listing's item stamp against the item's own day (DATE_WRONG_ANCHOR, session 23): turess's city
listing cuts each teaser with "( . . . )" and glues the next item's stamp after it; the cut mark sets
the stamp off as a bar does (page_dates._bar_stamp), so each item's "يوم الأربعاء" reads against its own
stamp, and the day the item gives its happening dates it rather than the stamp (the day it was posted:
events.dates._over_post_stamp). Not a day "منذ" opens (from then to the stamp's day). Excerpts of the
real pages (shortened)."""

from __future__ import annotations

import datetime as dt

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

from rasd.extract.page_dates import line_stamps
from rasd.text.dates import find_dates

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "sanaa": ("صنعاء", "Sanaa", 15.355, 44.206, "town", "Amanat al-Asimah"),
    "marib": ("مأرب", "Ma'rib", 15.463, 45.326, "town", "Marib"),
}

LISTING = ("تورس : أخبار صنعاء وجدنا 711 نتيجة مرتبة حسب الحداثة .\n"
           "أكدت مصادر أن ميليشيا الحوثي اقتحمت منزل الفريق ( . . . ) 21 - 12 - 2017 قالت مصادر قبلية باليمن , "
           "اليوم الخميس , إن غارة جوية استهدفت سيارة في مأرب .\n"
           "وقال مراسلنا إن ميليشيا الحوثي اختطفت أربعة أعضاء من مجلس النواب ( . . . ) 16 - 12 - 2017 قال مسؤول "
           "وشهود إن 39 قتيلا على الأقل سقطوا في ضربة لطيران التحالف بقيادة السعودية على معسكر للشرطة العسكرية "
           "في منطقة واقعة تحت سيطرة الحوثيين في العاصمة اليمنية صنعاء يوم الأربعاء .\n"
           "وأضافوا أن الضربة أسفرت أيضا عن إصابة 90 آخرين ( . . . ) 12 - 12 - 2017 قال مسؤول كبير في الأمم "
           "المتحدة إنه يجب على الأطراف المتحاربة السماح بدخول مزيد من المساعدات .\n")


def test_cut_mark_sets_off_an_item_stamp() -> None:
    stamps = line_stamps(LISTING, find_dates(LISTING))
    assert [day for _at, day in stamps] == [dt.date(2017, 12, 21), dt.date(2017, 12, 16), dt.date(2017, 12, 12)]


def test_item_day_beats_its_stamp() -> None:
    a = run_with_places(LISTING, syrian_places(PLACES), "unknown", None)
    # the strike of "يوم الأربعاء" in the item stamped Saturday 16 Dec: Wednesday the 13th
    assert actual_dates_at(a, "sanaa") == {("2017-12-13", "2017-12-13")}
    # "اليوم الخميس" under the 21st's stamp is the stamp's own day
    assert actual_dates_at(a, "marib") == {("2017-12-21", "2017-12-21")}


# a ticker listing whose item tells "منذ فجر الجمعة" under Saturday's stamp: not the Friday alone
TICKER = ("وكبدتهم خسائر كبيرة في المع 21 - 03 - 2015 | 0 | 0 | نفذت قوات التحالف الدولي ثلاث ضربات جوية ضد "
          "عناصر تنظيم داعش في صنعاء منذ فجر الجمعة .\n"
          "وأفادت قوة المهام المشتركة في بيان اليوم : إن الضربات استهد 20 - 03 - 2015 | 0 | 0 | قال مسؤول إن "
          "مسلحين هاجموا مبنى في مأرب .\n")


def test_since_day_does_not_replace_the_stamp() -> None:
    a = run_with_places(TICKER, syrian_places(PLACES), "unknown", None)
    assert all(start != "2015-03-20" or end != "2015-03-20" for start, end in actual_dates_at(a, "sanaa"))
