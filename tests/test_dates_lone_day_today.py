"""Session 43 (unresolved): an undated page that prints one full day only, and calls a day after it
"اليوم <weekday>" with that day's weekday: that today is the printed day (a forum post's caption
"30 - 12 - 2017" over a spokesman's "اليوم السبت"). Another weekday, two printed days, a today before the
stamp, or a date the text introduces ("يوم 4 شباط 2018") leave it unknown. Hand-written fixtures."""

from __future__ import annotations

from rasd.extract.events.lexicons import lexicon
from rasd.extract.page_dates import find_page_dates, lone_day_todays
from rasd.knowledge.resources import default_resources
from rasd.pipeline import analyse
from rasd.records import Document

STAMP = "صور من الميدان 3 - 3 - 2017 # تصوير : أحمد . "       # Friday 3 March 2017
TOLD = "وقال مراسلنا اليوم الجمعة إن قوات النظام قصفت مدينة دوما بالمدفعية الثقيلة ."


def _todays(text: str) -> list[str | None]:
    dates = lone_day_todays(text, find_page_dates(text, None, []), lexicon().date_cues)
    return [d.date_start for d in dates if d.surface.startswith("اليوم")]


def test_a_today_of_the_printed_days_weekday_is_that_day() -> None:
    assert _todays(STAMP + TOLD) == ["2017-03-03"]


def test_another_weekday_stays_unknown() -> None:
    assert _todays(STAMP + TOLD.replace("الجمعة", "السبت")) == [None]


def test_two_printed_days_stay_unknown() -> None:
    assert _todays(STAMP + "صورة 10 - 3 - 2017 . " + TOLD) == [None]


def test_a_today_before_the_stamp_stays_unknown() -> None:
    assert _todays(TOLD + " " + STAMP) == [None]


def test_the_sources_own_today_in_that_sentence_is_that_day() -> None:
    said = "وقال الناطق لوكالة الأنباء اليوم الجمعة : \" اليوم منذ الصباح قصفت قوات النظام مدينة دوما \" . "
    assert _todays(STAMP + said + "وأعلن المجلس اليوم عن حملة تبرعات .") == ["2017-03-03", "2017-03-03", None]
    assert _event_days(STAMP + said) == ["2017-03-03"]


def test_a_day_the_text_introduces_is_no_stamp() -> None:
    # "يوم 3 آذار 2017": a day told in a sentence (a plan, a past happening), not the page's day
    text = "ويمر المسبار قرب الأرض يوم 3 آذار 2017 . " + TOLD
    assert _todays(text) == [None]


def _event_days(text: str) -> list[str]:
    a = analyse(Document(id="lone-day", source="lone-day", text=text), default_resources(), ["entities", "places", "events"])
    return [e.date_start for e in a.events if e.modality == "actual"]


def test_the_event_takes_the_day() -> None:
    assert _event_days(STAMP + TOLD) == ["2017-03-03"]
    assert _event_days(STAMP + TOLD.replace("الجمعة", "السبت")) == ["unknown"]
