"""The page's printed publication stamp, glued by the layout to its title or lede ("... في مأرب الجمعة 22
ديسمبر 2017 - 10 : 34 قتل ..."), is the day the report was filed, not a day the sentence tells: the
happening is of that day or the days before (the report's week), and the day the body gives it wins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

STAMP = "الجمعة 22 ديسمبر 2017 - 10 : 34"
TITLE = "مقتل مسؤول في تنظيم القاعدة بغارة أمريكية في مأرب "
LEDE = "قتل المسؤول الإعلامي لتنظيم القاعدة في غارة نفذتها طائرة أمريكية من دون طيار في مأرب شرق صنعاء ."


def _dates(text: str, stamp: str | None = STAMP) -> list[tuple[str, str]]:
    a = analyse_text(text, "2017-12-22", stamp=stamp)
    return sorted((e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence"))


def test_the_day_the_body_gives_beats_the_stamp_glued_to_the_title() -> None:
    text = (TITLE + STAMP + " " + LEDE + "\nوقالت مصادر قبلية إنه قتل مع ثلاثة مسلحين مساء الأربعاء في الغارة "
            "التي استهدفت سيارتهم في مأرب .")
    assert _dates(text) == [("2017-12-20", "2017-12-20")]


def test_a_stamp_glued_to_the_title_dates_the_report_day() -> None:
    assert _dates(TITLE + STAMP + " " + LEDE) == [("2017-12-22", "2017-12-22")]


def test_a_date_the_lede_tells_is_not_the_stamp() -> None:
    # twin: the same day told by the lede itself ("اليوم الجمعة"), not the page's stamp, stays the day
    lede = LEDE.replace("في غارة", "اليوم الجمعة في غارة")
    assert _dates(TITLE + STAMP + " " + lede) == [("2017-12-22", "2017-12-22")]


def test_without_a_printed_stamp_the_date_stands() -> None:
    # twin: the same text on a page whose date came from elsewhere (no printed stamp found in the body)
    assert _dates(TITLE + STAMP + " " + LEDE, stamp=None) == [("2017-12-22", "2017-12-22")]


def test_a_stamp_in_the_sentence_before_lends_the_report_day() -> None:
    # the stamp and its clock end a sentence of their own on the lede's line: the lede borrows the report's week
    text = "22 / 12 / 2017 الساعة 10 : 34 ( مكة المكرمة ) . " + LEDE
    assert _dates(text, stamp="22 / 12 / 2017 الساعة 10 : 34") == [("2017-12-22", "2017-12-22")]


def test_a_stamp_printed_twice_is_the_stamp_in_both_places() -> None:
    # the site's bar prints the stamp, and the page prints it again over its title: the second copy is the stamp too
    stamp = "22 / 12 / 2017 الساعة 10 : 34"
    text = (stamp + " ( مكة المكرمة ) - الجزيرة نت على مواقع التواصل الاجتماعي . . . حجم الخط " + stamp
            + " ( مكة المكرمة ) - " + LEDE)
    assert _dates(text, stamp=stamp) == [("2017-12-22", "2017-12-22")]
