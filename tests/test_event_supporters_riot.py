"""Supporters of rival candidates or parties fighting each other are a crowd's violence (ACLED Riots), not a
battle; the armed groups named "أنصار ..." and supporters told as gunmen stay a battle (event_triggers.yaml,
the refine entry of "أنصار")."""

from __future__ import annotations

import pytest
from analysed import analyse_text


def _types(text: str) -> list[str]:
    return [e.event_type for e in analyse_text(text, "2017-07-01", stages=None).events if e.modality == "actual"]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة في مدينة طهران بين أنصار المرشحين اليوم .",
    "وقعت مواجهات في مدينة طهران بين مؤيدي الحزبين اليوم .",
])
def test_supporters_clashing_are_a_riot(text: str) -> None:
    assert _types(text) == ["Riots"]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات في مدينة صنعاء بين قوات هادي وأنصار الله اليوم .",
    "اندلعت اشتباكات في مدينة عدن بين مسلحين من أنصار الرئيس السابق اليوم .",
    "اندلعت اشتباكات عنيفة في مدينة طهران اليوم .",
])
def test_armed_groups_and_gunmen_stay_a_battle(text: str) -> None:
    assert _types(text) == ["Battles"]


def test_supporters_clashing_at_an_election_are_a_riot() -> None:
    # the election words mark a political "مواجهات" unless supporters are told fighting in the clause
    assert _types("اندلعت مواجهات عنيفة في مدينة طهران بين أنصار المرشحين في الانتخابات الرئاسية اليوم .") == ["Riots"]
    assert _types("اندلعت مواجهات في مدينة طهران بين المرشحين في الانتخابات الرئاسية اليوم .") == []


def test_a_riot_of_another_weekday_does_not_absorb_the_protest() -> None:
    text = ("شهدت مدينة طهران اليوم ( الخميس ) مظاهرات عارمة ضد الحكومة .\n\n"
            "اندلعت مواجهات عنيفة في مدينة طهران بين أنصار المرشحين في الانتخابات الرئاسية الجمعة .")
    assert sorted(e.event_type for e in analyse_text(text, "unknown", stages=None).events) == ["Protests", "Riots"]
