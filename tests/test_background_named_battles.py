"""Battles the reader knows by their theatre, and a week's tally, are no happening of the page
(BACKGROUND rows of the carried breadth samples, session 29):
- a battles construct whose second term is a name ("انشغال النظام بمعارك دير الزور", "شارك في معارك مطار الجراح"):
  a name is definite as it stands, so the construct names that theatre's campaign, as "معارك الرقة" does
  (background._battles_named, NAMED_SECOND_TERMS);
- a count of strikes in "one week" ("1100 + غارات جوية ... في أسبوع واحد") is a monitor's weekly tally
  (background._single_span_at).
Short excerpts of allowed unifiedfc pages (R-654 #1 Defense-Arab forum / Baladi, V-154 #9 Asharq al-Arabi,
R-73 #2 Liveuamap) and twins that keep the day's news."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

BATTLES = "Battles"
STRIKES = "Explosions/Remote violence"

PREOCCUPIED = ("انتشر مؤخرا عبر وسائل الإعلام عن مساعي تشكيل غرفة عمليات عسكرية مشتركة لفصائل المعارضة في الشمال "
               "السوري , إضافة لجلسات صلح بين قادة الفصائل بعد اقتتال طويل , وانشغال النظام بمعارك دير الزور وغيرها .")
WEEK = ("المرصد السوري : 1100 + غارات جوية على 45 منطقة في حماة وإدلب في أسبوع واحد قد أسفرت عن مقتل ما لا يقل عن "
        "58 مدنيا وإصابة 307 مدنيين .")


def test_the_battles_of_a_named_theatre_are_no_clash() -> None:
    # R-654 #1: "the regime's preoccupation with the battles of Deir ez-Zor" names the campaign, no clash of the day
    a = analyse_text(PREOCCUPIED, "2017-12-29", doc_id="preoccupied")
    assert not actual_events_of(a, BATTLES)


def test_battles_that_break_out_in_the_theatre_stay() -> None:
    # twin: battles told as breaking out, in the place, are the day's news
    text = "واندلعت معارك عنيفة في دير الزور بين قوات النظام وتنظيم داعش , بحسب المرصد السوري ."
    a = analyse_text(text, "2017-12-29", doc_id="outbreak-dez")
    assert actual_events_of(a, BATTLES)


def test_the_battles_a_doctor_took_part_in_are_no_clash() -> None:
    # V-154 #9: a profile's "he took part in the battles of al-Jarrah airport and Raqqa" is the man's past
    text = ("أسس أبو ريان مشفى مسكنة الميداني و استطاع تغطية المناطق المحررة من دير حافر إلى الرقة , كما شارك في "
            "معارك مطار الجراح و الرقة التي عمل في مشفاها الوطني .")
    a = analyse_text(text, "unknown", doc_id="doctor")
    assert not actual_events_of(a, BATTLES)


def test_a_weeks_tally_of_strikes_is_no_strike() -> None:
    # R-73 #2: SOHR's "1100+ air strikes on 45 areas of Hama and Idlib in one week" sums a week up
    a = analyse_text(WEEK, "2017-09-26", doc_id="week")
    assert not actual_events_of(a, STRIKES)


def test_strikes_of_the_day_stay() -> None:
    # twin: the same count told of the day is the day's news
    a = analyse_text(WEEK.replace("في أسبوع واحد", "اليوم"), "2017-09-26", doc_id="day")
    assert actual_events_of(a, STRIKES)
