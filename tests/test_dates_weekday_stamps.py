"""Page dates: a listing whose item stamps are a weekday, a comma and the full date, glued inside the lines
with no clock ("... الوطنعين الجمهورية الأربعاء , 20 ديسمبر 2017 عين الجمهورية قسم فرعي : أعلن ...") is a
listing of posts: each stamp opens a post whose news is of its day. A story that prints such a date once or
twice, a date told by "يوم" / "في", or a weekday that is not the date's own, makes no listing. Small fixtures of
the general construction (breadth row R-73 #3, a compilation page that lost its layout)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.extract.page_dates import find_page_dates, weekday_stamps

# (items several sentences long, as a compilation's: the news stands sentences after its item's stamp)
FILLER = "وأضاف المتحدث أن الحوار هو الطريق الوحيد لحل الخلافات القائمة بين الأطراف . "
ITEMS = ("عربي دولي السبت , 06 يناير 2018 وكالات قسم فرعي : قال الرئيس إن بلاده لا تعتزم الدخول في حرب مع جيرانها . "
         + FILLER * 4 + "تقارير الوطنعين الجمهورية الأربعاء , 20 ديسمبر 2017 عين الجمهورية قسم "
         "فرعي : أعلن حزب التغيير انسحابه من حكومة الإقليم . " + FILLER * 3 + "واقتحم مئات المحتجين في مدينة كفري مكاتب "
         "الحزب الديمقراطي الكردستاني بعد رشق المبنى بالحجارة . " + FILLER * 3 + "أخبار السبت , 16 ديسمبر 2017 عين "
         "الجمهورية قسم فرعي : قررت اليابان رسميا توسيع منظومتها الدفاعية . " + FILLER * 3)


def _days(text: str) -> list[tuple[int, str]]:
    return [(at, day.isoformat()) for at, day in weekday_stamps(text, find_page_dates(text, None, []))]


def test_weekday_stamps_glued_inside_lines_open_posts() -> None:
    got = _days(ITEMS)
    assert [d for _at, d in got] == ["2018-01-06", "2017-12-20", "2017-12-16"], got
    assert ITEMS[got[1][0]:].startswith("الأربعاء , 20 ديسمبر 2017")


def test_an_item_s_news_takes_its_own_stamp_s_day() -> None:
    a = analyse_text(ITEMS)
    riots = [e for e in actual_events_of(a) if e.event_type == "Riots"]
    # (read without the listing the riot had no day: the page's own date is none of its stamps)
    assert riots and all(e.date_end == "2017-12-20" and e.date_start >= "2017-12-19" for e in riots), \
        [(e.event_type, e.date_start, e.date_end) for e in actual_events_of(a)]


def test_a_story_s_own_date_is_no_listing() -> None:
    story = ("الأربعاء , 20 ديسمبر 2017 اقتحم مئات المحتجين في مدينة كفري مكاتب الحزب بعد رشق المبنى بالحجارة . "
             "وكانت الاحتجاجات قد بدأت يوم الاثنين , 18 ديسمبر 2017 وتوسعت في الثلاثاء , 19 ديسمبر 2017 .")
    assert _days(story) == []


def test_a_weekday_that_is_not_the_date_s_own_is_no_stamp() -> None:
    wrong = ITEMS.replace("الأربعاء , 20 ديسمبر", "الخميس , 20 ديسمبر")
    assert _days(wrong) == []
