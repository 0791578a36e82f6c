"""Deeds not told done, session 24 (helper "threatdeed"): a deed brandished ("تلوح بعمل عسكري"), leave given
for it ("سمحت ... لشن غارات", "الضوء
الأخضر"), facilities given to another state's aircraft, an order or a directive ("أوعز", "أصدر أوامره بقصف"),
readiness ("في حالة تأهب لقصف") and a mission to be carried out ("لتنفيذ مهمة خطف") name a deed, not one that
took place.

ACLED codes only events that took place: threats, permissions, orders and preparations are no events."""

from __future__ import annotations

import pytest
from test_events import _run


def _actual(text: str) -> list[tuple[str | None, str | None]]:
    a = _run("wording", text=text)
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == "actual"]


@pytest.mark.parametrize("text", [
    # permission: the strikes are what the base is lent for, the shelling what the army is let do
    "وسمحت أنقرة أمس للقوات الأميركية باستخدام قاعدة انجرليك لشن غارات على تنظيم داعش في مدينة الرقة.",
    "وأعطت الحكومة أمس الضوء الأخضر للجيش لقصف مواقع تنظيم داعش في مدينة الرقة.",
    # facilities given to another state's aircraft: the aircraft are no strike there
    "ولفت إلى أن إيران قدمت تسهيلات لروسيا أمس في مدينة الرقة لاجتياز طائراتها الحربية الأجواء.",
    # a directive, an order or instructions given
    "وأوعز وزير الدفاع أمس إلى الجيش بقصف مواقع تنظيم داعش في مدينة الرقة.",
    "وأصدر الرئيس أمس أوامره بقصف مواقع تنظيم داعش في مدينة الرقة.",
    "وأصدر وزير الدفاع أمس تعليماته للجيش بقصف مواقع تنظيم داعش في مدينة الرقة.",
    # readiness
    "وأعلن الجيش أمس التأهب لقصف مواقع تنظيم داعش في مدينة الرقة.",
    # brandishing a deed is a threat; tasking forces names their task
    "ولوحت الولايات المتحدة أمس بقصف مواقع تنظيم داعش في مدينة الرقة.",
    "وقررت الحكومة أمس تكليف طائرات حربية تركية لحماية ضريح عثماني في مدينة الرقة.",
    # a mission to be carried out (the call's verb is cut off by an apposition's commas)
    "دعا الوزير أمس , وهو قيادي في الحركة , التنظيمات إلى إعداد المجموعات المسلحة لتنفيذ مهمة خطف جنود قوات "
    "النظام في مدينة الرقة.",
])
def test_permitted_ordered_or_readied_deeds_are_not_told_done(text: str) -> None:
    assert _actual(text) == []


def test_a_strike_that_allows_an_advance_stays() -> None:
    # the permission follows the strike it is said of ("ما سمح للقوات بالتقدم"): the strike is told done
    got = _actual("وقصفت الطائرات أمس مدينة الرقة ما سمح للقوات بالتقدم.")
    assert ("Explosions/Remote violence", "Air/drone strike") in got


def test_a_shelling_by_orders_of_a_commander_stays() -> None:
    # "بأوامر من" tells whose order the shelling done followed; it does not govern the shelling
    got = _actual("قصفت قوات النظام أمس بأوامر من قائدها مدينة الرقة بالمدفعية الثقيلة.")
    assert got and all(t[0] == "Explosions/Remote violence" for t in got)


def test_clashes_after_a_battle_looming_stay() -> None:
    # "تلوح في الأفق" says the battle named before it looms; the clashes after it are told done
    got = _actual("وقالت المصادر إن معركة كبيرة تلوح في الأفق بعد اشتباكات عنيفة أمس في مدينة الرقة.")
    assert ("Battles", "Armed clash") in got
