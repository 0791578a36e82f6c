"""Session 35 (evdate7): the pages render a kashida join ("الـ24", "لـ"العربي الجديد"", "بـ5") as a proclitic
standing alone before a dash ("ال - 24 ساعة", "ل - " العربي الجديد "", "ب - 5"). The dash there is one word
split in two, not a clause's end (``sentences._regions``, ``GLUED_PROCLITICS``). Before, "خلال ال - 24 ساعة
الفائتة" began in one clause and ended in the next, so the trigger after it ("من السيطرة على قرية") did not
find its own date in its clause, and a sentence holding another clause's date ("منذ عام 2012") left it
undated. Hand-written text in the corpus's pre-tokenised style, with twins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.extract.counts import sentence_tokens
from rasd.extract.events.sentences import _regions

OPENING = "وتعد البلدة من معاقل الفصائل في ريف حلب الشمالي , حيث سيطرت عليها منذ عام 2012 , "
TAKEOVER = "وكانت القوات الكردية تمكنت خلال ال - 24 ساعة الماضية من السيطرة على قرية عين دقنة قرب اعزاز .\n"


def _takeover_dates(text: str, published: str = "2016-02-15") -> set[tuple[str, str]]:
    a = analyse_text(text, published, stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Battles") if e.trigger == "السيطرة"}


def test_the_last_24_hours_date_the_takeover_after_another_clauses_date() -> None:
    # the day before the page's and the page's: "خلال ال - 24 ساعة الماضية" of its own clause, not unknown
    assert _takeover_dates(OPENING + TAKEOVER) == {("2016-02-14", "2016-02-15")}


def test_alone_the_takeover_had_its_date_before_too() -> None:
    # twin: no other clause's date in the sentence; the takeover took its own date already (behaviour kept)
    assert _takeover_dates(TAKEOVER) == {("2016-02-14", "2016-02-15")}


def _clauses(text: str) -> list[tuple[str, int]]:
    toks = sentence_tokens(text, 0, len(text))
    clause, _quote, _paren = _regions(text, toks)
    return [(t.norm, c) for t, c in zip(toks, clause, strict=True)]


def test_a_glued_proclitics_dash_is_no_clause_boundary() -> None:
    words = _clauses('قال مصدر ل - " العربي الجديد " إن 5 قتلوا خلال ال - 48 ساعة ب - 3 غارات')
    assert len({c for _w, c in words}) == 1


def test_a_dash_between_words_still_ends_a_clause() -> None:
    # twin: a dash after a whole word ("دمشق - قال") and one between two items still cut the sentence
    words = _clauses("دمشق - قال المرصد إن الطائرات قصفت البلدة - وقتل 5 مدنيين")
    by_word = dict(words)
    assert by_word["دمشق"] != by_word["قال"]
    assert by_word["البلده"] != by_word["وقتل"]
