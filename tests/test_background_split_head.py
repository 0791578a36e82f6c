"""A row whose own sentence tells it as background keeps no news telling of another sentence the merges lent it
(events._split_background_head; BACKGROUND rows of the breadth samples kept by a merged telling, session 37):
the aside "وكان لافتا ما أكده ناشطون حول أن الطيران ... يستخدمان ... في الإغارة على ..." (undated, told aside) was the
head of a strike row that the page's news ("صواريخ سقطت على أحياء ...") kept alive, undated. Split off, the aside is
dropped and the news telling stands on its own, dated as the page's happenings. A row headed by the news telling
with the aside merged in stays as it was (twin). Made-up sentences of the general construction."""

from __future__ import annotations

import pytest
from analysed import analyse_text

import rasd.extract.events as events_pkg

PAGE = "2017-11-15"
ASIDE_HEAD = ("مقتل مدنيين بقصف على ريف درعا\n"
              "وكان لافتا ما أكده ناشطون حول أن الطيران الروسي وطيران النظام يستخدمان أجواء المنطقة في الإغارة على "
              "مدينة إنخل . وقال ناشطون إن عدة صواريخ سقطت على أحياء مدينة إنخل , فيما يواصل الطيران الروسي شن غارات "
              "على البلدات المجاورة .")
NEWS_HEAD = ("وكانت قوات النظام قد قصفت بلدة اللطامنة بريف حماة الشمالي . "
             "وقال ناشطون إن قذائف مدفعية سقطت صباح اليوم على بلدة اللطامنة .")


def _rows(text: str, doc_id: str) -> list[tuple[str, str, str]]:
    a = analyse_text(text, PAGE, doc_id=doc_id)
    return sorted((e.event_type, e.trigger, e.date_start) for e in a.events if e.modality == "actual")


def test_the_aside_heading_a_row_is_split_off_and_dropped() -> None:
    rows = _rows(ASIDE_HEAD, "split-aside")
    # the aside's own telling heads no row; what stays is the page's news of the day
    assert not any(trig == "الطيران الروسي" for _t, trig, _d in rows)
    assert rows and all(day == PAGE for _t, _trig, day in rows)


def test_without_the_split_the_aside_kept_an_undated_row(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the behaviour the split changes: the merged news telling kept the aside's row, undated)
    monkeypatch.setattr(events_pkg, "_split_background_head", lambda ev, _bg, _dr, _ctx: (ev, []))
    rows = _rows(ASIDE_HEAD, "split-aside-off")
    assert ("Explosions/Remote violence", "الطيران الروسي", "unknown") in rows


def test_a_news_headed_row_with_the_aside_merged_in_stays() -> None:
    # twin: the pluperfect aside merged into the day's shelling, headed by the news telling: one row, the page's day
    rows = _rows(NEWS_HEAD, "split-news-head")
    assert [(t, d) for t, _trig, d in rows] == [("Explosions/Remote violence", PAGE)]
