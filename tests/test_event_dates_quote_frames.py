"""The frames of a news source's quoted account that the dated report's day reaches (session 26 "undated",
rasd.extract.events.dates._report_frame): a verb of pointing out or explaining ("ولفت المصدر إلى ",
"لافتا إلى أن ", function_words.yaml report_frame_verbs), the preposition and "أن" of one clause ("إلى أن"),
and a quote right after the source's name with no "أن" ("وقال مدير المرصد رامي عبد الرحمن " ..."").
A politician's words stay unknown whatever the frame. Fixtures written for these tests after the breadth
pages' SANA and SOHR accounts (chamtimes 15 Feb 2016, DW 7 Apr 2017)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

DAY = ("2016-02-15", "2016-02-15")   # a page of one day's news: its day (events.dates.one_day_news)


def _dates(text: str, published: str = "2016-02-15") -> set[tuple[str, str]]:
    return {(e.date_start, e.date_end) for e in actual_events_of(analyse_text(text, published))}


def test_a_source_pointing_to_strikes_takes_the_reports_day() -> None:
    # the quote's marks pair apart around the quoted group's name; "لفت ... إلى" frames the account
    text = ("وقال مصدر عسكري لسانا إن الطيران دمر مواقع . ولفت المصدر إلى \" تدمير اليات محملة بالأسلحة ومزودة "
            "برشاشات لإرهابيي \" جيش الفتح \" الذي يضم المئات من المرتزقة في ضربات جوية على أوكارهم وتجمعاتهم في "
            "مدينة معرة النعمان \" في ريف إدلب الجنوبي .")
    assert _dates(text) == {DAY}


def test_the_preposition_and_that_of_one_frame() -> None:
    text = ("وقال مدير المرصد رامي عبد الرحمن إن الطائرات أقلعت من مطار الشعيرات , لافتا إلى أن \" الطائرة "
            "قصفت بلدة خان شيخون \" .")
    assert _dates(text) == {DAY}


def test_a_quote_right_after_the_sources_name() -> None:
    text = "وقال مدير المرصد رامي عبد الرحمن \" شنت طائرات النظام غارات على بلدة خان شيخون \" ."
    assert _dates(text) == {DAY}


def test_a_politicians_words_stay_unknown() -> None:
    text = "وقال رئيس الوزراء \" شنت طائرات النظام غارات على بلدة خان شيخون \" ."
    assert _dates(text) == {("unknown", "unknown")}
