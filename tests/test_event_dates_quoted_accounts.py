"""A source's account quoted in a dated report (issue #4, DATE_UNRES): "وذكر الدفاع المدني أن " طائرات
النظام شنت غارتين ... "" is the report's news and takes the report's week, as an unquoted sentence does
(rasd.extract.events.dates._reported_account, account_sources in event_triggers.yaml); a politician's words,
a present-tense quote and a quote no reporting verb introduces stay unknown. Fixtures written for
these tests."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

REPORT = ("وذكر الدفاع المدني أن \" طائرات النظام الحربية شنت غارتين على مدينة تلدو في ريف حمص , ما أدى لسقوط جرحى \" .")


def test_quoted_account_takes_the_reports_day() -> None:
    a = analyse_text(REPORT, "2017-04-04")
    evs = actual_events_of(a)
    assert evs and all((e.date_start, e.date_end, e.time_precision) == ("2017-04-04", "2017-04-04", 1) for e in evs)


def test_quoted_words_without_a_reporting_frame_stay_unknown() -> None:
    # a speaker's present-tense words, and a quote no reporting verb introduces, tell no day
    a = analyse_text("وقالت مصادر محلية إن \" النظام يقصف المدن السورية بالبراميل المتفجرة \" .", "2017-04-04")
    evs = actual_events_of(a)
    assert evs and all(e.date_start == "unknown" for e in evs)
    a = analyse_text("وكتب ناشطون على اللافتة \" طائرات النظام الحربية شنت غارتين على مدينة تلدو \" .", "2017-04-04")
    evs = actual_events_of(a)
    assert evs and all(e.date_start == "unknown" for e in evs)


def test_a_politicians_quoted_words_stay_unknown() -> None:
    # twin: the same past-tense account in a politician's mouth names no news source: any time
    a = analyse_text("وقال رئيس الوزراء إن \" طائرات النظام الحربية شنت غارتين على مدينة تلدو في ريف حمص \" .",
                     "2017-04-04")
    evs = actual_events_of(a)
    assert evs and all(e.date_start == "unknown" for e in evs)


def test_quoted_account_on_an_undated_page_stays_unknown() -> None:
    a = analyse_text(REPORT, "unknown")
    assert all(e.date_start == "unknown" for e in actual_events_of(a))
