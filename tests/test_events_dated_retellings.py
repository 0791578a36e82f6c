"""Two tellings of one happening that the earlier merges kept apart while one had no time (a telling split off
again by ``_unplace_far_lent``, a caption set aside): once the page has dated its tellings, the same place,
type and weapon and times that meet make one event (merge._merge_dated_retellings). Another weapon, another
town, another toll, two days told, or another item of a feed stay apart. The candidates are the pipeline's
own (a one-strike page analysed up to the pass), the second telling a copy of the first with the field the
test is about changed."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from analysed import calls_into, own_telling, untimed_telling

import rasd.extract.events as events_mod
from rasd.extract.events.merge import _merge_dated_retellings
from rasd.records import UNKNOWN

PAGE = ("قصف جوي على دوما\n\nشنت طائرات حربية يوم الاثنين غارة جوية على مدينة دوما في الغوطة الشرقية .\n\n"
        "وتبعد دوما مئات الكيلومترات عن مدينة حلب .\n")


@pytest.fixture(scope="module")
def strike() -> tuple[Any, Any]:
    """The page's air strike as the pass receives it, and the page's context."""
    evs, ctx = calls_into(events_mod, "_merge_dated_retellings", PAGE, "2017-03-21")[-1]
    strikes = [c for c in evs if c.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].date_start != UNKNOWN and strikes[0].location
    return strikes[0], ctx


def test_undated_retelling_joins_the_dated_strike(strike: tuple[Any, Any]) -> None:
    c, ctx = strike
    out = _merge_dated_retellings([own_telling(c), untimed_telling(c)], ctx)
    assert len(out) == 1
    assert out[0].date_start == c.date_start      # the dated telling leads


def test_timeless_retelling_lends_no_actor(strike: tuple[Any, Any]) -> None:
    # "ما يسهل على المتمردين تنفيذ هجمات ... تستهدف مواقع النظام": a generality's "actor" is not the strike's
    c, ctx = strike
    out = _merge_dated_retellings([own_telling(c), untimed_telling(c, actor1=["some-actor"], actor2=["other-actor"])], ctx)
    assert len(out) == 1
    assert out[0].actor1 == c.actor1 and out[0].actor2 == c.actor2


def test_same_day_retelling_joins(strike: tuple[Any, Any]) -> None:
    c, ctx = strike
    twin = untimed_telling(c, date_start=c.date_start, date_end=c.date_end, time_precision=c.time_precision, date_own=True)
    assert len(_merge_dated_retellings([own_telling(c), twin], ctx)) == 1


def test_another_weapon_stays_apart(strike: tuple[Any, Any]) -> None:
    c, ctx = strike
    shelling = untimed_telling(c, sub_event_type="Shelling/artillery/missile attack")
    assert len(_merge_dated_retellings([own_telling(c), shelling], ctx)) == 2


def test_another_day_told_stays_apart(strike: tuple[Any, Any]) -> None:
    c, ctx = strike
    other_day = untimed_telling(c, date_start="2017-03-01", date_end="2017-03-01", time_precision=1, date_own=True,
                           has_date_expr=True)
    assert len(_merge_dated_retellings([own_telling(c), other_day], ctx)) == 2


def test_another_town_stays_apart(strike: tuple[Any, Any]) -> None:
    c, ctx = strike
    far = next((k for k, e in ctx.entities.items() if getattr(e, "level", None) == "town" and k != c.location
                and getattr(e, "admin1", None) and e.admin1 != getattr(ctx.entities[c.location], "admin1", None)), None)
    if far is None:
        pytest.skip("no town of another province among the page's places")
    assert len(_merge_dated_retellings([own_telling(c), untimed_telling(c, location=far)], ctx)) == 2


def test_on_a_feed_items_stay_apart(strike: tuple[Any, Any]) -> None:
    c, ctx = strike
    feed = copy.copy(ctx)
    feed.feed = True
    assert len(_merge_dated_retellings([own_telling(c), untimed_telling(c)], feed)) == 2
