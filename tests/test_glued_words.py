"""Two words glued together after a word-final ة (a lost line break or link boundary on a ticker
page): rasd.text.glued finds the second word's start; the tokenisers and the entities stage read
two words there while every span stays on the original text. Fixtures written for these tests
in the style of scraped ticker lines."""

from __future__ import annotations

from rasd.extract.counts import _sentence_tokens_loop, sentence_token_at, sentence_tokens
from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Published
from rasd.text.glued import glued_starts
from rasd.text.tokens import tokenize

TICKER = "ريف حماةقصف مدفعي على بلدة كفرزيتا"


def _run(text: str, published: str = "2017-03-02") -> Analysis:
    doc = Document(id="gl", source="gl.txt", text=text, published=Published(published, "day"))
    return analyse(doc)


def test_the_second_word_starts_after_the_medial_ta_marbuta() -> None:
    assert glued_starts(TICKER) == (TICKER.index("قصف"),)
    # a final ة (with its tanwin), a ه inside a word and a medial ى (a dotless ي) are no glue
    for text in ("مدينةً كبيرة", "مهاجمة القوات", "شهداء المدينة", "مدىنة حلب", ""):
        assert glued_starts(text) == (), text


def test_tokenize_reads_two_tokens_on_the_original_text() -> None:
    toks = tokenize(TICKER)
    assert [t.text for t in toks][:3] == ["ريف", "حماة", "قصف"]
    assert all(TICKER[t.start:t.end] == t.text for t in toks)


def test_sentence_tokens_read_two_tokens() -> None:
    toks = sentence_tokens(TICKER, 0, len(TICKER))
    assert [(t.text, t.norm) for t in toks][1:3] == [("حماة", "حماه"), ("قصف", "قصف")]
    assert [(t.start, t.end, t.norm) for t in toks] == [
        (t.start, t.end, t.norm) for t in _sentence_tokens_loop(TICKER, 0, len(TICKER))]
    at = sentence_token_at(TICKER, TICKER.index("قصف") + 1, 0, len(TICKER))
    assert at is not None and at.text == "قصف"
    before = sentence_token_at(TICKER, TICKER.index("حماة"), 0, len(TICKER))
    assert before is not None and before.text == "حماة"


def test_the_glued_place_is_found_with_its_span_on_the_original_text() -> None:
    a = _run("أخبار الشمال السوري : قتلى وجرحى في ريف حماةقصف مدفعي على بلدة في الريف الشمالي .")
    places = [(m.surface, m.start, m.end) for m in a.mentions if m.type == "PLACE"]
    text = a.doc.text
    assert any(s.endswith("حماة") and text[b:e] == s for s, b, e in places), places
    assert all("قصف" not in s for s, _b, _e in places)


def test_the_glued_trigger_gives_its_event() -> None:
    a = _run("ريف حماةقصف لقوات النظام صباح اليوم .")
    assert [(e.event_type, e.location) for e in a.events] == [("Explosions/Remote violence", "rasd:rif-hama")], [
        (e.event_type, e.location, e.date_start) for e in a.events]


def test_a_word_ending_in_alif_hamza_glued_to_the_article() -> None:
    text = "قتل مدنيان جراءالقصف على قرية في قضاءالحويجة"
    assert [text[p:p + 5] for p in glued_starts(text)] == ["القصف", "الحوي"]
    assert [t.text for t in tokenize(text)][2:4] == ["جراء", "القصف"]
    # "اء" inside a word (a plural, a verb, a pronoun, ء written for ئ) and before another letter: no glue
    for word in ("الإجراءات", "جاءت", "تساءل", "حلفاءه", "جاءوا", "لقاءين", "الناءب", "صنعاءقتل", "سماء"):
        assert glued_starts(word + " ") == (), word



def test_the_sentence_tokens_cut_after_a_final_hamza() -> None:
    text = "أصيب ثلاثة مدنيين جراءالقصف المدفعي"
    toks = sentence_tokens(text, 0, len(text))
    assert [t.text for t in toks][3:5] == ["جراء", "القصف"]
    at = sentence_token_at(text, text.index("القصف") + 2, 0, len(text))
    assert at is not None and at.text == "القصف"
