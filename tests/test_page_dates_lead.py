"""An undated page's own date confirmed by its lead (issue #4, relative days whose anchor is elsewhere on
the page): "الأثنين , 15 شباط , 2016 - ... سقط قتلى وجرحى , يوم الاثنين", Reuters' "اليوم ( الأربعاء )"
under "الأربعاء 20 ديسمبر 2017", "مساء امس الاثنين" under "الثلاثاء 17 تموز 2012". Excerpts of unifiedfc
pages (chamtimes, okaz, alsumaria); each rule with its negative twin."""

from __future__ import annotations

import datetime as dt

from test_events import actual_events, run_with_places, syrian_places

from rasd.extract.events.lexicons import lexicon
from rasd.extract.page_dates import dated_lead, find_page_dates, lead_reference

CHAMTIMES = ("قصف على عين ترما وابو الظهور . . سوريا الديمقراطية تسيطر على تل رفعت بحلب | شام تايمز "
             "الأثنين , 15 شباط , 2016 - قصف على عين ترما وابو الظهور . . سوريا الديمقراطية تسيطر على تل رفعت "
             "بحلب سقط قتلى وجرحى , يوم الاثنين , جراء قصف استهدف بلدة عين ترما بريف دمشق وابو الظهور بريف ادلب "
             ", في وقت حققت قوات \" سوريا الديمقراطية \" تقدما باتجاه ريف حلب الشمالي , حيث سيطرت على بلدة تل "
             "رفعت , بعد معارك مع فصائل معارضة .\n")
OKAZ = ("المرصد السوري : 19 قتيلا في بلدة معر شورين\nأخبار السعودية | صحيفة عكاظ\nبحث متقدم المرصد السوري : "
        "19 قتيلا في بلدة معر شورين الأربعاء / 2 / ربيع الثاني / 1439 ه - الأربعاء 20 ديسمبر 2017 16 : 47 9 A A\n"
        "رويترز ( بيروت ) قال الدفاع المدني والمرصد السوري لحقوق الإنسان اليوم ( الأربعاء ) , إن 19 قتيلا سقطوا "
        "في ضربات جوية على معقل المعارضة المسلحة , الليلة الماضية . وذكر المرصد السوري الذي يقع مقره في "
        "بريطانيا ويتابع مجريات الحرب الدائرة بسورية , أن القصف وقع في بلدة معر شورين بالقرب من مدينة إدلب , "
        "وأصاب 25 شخصا بجروح .\n")
SUMARIA = ("الساهر والرباعي وعبد الوهاب وحلاني يحك مون في برنامج المواهب الجديد the voiceالمحرر : OT "
           "الثلاثاء 17 تموز 2012 16 : 43 GMT السومرية نيوز / بيروت عقدت مجموعة mbc مساء امس الاثنين مؤتمرا "
           "صحافيا في استديوهاتها في جعيتا - لبنان للإعلان عن اطلاق برنامج المواهب الجديد .\n")


def _lead(text: str) -> dt.date | None:
    return dated_lead(text, find_page_dates(text, None, []), lexicon().date_cues)


def test_a_lead_naming_the_dates_weekday_confirms_it() -> None:
    assert _lead(CHAMTIMES) == dt.date(2016, 2, 15)


def test_a_lead_naming_another_weekday_confirms_nothing() -> None:
    assert _lead(CHAMTIMES.replace("يوم الاثنين", "يوم الأحد")) is None
    assert _lead(CHAMTIMES.replace("يوم الاثنين", "يوم الاثنين الماضي")) is None


def test_yesterday_in_the_lead_names_the_day_before() -> None:
    assert _lead(SUMARIA) == dt.date(2012, 7, 17)
    # "أول أمس الاثنين" is the day before yesterday: no confirmation
    assert _lead(SUMARIA.replace("مساء امس الاثنين", "مساء أول أمس الاثنين")) is None
    assert _lead(SUMARIA.replace("مساء امس الاثنين", "مساء أول من أمس الاثنين")) is None


def test_a_page_printing_another_days_stamp_is_a_listing() -> None:
    later = CHAMTIMES + "الثلاثاء , 16 شباط , 2016 - تقدم للقوات في ريف حلب الشمالي .\n"
    assert _lead(later) is None
    # a later day, even told in running text, is news of a later day than the head's (a ticker)
    told = CHAMTIMES + "وسيطرت القوات في 16 شباط 2016 على قرى في ريف حلب الشمالي .\n"
    assert _lead(told) is None
    earlier = CHAMTIMES + "الأحد , 14 شباط , 2016 - تقدم للقوات في ريف حلب الشمالي .\n"
    assert _lead(earlier) is None


def test_reuters_today_in_brackets_confirms_the_head_date() -> None:
    dates = find_page_dates(OKAZ, None, [])
    assert lead_reference(OKAZ, dates, lexicon().date_cues) == dt.date(2017, 12, 20)


def test_the_confirmed_date_dates_the_leads_events() -> None:
    # the capture of Tell Rifaat, told after the shelling of "يوم الاثنين", stood undated
    places = syrian_places({"tr": ("تل رفعت", "Tell Rifaat", 36.47, 37.09, "town", "Aleppo"),
                            "at": ("عين ترما", "Ein Terma", 33.50, 36.35, "town", "Rif Dimashq")})
    events = actual_events(run_with_places(CHAMTIMES, places))
    battles = [e for e in events if e.event_type == "Battles"]
    assert battles
    assert all((e.date_start, e.date_end) == ("2016-02-15", "2016-02-15") for e in battles)
