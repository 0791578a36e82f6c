"""Trigger words that name no happening (session 15, "nonevent"): a question asked ("هل تمكنت قوات
النظام من السيطرة"), a resolve ("عزمه على استعادة"), the manner of a deed talked about ("كيفية إجبار ...
على مغادرة"), weapons supplied ("زودت ... بصواريخ"), the field of battle named as a place ("لساحة
المعركة"), a battle come out of ("خرجت الفصائل من معركة"), a policy or a visit attacked in words with the
subject between ("هاجمت قوات النظام زيارة"), aircraft named as the second backer of a ground advance
("مدعومة بحلفائها والطيران الروسي", "بدعم جوي من طيران"). Fixtures written for these rules (wording after
breadth pages), each with its negative twin."""

from __future__ import annotations

import pytest
from test_events import event_types, run_two_towns

_run = run_two_towns
_types = event_types


def _all(text: str) -> list[tuple[str, str, str]]:
    """Every event, with its modality (planned ones included)."""
    return sorted((e.modality, e.event_type, e.sub_event_type) for e in _run(text).events)


# --------------------------------------------------------------------------- questions


def test_a_taking_asked_about_is_no_event() -> None:
    # "هل" used to reach only 3 tokens: "السيطرة" stands 6 tokens after it here (a question with no
    # question mark: a headline, or one cut by the page's layout)
    assert _types("هل تمكنت قوات النظام أمس من السيطرة على مدينة إدلب") == []


# --------------------------------------------------------------------------- resolve, manner


def test_a_resolve_to_take_ground_is_planned_not_done() -> None:
    text = "أكدت قوات النظام أمس عزمها على استعادة مدينة إدلب من هيئة تحرير الشام ."
    assert _types(text) == []


def test_ground_taken_after_a_resolve_was_told_is_kept() -> None:
    text = "استعادت قوات النظام أمس مدينة إدلب من هيئة تحرير الشام بعد أن أكدت عزمها على ذلك ."
    assert _types(text) == [("Battles", "Government regains territory")]


def test_how_to_force_a_withdrawal_is_talk_not_a_withdrawal() -> None:
    text = "ويبحث مقال في كيفية إجبار قوات سوريا الديمقراطية على مغادرة الرقة ."
    assert _all(text) == []


def test_a_withdrawal_told_is_kept() -> None:
    text = "وغادرت قوات سوريا الديمقراطية مدينة الرقة أمس ."
    assert [t[:2] for t in _all(text)] == [("actual", "Strategic developments")]


# --------------------------------------------------------------------------- weapons supplied


def test_missiles_supplied_are_not_fired() -> None:
    assert _types("وزودت روسيا قوات النظام بصواريخ في حلب أمس .") == []


def test_missiles_fired_stay_a_strike() -> None:
    text = "وأطلقت قوات النظام صواريخ على مدينة حلب أمس ."
    assert _types(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


# --------------------------------------------------------------------------- battlefields, battles left


def test_the_field_of_battle_is_a_place_named_not_a_fight() -> None:
    text = "وقال إن قوات النظام ستمسك الشريط الغربي لساحة المعركة في حلب ."
    assert _types(text) == []


def test_a_battle_near_a_town_is_kept() -> None:
    text = "واندلعت المعركة أمس بين قوات النظام وهيئة تحرير الشام في حلب ."
    assert _types(text) == [("Battles", "Armed clash")]


def test_coming_out_of_a_battle_is_no_ground_left() -> None:
    text = "وخرجت هيئة تحرير الشام من معركة حلب باستنزاف بشري وعسكري ."
    assert ("Strategic developments", "Non-violent transfer of territory") not in _types(text)


def test_coming_out_of_a_town_is_still_ground_left() -> None:
    text = "وخرجت هيئة تحرير الشام من مدينة حلب أمس ."
    assert ("Strategic developments", "Non-violent transfer of territory") in _types(text)


# --------------------------------------------------------------------------- attacks in words


def test_a_visit_attacked_after_its_named_critic_is_words() -> None:
    # "not_next" read only the word right after the verb: here the subject stands between
    assert _types("هاجمت قوات النظام زيارة الوفد التركي إلى حلب أمس .") == []


def test_positions_attacked_after_the_named_subject_stay_a_battle() -> None:
    assert _types("هاجمت قوات النظام مواقع هيئة تحرير الشام في حلب أمس .") == [("Battles", "Armed clash")]


# --------------------------------------------------------------------------- aircraft as backers


@pytest.mark.parametrize("text", [
    pytest.param("وتقدمت قوات النظام مدعومة بحلفائها والطيران الروسي في حلب أمس .", id="second-backer"),
    pytest.param("وتقدمت قوات سوريا الديمقراطية أمس بدعم جوي من طيران التحالف في الرقة .", id="air-support-of"),
])
def test_aircraft_backing_an_advance_tell_no_strike(text: str) -> None:
    assert not any(t == "Explosions/Remote violence" for t, _s in _types(text))


def test_aircraft_striking_after_a_list_stay_a_strike() -> None:
    text = "وقصف الطيران الروسي مدينة حلب أمس ."
    assert _types(text) == [("Explosions/Remote violence", "Air/drone strike")]


# --------------------------------------------------------------------------- rates


def test_strikes_of_a_day_counted_in_tens_stay_a_strike() -> None:
    assert _types("وشن الطيران الروسي أمس 40 غارة على مدينة حلب .") == [
        ("Explosions/Remote violence", "Air/drone strike")]


def test_strikes_told_as_a_daily_rate_are_no_happening() -> None:
    assert _types("ويشن الطيران الروسي 60 إلى 70 غارة يوميا على مواقع داعش في الرقة .") == []


# --------------------------------------------------------------------------- braced for, a role, a task


def test_battles_braced_for_are_not_told() -> None:
    assert _types("وامتنع الأهالي عن قصد البلدة تحسبا لاندلاع المعارك في حلب .") == []


def test_a_part_played_in_an_attack_is_no_attack_told() -> None:
    assert _types("ولعبت قوات النظام دورا بارزا في الهجوم على حلب أمس .") == []


def test_a_force_s_task_is_no_deed() -> None:
    assert _types("وأرسلت قوات النظام قوة مهمتها السيطرة على مدينة إدلب .") == []


def test_a_force_sent_to_guard_against_attacks_tells_no_attack() -> None:
    text = "وأرسلت قوات النظام قوة مهمتها حماية المدنيين من هجمات داعش في الرقة ."
    assert _types(text) == []


# --------------------------------------------------------------------------- doubt, words of diplomacy


@pytest.mark.parametrize("text", [
    pytest.param("ربما قصفت قوات النظام مدينة إدلب أمس .", id="perhaps"),
    pytest.param("وقد يكون الجانب الروسي قصف مدينة إدلب أمس .", id="may-have"),
])
def test_a_strike_that_may_have_happened_is_not_told(text: str) -> None:
    assert _types(text) == []


def test_a_strike_told_without_doubt_is_kept() -> None:
    assert _types("وقصفت قوات النظام مدينة إدلب أمس .") == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_diplomatic_offensive_is_no_battle() -> None:
    assert _types("وشنت قوات النظام هجوما دبلوماسيا على تركيا في حلب أمس .") == []
