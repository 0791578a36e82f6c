"""Session 36 (timeline): a round-up whose lead names its day as "أول جمعة بعد X" (the first Friday after
X) tells happenings of that Friday: ``dates.first_friday_dates`` narrows a span of days holding exactly
one Friday to it; one day, a day of the happening's own words, a planned happening, an undated one and a
page without the phrase in its lead are left as they are. Stub tellings (the function reads only their
date fields and modality) and hand-written leads."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from rasd.extract.events.dates import first_friday_dates

LEAD = ("اليوم : 9 ديسمبر , 2017 | | في أول جمعة بعد اعتراف ترامب بالقدس , شهدت عدة مدن عربية احتجاجات "
        "منددة بالقرار .\nوفي مدينة سوسة , شارك مئات المواطنين في مسيرة احتجاجية .")


def _cand(start: str, end: str, *, own: bool = False, modality: str = "actual") -> Any:
    return SimpleNamespace(date_start=start, date_end=end, date_own=own, modality=modality, time_precision=2)


def _run(text: str, *cands: Any) -> list[tuple[str, str]]:
    first_friday_dates(list(cands), text)
    return [(c.date_start, c.date_end) for c in cands]


def test_a_span_holding_one_friday_takes_the_first_friday_the_lead_names() -> None:
    c = _cand("2017-12-07", "2017-12-08")
    assert _run(LEAD, c) == [("2017-12-08", "2017-12-08")]
    assert c.time_precision == 1


def test_the_window_before_the_page_s_day_takes_its_friday() -> None:
    assert _run(LEAD, _cand("2017-12-03", "2017-12-09")) == [("2017-12-08", "2017-12-08")]


def test_a_span_of_two_fridays_one_day_its_own_day_planned_and_undated_are_kept() -> None:
    kept = [_cand("2017-12-01", "2017-12-09"), _cand("2017-12-09", "2017-12-09"),
            _cand("2017-12-07", "2017-12-08", own=True), _cand("2017-12-07", "2017-12-08", modality="planned"),
            _cand("unknown", "unknown")]
    assert _run(LEAD, *kept) == [("2017-12-01", "2017-12-09"), ("2017-12-09", "2017-12-09"),
                                 ("2017-12-07", "2017-12-08"), ("2017-12-07", "2017-12-08"), ("unknown", "unknown")]


def test_without_the_phrase_in_the_lead_nothing_moves() -> None:
    other = LEAD.replace("في أول جمعة بعد", "في أعقاب")
    assert _run(other, _cand("2017-12-07", "2017-12-08")) == [("2017-12-07", "2017-12-08")]
    # the phrase far down the page (a quote, an aside) is no round-up's day
    far = "شهدت عدة مدن عربية احتجاجات . " * 20 + "وقال ناشط إن أول جمعة بعد القرار ستكون حاشدة ."
    assert _run(far, _cand("2017-12-07", "2017-12-08")) == [("2017-12-07", "2017-12-08")]


def test_the_first_friday_needs_the_word_after() -> None:
    # "أول جمعة من رمضان" names a Friday of its own (no anchor after a happening): not read here
    text = LEAD.replace("أول جمعة بعد اعتراف ترامب بالقدس", "أول جمعة من شهر رمضان")
    assert _run(text, _cand("2017-12-07", "2017-12-08")) == [("2017-12-07", "2017-12-08")]
