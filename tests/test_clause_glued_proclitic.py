"""Session 35 (evdate7): the pages render a kashida join ("الـ24", "لـ"العربي الجديد"", "بـ5") as a proclitic
standing alone before a dash ("ال - 24 ساعة", "ل - " العربي الجديد "", "ب - 5"). The dash there is one word
split in two, yet it splits the sentence's clauses, so "خلال ال - 24 ساعة الفائتة" began in one clause and
ended in the next. The trigger after it ("من السيطرة على قرية") did not find its own date in its clause, and
a sentence holding another clause's date ("منذ عام 2012") left it undated. A date now stands at the word the
proclitic joins (``sentences.glued_word_start``, used by ``dates._find_date``); the clauses are left as they are
(joining them moved events' merging and places: 3 new wrong breadth rows). Hand-written text in the corpus's pre-tokenised style, with twins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.extract.counts import sentence_tokens
from rasd.extract.events.sentences import glued_word_start

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


def test_the_date_after_a_glued_article_stands_in_the_word_it_joins() -> None:
    text = "تمكنت خلال ال - 24 ساعة من السيطرة"
    toks = sentence_tokens(text, 0, len(text))
    at = [t.norm for t in toks].index("ال")
    assert glued_word_start(text, toks, at) == at + 1
    # twin: an article written with no dash ("ال 24") and a whole word before a dash stay where they are
    plain = "تمكنت خلال ال 24 ساعة - من السيطرة"
    toks = sentence_tokens(plain, 0, len(plain))
    norms = [t.norm for t in toks]
    assert glued_word_start(plain, toks, norms.index("ال")) == norms.index("ال")
    assert glued_word_start(plain, toks, norms.index("ساعه")) == norms.index("ساعه")
