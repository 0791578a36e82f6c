"""An undated page whose head prints a full date its lead contradicts ("<site> الأحد - 21 يناير 2018 ...
نفذت الاتفاقية أمس الأربعاء"): the date is the site's header widget (the day the page was viewed) or a
masthead of another day, not the story's, so it dates no event (``contradicted_heads``). Small fixtures of
the general pattern; each with its negative twin (a lead that confirms the date, a lead naming no weekday,
a lead one day behind, a listing's heading)."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

from rasd.extract.events.lexicons import lexicon
from rasd.extract.page_dates import contradicted_heads, find_page_dates

WIDGET = ("مقتل مدنيين بقصف على دوما | قناة الأخبار الأحد - 21 يناير 2018 مقتل ثلاثة مدنيين بقصف جوي على "
          "بلدة دوما في الغوطة الشرقية .\n"
          "ووقع القصف أمس الأربعاء , بحسب الدفاع المدني .\n")
PLACES = {"du": ("دوما", "Douma", 33.57, 36.40, "town", "Rif Dimashq")}


def _spans(text: str) -> list[tuple[int, int]]:
    return contradicted_heads(text, find_page_dates(text, None, []), lexicon().date_cues)


def test_a_head_date_the_lead_contradicts_is_refused() -> None:
    spans = _spans(WIDGET)
    assert [WIDGET[a:b] for a, b in spans] == ["21 يناير 2018"]


def test_a_head_date_the_lead_confirms_stays() -> None:
    # yesterday Saturday on a Sunday's page: the page's own day
    assert _spans(WIDGET.replace("أمس الأربعاء", "أمس السبت")) == []
    # today Sunday
    assert _spans(WIDGET.replace("أمس الأربعاء", "اليوم الأحد")) == []
    # a lead one or two days behind the head (printed after midnight): left to the other tests
    assert _spans(WIDGET.replace("أمس الأربعاء", "أمس الخميس")) == []


def test_a_lead_naming_no_weekday_or_several_refuses_nothing() -> None:
    assert _spans(WIDGET.replace("أمس الأربعاء", "أمس")) == []
    assert _spans(WIDGET.replace("أمس الأربعاء", "أمس الأربعاء واليوم الأحد")) == []


def test_a_listing_heading_is_not_a_lead_cue() -> None:
    # "اليوم الأربعاء 17 - 1 - 2018" heads another day's posts: it names its own day, not the page's today
    heading = WIDGET.replace("أمس الأربعاء", "اليوم الأربعاء 17 - 1 - 2018")
    assert _spans(heading) == []


def test_the_widget_dates_no_event() -> None:
    places = syrian_places(PLACES)
    events = actual_events(run_with_places(WIDGET, places))
    assert events
    assert all(e.date_start != "2018-01-21" for e in events)
    # the twin whose lead confirms the head date keeps it
    confirmed = actual_events(run_with_places(WIDGET.replace("أمس الأربعاء", "أمس السبت"), places))
    assert any(e.date_start == "2018-01-21" for e in confirmed)
