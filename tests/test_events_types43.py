"""Event types of session 43 (helper "types"): unidentified attackers ("مسلحون مجهولون", "مجهولون") whose
victims are told as persons or civilians, in a sentence that names no force, soldier, policeman, armed post or
fighting, attack people (ACLED Violence against civilians / Attack), not a second armed side: Battles need two
organised armed sides. The same attackers hitting a force stay a battle."""

from __future__ import annotations

import pytest
from analysed import actual_types


@pytest.mark.parametrize("text", [
    "لقي ستة أشخاص من عائلة واحدة مصرعهم في هجوم شنه مسلحون مجهولون على منزلهم في بلدة الميادين مساء أمس .",
    "قتل أربعة أشخاص في هجوم نفذه ملثمون على سوق شعبي في مدينة الرقة صباح اليوم .",
    # a teaser glued before it names an armed group: another item, not a side of this attack
    "أعلن البيت الأبيض استراتيجية جديدة ضد تنظيم داعش في سوريا , فهناك عوامل كثيرة , ومساعدة المعارضة 29 - 08 - "
    "2014 | 0 | 0 | لقي خمسة أشخاص من أفراد أسرة واحدة مصرعهم في هجوم شنه مسلحون مجهولون اليوم في مدينة الميادين .",
])
def test_unidentified_attackers_on_people_are_no_battle(text: str) -> None:
    got = actual_types(text, "2017-09-18")
    assert got and all(t == ("Violence against civilians", "Attack") for t in got)


@pytest.mark.parametrize("text", [
    "قتل شرطي في هجوم شنه مسلحون مجهولون على سيارته في مدينة الرقة صباح اليوم .",
    "قتل ثلاثة أشخاص في هجوم شنه مسلحون مجهولون على حاجز للجيش في مدينة الرقة صباح اليوم .",
    "قتل خمسة أشخاص في اشتباكات بين الجيش ومسلحين مجهولين في مدينة الرقة صباح اليوم .",
    # the policeman told in the clause before the toll of persons
    "قتل شرطي , وأصيب ثلاثة أشخاص في هجوم شنه مسلحون مجهولون في مدينة الرقة صباح اليوم .",
])
def test_unidentified_attackers_on_a_force_stay_a_battle(text: str) -> None:
    got = actual_types(text, "2017-09-18")
    assert got and all(t[0] == "Battles" for t in got)
