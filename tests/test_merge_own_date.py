"""A headline told on the page's stamp or masthead day and its lead telling the same deed with a relative
day of its own ("أمس", "قبل أيام") are one happening, of the lead's day (rasd.extract.events.compare.
_told_before_stamp, used by _absorb and merge._merge_document). A stamp day does not replace the lead's
own day, and the lead's day replaces the stamp's, whichever telling leads the merge. Unit fixtures of the
general pattern (small candidates, no page text)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from rasd.extract.events.compare import _absorb, _told_before_stamp
from rasd.records import UNKNOWN

PAGE = "2014-11-15"
STAMP = SimpleNamespace(start=30, end=40, kind="absolute")      # "15 / 11 / 2014" glued to the headline
YESTERDAY = SimpleNamespace(start=120, end=123, kind="relative")    # "أمس" / "قبل أيام" in the lead
# (no text: no phrase in it turns to another telling, compare._date_across_turn)
SENT = SimpleNamespace(span=SimpleNamespace(start=0, end=1000), dates=[STAMP, YESTERDAY], text="")


def _cand(start: int, **kw: Any) -> Any:
    base: dict[str, Any] = dict(
        event_type="Battles", sub_event_type="Armed clash", specific=True,
        actor1=[], actor2=[], assoc1=[], actor_ev=None, actor_own=False, first_person=False,
        location=None, geo_precision=None, loc_own=False, loc_ev=None, rejected_places=set(),
        date_start=UNKNOWN, date_end=UNKNOWN, time_precision=None, date_ev=None, date_own=False,
        date_cited=False, date_guessed=False, date_since=False, modality="actual", denied_firm=False,
        aggregate=False, merged=[], sent=SENT, start=start, has_date_expr=False)
    base.update(kw)
    return SimpleNamespace(**base)


class _Ctx:
    feed = False
    report_parts: list[Any] = []

    def __init__(self, page: str | None = PAGE) -> None:
        self.page_day = dt.date.fromisoformat(page) if page else None

    def other_items(self, a: int, b: int) -> bool:
        return False

    def is_generic(self, x: str) -> bool:
        return False


def _headline() -> Any:
    return _cand(10, date_start=PAGE, date_end=PAGE, time_precision=1, date_own=True, date_ev=(30, 40))


def _lead(start: str = "2014-11-08", end: str = "2014-11-14", **kw: Any) -> Any:
    return _cand(100, **{**dict(date_start=start, date_end=end, time_precision=2, date_own=True,
                                date_ev=(120, 123)), **kw})


def test_the_leads_days_ago_dates_the_headline_told_on_the_stamp_day() -> None:
    head, lead = _headline(), _lead()
    assert _told_before_stamp(lead, head, _Ctx())
    _absorb(head, lead, _Ctx())
    assert (head.date_start, head.date_end, head.date_ev) == ("2014-11-08", "2014-11-14", (120, 123))


def test_the_stamp_day_does_not_replace_the_leads_own_day_when_the_lead_leads() -> None:
    head, lead = _headline(), _lead()       # "قبل أيام": a window, wider than the stamp's day
    _absorb(lead, head, _Ctx())
    assert (lead.date_start, lead.date_end, lead.date_ev) == ("2014-11-08", "2014-11-14", (120, 123))


def test_a_headline_dated_otherwise_is_not_a_stamp_day() -> None:
    # a day of another date than the page's (a timeline entry's), or no page day at all
    head = _cand(10, date_start="2014-11-12", date_end="2014-11-12", time_precision=1, date_own=True,
                 date_ev=(30, 40))
    assert not _told_before_stamp(_lead(), head, _Ctx())
    assert not _told_before_stamp(_lead(), _headline(), _Ctx(None))


def test_an_absolute_day_of_the_lead_or_a_day_weeks_back_is_no_lead_of_the_headline() -> None:
    told = _lead("2014-11-14", "2014-11-14", date_ev=(30, 40))         # the lead's day is the stamp date kind
    assert not _told_before_stamp(told, _headline(), _Ctx())
    old = _lead("2014-10-01", "2014-10-01", time_precision=1)          # "أمس" of a quoted old report
    assert not _told_before_stamp(old, _headline(), _Ctx())
    cited = _lead(date_cited=True)                                       # a source's report window
    assert not _told_before_stamp(cited, _headline(), _Ctx())


def test_a_lead_day_of_the_same_day_as_the_stamp_changes_nothing() -> None:
    head, lead = _headline(), _lead(PAGE, PAGE, time_precision=1)
    assert not _told_before_stamp(lead, head, _Ctx())


def test_a_day_before_told_further_down_the_page_is_not_the_headlines() -> None:
    # "وكان المراسل أفاد أمس الخميس بأن قوات النظام قصفت ...": yesterday's shelling, told in the body
    body = SimpleNamespace(span=SimpleNamespace(start=900, end=1100), dates=[
        SimpleNamespace(start=920, end=923, kind="relative")])
    told = _lead(sent=body, date_ev=(920, 923), date_start="2014-11-14", date_end="2014-11-14", time_precision=1)
    head = _headline()
    assert not _told_before_stamp(told, head, _Ctx())
    _absorb(head, told, _Ctx())
    assert head.date_start == PAGE
