"""Session 33 (evdate4): a roundup's items run together on one line, each opened by a list bullet ("... على
أجزاء واسعة منها أول أمس . - قال المرصد إن عدد قتلى الغارة ... ارتفع"): the item after the bullet is another
news item, so the relative day the item before told in passing ("أول أمس") does not date it
(``dates._item_header``); it takes the report's days as any undated item. A full date heading the items
still dates them. Hand-written sentences in the corpus's pre-tokenised style, each with its twin."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

DAY = "2017-03-22"
BEFORE_YESTERDAY = ("2017-03-20", "2017-03-20")
FIRST = ("- سيطرت القوات على قرية جديدة مخيط في ريف الرقة الشرقي بعد اشتباكات مع التنظيم أول أمس . ")
SECOND = "قال المرصد إن عدد قتلى الغارة التي نفذتها طائرات التحالف على مدرسة في بلدة المنصورة ارتفع إلى 33 ."


def _strike_dates(text: str) -> set[tuple[str, str]]:
    a = analyse_text(text, DAY, stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")}


def test_a_bulleted_item_takes_no_relative_day_of_the_item_before() -> None:
    dates = _strike_dates(FIRST + "- " + SECOND)
    assert dates and BEFORE_YESTERDAY not in dates


def test_a_sentence_without_a_bullet_still_borrows_the_day_before() -> None:
    # twin: the same sentence running on without a bullet continues the one before: its day
    assert _strike_dates(FIRST + SECOND) == {BEFORE_YESTERDAY}


def test_a_full_date_heading_still_dates_a_bulleted_item() -> None:
    # twin: a written day heading the items ("الأحد 19 آذار 2017 .") dates the bulleted item after it
    dates = _strike_dates("الأحد 19 آذار 2017 . - " + SECOND)
    assert dates == {("2017-03-19", "2017-03-19")}
