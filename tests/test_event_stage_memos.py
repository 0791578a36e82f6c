"""The per-sentence and per-word memos of the event and place stages (issue #4: speed) give the
answers the plain definitions give: the memo is only where the answer is kept."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from rasd.extract.counts import sentence_tokens
from rasd.extract.events.lexicons import _keys, lexicon
from rasd.extract.events.merge import _still_in
from rasd.extract.events.sentences import _Sent
from rasd.extract.events.types import _force_name_tokens
from rasd.knowledge.geocode import _PUNCT, _token_demonym, demonym_countries
from rasd.records import Span


@dataclass
class _Item:
    name: str


def test_still_in_answers_as_list_membership() -> None:
    a, b, a_twin = _Item("a"), _Item("b"), _Item("a")
    out = [a, b]
    assert _still_in(out, a) and _still_in(out, b)
    assert _still_in(out, a_twin) == (a_twin in out)      # equal, not the same object: ``in`` holds
    out.remove(a)
    assert not _still_in(out, a) and not _still_in(out, a_twin)


def test_demonym_countries_as_the_word_by_word_reading() -> None:
    gaz = SimpleNamespace(demonyms={"افغاني": "AF", "تركي": "TR", "سوري": "SY"})
    sentence = "قتل جنود افغاني و الشرطه التركي ، في قصف سوري ( وللتركي )"
    want = {cc for tok in _PUNCT.sub(" ", sentence).split() if (cc := _token_demonym(tok, gaz.demonyms, "SY"))}
    assert demonym_countries(sentence, gaz) == want == {"AF", "TR"}
    assert demonym_countries(sentence, gaz) == want       # asked again: from the sentence memo


def test_force_name_words_read_once_per_sentence() -> None:
    text = "واشتبكت قوات مكافحة الشغب مع المتظاهرين قرب مبنى فض النزاعات"
    toks = sentence_tokens(text, 0, len(text))
    s = _Sent(0, Span(0, len(text)), 0, toks, [], [], [], [], [], [], text=text)
    lex = lexicon()
    want = frozenset(k for k in range(len(toks) - 1) if _keys(toks[k + 1].norm) & lex.force_name_next)
    assert want and s.force_tokens is None
    assert _force_name_tokens(s, lex) == want
    assert s.force_tokens == want and _force_name_tokens(s, lex) is s.force_tokens
