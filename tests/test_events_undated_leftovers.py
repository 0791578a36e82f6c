"""A row the page's dates left with no time, of a kept dated row's type at the same place (or a wider one that
holds it), is that row's happening told again (merge.undated_copy_of): it is turned away as the dated row's copy.
On a dated page the sides it took do not keep it apart (an unknown row there is no happening of its own day);
on an undated page they must fit. Another town, a town's row under a dated row of its wider region, another
type, another Strategic developments sub-type, or no dated row at all leave it as it is. The
candidates are the pipeline's own (a two-strike page's kept rows), the undated telling a copy of one of them
with the field the test is about changed; one end-to-end page checks the emitted rows."""

from __future__ import annotations

from typing import Any

import pytest
from analysed import calls_into, own_telling, untimed_telling

import rasd.extract.events as events_mod
from rasd.extract.events.merge import undated_copy_of
from rasd.records import UNKNOWN

PAGE = ("قصف جوي على دوما وحلب\n\nشنت طائرات حربية يوم الاثنين غارة جوية على مدينة دوما في الغوطة الشرقية .\n\n"
        "وفي الشمال , شنت طائرات حربية يوم الاثنين غارة جوية على مدينة حلب .\n\n"
        "وتقع مدينة دوما في محافظة ريف دمشق .\n")


@pytest.fixture(scope="module")
def strikes() -> tuple[Any, Any, Any]:
    """The page's two air strikes (Douma, Aleppo) as the test receives them, and the page's context."""
    _c, kept, ctx, _dated = calls_into(events_mod, "undated_copy_of", PAGE, "2017-03-21")[-1]
    found = [c for c in kept if c.sub_event_type == "Air/drone strike"]
    assert len(found) == 2 and all(c.date_start != UNKNOWN and c.location for c in found)
    assert found[0].location != found[1].location
    return found[0], found[1], ctx


def _copy(c: Any, kept: list[Any], ctx: Any, dated_page: bool = True) -> Any:
    return undated_copy_of(c, kept, ctx, dated_page)


def test_undated_retelling_is_the_dated_rows_copy(strikes: tuple[Any, Any, Any]) -> None:
    douma, aleppo, ctx = strikes
    first = own_telling(douma)
    assert _copy(untimed_telling(douma), [first, own_telling(aleppo)], ctx) is first


def test_other_side_on_a_dated_page_is_still_a_copy(strikes: tuple[Any, Any, Any]) -> None:
    douma, _, ctx = strikes
    first = own_telling(douma)
    first.actor1 = ["syria-gov-forces"]
    assert _copy(untimed_telling(douma, actor1=["isis"]), [first], ctx) is first


def test_other_side_on_an_undated_page_stays(strikes: tuple[Any, Any, Any]) -> None:
    douma, _, ctx = strikes
    first = own_telling(douma)
    first.actor1 = ["syria-gov-forces"]
    assert _copy(untimed_telling(douma, actor1=["isis"]), [first], ctx, False) is None
    # the same side told again on an undated page is a copy
    assert _copy(untimed_telling(douma, actor1=["syria-gov-forces"]), [first], ctx, False) is first


def test_another_town_stays(strikes: tuple[Any, Any, Any]) -> None:
    douma, aleppo, ctx = strikes
    assert _copy(untimed_telling(douma, location=aleppo.location), [own_telling(douma)], ctx) is None


def test_a_wider_dated_row_takes_no_towns_row(strikes: tuple[Any, Any, Any]) -> None:
    """The dated row at the governorate does not take the town's undated row (the town's may be its own
    happening); the undated row at the governorate is the town's dated row told widely."""
    douma, _, ctx = strikes
    town = ctx.entities[douma.location]
    rif = next(k for k, e in ctx.entities.items() if getattr(e, "level", None) == "admin1" and e.admin1 == town.admin1)
    wide = own_telling(douma)
    wide.location = rif
    assert _copy(untimed_telling(douma), [wide], ctx) is None
    first = own_telling(douma)
    assert _copy(untimed_telling(douma, location=rif), [first], ctx) is first


def test_another_type_stays(strikes: tuple[Any, Any, Any]) -> None:
    douma, _, ctx = strikes
    other = untimed_telling(douma, event_type="Battles", sub_event_type="Armed clash")
    assert _copy(other, [own_telling(douma)], ctx) is None


def test_strategic_sub_types_stay_apart(strikes: tuple[Any, Any, Any]) -> None:
    douma, _, ctx = strikes
    first = own_telling(douma)
    first.event_type, first.sub_event_type = "Strategic developments", "Arrests"
    other = untimed_telling(douma, event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
    assert _copy(other, [first], ctx) is None
    same = untimed_telling(douma, event_type="Strategic developments", sub_event_type="Arrests")
    assert _copy(same, [first], ctx) is first


def test_no_dated_row_leaves_the_row(strikes: tuple[Any, Any, Any]) -> None:
    douma, _, ctx = strikes
    assert _copy(untimed_telling(douma), [untimed_telling(douma, actor1=["isis"])], ctx) is None
