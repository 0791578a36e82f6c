"""A row a dated page left with no time retells the dated row of its type when it names that row's province by a
countryside region of it (whatever ground was taken, however far the region's centre); not by the province's
city (an undated fight there may be a raid of its own). On an undated page an undated telling of a two-party
deed (a surrender, a taking) at the dated row's place is its copy when both rows' actors make one deed's two sides told from either end
(merge._province_told, merge._one_dyad, used by merge.undated_copy_of). Twins: another province's region, the
province's city, an undated page's region of a taking and a third party stay rows of their own.
The candidates are the pipeline's own (a hand-written page's kept rows), the undated telling a copy of one of them
with the field the test is about changed."""

from __future__ import annotations

from typing import Any

import pytest
from analysed import calls_into, own_telling, untimed_telling

import rasd.extract.events as events_mod
from rasd.extract.events.merge import undated_copy_of

PAGE = ("معارك في ريف حلب\n\nسيطرت قوات النظام يوم الاثنين على بلدة تادف بعد اشتباكات مع تنظيم الدولة .\n\n"
        "وشنت طائرات حربية يوم الاثنين غارة جوية على مدينة إدلب .\n\n"
        "وتقع بلدة تادف في ريف حلب الشرقي قرب مدينة حلب , بينما تقع سراقب في ريف إدلب الشرقي .\n")


@pytest.fixture(scope="module")
def page() -> tuple[Any, Any, dict[str, str]]:
    """The page's dated taking of Tadef, its context, and its places by name."""
    _c, kept, ctx, dated = calls_into(events_mod, "undated_copy_of", PAGE, "2017-03-21")[-1]
    assert dated
    taking = next(c for c in kept if c.sub_event_type == "Government regains territory")
    names = {e.name_ar: k for k, e in ctx.entities.items() if getattr(e, "level", None)}
    assert ctx.entities[taking.location].name_ar == "تادف"
    return taking, ctx, names


def test_undated_taking_at_the_provinces_region_is_the_towns_copy(page: tuple[Any, Any, dict[str, str]]) -> None:
    """"طردوا داعش ... في ريف حلب الشرقي" with no time, after the dated taking of Tadef (a town of that region)."""
    taking, ctx, names = page
    first = own_telling(taking)
    copy = untimed_telling(taking, location=names["ريف حلب الشرقي"])
    assert undated_copy_of(copy, [first], ctx, True) is first
    # another province's region is other ground
    other = untimed_telling(taking, location=names["ريف إدلب الشرقي"])
    assert undated_copy_of(other, [first], ctx, True) is None
    # on an undated page a region's row may be a taking of its own (its other villages)
    assert undated_copy_of(copy, [first], ctx, False) is None


def test_undated_fight_at_the_provinces_city_stays(page: tuple[Any, Any, dict[str, str]]) -> None:
    """An undated raid "في اللاذقية" beside a dated battle at a village of the province is a happening of its own:
    the province's city is not its countryside."""
    taking, ctx, names = page
    fight = own_telling(taking)
    fight.sub_event_type, fight.specific = "Armed clash", True
    assert undated_copy_of(untimed_telling(fight, location=names["حلب"]), [fight], ctx, True) is None
    # the province's countryside region still retells it
    assert undated_copy_of(untimed_telling(fight, location=names["ريف حلب الشرقي"]), [fight], ctx, True) is fight


def test_surrender_told_from_the_other_end_on_an_undated_page(page: tuple[Any, Any, dict[str, str]]) -> None:
    """"سلموا أنفسهم ... لقوات سوريا الديمقراطية" (actor1 the group that surrendered) and the dated "تسليم" led by
    the SDF: one deed's two sides. A third party stays apart."""
    taking, ctx, _names = page
    handover = own_telling(taking)
    handover.event_type, handover.sub_event_type = "Strategic developments", "Other"
    handover.actor1, handover.actor2 = ["sdf"], []
    copy = untimed_telling(handover, actor1=["isis"], actor2=[])
    assert undated_copy_of(copy, [handover], ctx, False) is handover
    third = untimed_telling(handover, actor1=["isis"], actor2=["syria-gov-forces"])
    assert undated_copy_of(third, [handover], ctx, False) is None
    # (a strike told with another striker: test_events_undated_leftovers' test_other_side_on_an_undated_page_stays)
