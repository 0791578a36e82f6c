"""Modality cues, their reach and their false cues (session 36, modal3): a prevention that is itself negated
tells the deed ("لم يتمكنوا من منع ... من تدمير"); a relative clause inside a call's reach tells its own deed
("طالب باستعادة القرى التي سيطرت عليها"); a cue word inside a short quoted name is part of the name ("عملية
أطلق عليها " خطة الإعصار ""); a subjunctive verb whose subject is a "كل من" list of parties reaches past it."""

from __future__ import annotations

from analysed import analyse_text, modality_at


def test_a_negated_prevention_tells_the_deed() -> None:
    text = "وقال المصدر إن الأهالي لم يتمكنوا من منع المسلحين من تدمير منازلهم في القرية ."
    assert modality_at(text, "تدمير") == "actual"


def test_a_prevention_told_keeps_the_deed_from_happening() -> None:
    assert modality_at("وقال إن الجيش منع المسلحين من تدمير المنازل .", "تدمير") == "negated"


def test_a_relative_clause_in_a_calls_reach_tells_its_deed() -> None:
    text = "وطالب المجلس باستعادة القرى التي سيطرت عليها القوات في ريف الرقة ."
    assert modality_at(text, "سيطرت") == "actual"


def test_a_call_reaches_its_complement_past_a_relative_clause() -> None:
    text = "ودعا المجلس القوات التي تحاصر المدينة إلى الانسحاب منها ."
    assert modality_at(text, "الانسحاب") == "demanded"


def test_a_plan_word_inside_a_quoted_name_is_no_plan() -> None:
    text = 'أطلقت القوات عملية أطلق عليها " خطة الإعصار " وقصفت الطائرات مواقع التنظيم في دير الزور أمس .'
    events = analyse_text(text, "2017-07-10", stages=None).events
    assert [(e.event_type, e.modality) for e in events] == [("Explosions/Remote violence", "actual")]


def test_a_single_quoted_plan_word_is_still_a_plan() -> None:
    text = 'وكشفت القيادة عن " خطة " لقصف مواقع التنظيم في دير الزور .'
    assert not [e for e in analyse_text(text, "2017-07-10", stages=None).events if e.modality == "actual"]


def test_a_subjunctive_verb_reaches_past_a_list_of_parties() -> None:
    text = "ومن المرجح أن تشارك كل من فصائل درع الفرات و قوات سورية الديمقراطية في تحرير الرقة ."
    assert modality_at(text, "تحرير") == "hypothetical"


def test_a_perfect_after_qad_with_a_list_of_parties_is_told() -> None:
    text = "وقد شاركت كل من فصائل درع الفرات و قوات سورية الديمقراطية في تحرير الرقة ."
    assert modality_at(text, "تحرير") == "actual"


def test_a_prevention_not_ruled_out_keeps_the_negation() -> None:
    text = "لكن ذلك لا يمنع وقوع بعض الاشتباكات المتقطعة في بعض المناطق ."
    assert modality_at(text, "الاشتباكات") != "actual"


def test_a_negated_past_prevention_tells_the_killing() -> None:
    assert modality_at("لكن ذلك لم يمنع التنظيم من قتلهم في القرية .", "قتلهم") == "actual"


def test_a_deed_joined_to_a_negated_ending_stays_negated() -> None:
    text = "ليس بمقدوره إنهاء الحرب واستعادة السيطرة على البلاد ."
    assert modality_at(text, "واستعادة") == "negated"


def test_the_protest_of_those_who_demand_is_told() -> None:
    text = "وطالب المتظاهرون الذين خرجوا في المدينة بإسقاط النظام ."
    assert modality_at(text, "خرجوا") == "actual"


def test_a_promise_in_a_relative_clause_is_no_deed() -> None:
    text = "إلا أنهم رأوا كذبا بالوعود التي وعدوا بها لتحرير مناطقهم ."
    assert modality_at(text, "لتحرير") != "actual"
