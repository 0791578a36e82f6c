"""Session 33 (evdate4): two clause bounds of a date. A roundup's items run together on one line, each opened
by a list bullet ("... على أجزاء واسعة منها أول أمس . - قال المرصد إن عدد قتلى الغارة ... ارتفع"): the item after
the bullet is another news item, so the relative day the item before told in passing ("أول أمس") does not date it
(``dates._item_header``); it takes the report's days as any undated item. A full date heading the items still
dates them. A relative clause opened by "والتي" tells its own time as "التي" does (``dates._in_relative_clause``).
Hand-written sentences in the corpus's pre-tokenised style, each with its twin."""

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


# A relative clause after "و" ("والتي أعلن عنها قبل يومين") tells its own verb's time, as "التي" does
# (``dates._in_relative_clause``): the announcement's day does not date the clashes.
CLAUSE = ("قتل عشرات من قوات النظام خلال صد هجمات التنظيم على مواقعها قرب بلدة السخنة , في إطار العملية التي "
          "أطلقها التنظيم في البادية , {} أعلن عنها قبل يومين .")
TWO_DAYS_AGO = ("2017-09-29", "2017-09-29")


def _clash_dates(text: str) -> set[tuple[str, str]]:
    a = analyse_text(text, "2017-10-01", stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Battles")}


def test_a_relative_clause_after_wa_tells_its_own_time() -> None:
    with_wa = _clash_dates(CLAUSE.format("والتي"))
    assert with_wa and TWO_DAYS_AGO not in with_wa
    # twin: the bare pronoun, read so before
    assert _clash_dates(CLAUSE.format("التي")) == with_wa


def test_a_day_of_the_events_own_clause_still_dates_it() -> None:
    # twin: "قبل يومين" told of the killing itself
    assert _clash_dates("قتل عشرات من قوات النظام قبل يومين خلال صد هجمات التنظيم على مواقعها قرب بلدة السخنة .") == {
        TWO_DAYS_AGO}
