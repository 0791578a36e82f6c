"""Event dates: a happening dated only by the day a source told it ("أفاد مصدر , اليوم الثلاثاء , بإعدام ...",
"أعلنت مديرية الصحة , اليوم , أن حصيلة التفجير ...") takes the day a sentence right after says it took place ("نفذ
الإعدام بهم يوم أمس الاثنين", "إن التفجير وقع يوم أمس"), and a form-IV verb names the same happening as its verbal
noun ("أعدم" / "الإعدام"). Not when the later sentence names another happening. Small fixtures of the general
construction (breadth rows R-651, an execution told by a local source; V-284, a blast's toll)."""

from __future__ import annotations

from analysed import actual_type_dates

# 23 May 2017 is a Tuesday: "أمس الاثنين" is 22 May
PUB = "2017-05-23"


def test_the_day_a_source_told_an_execution_gives_way_to_the_day_it_was_carried_out() -> None:
    got = actual_type_dates("أفاد مصدر محلي لمراسلة الوكالة , اليوم الثلاثاء , بإعدام مدنيين اثنين على يد تنظيم داعش "
                            "في مدينة البوكمال . وأوضح المصدر أن المدنيين نفذ الإعدام بهم , يوم أمس الاثنين , رميا "
                            "بالرصاص .", PUB, "told-day")
    assert got and all(s == e == "2017-05-22" for _t, s, e in got), got


def test_a_toll_announced_today_gives_way_to_the_day_the_blast_happened() -> None:
    got = actual_type_dates("أعلنت مديرية الصحة , اليوم الثلاثاء , أن حصيلة التفجير الذي استهدف سوقا في مدينة "
                            "الناصرية ارتفعت إلى 20 قتيلا . وقال المدير إن التفجير حدث يوم أمس الاثنين قرب السوق .",
                            PUB, "told-day")
    assert got and all(s == e == "2017-05-22" for _t, s, e in got), got


def test_the_verb_and_its_verbal_noun_name_the_same_happening() -> None:
    got = actual_type_dates("أفاد مصدر محلي , اليوم الثلاثاء , بأن تنظيم داعش أعدم أربعة مدنيين في مدينة البوكمال . "
                            "وأوضح المصدر أن الإعدام نفذ بهم يوم أمس الاثنين رميا بالرصاص .", PUB, "told-day")
    assert got and all(s == e == "2017-05-22" for _t, s, e in got), got


def test_another_happening_that_took_place_lends_no_day_to_the_told_one() -> None:
    got = actual_type_dates("أفاد مصدر محلي , اليوم الثلاثاء , بأن تنظيم داعش أعدم أربعة مدنيين في مدينة البوكمال . "
                            "وأوضح المصدر أن الانتخابات جرت يوم أمس الاثنين .", PUB, "told-day")
    assert got and all(s == e == "2017-05-23" for _t, s, e in got), got
