"""Event types and non-events of session 24 (helper "types9"): a zone "free of clashes", a battle awaited, a return
to fighting decided or an exit demanded are not told done; machine-gun fire on a position is small-arms fire (a
clash), not a shelling.

ACLED codes only events that took place; Battles are armed clashes of two organised sides, and aimed small-arms or
heavy machine-gun fire is Battles, not remote violence."""

from __future__ import annotations

import pytest
from test_events import _run


def _types(text: str) -> list[tuple[str | None, str | None]]:
    a = _run("wording", text=text)
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == "actual"]


@pytest.mark.parametrize("text", [
    # privative: a zone declared free of clashes ("خالية من الاشتباكات"), no clash is told
    "أعلنت روسيا مدينة الرقة منطقة خالية من الاشتباكات بين قوات النظام وتنظيم داعش أمس.",
    # awaited: the attack has not begun ("بانتظار بدء الهجوم", "في انتظار الهجوم")
    "وتمركزت قوات النظام أمس في مدينة الرقة بانتظار بدء الهجوم على مواقع تنظيم داعش.",
    "ووصلت تعزيزات قوات النظام أمس إلى مدينة الرقة في انتظار الهجوم على مواقع تنظيم داعش.",
    # a decision in a faction's own words ("قررنا العودة للعمل العسكري")
    "قالت فصائل الجيش السوري الحر أمس في مدينة الرقة , ولذلك قررنا العودة للعمل العسكري.",
    # a demand (the noun "مطلب")
    "وتجاهلت الفصائل مطلب الحكومة بالخروج من مدينة الرقة أمس.",
])
def test_absent_awaited_decided_or_demanded_deeds_are_not_told_done(text: str) -> None:
    assert _types(text) == []


def test_a_clash_told_before_a_zone_free_of_clashes_stays() -> None:
    # "خالية من" governs only the noun right after its "من": the clash told first is told done
    got = _types("اندلعت أمس في مدينة الرقة اشتباكات في المنطقة الخالية من الاشتباكات بين قوات النظام وتنظيم داعش.")
    assert ("Battles", "Armed clash") in got


def test_machine_gun_fire_on_a_position_is_a_clash() -> None:
    got = _types("قتل عنصران من قوات النظام أمس إثر استهدافهم برشاش الدوشكا من قبل الجيش الحر في مدينة الرقة.")
    assert got and all(t[0] == "Battles" for t in got)


def test_machine_gun_fire_beside_shells_keeps_the_shelling() -> None:
    got = _types("استهدف عناصر الجيش الحر أمس نقطة لقوات النظام بقذائف الهاون والرشاشات في مدينة الرقة.")
    assert got and all(t[0] == "Explosions/Remote violence" for t in got)


def test_a_zone_emptied_of_people_keeps_the_bombardment() -> None:
    # "خالية من" governs only the noun after its "من": the shelling told after the people is told done
    got = _types("أصبحت مدينة الرقة خالية من السكان بعد قصف قوات النظام لها بالمدفعية أمس.")
    assert got and all(t[0] == "Explosions/Remote violence" for t in got)
