"""Event dates carried from the sentences before (issue #4, dates): a sentence opened by a lapse of days
("وبعد يومين من محاولة اغتياله", "وبعد 3 أيام") counts from the day the text dated just before; on a page
with no day of its own, a new line that goes on with its own trigger verb ("⏎ واشتبكت القوات ...") takes
the day of the happening told just before. Excerpts of unifiedfc pages (RT's "Iraq 2013" chronicle),
each rule with its negative twin."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis, Event

PLACES = {
    "fallujah": ("الفلوجة", "Fallujah", 33.349, 43.784, "town", "Anbar"),
}

ATTEMPT = "في 13 يناير / كانون الثاني نجاة العيساوي من محاولة اغتيال في الفلوجة .\n"
ATTEMPT_2013 = "في 13 يناير / كانون الثاني 2013 نجاة العيساوي من محاولة اغتيال في الفلوجة .\n"
BETWEEN = ("ولم تكن هذه المحاولة الأولى لاغتياله خلال مسيرته السياسية المضطربة .\n"
           "وكان العيساوي يدعو بشكل متكرر لاستقالة رئيس الوزراء المالكي قائلا أنه يحاول بناء نظام ديكتاتوري في البلاد .\n")
BOMBING = ("{lapse} , فجر انتحاري نفسه ليقتل نائبا سنيا بارزا في البرلمان وستة أشخاص آخرين في العملية التي "
           "نفذت أيضا في الفلوجة .\n")
SHOOTING = ("في 25 يناير / كانون الثاني 2013 , قتل الجنود العراقيون خمسة أشخاص بعد أن فتحوا النار على مظاهرة "
            "مناهضة للحكومة في محاولة لتفريقها .\n")
CLASH = "{opening} القوات العراقية مع آلاف العراقيين في مدينة الفلوجة , كانوا يتظاهرون للتنديد برئيس الوزراء نوري المالكي .\n"


def _run(text: str, published: str = "unknown") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published)


def _of_type(a: Analysis, event_type: str) -> Event:
    found = [e for e in actual_events(a) if e.event_type == event_type and e.location == "fallujah"]
    assert len(found) == 1, [(e.event_type, e.location, e.date_start) for e in actual_events(a)]
    return found[0]


# --------------------------------------------------------------------------- a lapse of days


def test_a_lapse_counts_from_the_day_told_before() -> None:
    text = ATTEMPT_2013 + BETWEEN + BOMBING.format(lapse="وبعد يومين من محاولة اغتياله")
    e = _of_type(_run(text), "Explosions/Remote violence")
    assert (e.date_start, e.date_end, e.time_precision) == ("2013-01-15", "2013-01-15", 1)
    a, b = e.field_evidence["date"]
    assert text[a:b] == "وبعد يومين"          # the evidence is the lapse the event's sentence says


@pytest.mark.parametrize("lapse, day", [
    ("وبعد 3 أيام من محاولة اغتياله", "2013-01-16"),
    ("وبعد أسبوع من محاولة اغتياله", "2013-01-20"),
    ("وفي اليوم التالي", "2013-01-14"),
])
def test_lapse_units_and_counts(lapse: str, day: str) -> None:
    e = _of_type(_run(ATTEMPT_2013 + BOMBING.format(lapse=lapse)), "Explosions/Remote violence")
    assert e.date_start == e.date_end == day


def test_a_lapse_without_a_count_or_without_a_dated_day_before_dates_nothing() -> None:
    # "بعد أيام": how many is not said
    e = _of_type(_run(ATTEMPT_2013 + BOMBING.format(lapse="وبعد أيام من محاولة اغتياله")), "Explosions/Remote violence")
    assert e.date_start == "unknown"
    # the day before has no year on an undated page: nothing to count from
    e = _of_type(_run(ATTEMPT + BOMBING.format(lapse="وبعد يومين من محاولة اغتياله")), "Explosions/Remote violence")
    assert e.date_start == "unknown"


def test_a_lapse_after_a_sentence_with_two_days_dates_nothing() -> None:
    two = "في 13 يناير / كانون الثاني 2013 نجاة العيساوي من محاولة اغتيال ثانية بعد محاولة 2 يناير / كانون الثاني 2013 .\n"
    e = _of_type(_run(two + BOMBING.format(lapse="وبعد يومين من محاولة اغتياله")), "Explosions/Remote violence")
    assert e.date_start == "unknown"


# --------------------------------------------------------------------------- a continuation line


def test_a_continuation_line_takes_the_day_of_the_happening_before() -> None:
    e = _of_type(_run(SHOOTING + CLASH.format(opening="واشتبكت")), "Battles")
    assert (e.date_start, e.date_end) == ("2013-01-25", "2013-01-25")


def test_a_line_that_is_no_continuation_keeps_an_unknown_date() -> None:
    # the line does not open with its trigger verb
    e = _of_type(_run(SHOOTING + CLASH.format(opening="وفي وقت لاحق اشتبكت")), "Battles")
    assert e.date_start == "unknown"


def test_an_undated_pluperfect_line_is_background() -> None:
    # "وكانت اشتبكت ...": another (earlier) time with no day of its own, told as background: no event
    # of the page (it once stayed with an unknown date; since session 9 undated "وكان/وكانت" asides drop)
    a = _run(SHOOTING + CLASH.format(opening="وكانت اشتبكت"))
    assert not [e for e in actual_events(a) if e.event_type == "Battles"]


def test_a_dated_page_does_not_carry_across_lines() -> None:
    # with a page day, an undated line's event takes the report's window, not the line before's day
    text = SHOOTING.replace(" 2013", " 2017").replace("25 يناير", "10 ديسمبر") + CLASH.format(opening="واشتبكت")
    e = _of_type(_run(text, published="2017-12-12"), "Battles")
    assert (e.date_start, e.date_end) == ("2017-12-12", "2017-12-12")


# --------------------------------------------------------------------------- a date printed with the title


from rasd.extract.page_dates import find_page_dates, titled_date  # noqa: E402

# heads of unifiedfc pages: the title block printed twice with the article's date, beside a site clock
TITLED = [
    ("2012 - 03 - 4 اخر تطورات الأزمة في سوريا , بقلم المركز السوري للتوثيق 2012 - 03 - 4 اخر تطورات الأزمة "
     "في سوريا بقلم إدلب في كل من منطقة خان شيخون", "2012-03-04"),
    ("تركيا وقرار الحرب ضد الأكراد والدولة وردود الفعل عليها 26 - 7 - 2015 اخر تحديثالأحد - 21 / 01 / 2018 "
     "\\ \\ تركيا وقرار الحرب ضد الأكراد والدولة وردود الفعل عليها 26 - 7 - 2015 قررت تركيا بعد فترة طويلة",
     "2015-07-26"),
]
NOT_TITLED = [
    # a site bar's clock, printed once
    "مقترح روسي لإقامة 4 مناطق آمنة في سوريا - القبس الإلكتروني الأحد , 21 يناير 2018 \" المدير المسؤول \" لشؤون الجريدة",
    # related posts' dates: the same day again, with dates beside it, not words
    "ميليشيا \" قسد \" تسيطر على حي المنصورة بالرقة | الهيئة السورية للإعلام 25 / 11 / 2017 25 / 11 / 2017 "
    "25 / 11 / 2017 23 / 11 / 2017 27 / 11 / 2017 عناصر من ميليشيا \" قسد \" قرب الرقة",
    # two different days each printed twice with their words: which is the article's is not said
    "تقرير أول 3 - 3 - 2016 تقرير أول 3 - 3 - 2016 تقرير ثان 5 - 4 - 2016 تقرير ثان 5 - 4 - 2016",
]


@pytest.mark.parametrize("head, day", TITLED)
def test_a_date_printed_with_the_title_twice_is_the_pages(head: str, day: str) -> None:
    found = titled_date(head, find_page_dates(head, None, []))
    assert found is not None and found.isoformat() == day


@pytest.mark.parametrize("head", NOT_TITLED)
def test_a_clock_or_a_list_of_dates_is_no_titled_date(head: str) -> None:
    assert titled_date(head, find_page_dates(head, None, [])) is None


def test_events_of_a_page_with_a_titled_date_count_from_it() -> None:
    places = syrian_places({"ain-bayda": ("عين البيضا", "Ain al-Bayda", 36.03, 36.56, "town", "Idlib")})
    body = "مقتل 5 عناصر من الميليشيا المسلحة في عين البيضا خلال اشتباك مع قوات حفظ النظام يوم أمس .\n"
    found = [e for e in actual_events(run_with_places(TITLED[0][0] + " .\n" + body, places)) if e.location == "ain-bayda"]
    assert found and all((e.date_start, e.date_end) == ("2012-03-03", "2012-03-03") for e in found)
    # without the head, "يوم أمس" of an undated page stays unknown
    found = [e for e in actual_events(run_with_places(body, places)) if e.location == "ain-bayda"]
    assert found and all(e.date_start == "unknown" for e in found)


# --------------------------------------------------------------------------- a timeline entry on several lines


from rasd.text.dates import find_dates  # noqa: E402

# Al Jazeera's list of Israeli strikes on Syria (unifiedfc), entries "DAY : ..." with a line told after one
TIMELINE = (
    "8 سبتمبر / أيلول 2017 : قوات النظام السوري تقول إن الطيران الإسرائيلي استهدف موقعا عسكريا بريف حماة .\n"
    "27 أبريل / نيسان 2017 : مواقع موالية للنظام السوري تقول إن انفجارات كبيرة وقعت في محيط الجسر السابع فجرا .\n"
    "{line}\n"
    "22 فبراير / شباط 2017 : قصفت إسرائيل بالصواريخ مواقع في جبال القطيفة القريبة من دمشق .\n"
    "13 فبراير / شباط 2017 : هاجم الجيش الإسرائيلي مطار المزة بثمانية صواريخ .\n"
)
# (the page's next line, shortened: "... ضربات صاروخية أصابت مستودع ذخيرة وقاعدة جوية قرب مطار دمشق")
AIRPORT = "وقصفت طائرات حربية مستودع ذخيرة في بلدة الكسوة قرب دمشق ."
KISWAH = {"kiswah": ("الكسوة", "al-Kiswah", 33.358, 36.242, "town", "Rif Dimashq")}


def _airport_events(text: str) -> list[Event]:
    return [e for e in actual_events(run_with_places(text, syrian_places(KISWAH), syrian=True)) if e.location == "kiswah"]


def test_a_line_after_a_timeline_entry_takes_the_entrys_day() -> None:
    found = _airport_events(TIMELINE.format(line=AIRPORT))
    assert found and all((e.date_start, e.date_end) == ("2017-04-27", "2017-04-27") for e in found)


def test_a_dated_line_between_ends_the_entry() -> None:
    # a line with a date of its own ("في 2013"-style background) stands between: the entry no longer reaches.
    # (the line's deed, left undated on an undated list walking through years, is the list's undated history
    # and is dropped as such since session 25: _unresolved_history; either way it takes no entry's day)
    found = _airport_events(TIMELINE.format(line="وفي أيار 2013 أعلنت إسرائيل أنها لن تتدخل .\n" + AIRPORT))
    assert all(e.date_start != "2017-04-27" for e in found)


def test_a_line_with_a_span_of_its_own_takes_no_entry_day() -> None:
    # "وفي الأسبوعين الأولين": the line tells another time than the entry's day
    line = "وفي الأسبوعين الأولين , قصفت طائرات حربية مستودع ذخيرة في بلدة الكسوة قرب دمشق ."
    found = _airport_events(TIMELINE.format(line=line))
    assert found and all(e.date_start == "unknown" for e in found)


def test_without_a_timeline_a_line_takes_no_entry_day() -> None:
    # one "DAY :" line is no timeline (fewer than three entries). The line tells no happening of its
    # own (a line that does, "انفجارات كبيرة وقعت فجرا", is an event the strike after it may merge with)
    text = ("15 أكتوبر / تشرين الأول 2015 : وزارة الدفاع الروسية توضح أن قواتها الجوية والإسرائيلية أطلقت تدريبات "
            "عسكرية بهدف توفير الأمن لطيران كلا البلدين في الأجواء السورية .\n" + AIRPORT + "\n")
    found = _airport_events(text)
    assert found and all(e.date_start == "unknown" for e in found)


# --------------------------------------------------------------------------- a feed item's header


FEED = ("ستاد دير الزور ( يستخدم كمستودع ذخيرة ) بعد هجوم الطائرات بدون طيار قبل أسبوعين . {head}شنت طائرات "
        "حربية غارات على بلدة الكسوة .\n")


def test_a_feed_items_header_stops_the_date_of_the_item_before() -> None:
    def kiswah(head: str) -> list[Event]:
        a = run_with_places(FEED.format(head=head), syrian_places(KISWAH), "2017-11-08", syrian=True)
        return [e for e in actual_events(a) if e.location == "kiswah"]
    # an item of its own: the report's window, not the item before's "قبل أسبوعين"
    found = kiswah("ريف دمشق : ")
    assert found and all((e.date_start, e.date_end) == ("2017-11-08", "2017-11-08") for e in found)
    found = kiswah("")
    assert found and all(e.date_start.startswith("2017-10") for e in found)
    # a speaker's colon is no item header: the sentence before still dates it
    found = kiswah("وقالت المصادر : ")
    assert found and all(e.date_start.startswith("2017-10") for e in found)


def test_an_item_header_after_a_listings_title_keeps_the_titles_day() -> None:
    # a round-up's title gives the full day its items are of ("الموجز السوري ليوم الثلاثاء في 7 - 2 - 2017")
    text = ("فيما يلي أبرز التطورات الميدانية في سوريا ليوم الثلاثاء في 7 - 2 - 2017 . دمشق وريفها : - شنت "
            "طائرات حربية غارات على بلدة الكسوة .\n")
    found = [e for e in actual_events(run_with_places(text, syrian_places(KISWAH), "2017-02-07", syrian=True))
             if e.location == "kiswah"]
    assert found and all((e.date_start, e.date_end) == ("2017-02-07", "2017-02-07") for e in found)


# --------------------------------------------------------------------------- the week of a month


@pytest.mark.parametrize("text, start, end, precision", [
    ("خلال الأسبوع الثالث من تشرين الأول / أكتوبر 2017", "2017-10-15", "2017-10-21", "week"),
    ("تقرير عن الأسبوع الأول من شهر تشرين الأول / أكتوبر 2016", "2016-10-01", "2016-10-07", "week"),
    ("في اليوم الثالث من تشرين الأول 2017", "2017-10-03", "2017-10-03", "day"),     # a day, not a week
])
def test_an_ordinal_after_week_numbers_the_week(text: str, start: str, end: str, precision: str) -> None:
    d = find_dates(text)[0]
    assert (d.date_start, d.date_end, d.precision) == (start, end, precision)


# --------------------------------------------------------------------------- a page of daily reports


REPORTS = ("من أخبار حقوق الإنسان في سورية 1 - 12 - 2016 .\n"
           "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 29 - 11 - 2016 .\n"
           "وفي بلدة الكسوة قتل ( 3 ) أشخاص جراء القصف .\n"
           "التقرير اليومي عن انتهاكات حقوق الإنسان في سورية ليوم 24 - 11 - 2016 .\n"
           "وفي مدينة سراقب قتل ( 5 ) أشخاص جراء القصف .\n")


def test_each_daily_report_of_a_page_dates_its_own_items() -> None:
    places = dict(KISWAH, saraqib=("سراقب", "Saraqib", 35.862, 36.804, "town", "Idlib"))
    found = {e.location: (e.date_start, e.date_end) for e in actual_events(
        run_with_places(REPORTS, syrian_places(places), syrian=True))}
    # each report's shelling on the day its heading covers ("ليوم 24 - 11 - 2016": that day's dead), not
    # the other report's day (tests/test_dates_glued_reports.py)
    assert found.get("kiswah") == ("2016-11-29", "2016-11-29")
    assert found.get("saraqib") == ("2016-11-24", "2016-11-24")


def test_the_same_town_in_two_daily_reports_is_two_events_each_of_its_report() -> None:
    # the same town's shelling in the reports of the 29th and the 24th: two happenings (posts of
    # different days do not merge, tests/test_events_post_merge.py), each dated by its own report's day
    text = REPORTS.replace("وفي مدينة سراقب قتل ( 5 )", "وفي بلدة الكسوة قتل ( 5 )")
    found = sorted((e.date_start, e.date_end) for e in actual_events(run_with_places(text, syrian_places(KISWAH), syrian=True))
                   if e.location == "kiswah")
    assert found == [("2016-11-24", "2016-11-24"), ("2016-11-29", "2016-11-29")]
