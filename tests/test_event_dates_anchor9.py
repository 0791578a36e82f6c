"""Wrong anchors of an event's day (DATE_WRONG_ANCHOR of brsample10): a deed a statement answers "in the wake
of" is not dated by the statement's day (R-429#2: the 28 Sep 2015 Kunduz attack dated by the UN item of 29 Sep);
a chronology line with a second entry glued on lends that entry's day to the lines below it (R-99#9: the
Nigeria bombing under the "19 مايو 2015" entry); a lead's next sentence lends no "أمس" of its own happening
(V-362#9). Fixtures in the corpus's pre-tokenised style, with negative twins."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

PLACES = {
    "kunduz": ("قندوز", "Kunduz", 36.73, 68.86, "town", "Kunduz"),
    "marrat": ("مراط", "Marrat", 35.37, 40.17, "village", "Deir ez-Zor"),
    "douma": ("دوما", "Douma", 33.57, 36.40, "town", "Rif Dimashq"),
    "harasta": ("حرستا", "Harasta", 33.56, 36.37, "town", "Rif Dimashq"),
}

KUNDUZ = ("2015 / 9 / 29 - في أعقاب الهجوم الانتحاري الذي نفذته حركة طالبان في مدينة قندوز , حث مفوض الأمم المتحدة "
          "السامي لحقوق الإنسان طرفي النزاع على اتخاذ جميع التدابير لحماية المدنيين من الأذى .")


def test_a_deed_a_statement_follows_takes_the_statements_window() -> None:
    a = run_with_places(KUNDUZ, syrian_places(PLACES), "2015-09-30", syrian=True)
    assert actual_dates_at(a, "kunduz") == {("2015-09-23", "2015-09-29")}


def test_a_deed_a_happening_follows_keeps_the_day() -> None:
    # twin: the phrase hangs on a happening ("قتل ... بعد قصف"), whose day is the shelling's too
    text = ("2016 / 3 / 12 - قال ناشطون إن خمسة مدنيين قتلوا بعد قصف قوات النظام على مدينة دوما .")
    a = run_with_places(text, syrian_places(PLACES), "2016-03-13", syrian=True)
    assert actual_dates_at(a, "douma") == {("2016-03-12", "2016-03-12")}


CHRONOLOGY = ("14 مايو 2015 قتل ثلاثة جنود في هجوم على بلدة حرستا .\n"
              "16 مايو 2015 قتل ثلاثة قضاة في هجوم شنه مسلحون على حافلة في مدينة قندوز .\n"
              "18 مايو 2015 قتل شرطي بالرصاص عندما هاجمه مسلحون في بلدة مراط 19 مايو 2015 لقي شخص مصرعه في "
              "تفجير سيارة مفخخة .\n"
              "قتل ثمانية أشخاص عندما فجر انتحاري نفسه أمام سوق للماشية في مدينة دوما .\n"
              "21 مايو 2015 فجر انتحاري سيارة مفخخة عند نقطة تفتيش .")


def test_the_last_entry_glued_on_a_line_dates_the_lines_below() -> None:
    a = run_with_places(CHRONOLOGY, syrian_places(PLACES), syrian=True)
    assert actual_dates_at(a, "douma") == {("2015-05-19", "2015-05-19")}


def test_a_date_told_inside_the_entry_heads_nothing() -> None:
    # twin: "في 19 مايو 2015" is told in the entry's text, not a glued entry's head
    text = CHRONOLOGY.replace("مراط 19 مايو", "مراط في 19 مايو")
    a = run_with_places(text, syrian_places(PLACES), syrian=True)
    assert actual_dates_at(a, "douma") != {("2015-05-19", "2015-05-19")}


DIGEST = ("أحداث الجمعة 22 أيلول 2017 - روسيا تهدد أميركا في سورية .\n"
          "ووسعت القوات النظامية , مدعومة بالقصف الجوي الروسي , نطاق سيطرتها بعد القضاء على آخر تجمعات داعش "
          "في قرية مراط .\n")


def test_the_next_sentences_own_yesterday_does_not_date_the_lead() -> None:
    text = DIGEST + "في موازاة ذلك , اجتازت آليات عسكرية تركية أمس معبر جلوة غوزو إلى المنطقة العازلة ."
    a = run_with_places(text, syrian_places(PLACES), "2017-09-22", syrian=True)
    assert actual_dates_at(a, "marrat") == {("2017-09-21", "2017-09-22")}


def test_the_day_a_source_spoke_still_dates_the_lead() -> None:
    # twin: "وذكر المرصد أمس": the day the report came, which the lead's happening is of
    text = DIGEST + "وذكر المرصد السوري أمس ذلك في بيان ."
    a = run_with_places(text, syrian_places(PLACES), "2017-09-22", syrian=True)
    assert actual_dates_at(a, "marrat") == {("2017-09-21", "2017-09-21")}


TAMR = ("اعلنت هيئة الاعلام , اليوم الاربعاء 31 آب 2016 , توقيع اتفاقية مع وزارة الاتصالات .\n"
        "عين رئيس الوزراء وزيرا للدفاع بالوكالة . . . كشف قائممقام عين التمر عن سقوط أكثر من 40 "
        "مواطنا بين شهيد وجريح إثر هجوم ارهابي ب - 5 انتحاريين تعرض له القضاء في ساعة متاخرة من ليلة أمس .\n"
        "واوضح التميمي , اليوم الاثنين 29 آب 2016 : ان الانتحاريين دخلوا القضاء من جهة الصحراء .")
TAMR_PLACES = {"tamr": ("عين التمر", "Ayn Tamr", 32.56, 43.48, "town", "Karbala")}


def test_an_items_own_today_counts_its_yesterday() -> None:
    # an archive page of Wednesday 31 Aug: the item's today is Monday 29, its "ليلة أمس" Sunday 28
    a = run_with_places(TAMR, syrian_places(TAMR_PLACES), "2016-08-31", syrian=True)
    assert ("2016-08-28", "2016-08-28") in actual_dates_at(a, "tamr")
    assert ("2016-08-30", "2016-08-30") not in actual_dates_at(a, "tamr")


def test_without_the_items_today_yesterday_counts_from_the_page() -> None:
    text = TAMR.replace("اليوم الاثنين 29 آب 2016 : ", "")
    a = run_with_places(text, syrian_places(TAMR_PLACES), "2016-08-31", syrian=True)
    assert ("2016-08-30", "2016-08-30") in actual_dates_at(a, "tamr")


def test_an_items_weekday_is_the_nearest_before_its_today() -> None:
    # the item of Monday 29 Aug tells "يوم الثلاثاء": Tuesday 23, not the page's Tuesday 30
    text = TAMR.replace("في ساعة متاخرة من ليلة أمس", "يوم الثلاثاء")
    a = run_with_places(text, syrian_places(TAMR_PLACES), "2016-08-31", syrian=True)
    assert ("2016-08-23", "2016-08-23") in actual_dates_at(a, "tamr")
    assert ("2016-08-30", "2016-08-30") not in actual_dates_at(a, "tamr")
