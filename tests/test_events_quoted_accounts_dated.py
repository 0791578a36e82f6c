"""A quoted account of what happened, told by a news agency or the media, or by a fighting party's
military voice (its field commander, general command, defence ministry), is the dated report's news: it takes the
report's week as the report's unquoted sentences do (session 21 "pagedates3": in the random samples'
undated rows of dated pages, such quotes were the largest share left `unknown`). Sources:
`event_triggers.yaml` `account_sources`; frames whose reporting word is no verb of saying
("عن كوناشينكوف قوله إن", "مؤتمرا صحافيا ان"): `function_words.yaml` `report_frame_words`
(rasd.extract.events.dates._report_frame). Fixtures written for these tests."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

WEEK = ("2017-09-22", "2017-09-22")  # a page of one day's news: its day (events.dates.one_day_news)
UNDATED = ("unknown", "unknown")


def _dates(text: str, published: str = "2017-09-22") -> set[tuple[str, str]]:
    return {(e.date_start, e.date_end) for e in actual_events_of(analyse_text(text, published))}


def test_an_agencys_quoted_account_takes_the_reports_day() -> None:
    text = ("وذكرت وكالة الأنباء الرسمية أن \" مسلحين فجروا سيارة مفخخة في وسط مدينة "
            "إدلب مما أسفر عن مقتل عشرات المدنيين \" .")
    assert _dates(text) == {WEEK}


def test_a_spokesmans_words_relayed_by_an_agency_take_the_reports_day() -> None:
    # "نقلت وكالة ... عن كوناشينكوف قوله إن": the "عن" is the relay's; "قوله" frames the quote
    text = ("ونقلت وكالة \" تاس \" الروسية عن كوناشينكوف قوله إن \" القوات النظامية نفذت هجمات موسعة "
            "على مواقع داعش قرب مدينة دير الزور \" .")
    assert _dates(text) == {WEEK}


def test_a_commanders_account_at_a_press_conference_takes_the_reports_day() -> None:
    text = ("وأبلغ قائد قوات البشمركة في محافظة كركوك جعفر الشيخ مصطفى مؤتمرا صحافيا ان \" البشمركة انسحبت "
            "من مواقعها في محيط مدينة كركوك \" .")
    assert _dates(text) == {WEEK}


def test_a_ministers_quote_and_an_undated_page_stay_unknown() -> None:
    # twins: the same account in a foreign minister's or a spokesman's mouth (words of any time), and on an
    # undated page
    text = ("وقال وزير الخارجية إن \" مسلحين فجروا سيارة مفخخة في وسط مدينة إدلب "
            "مما أسفر عن مقتل عشرات المدنيين \" .")
    assert _dates(text) == {UNDATED}
    text = ("وقال الناطق باسم الجيش إن \" مسلحين فجروا سيارة مفخخة في وسط مدينة إدلب "
            "مما أسفر عن مقتل عشرات المدنيين \" .")
    assert _dates(text) == {UNDATED}
    text = ("وذكرت وكالة الأنباء الرسمية أن \" مسلحين فجروا سيارة مفخخة في وسط مدينة "
            "إدلب مما أسفر عن مقتل عشرات المدنيين \" .")
    assert _dates(text, "unknown") == {UNDATED}


def test_an_operations_commands_quoted_account_takes_the_reports_day() -> None:
    # session 38: a joint operations command speaks for the fighting forces, as a general command does
    text = ("وقال العميد سالم كريم المتحدث باسم قيادة العمليات المشتركة إن \" الطائرات قصفت اجتماعا لعناصر داعش "
            "قرب مدينة القائم وقتلت عددا منهم \" .")
    assert _dates(text) == {WEEK}
    # twin: the same words credited to no command stay a speaker's words of any time
    assert _dates(text.replace("المتحدث باسم قيادة العمليات المشتركة", "المحلل العسكري")) == {UNDATED}
