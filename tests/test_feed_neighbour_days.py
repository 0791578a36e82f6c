"""On a feed page an item with no day of its own takes the page's window, never a neighbouring item's
"اليوم" / "أمس" (rasd.extract.events.dates._borrow_date with ``feed_text``, _find_date with _neighbour_day).
Short excerpts of allowed Liveuamap-style pages (unifiedfc R-264 #7, R-117 #5, R-264 #4) behind the
glued ticker items of tests/test_feed_headings.py; the page is of 2017-12-12, its window 12-06..12-12."""

from __future__ import annotations

from analysed import analyse_text
from test_feed_headings import FEED

from rasd.records import Event

WEEK = ("2017-12-06", "2017-12-12")


def _events(item: str) -> list[Event]:
    a = analyse_text(FEED + item, "2017-12-12", doc_id="feed", stages=None)
    return [e for e in a.events if e.evidence.start >= len(FEED)]


def _dates(evs: list[Event], kind: str) -> list[tuple[str, str]]:
    return [(e.date_start, e.date_end) for e in evs if e.sub_event_type == kind]


def test_an_item_borrows_no_day_from_the_item_before_on_its_line() -> None:
    # R-264 #7: the protest item's "اليوم" is its own; the Tiger Forces item after it has no day
    evs = _events("مظاهرات مناهضة للحكومة ومعارضة لتحرير الشام في معر طهروما في جنوب إدلب اليوم , سوريا . "
                  "قوات النمر بالجيش العربي السوري سيطر على قرية الفلوجة جنوب حقل الفهد في ريف الرقة الجنوبي .")
    assert _dates(evs, "Government regains territory") == [WEEK]


def test_a_dated_heading_still_dates_the_item_after_it() -> None:
    # twin: a full date standing as the line's heading dates the item under it
    evs = _events("الأحد 10 كانون الأول 2017 . قوات النمر بالجيش العربي السوري سيطر على قرية الفلوجة جنوب "
                  "حقل الفهد في ريف الرقة الجنوبي .")
    assert _dates(evs, "Government regains territory") == [("2017-12-10", "2017-12-10")]


def test_a_day_closing_the_item_before_does_not_date_the_next_clause() -> None:
    # R-117 #5: "ليلة أمس" closes the Bukamal strike; the Yalda item glued on after the comma has no day
    evs = _events("قصف جوي يرجح انه تابع للتحالف الدولي استهدف حي طويبة في مدينة البوكمال شرق ديرالزور ليلة أمس , "
                  "استهداف بناء ي ستخدم للقنص تتحصن به داعش بالقرب من معبر العروبة الفاصل بين بلدة يلدا ومخيم اليرموك .")
    by_place = {e.location: (e.date_start, e.date_end) for e in evs}
    assert ("2017-12-11", "2017-12-11") in by_place.values()     # the Bukamal strike: its own "ليلة أمس"
    assert WEEK in by_place.values()                             # the Yalda shelling: the page's week


def test_a_day_of_the_clause_right_after_the_trigger_is_its_own() -> None:
    # twin: "أمس الاثنين" a few words after the trigger, past the dashes of a name, dates the capture
    evs = _events("سيطرت قوات - سوريا - الديمقراطية أمس الاثنين على حي شمالي السكن العسكري في مدينة الرقة .")
    assert ("2017-12-11", "2017-12-11") in [(e.date_start, e.date_end) for e in evs]


def test_a_full_date_far_before_closed_another_item() -> None:
    # V-607 #0: "( 25 يوليو 2017 )" closes the Rafale caption; the Ain Tarma assault glued on 30 words later
    # ("كوبارفيلق الرحمن") is another item: the page's window, not the caption's day
    evs = _events("طائرات الرافال الجوية الفرنسية تحلق غرب الرقة 4 كم إلى الجنوب ( 25 يوليو 2017 ) مقتل خمسة "
                  "مدنيين وجرح آخرين من قبل مدفعية الأسد في مدينة كفر باطنة بالغوطة الشرقية 15 جريحا فلسطينيا "
                  "و 5 اعتقلوا خلال الغارة الإسرائيلية على كوبارفيلق الرحمن دمر دبابتين طراز تي 72 للفرقة الرابعة "
                  "في إحباط محاولة أخرى للجيش السوري لأقتحام جبهة عين ترما في الغوطة الشرقية .")
    assert evs
    assert all(e.date_start != "2017-07-25" for e in evs if e.evidence.start - len(FEED) > 200)


def test_a_full_date_heading_its_item_still_dates_it() -> None:
    # twin: the date opens the item a few words before its trigger
    evs = _events("في 10 كانون الأول 2017 , قوات النمر بالجيش العربي السوري سيطر على قرية الفلوجة جنوب "
                  "حقل الفهد في ريف الرقة الجنوبي .")
    assert _dates(evs, "Government regains territory") == [("2017-12-10", "2017-12-10")]


def test_a_bracketed_date_closing_a_caption_does_not_date_the_item_after_it() -> None:
    # V-607 #0 (brsample13): "( 25 يوليو 2017 )" after "إلى الجنوب" closes the Rafale caption; the Kafr Batna
    # shelling glued on right after it, 8 words on, is another item: the page's window, not the caption's day
    evs = _events("طائرات الرافال الجوية الفرنسية تحلق غرب الرقة 4 كم إلى الجنوب ( 25 يوليو 2017 ) مقتل خمسة "
                  "مدنيين وجرح آخرين من قبل مدفعية الأسد في مدينة كفر باطنة بالغوطة الشرقية .")
    assert _dates(evs, "Shelling/artillery/missile attack") == [WEEK]


def test_a_bracketed_date_spelling_out_a_weekday_still_dates_the_item() -> None:
    # twin: after a weekday the bracket spells that day out, and it heads the item after it
    evs = _events("الأحد ( 10 كانون الأول 2017 ) قوات النمر بالجيش العربي السوري سيطر على قرية الفلوجة جنوب "
                  "حقل الفهد في ريف الرقة الجنوبي .")
    assert _dates(evs, "Government regains territory") == [("2017-12-10", "2017-12-10")]
