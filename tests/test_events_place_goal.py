"""Which place mention of a sentence is the happening's (judged PLACE_OTHER on the breadth samples, session 37):
the town people were taken to past a part noun ("ونقلهم إلى مركز مدينة X"), where a vehicle was headed ("في طريقه
إلى X"), a name whose own first letter is "ب" after "إلى"/"من" (not a glued "in"), and a strike's object right
after its trigger against a province named before it as where the dead are counted."""
from analysed import analyse_text

from rasd.records import Analysis


def _places(a: Analysis) -> set[str]:
    return {a.entities[e.location].name_ar for e in a.events if e.location}


def test_goal_past_a_part_noun_is_where_people_were_taken() -> None:
    a = analyse_text("قال مسؤول محلي إن التنظيم اختطف مئة مدني في بلدة تل عفر , ونقلهم إلى مركز مدينة الموصل .",
                     "2017-07-10")
    assert a.events and "موصل" not in _places(a) and "الموصل" not in _places(a)


def test_goal_past_a_part_noun_alone_gives_no_place() -> None:
    a = analyse_text("قال مسؤول محلي إن التنظيم اختطف مئة مدني , ونقلهم إلى وسط مدينة الموصل .", "2017-07-10")
    assert not ({"موصل", "الموصل"} & _places(a))


def test_town_told_in_with_a_part_noun_stays() -> None:
    a = analyse_text("قتل خمسة مدنيين بقصف مدفعي على وسط مدينة الموصل .", "2017-07-10")
    assert _places(a) & {"موصل", "الموصل"}


def test_destination_of_a_train_is_not_the_arrest_place() -> None:
    for lead in ("في طريقه إلى", "المتجه إلى"):
        a = analyse_text(f"اعتقلت الشرطة أربعة أشخاص على صلة بالهجوم على قطار {lead} باريس .", "2017-10-30")
        assert "باريس" not in _places(a)


def test_name_opening_with_ba_after_to_is_a_goal() -> None:
    # "باريس" after "إلى" is the name, not "ب" + "اريس" ("in"): the wounded were taken there
    a = analyse_text("أصيب ثلاثة جنود بانفجار عبوة ناسفة في مدينة كركوك ونقلوا إلى بغداد للعلاج .", "2017-06-10")
    assert _places(a) and "بغداد" not in _places(a)


def test_name_opening_with_ba_told_in_stays() -> None:
    a = analyse_text("قتل خمسة أشخاص بانفجار سيارة مفخخة في بغداد أمس .", "2017-06-10")
    assert "بغداد" in _places(a)


def test_struck_object_after_the_trigger_beats_the_victims_province() -> None:
    a = analyse_text("وقضى في محافظة حماة ( 9 ) أشخاص جراء القصف على مدينة سرمدا في محافظة إدلب .", "2016-01-12")
    assert _places(a) == {"سرمدا"}


def test_struck_object_inside_the_province_told_before_leaves_the_province() -> None:
    # a town inside the province is left to it (the merges read such rows across glued daily reports)
    a = analyse_text("وقضى في محافظة إدلب ( 4 ) أشخاص جراء القصف على مدينة سرمدا .", "2016-01-12")
    assert _places(a) == {"محافظة إدلب"}


def test_struck_object_after_a_cause_word_is_not_the_strike_place() -> None:
    a = analyse_text("قصفت قوات النظام مواقع الفصائل في ريف حماة اليوم بعد سقوط قذائف على مدينة سرمدا .", "2017-07-24")
    assert "سرمدا" not in _places(a)


def test_place_told_after_the_object_keeps_its_rank() -> None:
    a = analyse_text("قتل ثلاثة مدنيين في مدينة سرمدا جراء القصف على ريف إدلب .", "2016-01-12")
    assert _places(a) == {"سرمدا"}
