"""The page's lead tells its main happening and another sentence tells it again at a place the lead's place
contains, or with a time of the page's and a day told in it (merge._merge_lead_body): one event. Two takings
left undated stay apart (an advance's steps), as do two days told and two tolls. Unit fixtures of the
general pattern (small candidates, no page text)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from rasd.extract.events.merge import _dates_meet, _holds, _kinds_meet, _lead_holds, _undated_takings
from rasd.records import UNKNOWN


def _cand(**kw: Any) -> Any:
    base: dict[str, Any] = dict(event_type="Battles", sub_event_type="Armed clash", specific=True,
                                trig=SimpleNamespace(kind="clash"), date_start=UNKNOWN, date_end=UNKNOWN,
                                time_precision=None, date_own=False, has_date_expr=False, date_guessed=False,
                                location=None, loc_ev=None, loc_own=False, sent=None, fan_of=None, merged=[])
    base.update(kw)
    c = SimpleNamespace(**base)
    c.date_last = c.date_end
    return c


def _ent(level: str, admin1: str | None, country: str = "SY", name: str = "x",
         lat: float | None = None, lon: float | None = None) -> Any:
    return SimpleNamespace(level=level, admin1=admin1, country=country, name_ar=name, lat=lat, lon=lon)


class _Ctx:
    def __init__(self, ents: dict[str, Any]) -> None:
        self.entities = ents
        self.province_capitals: frozenset[str] = frozenset()

    def big_city(self, e: Any) -> bool:
        return False

    def same_province(self, town: str | None, region: str | None) -> bool:
        et, er = self.entities.get(town or ""), self.entities.get(region or "")
        return (et is not None and er is not None and er.level == "region" and bool(er.admin1)
                and et.admin1 == er.admin1 and et.country == er.country)


CTX = _Ctx({"gov": _ent("admin1", "Daraa"), "town": _ent("town", "Daraa", lat=32.5, lon=36.5),
            "other": _ent("town", "Idlib", lat=35.9, lon=36.6), "sy": _ent("country", None),
            "reg": _ent("region", "Daraa", lat=32.6, lon=36.4), "far": _ent("town", "Daraa", lat=33.5, lon=36.4)})


def test_a_governorate_or_country_holds_its_town() -> None:
    assert _holds(CTX, _cand(location="gov"), _cand(location="town"))
    assert _holds(CTX, _cand(location="sy"), _cand(location="town"))
    assert not _holds(CTX, _cand(location="town"), _cand(location="gov"))


def test_another_governorates_town_or_a_far_town_is_not_held() -> None:
    assert not _holds(CTX, _cand(location="gov"), _cand(location="other"))
    assert _holds(CTX, _cand(location="reg"), _cand(location="town"))
    assert not _holds(CTX, _cand(location="reg"), _cand(location="far"))     # ~100 km from the region's centre
    assert not _holds(CTX, _cand(location="town"), _cand(location="other"))  # two towns


def test_a_page_window_holds_the_day_told_in_it() -> None:
    week = _cand(date_start="2017-03-15", date_end="2017-03-21", time_precision=2)
    day = _cand(date_start="2017-03-19", date_end="2017-03-19", time_precision=1, date_own=True)
    assert _dates_meet(week, day) and _dates_meet(day, week)
    undated = _cand()
    assert _dates_meet(undated, day)


def test_two_days_told_stay_apart() -> None:
    d1 = _cand(date_start="2017-03-19", date_end="2017-03-19", time_precision=1, date_own=True)
    d2 = _cand(date_start="2017-03-17", date_end="2017-03-17", time_precision=1, date_own=True)
    assert not _dates_meet(d1, d2)
    # a day outside the page's window is another happening's
    week = _cand(date_start="2017-03-15", date_end="2017-03-21", time_precision=2)
    old = _cand(date_start="2017-03-02", date_end="2017-03-02", time_precision=1, date_own=True)
    assert not _dates_meet(week, old)


def test_a_generic_sub_type_meets_a_specific_one_but_a_taking_not_a_clash() -> None:
    generic = _cand(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                    specific=False, trig=SimpleNamespace(kind="attack"))
    air = _cand(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                trig=SimpleNamespace(kind="remote"))
    assert _kinds_meet(generic, air)
    taking = _cand(sub_event_type="Government regains territory", trig=SimpleNamespace(kind="territory"))
    assert not _kinds_meet(taking, _cand())
    assert not _kinds_meet(_cand(sub_event_type="Government regains territory"), _cand(specific=False))
    sd1 = _cand(event_type="Strategic developments", sub_event_type="Arrests", specific=False)
    sd2 = _cand(event_type="Strategic developments", sub_event_type="Other", specific=False)
    assert not _kinds_meet(sd1, sd2)


def test_two_undated_takings_stay_apart() -> None:
    t = SimpleNamespace(kind="territory")
    assert _undated_takings(_cand(trig=t), _cand(trig=t))
    assert not _undated_takings(_cand(trig=t, date_start="2017-10-17", date_end="2017-10-17"), _cand(trig=t))


def test_a_region_does_not_hold_a_towns_taking_or_exit() -> None:
    # "انسحب جيش الإسلام من القلمون" and the exit from a town of the same province are other ground
    exit_ = SimpleNamespace(kind="exit")
    assert not _holds(CTX, _cand(location="reg", trig=exit_), _cand(location="town", trig=exit_))
    taking = _cand(location="town", sub_event_type="Government regains territory", trig=SimpleNamespace(kind="territory"))
    assert not _holds(CTX, _cand(location="reg"), taking)
    # a governorate still holds them
    assert _holds(CTX, _cand(location="gov", trig=exit_), _cand(location="town", trig=exit_))


def test_a_lists_place_holds_nothing() -> None:
    # "حملة اعتقالات في إدلب وحلب وحماة": a campaign's governorates, not the place of one arrest told in the body
    assert not _holds(CTX, _cand(location="gov", fan_of=0), _cand(location="town"))


def test_only_the_leads_wide_place_holds_the_bodys() -> None:
    # "سوريا : قوات النظام تقصف" as the headline holds the body's town; told far down the page it is another item
    def at(start: int, loc: str) -> Any:
        return _cand(location=loc, sent=SimpleNamespace(span=SimpleNamespace(start=start)))
    assert _lead_holds(CTX, at(0, "sy"), at(900, "town"))
    assert not _lead_holds(CTX, at(900, "sy"), at(0, "town"))
    # the headline's telling folded into the body's telling at the same place still holds (merge._lead_told);
    # one at another place does not
    folded = at(900, "sy")
    folded.merged = [_cand(location="sy", loc_own=True, sent=SimpleNamespace(span=SimpleNamespace(start=0)))]
    assert _lead_holds(CTX, folded, at(1500, "town"))
    folded.merged[0].location = "gov"
    assert not _lead_holds(CTX, folded, at(1500, "town"))
