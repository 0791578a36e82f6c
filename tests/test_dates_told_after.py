"""Session 36 (borrow2): a day told in a "بعد أن" / "بعدما" / "وذلك بعد أن" clause dates the earlier happening
that clause tells ("... وذلك بعد أن دمرت وحدة من الجيش أمس منصة لإطلاق الصواريخ"), so the undated sentence after
it does not borrow it (``dates._told_after`` in ``dates._borrow_date``); it takes the report's day as any undated
telling. The same day told in a clause of its own still lends. Hand-written sentences in the corpus's
pre-tokenised style, each with its twin."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

DAY = "2016-02-15"
YESTERDAY = ("2016-02-14", "2016-02-14")
LEAD = "أعلن مصدر عسكري تقدم القوات الحكومية في ريف حمص الشرقي , {} وحدة من الجيش أمس منصة لإطلاق الصواريخ . "
NEXT = "وأشار المصدر إلى أن غارات جوية استهدفت مواقع التنظيم في مدينة تدمر ."


def _strike_dates(text: str) -> set[tuple[str, str]]:
    a = analyse_text(text, DAY, stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")
            if e.location == "rasd:palmyra"}


@pytest.mark.parametrize("after", ["وذلك بعد أن دمرت", "بعدما دمرت", "وبعد أن دمرت"])
def test_a_day_told_after_after_that_is_not_borrowed(after: str) -> None:
    dates = _strike_dates(LEAD.format(after) + NEXT)
    assert dates and YESTERDAY not in dates


def test_a_day_told_in_its_own_clause_still_lends() -> None:
    # twin: the same day told of a happening of its own clause ("ودمرت ... أمس") dates the next sentence
    assert _strike_dates(LEAD.format("ودمرت") + NEXT) == {YESTERDAY}


@pytest.mark.parametrize("after", ["وذلك بعد أن دمرت", "بعدما دمرت"])
def test_the_sources_account_on_a_new_line_takes_no_day_told_after_after_that(after: str) -> None:
    # a new line going on with the source's account ("⏎ وأشار المصدر ...") takes the day the line before told
    # of its happening (``dates._reported_on_day``), not a day its "بعد أن" clause told of an earlier one
    dates = _strike_dates(LEAD.format(after) + "\n" + NEXT)
    assert dates and YESTERDAY not in dates


def test_the_sources_account_on_a_new_line_still_takes_the_day_told_before() -> None:
    # twin: the line before tells its own happening "أمس": the account goes on with it, on that day
    assert _strike_dates(LEAD.format("ودمرت") + "\n" + NEXT) == {YESTERDAY}
