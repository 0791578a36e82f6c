"""Session 35 (evdate6): a photo caption or headline dated in full runs into the lead in one sentence ("طفل جريح
... بعد غارة لطيران النظام 21 يناير 2015 دبي ( الوكالة ) - - قتل 30 شخصا الجمعة , في غارات شنتها ..."). The
caption's date is a heading date of the sentence (``sentences._prepare``), and the trigger's clause ("في غارات")
has no date of its own, so ``dates._find_date`` took the caption's day. The lead states its own day, the nearest
date before the trigger's clause: that day dates the raids (``dates._lead_day_after_heading``). Only a named day
(weekday, "أمس"), not a report cue's, and within a week of the heading date. Hand-written text in the corpus's
pre-tokenised style, with twins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

CAPTION = "طفل جريح في أحد المشافي الميدانية في مدينة دوما بعد غارة لطيران النظام 21 يناير / كانون الثاني 2015 "
LEAD = ("دبي , الإمارات العربية المتحدة ( الوكالة ) - - قتل 30 شخصا {} , في غارات شنتها طائرات النظام على بلدة "
        "حمورية في ريف دمشق , بحسب ما أفاد المرصد .\n")


def _strike_dates(text: str, published: str = "2015-01-23") -> set[tuple[str, str]]:
    a = analyse_text(text, published, stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")
            if e.trigger == "غارات"}


def test_the_leads_weekday_dates_the_raids_after_a_dated_caption() -> None:
    # the page of Friday 23 Jan 2015: "الجمعة" is the 23rd, the caption's 21 Jan is the photo's
    assert _strike_dates(CAPTION + LEAD.format("الجمعة")) == {("2015-01-23", "2015-01-23")}


def test_the_leads_yesterday_dates_the_raids() -> None:
    assert _strike_dates(CAPTION + LEAD.format("أمس")) == {("2015-01-22", "2015-01-22")}


def test_without_a_day_in_the_lead_the_caption_date_stays() -> None:
    # twin: the lead names no day: the caption's date is the only one before the trigger (behaviour kept)
    assert _strike_dates(CAPTION + LEAD.format("في الغوطة")) == {("2015-01-21", "2015-01-21")}


def test_a_day_a_source_spoke_is_no_leads() -> None:
    # twin: "أمس" is the day the observatory said it ("قال المرصد أمس"), not the raids': the caption's date stays
    assert _strike_dates(CAPTION + LEAD.format("كما قال المرصد أمس")) == {("2015-01-21", "2015-01-21")}
