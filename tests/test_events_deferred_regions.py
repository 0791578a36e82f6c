"""A sentence whose trigger words its tokens alone turn away (issue #4: speed) gets its clause, quote and date
regions only when a rule reads them, and then the very ones ``_prepare`` makes at once."""

from __future__ import annotations

from rasd.extract.counts import sentence_tokens
from rasd.extract.events.candidates import _sentence_candidates, _token_rejected
from rasd.extract.events.lexicons import lexicon
from rasd.extract.events.sentences import PREPARED_FIELDS, _defer_prepare, _prepare, _Sent, _sentences
from rasd.extract.events.triggers import _match_triggers
from rasd.records import Span


def _sent(text: str) -> _Sent:
    return _Sent(0, Span(0, len(text)), 0, sentence_tokens(text, 0, len(text)), [], [], [], [], [], [], text=text)


def test_deferred_regions_are_the_eager_ones() -> None:
    # (a bracketed name after its type word, "بلدة ( الحارة )", is no region: sentences._name_brackets)
    text = 'قال المرصد ( ومقره لندن ) إن الطائرات قصفت بلدة الحارة , لكن " الهدنة " صمدت وقتل ثلاثة'
    eager, lazy = _sent(text), _sent(text)
    _prepare(eager, text)
    _defer_prepare(lazy)
    assert lazy.deferred
    assert lazy.paren == eager.paren and not lazy.deferred      # the first read makes them all
    for name in PREPARED_FIELDS:
        assert getattr(lazy, name) == getattr(eager, name), name
    assert eager.clause and max(eager.clause) > 0 and max(eager.quote) > 0 and max(eager.paren) > 0
    _defer_prepare(lazy)        # already made: nothing is deferred again
    assert not lazy.deferred and lazy.clause == eager.clause


def test_sentence_turned_away_by_its_tokens_is_not_prepared() -> None:
    # "أسقطت" with no aircraft near it: charges dropped, no shooting down (the trigger requires an aircraft)
    text = "أسقطت المحكمة التهم عن المتهمين , وقال المحامي إن القرار نهائي"
    s = _sentences(text, [], [], [], [])[0]
    lex = lexicon()
    found = _match_triggers(s, lex)
    assert found and all(_token_rejected(s, found, lex))
    assert _sentence_candidates(s, text, lex, None) == []    # type: ignore[arg-type]
    assert s.deferred and s.trigger_kinds == {0: "clash"}
    eager = _sent(text)
    _prepare(eager, text)
    assert s.clause == eager.clause and s.clause[-1] > 0 and not s.deferred


def test_aircraft_near_keeps_the_trigger() -> None:
    text = "أسقطت الفصائل طائرة حربية فوق البلدة"
    s = _sentences(text, [], [], [], [])[0]
    lex = lexicon()
    found = _match_triggers(s, lex)
    assert found and not all(_token_rejected(s, found, lex))


def test_phrase_with_a_word_missing_is_not_started() -> None:
    from rasd.extract.events.sentences import _may_complete

    one = (("قصف",), None, "قصف")
    two = (("اطلاق", "نار"), None, "اطلاق")
    norm = "وتم اطلاق سراح المعتقلين"
    first = norm.index("اطلاق")
    assert not _may_complete((two,), norm, first, len(norm))       # no "نار" after it: no phrase
    assert _may_complete((two,), norm + " ثم اطلاق نار", first, len(norm) + 13)
    assert _may_complete((two, one), norm, first, len(norm))       # a one-word phrase is always read
    assert not _may_complete((two,), norm + " نار", first, len(norm))   # past the sentence's end


def test_sentence_whose_phrases_cannot_complete_is_not_tokenised() -> None:
    lex = lexicon()
    # a multi-word trigger phrase whose first word is in the sentence but whose next words are not
    multi = next(words for first, ps in lex.phrases.items() for words, _t, _f in ps
                 if len(words) == 2 and not any(len(w) == 1 for w, _t2, _f2 in ps) and len(first) >= 4
                 and words[1] not in first)
    text = f"قال إن {multi[0]} المنطقة كان أمرا متوقعا"
    s = _sentences(text, [], [], [], [])[0]
    assert s.trigger_at == [] and s._toks is None
    assert _match_triggers(s, lex) == [] and s._toks is None     # turned away with no tokens made
    whole = f"قال إن {multi[0]} {multi[1]} كان أمرا متوقعا"
    s2 = _sentences(whole, [], [], [], [])[0]
    assert s2.trigger_at and _match_triggers(s2, lex)
