"""Session 24 (dayword): a source's account on the next line takes the day the line before told.

On a dated page an undated sentence took the page's week ("الاثنين" told the arrests of a page of Monday
30 Oct, the prosecutor's statement on the next line went to 24-30 Oct). A line opening with a conjoined
verb of saying ("وأفاد بيان ... أن الشرطة داهمت") goes on with the source's account of the happening the
line before told, on its one "اليوم" / "أمس" / weekday (``dates._reported_on_day``); not the day a source spoke
on ("أعلنت ... الاثنين أنها", ``dates._spoken_day``). A line that opens
with no verb of saying, or a line before naming two days, names no day for it. Hand-written fixtures in
the corpus's pre-tokenised style."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

LEAD = "أوقفت قوات الأمن التركية الاثنين أربعة أشخاص في إطار التحقيقات المرتبطة بتفجير غازي عنتاب .\n"
ACCOUNT = "وأفاد بيان صادر عن النيابة العامة أن الشرطة داهمت ستة منازل في مدينة كلس الحدودية و اعتقلت أربعة أشخاص ."


def _raid_dates(text: str) -> set[tuple[str, str]]:
    a = analyse_text(text, "2017-10-30")
    return {(e.date_start, e.date_end) for e in actual_events_of(a) if e.trigger.startswith("داهمت")}


def test_the_sources_account_takes_the_day_the_line_before_told() -> None:
    assert _raid_dates(LEAD + ACCOUNT) == {("2017-10-30", "2017-10-30")}


def test_a_line_with_no_verb_of_saying_keeps_the_pages_week() -> None:
    text = LEAD + ACCOUNT.removeprefix("وأفاد بيان صادر عن النيابة العامة أن ")
    assert _raid_dates(text) == {("2017-10-30", "2017-10-30")}


def test_a_line_before_with_two_days_names_no_day() -> None:
    text = LEAD.replace("الاثنين", "الاثنين و أمس الأحد") + ACCOUNT
    assert ("2017-10-30", "2017-10-30") not in _raid_dates(text)


def test_the_day_a_source_spoke_on_does_not_date_the_account() -> None:
    # "أعلنت ... الاثنين أنها": the day of the announcement, not of the raids the next line tells
    text = ("أعلنت النيابة العامة التركية الاثنين أنها تحقق في تفجير غازي عنتاب .\n" + ACCOUNT)
    assert _raid_dates(text) == {("2017-10-30", "2017-10-30")}
