"""The day of a condemnation is not the condemned deed's (DATE_WRONG_ANCHOR cause (a) of brsample9): a single
day from before the condemning verb (the statement's item stamp, a heading, the page's day) dates the deed as
that day or the days before it, a report's window (``dates._condemned_dates``). Breadth R-304#2 (UN News
digest, item 29/9/2016: UNRWA condemns the shelling of its Khan al-Shih school) and R-198#4 (UNESCO condemns a
journalist's killing, item 25/2/2014). Fixtures in the corpus's pre-tokenised style, with negative twins."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

PLACES = {
    "khan": ("خان الشيح", "Khan al-Shih", 33.43, 36.09, "town", "Rif Dimashq"),
    "harat": ("حارة حريك", "Haret Hreik", 33.85, 35.51, "town", "Beirut"),
}

UNRWA = ("2016 / 9 / 29 - أدانت وكالة الأمم المتحدة لإغاثة وتشغيل لاجئي فلسطين في الشرق الأدنى ( الأونروا ) "
         "بشدة الأطراف المسؤولة عن قصف إحدى مدارسها في خان الشيح بسوريا .")


def test_the_condemned_shelling_takes_the_statements_window() -> None:
    a = run_with_places(UNRWA, syrian_places(PLACES), "2016-09-30", syrian=True)
    assert actual_dates_at(a, "khan") == {("2016-09-23", "2016-09-29")}


def test_a_reported_shelling_keeps_the_stamps_day() -> None:
    # twin: the item reports the shelling itself (no condemning verb)
    text = UNRWA.replace("أدانت", "قالت").replace("بشدة الأطراف المسؤولة عن قصف", "إن قصفا استهدف")
    a = run_with_places(text, syrian_places(PLACES), "2016-09-30", syrian=True)
    assert actual_dates_at(a, "khan") == {("2016-09-29", "2016-09-29")}


def test_a_day_the_condemned_deed_is_told_with_stays() -> None:
    # twin: the day stands in the deed's own words ("انفجار سيارة مفخخة اليوم في حارة حريك")
    text = ("2014 / 1 / 21 - أدان أمين عام الأمم المتحدة بان كي مون في بيان انفجار سيارة مفخخة اليوم "
            "في حارة حريك بضاحية بيروت الجنوبية .")
    a = run_with_places(text, syrian_places(PLACES), "2014-01-21", syrian=True)
    assert actual_dates_at(a, "harat") == {("2014-01-21", "2014-01-21")}
