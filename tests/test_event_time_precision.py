"""ACLED's time precision follows the range an event is given: a day-precise reading that spans several
days (a text range "23 - 24 سبتمبر", "منذ 17 أكتوبر") is within a week (2) or a month or wider (3), never a
day (1). Texts after the breadth set's Kurdistan-referendum ticker and AFP's Mosul story."""

from __future__ import annotations

from analysed import analyse_text

from rasd.extract.events import range_precision


def test_day_range_in_the_text_is_within_a_week() -> None:
    text = ("23 - 24 سبتمبر , قصفت قوات النظام بلدة بيت جن بالمدفعية والمروحيات وتجدد محاولة التقدم "
            "في المنطقة .")
    a = analyse_text(text, "2017-09-25")
    evs = [e for e in a.events if e.date_start == "2017-09-23"]
    assert evs and all(e.date_end == "2017-09-24" and e.time_precision == 2 for e in evs)


def test_range_precision() -> None:
    assert range_precision("2017-09-23", "2017-09-23", 1) == 1
    assert range_precision("2017-09-23", "2017-09-24", 1) == 2
    assert range_precision("2016-10-17", "2017-02-13", 1) == 3
    assert range_precision("2017-09-18", "2017-09-24", 2) == 2      # a week stays a week
    assert range_precision("unknown", "unknown", 1) is None
