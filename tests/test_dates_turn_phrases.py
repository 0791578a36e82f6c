"""Session 35 (evdate6): a sentence the splitter left holding two tellings, the second opened by a phrase that
turns to another party or topic ("... بقذائف المدفعية من جانبها وثقت الشبكة السورية مقتل 26 مدنيا , أمس"): the
day told after the turn ("أمس") is that telling's (the documenting of the dead), not the shelling's before it
(``dates._turns``, ``function_words.yaml`` turn_phrases). Bare "من جهة" ("بين التنظيم من جهة والفصائل") is no
turn. Hand-written text in the corpus's pre-tokenised style, with twins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.extract.counts import sentence_tokens
from rasd.extract.events.dates import _turns
from rasd.extract.events.sentences import _Sent
from rasd.records import Span

SHELL = "وفي ريف حلب الجنوبي استهدفت قوات النظام مدينة حلب بقذائف المدفعية {} افتتحت المنظمة , أمس , مدرسة جديدة في تركيا .\n"


def _shelling_dates(text: str, published: str = "2016-02-28") -> set[tuple[str, str]]:
    a = analyse_text(text, published, stages=None)
    return {(e.date_start, e.date_end) for e in actual_events_of(a, "Explosions/Remote violence")
            if e.trigger == "استهدفت"}


def test_a_day_after_a_turn_does_not_date_the_telling_before_it() -> None:
    # undated in its own telling: the page's news window (up to the page's day), not the opening's "أمس"
    assert _shelling_dates(SHELL.format("من جانبها")) == {("2016-02-27", "2016-02-28")}
    assert _shelling_dates(SHELL.format("وبدورها")) == {("2016-02-27", "2016-02-28")}


def test_without_the_turn_the_sentences_only_day_dates_it() -> None:
    # twin: the same sentence joined by "و": one telling, its only date dates the shelling (behaviour kept)
    assert _shelling_dates(SHELL.format("، و")) == {("2016-02-27", "2016-02-27")}


def test_turn_spans() -> None:
    text = "قصفت القوات البلدة ومن جهته قال المرصد إن الاشتباكات دارت بين التنظيم من جهة والفصائل من جهة أخرى"
    s = _Sent(0, Span(0, len(text)), 0, sentence_tokens(text, 0, len(text)), [], [], [], [], [], [], text=text)
    assert [tuple(t.norm for t in s.tokens[a:b]) for a, b in _turns(s)] == [("ومن", "جهته")]
