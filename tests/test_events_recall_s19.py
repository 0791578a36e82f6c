"""Events recall, session 19: happenings a page reports that were left undated or refused.

- A digest's first item glued to the page's heading ("موجز أخبار ... ليوم الاثنين 30 - 10 - 2017 - سبعة
  قتلى ..."): the only dates its sentence writes are the page's own day, which tells when the page was
  filed, no other time. The item is dated as the page's undated news is (the week up to the page's day),
  not left unknown. A sentence that also writes another day keeps it unknown (guard).
Hand-written sentences."""

from __future__ import annotations

from test_events_precision8 import _run

from rasd.records import Analysis

HEAD = "موجز أخبار الوضع السوري ليوم الاثنين 30 - 10 - 2017 نشر في : أكتوبر 30 , 2017 3 : 35 م - "


def _dated(a: Analysis, place: str) -> list[tuple[str, str]]:
    return [(e.date_start, e.date_end) for e in a.events if e.location == place and e.modality == "actual"]


def test_an_item_glued_to_the_digest_heading_takes_the_pages_week() -> None:
    # (session 20: the digest of one day, "ليوم الاثنين 30 - 10 - 2017", dates its undated items that day, not
    # the week up to it: tests/test_event_dates_day_report.py)
    a = _run(HEAD + "سبعة قتلى مدنيين جراء قصف طيران النظام على مدينة دوما .", "2017-10-30")
    assert _dated(a, "douma") == [("2017-10-30", "2017-10-30")]


def test_an_item_after_the_heading_is_dated_alike() -> None:
    """(the base already dated the items cut apart from the heading: the glued one now matches them)"""
    a = _run(HEAD + "اشتباكات بين فصائل المعارضة وقوات النظام .\nسبعة قتلى مدنيين جراء قصف طيران النظام على "
             "مدينة دوما .", "2017-10-30")
    assert _dated(a, "douma") == [("2017-10-30", "2017-10-30")]


def test_a_sentence_writing_another_day_stays_undated() -> None:
    """A day other than the page's (here the 28th, told in another clause) may be the happening's: the
    page's week is not lent."""
    a = _run(HEAD + "وذكر تقرير صدر في 28 - 10 - 2017 , أن سبعة قتلى مدنيين سقطوا جراء قصف طيران النظام على "
             "مدينة دوما .", "2017-10-30")
    assert all(d != ("2017-10-24", "2017-10-30") for d in _dated(a, "douma"))
