"""Spans told around a happening (session 34, background.py; judged BACKGROUND rows of the breadth samples):
- a deed told as going on since a campaign's start ("منذ بدء الحملة", "منذ انطلاق العملية") is the campaign's course,
  a status line, not a happening of a day, whether the clause counts it or not (_so_far_tally: "تقدمت ... بدعم من غارات
  جوية مكثفة وقصف مدفعي عنيف منذ بدء هجوم رئيسي قبل أكثر من شهرين");
- so is a happening told with a verb of lasting months or years ("قصف عنيف استمر شهورا": _told_over_span);
- a "منذ" that opens on hours of the page's days ("منذ صباح اليوم", "منذ ليل الجمعة") is the day's happening, not a
  state going on (_ongoing_since).
Made-up sentences of the general constructions, each with a twin that keeps (or, for the state, drops) the strikes."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

STRIKES = "Explosions/Remote violence"

NEWS = "قالت مصادر محلية إن قوات النظام تقدمت في ريف حماة الشمالي اليوم . "


def test_strikes_told_since_the_campaign_began_are_its_course() -> None:
    text = NEWS + "وشنت الطائرات الحربية غارات جوية مكثفة على بلدة كفرنبل منذ بدء الهجوم ."
    a = analyse_text(text, "2017-03-10", doc_id="since-start")
    assert not actual_events_of(a, STRIKES)


def test_a_state_of_shelling_since_the_operation_began_is_no_strike_of_the_day() -> None:
    text = NEWS + "وتتعرض بلدة كفرنبل لغارات جوية مكثفة وقصف مدفعي عنيف منذ انطلاق العملية العسكرية على المنطقة ."
    a = analyse_text(text, "2017-03-10", doc_id="since-launch")
    assert not actual_events_of(a, STRIKES)


def test_strikes_of_the_day_stay() -> None:
    # twin: the same strikes told as the day's news
    text = NEWS + "وشنت الطائرات الحربية غارات جوية مكثفة على بلدة كفرنبل ."
    a = analyse_text(text, "2017-03-10", doc_id="strikes")
    assert [e.date_start for e in actual_events_of(a, STRIKES)] == ["2017-03-10"]


def test_a_campaign_begun_today_keeps_its_strikes() -> None:
    # twin: the campaign's start is the day's ("فجر اليوم"): its strikes are the day's happening
    text = NEWS + "وشنت الطائرات الحربية غارات جوية مكثفة على بلدة كفرنبل منذ بدء الهجوم فجر اليوم ."
    a = analyse_text(text, "2017-03-10", doc_id="since-dawn")
    assert [e.date_start for e in actual_events_of(a, STRIKES)] == ["2017-03-10"]


def test_strikes_backing_an_advance_since_an_offensive_began_months_ago_are_its_course() -> None:
    # the breadth wording (a Reuters report of an advance): the strikes back the whole offensive, no strike of a day
    text = ("وتقدمت قوات الجيش شرق بلدة بيت جن بدعم من غارات جوية مكثفة منذ بدء هجوم رئيسي قبل أكثر من شهرين "
            "للسيطرة على المنطقة .")
    a = analyse_text(text, doc_id="since-start-s34")
    assert not actual_events_of(a, STRIKES)


def test_strikes_that_lasted_months_are_a_campaign_not_a_strike() -> None:
    # a verb of lasting with months after the happening: its course, told over that span (_told_over_span)
    text = NEWS + "وشنت الطائرات الحربية غارات جوية على بلدة كفرنبل استمرت شهورا ."
    a = analyse_text(text, "2017-03-10", doc_id="lasted-months")
    assert not actual_events_of(a, STRIKES)


def test_strikes_that_lasted_hours_are_the_day_s_strike() -> None:
    # twin: hours are one happening's course
    text = NEWS + "وشنت الطائرات الحربية غارات جوية على بلدة كفرنبل استمرت ساعات ."
    a = analyse_text(text, "2017-03-10", doc_id="lasted-hours")
    assert [e.date_start for e in actual_events_of(a, STRIKES)] == ["2017-03-10"]


def test_a_toll_since_the_start_merged_with_months_of_shelling_is_the_campaign_s() -> None:
    # the tellings are a tally's and a span's: together the campaign's course, not a strike of a day
    text = ("وتقدمت قوات الجيش شرق بلدة بيت جن بدعم من غارات جوية مكثفة منذ بدء هجوم رئيسي للسيطرة على المنطقة . "
            "وسيطرت القوات على معظم الغوطة الغربية العام الماضي بعد قصف عنيف استمر شهورا لمناطق مدنية .")
    a = analyse_text(text, doc_id="tally-and-span")
    assert not actual_events_of(a, STRIKES)


def test_strikes_since_this_morning_are_the_day_s() -> None:
    # "منذ" + a part of the day: hours of the page's day, not a state going on (background._ongoing_since)
    text = NEWS + "وشنت الطائرات الحربية غارات جوية مكثفة على بلدة كفرنبل منذ صباح اليوم ."
    a = analyse_text(text, "2017-03-10", doc_id="since-morning")
    assert [e.date_start for e in actual_events_of(a, STRIKES)] == ["2017-03-10"]


def test_shelling_since_a_month_named_is_a_state_going_on() -> None:
    # twin: a span opened months back stays a state, no happening of the page's day
    text = NEWS + "وتتعرض بلدة كفرنبل لقصف مدفعي منذ مطلع أيلول الماضي ."
    a = analyse_text(text, "2017-03-10", doc_id="since-september")
    assert not actual_events_of(a, STRIKES)
