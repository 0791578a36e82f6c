"""Event types of session 43 (helper "types"): unidentified attackers ("مسلحون مجهولون", "مجهولون") whose
victims are told as persons or civilians, in a sentence that names no force, soldier, policeman, armed post or
fighting, attack people (ACLED Violence against civilians / Attack), not a second armed side: Battles need two
organised armed sides. A home they hit stands for its household; a force that tells the news is no side. The same
attackers hitting a force, a commander or a post stay a battle."""

from __future__ import annotations

import pytest
from analysed import actual_types


@pytest.mark.parametrize("text", [
    "لقي ستة أشخاص من عائلة واحدة مصرعهم في هجوم شنه مسلحون مجهولون على منزلهم في بلدة الميادين مساء أمس .",
    "قتل أربعة أشخاص في هجوم نفذه ملثمون على سوق شعبي في مدينة الرقة صباح اليوم .",
    # the police only tell the news; a home stands for its household
    "وأعلنت الشرطة أن مسلحين مجهولين قتلوا ثلاثة أشخاص في سوق مدينة الرقة أمس .",
    "قتل مسلحون مجهولون رجلا داخل منزله في مدينة الرقة أمس .",
    "هاجم مسلحون مجهولون منزلا في مدينة الرقة أمس .",
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
    "قتل مسلحون مجهولون قياديا في الجيش الحر داخل منزله في مدينة الرقة أمس .",
    "قتل مسلحون مجهولون شخصين بينهم قائد كتيبة في مدينة الرقة أمس .",
    # the policeman told in the clause before the toll of persons
    "قتل شرطي , وأصيب ثلاثة أشخاص في هجوم شنه مسلحون مجهولون في مدينة الرقة صباح اليوم .",
])
def test_unidentified_attackers_on_a_force_stay_a_battle(text: str) -> None:
    got = actual_types(text, "2017-09-18")
    assert got and all(t[0] == "Battles" for t in got)


def test_a_home_stormed_by_unidentified_gunmen_is_an_attack_on_its_household() -> None:
    got = actual_types("وأوضحت الشرطة أن مسلحين مجهولين اقتحموا منزلا في حي الرشيد بمدينة الرقة أمس .", "2017-09-18")
    assert got and all(t == ("Violence against civilians", "Attack") for t in got)


@pytest.mark.parametrize("text", [
    "اقتحم مسلحون مجهولون منزلا في مدينة الرقة أمس واشتبكوا مع عناصر الشرطة .",
    "اقتحم مسلحون مجهولون منزلا يتحصن فيه عناصر من داعش في مدينة الرقة أمس .",
])
def test_a_home_stormed_with_armed_men_in_it_stays_a_battle(text: str) -> None:
    got = actual_types(text, "2017-09-18")
    assert got and all(t[0] == "Battles" for t in got)
