"""Assassinations (session 38 detectgaps): "اغتال" / "اغتيل" / "اغتيال" and the attempt ("محاولة اغتيال") are a
deed of their own. ACLED typing: a commander or fighter of an armed side killed by gunmen is Battles/Armed clash,
an unarmed public figure (an imam, a journalist) Violence against civilians/Attack, a bomb's assassination
Explosions/Remote explosive; an attempt that fails is still the attack. Negative twins: an anniversary, a trial, a
foiled plot, a threat. Small fixtures of the general wording; the whole pipeline runs."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _events(text: str, modality: str = "actual") -> list[tuple[str, str]]:
    a: Analysis = analyse_text(text, "2017-09-20", doc_id="as", stages=None)
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == modality]


def test_gunmen_assassinate_a_commander_is_a_clash() -> None:
    assert _events("اغتال مسلحون مجهولون قياديا في المعارضة في بلدة طفس بريف درعا أمس .") == [CLASH]


def test_gunmen_assassinate_an_imam_is_an_attack_on_a_civilian() -> None:
    assert _events("اغتال مسلحون مجهولون إمام مسجد في بلدة طفس بريف درعا أمس .") == [VAC]


def test_a_journalist_assassinated_by_the_passive_verb() -> None:
    assert _events("اغتيل الصحفي محمد الأحمد برصاص مجهولين في مدينة درعا أمس .") == [VAC]


def test_a_failed_attempt_by_a_bomb_is_the_blast() -> None:
    assert _events("نجا قيادي في الجيش الحر من محاولة اغتيال بعبوة ناسفة في مدينة نوى بريف درعا أمس .") == [IED]


def test_an_anniversary_of_an_assassination_is_no_happening() -> None:
    assert _events("أحيا أنصار الحريري في بيروت أمس ذكرى اغتياله .") == []


def test_a_trial_over_an_assassination_is_no_happening() -> None:
    assert _events("عقدت المحكمة الخاصة باغتيال الحريري جلسة في بيروت أمس .") == []


def test_a_foiled_plot_is_no_happening() -> None:
    assert _events("أحبطت الأجهزة الأمنية محاولة اغتيال قيادي في مدينة درعا أمس .") == []


def test_a_threat_to_assassinate_is_not_told_done() -> None:
    assert _events("هدد التنظيم أمس باغتيال قادة الفصائل في مدينة درعا .") == []


def test_an_assassinated_figure_with_no_armed_role_is_an_attack_on_a_civilian() -> None:
    assert _events("اغتيل رجل الأعمال محمد الأحمد في مدينة درعا أمس .") == [VAC]


def test_an_assassinated_officer_stays_a_clash() -> None:
    assert _events("اغتيل ضابط في قوات النظام برصاص مجهولين في مدينة درعا أمس .") == [CLASH]
