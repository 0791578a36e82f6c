"""Session 34 (evdate5): an article whose date the page prints right after its headline, the headline shown
again under the site's bar ("<headline> | <site> القائمة ابحث <headline> 27 فبراير 2017 <lead>"): that day is the
page's own day (``page_dates.title_echo_date``), so the lead's "أمس" resolves against it, as it does under a
headline printed twice with its date (``titled_date``). A page whose headline is not printed again, or whose
echo is not followed by a date, stays undated and its relative days unknown. Hand-written text, with twins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.extract.page_dates import find_page_dates, title_echo_date

TITLE = "اشتباكات عنيفة بين الفصائل والقوات الحكومية جنوب مدينة الباب"
LEAD = ("دارت أمس معارك عنيفة في بلدة تادف جنوب مدينة الباب في ريف حلب الشرقي بين الفصائل والقوات الحكومية , "
        "وأدت الاشتباكات إلى مقتل نحو 20 عنصرا .\n")


def _page(echo: str, date: str = "27 فبراير 2017") -> str:
    return f"{TITLE} | موقع الأخبار القائمة استمارة البحث ابحث {echo} {date} {LEAD}"


def _battle_dates(text: str) -> set[tuple[str, str]]:
    a = analyse_text(text, "unknown", stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Battles")}


def test_the_date_after_the_headline_echo_dates_the_page() -> None:
    # the lead's "أمس": the day before the page's (the headline's echo, with the date glued on, keeps that date)
    assert ("2017-02-26", "2017-02-26") in _battle_dates(_page(TITLE))


def test_without_the_echo_the_page_stays_undated() -> None:
    # twin: the date stands after other words (a section's name), not after the headline printed again
    text = _page("أخبار سوريا والعالم اليوم")
    assert title_echo_date(text, find_page_dates(text, None, [])) is None
    # (the page has no day of its own: the lead's "أمس" counts from nothing)
    assert ("2017-02-26", "2017-02-26") not in _battle_dates(text)


def test_a_short_headline_or_no_site_name_reads_no_date() -> None:
    short = "عاجل | موقع الأخبار ابحث عاجل 27 فبراير 2017 دارت معارك ."
    assert title_echo_date(short, find_page_dates(short, None, [])) is None
    plain = f"{TITLE} ابحث {TITLE} 27 فبراير 2017 دارت معارك ."
    assert title_echo_date(plain, find_page_dates(plain, None, [])) is None
    text = _page(TITLE)
    assert str(title_echo_date(text, find_page_dates(text, None, []))) == "2017-02-27"
