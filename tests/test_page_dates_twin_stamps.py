"""An undated page's own date under a viewing stamp, both printed in two calendars: "الأحد 4 جمادى الأولى
1439 ه - - 21 يناير 2018 م ... الاربعاء 3 ربيع الآخر 1434 ه - - 13 فبراير 2013 م". The Hijri day and its
Gregorian twin are one stamp, not a second date beside it (which would make the article's date one of a
list of related posts' dates). A date under an update label ("آخر تحديث : ...") is the day the page was
last edited, not its own. Fixtures written for these tests."""

from __future__ import annotations

import datetime as dt

from test_events import actual_events, run_with_places, syrian_places

from rasd.extract.events.lexicons import lexicon
from rasd.extract.page_dates import date_after_stamp, find_page_dates

HEAD = ("جريدة الصباح | المعارضة تسيطر على مطار عسكري في ريف حلب الأحد 4 جمادى الأولى 1439 ه - - 21 يناير 2018 م "
        "- درجة الحرارة 19 الاربعاء 3 ربيع الآخر 1434 ه - - 13 فبراير 2013 م - العدد 16305 ")
BODY = ("تمكن مقاتلو المعارضة السورية من السيطرة أمس على مطار كويرس العسكري شرق حلب بعد اشتباكات "
        "مع القوات النظامية , بحسب ما ذكر المرصد السوري لحقوق الانسان .\n")
PAGE = HEAD + BODY


def _own(text: str) -> dt.date | None:
    lex = lexicon()
    return date_after_stamp(text, find_page_dates(text, None, []), lex.date_cues, lex.founding_cues)


def test_a_stamp_printed_in_two_calendars_is_one_stamp() -> None:
    assert _own(PAGE) == dt.date(2013, 2, 13)


def test_a_related_posts_date_beside_it_still_refuses_it() -> None:
    # another day printed next to the article's date: a list of posts' dates, not the article's stamp
    listed = PAGE.replace("- العدد 16305 ", "- 11 فبراير 2013 م - ")
    assert _own(listed) is None


def test_an_update_stamp_is_not_the_pages_date() -> None:
    updated = PAGE.replace("درجة الحرارة 19 الاربعاء", "درجة الحرارة 19 آخر تحديث : الاربعاء")
    assert _own(updated) is None


def test_the_stamped_day_dates_yesterdays_capture() -> None:
    places = syrian_places({"kw": ("كويرس", "Kuweires", 36.19, 37.58, "town", "Aleppo"),
                            "al": ("حلب", "Aleppo", 36.20, 37.16, "city", "Aleppo")})
    events = actual_events(run_with_places(PAGE, places))
    assert ("2013-02-12", "2013-02-12") in {(e.date_start, e.date_end) for e in events}
