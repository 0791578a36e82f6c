"""When a merge joins two tellings of one happening told as two types, the merged event takes the type its
tellings evidence: a taking and the other side's withdrawal told apart with no fight are a non-violent
transfer; gunmen killing and carrying off unarmed people in a generic "attack" are violence against
civilians. Fixtures from the breadth set (R-533 Kirkuk and Sinjar, October 2017; R-99 Peshawar, April 2013)."""

from __future__ import annotations

from analysed import actual_types

NON_VIOLENT = ("Strategic developments", "Non-violent transfer of territory")


def test_taking_and_withdrawal_told_apart_without_fight_are_a_transfer() -> None:
    text = ("استعادت القوات العراقية اليوم الثلاثاء السيطرة على حقول النفط في كركوك .\n"
            "وأكدت مصادر أمنية أن قوات البيشمركة انسحبت اليوم من كركوك .")
    assert actual_types(text, "2017-10-17") == [NON_VIOLENT]


def test_taking_after_fighting_and_withdrawal_stay_a_battle() -> None:
    text = ("سيطرت القوات العراقية اليوم الثلاثاء على مدينة خانقين بعد اشتباكات عنيفة .\n"
            "وأكدت مصادر أمنية أن قوات البيشمركة انسحبت اليوم الثلاثاء من مدينة خانقين .")
    assert actual_types(text, "2017-10-17") == [("Battles", "Government regains territory")]


def test_others_abducted_in_an_attack_on_unarmed_people_are_violence_against_civilians() -> None:
    text = ("2 أبريل 2013 قتل سبعة أشخاص واختطف خمسة آخرون في هجوم لعشرات المسلحين على محطة للكهرباء في "
            "مدينة بيشاور الباكستانية .")
    assert [t for t, _s in actual_types(text, "2013-04-30")] == ["Violence against civilians"]


def test_soldiers_killed_and_others_abducted_stay_a_battle() -> None:
    text = ("2 أبريل 2013 قتل سبعة جنود واختطف خمسة آخرون في هجوم لعشرات المسلحين على حاجز في مدينة بيشاور "
            "الباكستانية .")
    assert actual_types(text, "2013-04-30") == [("Battles", "Armed clash")]
