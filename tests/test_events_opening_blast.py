"""A suicide bombing told after "إثر / بعد" a fight its sentence tells first is the blast that opened that assault:
one happening with the fight, not a second event of another type (merge._opening_blast). A bombing and a fight
at two places stay two."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in actual_events_of(analyse_text(text + "\n", "2017-09-16"))]


def test_suicide_operation_that_opened_the_attack_is_the_battle() -> None:
    got = _types("قال التنظيم إن مقاتليه قتلوا أمس أكثر من عشرين جنديا من قوات النظام أثناء صد هجوم على تلة قرب بلدة "
                 "خناصر إثر عملية انتحارية نفذها أحد عناصره .")
    assert [sub for sub, _ in got] == ["Armed clash"]


def test_clashes_after_a_suicide_blast_are_one_battle() -> None:
    got = _types("اندلعت اشتباكات عنيفة أمس بين قوات النظام وعناصر التنظيم قرب مطار دير الزور بعد تفجير انتحاري "
                 "استهدف حاجزا للجيش .")
    assert [sub for sub, _ in got] == ["Armed clash"]


def test_a_bombing_and_a_fight_at_two_places_stay_two() -> None:
    got = _types("فجر انتحاري نفسه أمس في سوق مدينة الباب , واندلعت اشتباكات في ريف حلب الشمالي .")
    assert sorted(sub for sub, _ in got) == ["Armed clash", "Suicide bomb"]
