"""Events: a happening told going on in a concurrent clause beside the sentence's news ("فيما تستمر المعارك في
دير الزور", "في وقت يتواصل فيه القصف على حلب", "فيما تشهد البادية معارك عنيفة", "في ظل معارك عنيفة تدور") is the
backdrop of that news, a war's fighting going on, not one happening. Kept: the same verb heading its own sentence
("تتواصل الاشتباكات اليوم"), a concurrent happening told with a day of its own or a toll, and a concurrent deed told
with a verb of its own ("فيما قصفت الطائرات بلدة ..."). Fixtures written for the test in the wording of news reports,
run through the pipeline on a dated page."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text


def _kinds(text: str, kind: str, published: str = "2017-10-20") -> list[str]:
    a = analyse_text(text, published, doc_id="concurrent-frame")
    return [e.sub_event_type for e in actual_events_of(a, kind)]


@pytest.mark.parametrize("text", [
    "وقال متحدث باسم التحالف إن المعركة الكبرى ستكون على الحدود , فيما تستمر المعارك ضد التنظيم في مدينة الميادين .",
    "وحذرت المنظمة من تدهور الأوضاع الصحية في المدينة , في وقت تتواصل فيه المعارك العنيفة في مدينة الميادين .",
    "وتصاعد التوتر بين الفصائل والحكومة الأمريكية , فيما تشهد بادية حمص اشتباكات عنيفة بين قوات النظام والفصائل .",
    "وأعلن التنظيم مسؤوليته عن التفجير , بينما تواصلت المعارك بين التنظيم وقوات النظام في ريف حمص .",
])
def test_fighting_told_going_on_beside_the_news_is_background(text: str) -> None:
    assert _kinds(text, "Battles") == []


def test_shelling_told_going_on_beside_the_news_is_background() -> None:
    text = ("وقال الرئيس إنه غير متفائل بشأن المستقبل القريب في سوريا , في وقت يتواصل فيه القصف المكثف "
            "على مدينة حلب .")
    assert _kinds(text, "Explosions/Remote violence") == []


def test_fighting_named_under_in_the_shadow_of_is_background() -> None:
    text = "وطالب المجلس بإدخال المساعدات إلى البلدة في ظل معارك عنيفة تدور بين التنظيم وقوات النظام قرب مدينة الميادين ."
    assert _kinds(text, "Battles") == []


def test_a_withdrawal_told_going_on_beside_the_news_is_kept() -> None:
    text = "ودخلت القوات العراقية بلدة مخمور , فيما تواصل قوات البيشمركة انسحابها من بلدة مخمور ."
    a = analyse_text(text, "2017-10-20", doc_id="concurrent-frame")
    assert any(e.event_type == "Strategic developments" for e in actual_events_of(a, "Strategic developments"))


def test_a_deed_told_beside_a_clash_under_in_the_shadow_of_is_kept() -> None:
    text = "دارت اشتباكات متقطعة بين الفصائل وقوات النظام على طريق المطار , في ظل قصف مدفعي على بلدة خان الشيح ."
    assert _kinds(text, "Explosions/Remote violence") != []


@pytest.mark.parametrize("text", [
    "تتواصل الاشتباكات اليوم في مدينة الميادين بين قوات النظام وتنظيم الدولة .",
    "وقال المرصد إن المدنيين نزحوا من المدينة , فيما تستمر المعارك اليوم في مدينة الميادين .",
    "وأعلن التنظيم مسؤوليته عن الهجوم , فيما قتل خمسة عناصر من قوات النظام في اشتباكات في مدينة الميادين .",
])
def test_fighting_of_the_day_or_with_its_toll_is_kept(text: str) -> None:
    assert _kinds(text, "Battles") != []


def test_a_concurrent_deed_told_with_its_own_verb_is_kept() -> None:
    text = "وأعلن التنظيم مسؤوليته عن الهجوم , فيما قصفت طائرات حربية روسية بلدة الميادين بعدة غارات ."
    assert _kinds(text, "Explosions/Remote violence") != []


# A happening the reader is pointed back to (the article and a relative clause) named as the ground of the sentence's
# news behind a cause link or "after" is that news's ground, not a new happening: background or a retold copy. The
# day a statement was made ("وقال ... اليوم الخميس إن") dates the saying, not that ground.

@pytest.mark.parametrize("text", [
    "وقال ممثل الأمم المتحدة اليوم الخميس إن مئات الأشخاص لا يحصلون على الرعاية الطبية بعد الضربات الجوية التي أصابت "
    "المستشفيات في مدينة حلب .",
    "وتوقف الطلاب عن الدراسة في مدينة دوما بسبب القصف والحصار الذي استهدف المدينة .",
])
def test_a_known_strike_named_as_the_ground_of_the_news_is_not_a_new_event(text: str) -> None:
    assert _kinds(text, "Explosions/Remote violence") == []


@pytest.mark.parametrize("text", [
    "وقتل خمسة مدنيين بعد القصف المدفعي الذي استهدف مدينة دوما .",
    "وقال المرصد إن المدارس أغلقت في مدينة دوما بسبب القصف الذي استهدف المدينة أمس .",
    "وأصيب ثلاثة أطفال جراء الغارة التي استهدفت مدينة دوما .",
])
def test_a_known_strike_with_its_toll_or_its_day_is_kept(text: str) -> None:
    assert _kinds(text, "Explosions/Remote violence") != []


def test_a_known_happening_the_relative_clause_dates_is_kept() -> None:
    text = "وتلقى المخبر تأنيبا من مسؤوله عقب التظاهرات التي خرجت الأسبوع الماضي في مدينة السويداء ."
    assert _kinds(text, "Protests") != []
