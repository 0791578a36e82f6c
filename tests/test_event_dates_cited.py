"""Event dates from a source's citation in brackets (issue #4, dates): a weekly report that closes each
sentence with its sources ("... من مدينة الرقة ( المرصد السوري لمتابعة حقوق الإنسان , 13 أيار / مايو 2017 ;
روسيا اليوم , 13 أيار / مايو 2017 ) .") dates the happening by the day the sources reported it: the report's
week up to that day. Such a date is not a glued timeline entry's heading (which would keep it from the
trigger before it). Excerpts of unifiedfc pages (an intelligence centre's weekly report on ISIS), each with
its twin."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis, Event

PLACES = {
    "raqqa": ("الرقة", "Raqqa", 35.950, 39.010, "town", "Raqqa"),
    "bukamal": ("أبو كمال", "Abu Kamal", 34.452, 40.918, "town", "Deir ez-Zor"),
}

TWO_SOURCES = "( المرصد السوري لمتابعة حقوق الإنسان , 13 أيار / مايو 2017 ; روسيا اليوم , 13 أيار / مايو 2017 )"
STRIKE = ("وجاء في التقرير أيضا أن طائرات التحالف قد قصفت مواقع لتنظيم الدولة الإسلامية في قرية على أطراف "
          "مدينة أبو كمال {cite} .\n")


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown")


def _at(a: Analysis, place: str) -> Event:
    found = [e for e in actual_events(a) if e.location == place]
    assert len(found) == 1, [(e.event_type, e.location, e.date_start) for e in actual_events(a)]
    return found[0]


def test_citation_dates_the_sentence_it_closes() -> None:
    a = _run(STRIKE.format(cite=TWO_SOURCES))
    e = _at(a, "bukamal")
    # the week up to the day the sources reported it, not unknown
    assert (e.date_start, e.date_end, e.time_precision) == ("2017-05-07", "2017-05-13", 2)
    assert a.doc.text[slice(*e.field_evidence["date"])].startswith("13 أيار")


def test_one_source_citation() -> None:
    e = _at(_run(STRIKE.format(cite="( أوريينت نيوز , 15 أيار / مايو 2017 )")), "bukamal")
    assert (e.date_start, e.date_end) == ("2017-05-09", "2017-05-15")


def test_sources_of_different_days_the_latest_report() -> None:
    cite = "( خطوة , 12 أيار / مايو 2017 ; سمارت , 14 أيار / مايو 2017 )"
    e = _at(_run(STRIKE.format(cite=cite)), "bukamal")
    assert (e.date_start, e.date_end) == ("2017-05-08", "2017-05-14")


def test_bracketed_date_without_a_source_is_the_day_itself() -> None:
    # twin: a date explained in brackets ("( 15 أيار / مايو 2017 )") is the happening's own day
    e = _at(_run(STRIKE.format(cite="( 15 أيار / مايو 2017 )")), "bukamal")
    assert (e.date_start, e.date_end, e.time_precision) == ("2017-05-15", "2017-05-15", 1)


def test_glued_entry_date_outside_brackets_still_heads_its_entry() -> None:
    # twin: the same date glued without brackets opens another timeline entry; the strike before it
    # (on an undated page) gets no date from it
    text = ("قصفت طائرات التحالف مواقع لتنظيم الدولة الإسلامية في قرية على أطراف مدينة أبو كمال "
            "15 أيار / مايو 2017 اشتباكات بين قوات سوريا الديمقراطية والتنظيم شمال مدينة الرقة .\n")
    e = _at(_run(text), "bukamal")
    assert e.date_start == "unknown"


# a study of the Aleppo offensive (undated page): the days the bracket spans date the happening it brackets
NUBL = ("خلال قرابة 60 ساعة ( منذ ليل 1 شباط 2016 م وحتى مساء {end} ) , استطاعت قوات النظام والميليشيات الشيعية "
        "متعددة الجنسيات التي تقودها إيران , مدعومة بالطيران الروسي , أن تصل إلى بلدتي / معسكري نبل والزهراء , بعد "
        "قرابة 3 سنوات من وضع شبه الحصار , عبر السيطرة على بلدات : ( دوير الزيتون , تل جبين , حردتنين , معرستة "
        "الخان ) بالترتيب .\n")
NUBL_PLACES = {"nubl": ("نبل", "Nubl", 36.373, 37.003, "town", "Aleppo")}


def _nubl(end: str) -> Event:
    a = run_with_places(NUBL.format(end=end), syrian_places(NUBL_PLACES), "unknown")
    found = [e for e in actual_events(a) if e.location == "nubl" and e.event_type == "Battles"]
    assert len(found) == 1, [(e.event_type, e.location, e.date_start) for e in actual_events(a)]
    return found[0]


def test_bracketed_span_of_days_dates_the_happening() -> None:
    e = _nubl("3 شباط")
    assert (e.date_start, e.date_end, e.time_precision) == ("2016-02-01", "2016-02-03", 2)


def test_bracketed_span_longer_than_a_week_dates_nothing() -> None:
    # twin: a bracket spanning weeks ("حتى 23 شباط") does not say when within it
    assert _nubl("23 شباط").date_start == "unknown"


# the same report: a taking dated by its own sentence, told again with a source's citation
DEIR_HAFER = ("تقدم الجيش السوري باتجاه غور الفرات بعد معارك دامت عدة أسابيع احتلت القوات السورية في 29 آذار / مارس "
              "2017 بلدة دير حافر الواقعة على الطريق المؤدي من مدينة الباب إلى بحيرة الأسد وإلى غور الفرات .\n"
              "وأفادت التقارير عن مقتل المئات من مقاتلي تنظيم الدولة الإسلامية أثناء معركة احتلال دير حافر وتدمير "
              "عشرات المركبات المدرعة ( خطوة , 3 نيسان / أبريل 2017 ) .\n")


def test_citation_window_does_not_replace_the_happenings_own_date() -> None:
    places = {"deirhafer": ("دير حافر", "Deir Hafer", 36.157, 37.705, "town", "Aleppo")}
    a = run_with_places(DEIR_HAFER, syrian_places(places), "unknown")
    found = [e for e in actual_events(a) if e.location == "deirhafer" and e.event_type == "Battles"]
    assert len(found) == 1, [(e.event_type, e.location, e.date_start) for e in actual_events(a)]
    # the weeks of fighting up to the taking of 29 March, not the week up to the later citation (28 March - 3 April)
    assert (found[0].date_start, found[0].date_end) == ("2017-03-08", "2017-03-29")
