"""Session 20 (background6): on a page that reports nothing of its own (_reports_nothing: a study, an op-ed, a
rights report), a deed dated only to the page's own day is background (_page_day_only): the "اليوم" of the saying
that opens a rights report ("قالت هيومن رايتس ووتش اليوم إن ...") or the page's printed stamp dates the writing,
not the deed. A sentence naming the weekday of its news ("أعلنت ... اليوم الإثنين") or a deed of another day
("أمس الأحد") is kept, and so is the same saying on a news page. Fixtures written for the test."""

from __future__ import annotations

from test_events import actual_events
from test_events_analysis_pages import DATED, _run
from test_events_dayless_pages import HEADLINE, STUDY

from rasd.extract.events.background import _reports_nothing

# (the fixture's page is dated Monday 27 February 2017: "اليوم" is that day)
SAID_TODAY = "وقالت منظمة هيومن رايتس ووتش اليوم إن طائرات النظام قصفت بلدة تادف ما أدى إلى مقتل مدنيين . "
SAID_WEEKDAY = "وأعلنت الفصائل اليوم الإثنين أن طائرات النظام قصفت بلدة تادف ما أدى إلى مقتل مدنيين . "
NEWS = ("أفاد مراسل الوكالة بوصول تعزيزات إلى المنطقة , وقال مصدر إن الاشتباكات تجددت ليلة السبت . "
        + SAID_TODAY)


def _dates(text: str) -> list[str]:
    return [e.date_start for e in actual_events(_run(text, HEADLINE))]


def test_a_deed_dated_by_a_study_s_own_day_is_background() -> None:
    assert _reports_nothing(STUDY + SAID_TODAY, 20)
    assert _dates(STUDY + SAID_TODAY) == []


def test_a_weekday_named_with_the_page_s_day_keeps_the_news() -> None:
    assert _reports_nothing(STUDY + SAID_WEEKDAY, 20)
    assert "2017-02-27" in _dates(STUDY + SAID_WEEKDAY)


def test_a_deed_of_another_day_in_a_study_stays() -> None:
    assert _dates(STUDY + DATED)


def test_the_saying_on_a_news_page_stays() -> None:
    assert not _reports_nothing(NEWS, 2)
    assert "2017-02-27" in _dates(NEWS)
