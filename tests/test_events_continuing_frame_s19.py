"""Events: a happening named as the complement of a verbal noun of continuation inside a circumstantial phrase
("مع استمرار القصف", "على رغم استمرار حصول خروق بسبب القصف", "مع تواصل عمليات القصف الجوي") is the condition
the sentence tells its news under, a status summary, not one happening. Kept: a finite continuation verb
("تتواصل الاشتباكات اليوم", ACLED codes continuing fighting on the day it is reported), a happening told with a
day of its own, and an added one ("بالإضافة إلى استمرار"). Fixtures written for the test in the wording of news
reports and statements, run through the pipeline on a dated page."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text


def _kinds(text: str, kind: str, published: str = "2017-10-20") -> list[str]:
    a = analyse_text(text, published, doc_id="continuing-frame-s19")
    return [e.sub_event_type for e in actual_events_of(a, kind)]


@pytest.mark.parametrize("text", [
    "وأفادت المنظمة أن أعداد النازحين من ريف حلب ترتفع مع استمرار القصف على مدينة الباب .",
    "وانخفضت حصيلة القتلى في سوريا على رغم استمرار حصول خروق بسبب القصف على مدينة حلب .",
    "ونتلقى ببالغ القلق الأنباء عن معاناة المواطنين في مدينة حلب مع تواصل عمليات القصف الجوي .",
])
def test_shelling_named_as_the_condition_that_goes_on_is_background(text: str) -> None:
    assert _kinds(text, "Explosions/Remote violence") == []


@pytest.mark.parametrize("text", [
    "وقصفت قوات النظام مدينة الباب اليوم بالمدفعية الثقيلة .",
    "وقال المرصد إن قوات النظام قصفت اليوم مدينة الباب مع استمرار القصف على ريفها .",
])
def test_shelling_told_as_news_is_kept(text: str) -> None:
    assert _kinds(text, "Explosions/Remote violence") != []


def test_continuing_fighting_of_the_day_is_kept() -> None:
    text = "تتواصل الاشتباكات اليوم في مدينة حلب بين قوات النظام وفصائل المعارضة ."
    assert _kinds(text, "Battles") == ["Armed clash"]


def test_the_means_listed_after_the_framed_shelling_go_with_it() -> None:
    text = ("وفرضت قوات النظام حصارا على بلدة مضايا بالتوازي مع استمرار تعرضها للقصف المتقطع "
            "( مدفعي - صاروخي - طيران حربي ) .")
    assert _kinds(text, "Explosions/Remote violence") == []


def test_a_day_in_the_sentence_keeps_the_continuing_clashes() -> None:
    text = "وألقى طيران النظام الخميس براميل متفجرة على مدينة داريا مع استمرار الاشتباكات في مدينة داريا ."
    assert _kinds(text, "Battles", "2016-02-26") == ["Armed clash"]
