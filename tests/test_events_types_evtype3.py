"""Event types of session 34 (helper "evtype3"): "تحرير" after the head of a name or a title ("حركة جيش تحرير ...",
"رئيس تحرير") takes no ground; a blast word whose object is a conflict or a crisis ("قد تفجر صراعا") is
figurative; a toll of persons with nothing told of a fight, a killer or a means is no Battles event.

ACLED: Battles need two organised armed sides; a value the text does not support (here: the type of an
unexplained toll) is not guessed."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, actual_types, analyse_text

DAY = "2017-03-05"


def test_liberation_in_a_movement_name_takes_no_ground() -> None:
    got = actual_types("رحب الوزير بالمحادثات التي بدأت أمس في القاهرة بين حكومة السودان وحركة جيش تحرير السودان .", DAY)
    assert all(t[0] != "Battles" for t in got)


def test_the_army_announcing_a_liberation_still_takes_ground() -> None:
    got = actual_types("أعلن الجيش أمس تحرير بلدة كفرنبودة بريف حماة الشمالي بعد معارك مع الفصائل .", DAY)
    assert any(t[0] == "Battles" for t in got)


def test_a_conflict_ignited_is_no_blast() -> None:
    got = actual_types("وقال مسؤول تركي إن حملة على مدينة الرقة بمشاركة مقاتلي الوحدات الكردية قد تفجر صراعا عرقيا هناك .",
                       DAY)
    assert all(t[0] != "Explosions/Remote violence" for t in got)


def test_a_bomb_that_went_off_is_still_a_blast() -> None:
    got = actual_types("انفجرت عبوة ناسفة أمس في بلدة كفرنبودة بريف حماة ما أدى إلى مقتل 3 أشخاص .", DAY)
    assert any(t[0] == "Explosions/Remote violence" for t in got)


@pytest.mark.parametrize("text", [
    "كما قتل 4 أشخاص أمس في بلدة كفرنبودة بريف حماة .",
    "مصرع وإصابة 12 شخصا أمس في حادثين منفصلين في بلدة كفرنبودة بريف حماة .",
])
def test_a_toll_of_persons_with_nothing_else_told_is_no_battle(text: str) -> None:
    assert actual_types(text, DAY) == []


@pytest.mark.parametrize(("text", "want"), [
    ("قتل 4 أشخاص أمس في اشتباكات في بلدة كفرنبودة بريف حماة .", "Battles"),
    ("قتل 4 أشخاص أمس برصاص مسلحين مجهولين في بلدة كفرنبودة بريف حماة .", "Violence against civilians"),
    ("أسفر القصف المدفعي على بلدة كفرنبودة بريف حماة أمس عن مقتل 4 أشخاص .", "Explosions/Remote violence"),
    ("قضى 5 أشخاص أمس في بلدة كفرنبودة بريف حماة جراء التفجيرات .", "Explosions/Remote violence"),
])
def test_a_toll_of_persons_told_with_its_fight_killer_or_means_stays(text: str, want: str) -> None:
    assert any(t[0] == want for t in actual_types(text, DAY))


def test_a_toll_told_right_after_a_blast_is_the_blast_s() -> None:
    a = analyse_text("انفجرت سيارة مفخخة أمس في بلدة كفرنبودة بريف حماة . وقتل ما لا يقل عن 4 أشخاص وجرح 10 آخرون .",
                     DAY, stages=None)
    blasts = actual_events_of(a, "Explosions/Remote violence")
    assert blasts and any(e.fatalities == 4 for e in blasts)


def test_a_toll_on_the_next_prose_line_is_the_blast_s() -> None:
    a = analyse_text("انفجرت سيارة مفخخة أمس في بلدة كفرنبودة بريف حماة .\nوقتل ما لا يقل عن 4 أشخاص وجرح 10 آخرون .",
                     DAY, stages=None)
    assert any(e.fatalities == 4 for e in actual_events_of(a, "Explosions/Remote violence"))


def test_a_toll_of_persons_as_the_next_item_of_a_list_is_no_battle() -> None:
    # a new line opened by a bullet is another item: the clash of the line before does not explain it
    a = analyse_text("اشتبكت قوات النظام مع الفصائل أمس في بلدة كفرنبودة بريف حماة .\n- قتل 4 أشخاص أمس في بلدة اللطامنة بريف حماة .",
                     DAY, stages=None)
    assert [e.fatalities for e in actual_events_of(a)] == [None]
