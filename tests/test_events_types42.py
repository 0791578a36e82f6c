"""Event types of session 42 (helper "types"): one person told as "the attacker" ("المهاجم", "المعتدي") whose
victims are told as persons, with no fighting and no armed group named, is an attack on people (ACLED Violence
against civilians / Attack), not a battle: Battles need two organised armed sides, and the police who end the
attack are not a second one."""

from __future__ import annotations

import pytest
from analysed import actual_types


@pytest.mark.parametrize("text", [
    "أصيب خمسة أشخاص بجروح نتيجة طعنهم بسكين في سوق مدينة الرقة مساء الجمعة قبل أن تتمكن الشرطة من قتل المهاجم .",
    "هجوم مسلح على محطة القطار في مدينة الرقة أدى إلى مقتل 3 أشخاص , بينهم المعتدي , وإلى جرح 10 أشخاص .",
])
def test_a_lone_attacker_on_people_is_no_battle(text: str) -> None:
    got = actual_types(text, "2017-09-18")
    assert got and all(t == ("Violence against civilians", "Attack") for t in got)


def test_a_clash_with_an_attacker_among_the_dead_stays_a_battle() -> None:
    got = actual_types("اندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة الرقة أمس أسفرت عن مقتل 5 أشخاص بينهم المهاجم .",
                       "2017-09-18")
    assert got and all(t[0] == "Battles" for t in got)
