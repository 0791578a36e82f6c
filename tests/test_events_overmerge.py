"""Over-merging, session 21 (overmerge): in a chronicle or digest whose news items open with a dash, deaths
opening an item of their own ("- مقتل 43 عنصرا من تنظيم داعش إثر مواجهات مسلحة مع الجيش العراقي" under
"- مقتل 18 شخصا جراء اشتباكات ... في مدينة الحسكة") are another item's happening, not the toll of the
happening on the line before. Hand-written sentences, with the negative: deaths on a line that opens with
no dash still join the deed just told."""

from __future__ import annotations

from types import SimpleNamespace

from test_events_precision8 import _run

from rasd.extract.events.merge import _own_dash_item


def test_deaths_opening_a_dashed_item_are_not_the_toll_of_the_item_before() -> None:
    text = ("- اشتباكات مسلحة بين قوات النظام ومقاتلين أكراد في مدينة الميادين أمس .\n"
            "- مقتل 43 عنصرا من تنظيم داعش .\n")
    tolls = [e.fatalities for e in _run(text).events if e.modality == "actual" and e.location == "mayadin"]
    assert tolls == [None]


def test_deaths_on_an_undashed_line_still_join_the_deed_just_told() -> None:
    text = ("اشتباكات مسلحة بين قوات النظام ومقاتلين أكراد في مدينة الميادين أمس .\n"
            "مقتل 43 عنصرا من تنظيم داعش .\n")
    tolls = [e.fatalities for e in _run(text).events if e.modality == "actual" and e.location == "mayadin"]
    assert tolls == [43]


def test_the_dash_guard_reads_only_a_line_opened_by_a_dash() -> None:
    text = "- غارات على المدينة .\n- مقتل 43 عنصرا .\nمقتل 5 مدنيين .\n"
    o = SimpleNamespace(start=2)
    assert _own_dash_item(o, SimpleNamespace(start=text.index("مقتل 43")), text)   # type: ignore[arg-type]
    assert not _own_dash_item(o, SimpleNamespace(start=text.index("مقتل 5")), text)   # type: ignore[arg-type]
    # deaths told on the deed's own dashed line are its toll
    assert not _own_dash_item(SimpleNamespace(start=text.index("مقتل 43") - 2),
                              SimpleNamespace(start=text.index("مقتل 43")), text)   # type: ignore[arg-type]
