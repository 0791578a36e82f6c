"""Speed paths of session 24 (speed): each gives the answer of the code it replaced, on real sentences.

- modality.sentence_cues tests a longer cue's second word against the next token's readings before
  comparing the rest (was: the whole rest per cue); the definition is ``_seq_at`` over every cue.
- modality.first_seq_start reads a window's phrase table once (was: ``starts_seq`` per token, as
  actors._find_actors and modality._seq_after asked it).
- places._unplaced_head reads the sentence's unresolved place mentions by token once (was: a scan of
  every mention per token asked).
- modality.seq_starts fills its table for a sentence's new forms in the loop (was: a call per form).
- sentences._Sent.tokens is an attribute filled on first read (was: a property, a call per read)."""

from __future__ import annotations

import pytest
from analysed import analyse_text

from rasd.extract.counts import sentence_tokens
from rasd.extract.events import places
from rasd.extract.events.lexicons import _keys, lexicon
from rasd.extract.events.places import COUNTRY_PART_NOUNS, _locative_before, _place_role
from rasd.extract.events.sentences import _Sent
from rasd.extract.events.triggers import _tok_index
from rasd.extract.modality import (
    _cue_keys,
    _first_word_entries,
    _first_word_index,
    _seq_at,
    clause_word_starts,
    first_seq_start,
    sentence_cues,
    seq_starts,
    starts_seq,
)
from rasd.extract.modality import lexicon as modality_lexicon
from rasd.records import Span

SENTENCES = [
    "نفى الجيش أن يكون قد قصف القرية وقال إنه سيقصف مواقع المسلحين وطالب بوقف القصف",
    "وأعلنت وزارة الدفاع عن إحباط محاولة تسلل إلى مواقع الجيش ، بينما قالت مصادر محلية إنه لم يحدث أي هجوم",
    "هددت الفصائل بشن هجوم على المدينة في حال لم ينسحب المسلحون منها خلال 48 ساعة",
    "قتل 17 شخصا أمس جراء هجوم مسلح نفذه مجهولون على بوابة أمنية من قبل تنظيم داعش في مدينة كرماشة",
    "دعت الأمم المتحدة إلى وقف إطلاق النار وطلبت من الأطراف التوقف عن قصف المدنيين من جانب قوات النظام",
    "تمكنت قوات النظام من أن تسيطر على البلدة بعد أن انسحب مقاتلو المعارضة منها وفق ما أفاد المرصد",
    "ومن المتوقع أن تبدأ العملية العسكرية خلال الأيام المقبلة ، حسب مصادر لم تكشف عن اسمها",
]


def _tokens(text: str):
    return sentence_tokens(text, 0, len(text))


def _cues_by_definition(toks) -> list[dict[str, int]]:
    idx = _first_word_index()
    out = []
    for k, t in enumerate(toks):
        here: dict[str, int] = {}
        for key in _cue_keys(t.norm):
            for seq, name in idx[key]:
                if name not in here and _seq_at(toks, k, seq):
                    here[name] = len(seq)
        out.append(here)
    return out


def test_sentence_cues_are_the_cues_by_definition() -> None:
    found = 0
    for text in SENTENCES:
        toks = _tokens(text)
        for cut in (len(toks), len(toks) - 1, 3):      # a cue's words running past the sentence's end too
            got, want = sentence_cues(toks[:cut]), _cues_by_definition(toks[:cut])
            assert got == want
            found += sum(map(len, got))
    assert found        # the sentences hold cues
    # the entries are the index's cues, each with its length and second word
    for key, entries in _first_word_entries().items():
        assert [(seq, name) for seq, name, _n, _w in entries] == _first_word_index()[key]
        assert all(n == len(seq) and w == (seq[1] if n > 1 else "") for seq, _name, n, w in entries)


def test_first_seq_start_is_the_first_token_starting_a_phrase() -> None:
    lists = [lexicon().agent_cues, *(r.after_clause_seqs for r in modality_lexicon().rules if r.after_clause_seqs)]
    hits = 0
    for text in SENTENCES:
        toks = _tokens(text)
        for seqs in lists:
            for lo in range(-3, len(toks) + 1):
                for hi in (lo, lo + 3, lo + 7, len(toks) + 2):
                    want = next(((k, n) for k in range(lo, hi) if (n := starts_seq(toks, k, seqs))), (-1, 0))
                    assert first_seq_start(toks, lo, hi, seqs) == want
                    hits += want[1] > 0
    assert hits     # agent cues ("من قبل", "من جانب") and phrases after a clause were found


def _unplaced_head_by_scan(s, k: int, lex) -> int:
    """places._unplaced_head as it was: every mention scanned for each token."""
    toks = s.tokens
    for m in s.mentions:
        if m.type == "PLACE" and not m.entity_id and _tok_index(toks, m.start) == k:
            told_in = _place_role(s, m, lex) == "in" or (
                k > 0 and _keys(toks[k - 1].norm) & COUNTRY_PART_NOUNS and _locative_before(toks, k - 1))
            return _tok_index(toks, m.end - 1) if told_in else -1
    if not _keys(toks[k].norm) & COUNTRY_PART_NOUNS:
        return -1
    return k if _locative_before(toks, k) else -1


def test_unplaced_head_answers_as_the_scan(monkeypatch) -> None:
    fast = places._unplaced_head
    asked: list[int] = []

    def checked(s, k, lex):
        got = fast(s, k, lex)
        assert got == _unplaced_head_by_scan(s, k, lex)
        asked.append(got)
        return got

    monkeypatch.setattr(places, "_unplaced_head", checked)
    for text in ("قتل 17 شخصا أمس جراء هجوم مسلح على بوابة أمنية في مدينة كرماشة وسط ليبيا .",
                 "لقي خمسة جنود مصرعهم أمس جراء انفجار عبوة ناسفة في مقاطعة كرماشة القبلية شمال غرب باكستان .",
                 "مقتل 21 من عناصر داعش أمس في اشتباكات مسلحة مع الجيش في تلال كرماشة العراقية ."):
        analyse_text(text, "2015-01-03")
    assert asked and any(k >= 0 for k in asked)     # the unresolved towns and the land noun were read


def test_seq_starts_from_a_cold_table_are_the_phrases_by_definition() -> None:
    lists = [modality_lexicon().clause_words, lexicon().date_not_inherited, lexicon().date_inherited]
    hits = 0
    for text in SENTENCES:
        toks = _tokens(text)
        for seqs in lists:
            fresh = tuple(tuple(seq) for seq in seqs)     # a new list object: its table starts empty
            want = [k for k in range(len(toks)) if any(_seq_at(toks, k, seq) for seq in fresh)]
            assert seq_starts(toks, fresh) == want
            assert seq_starts(toks, fresh) == want      # (and from the table filled now)
            hits += len(want)
    assert hits
    assert clause_word_starts(_tokens(SENTENCES[1]))    # "بينما" opens a clause


def test_sentence_tokens_are_read_once_and_kept() -> None:
    text = "قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب"
    s = _Sent(idx=0, span=Span(0, len(text)), line=0, _toks=None, clause=[], quote=[], paren=[], mentions=[],
              dates=[], numbers=[], text=text)
    toks = s.tokens
    assert toks == sentence_tokens(text, 0, len(text)) and s.tokens is toks and s._toks is toks
    given = _Sent(idx=0, span=Span(0, len(text)), line=0, _toks=toks[:3], clause=[], quote=[], paren=[],
                  mentions=[], dates=[], numbers=[], text=text)
    assert given.tokens == toks[:3]     # tokens handed over (a long sentence's first ones) are kept
    assert not hasattr(s, "no_such_field")
    with pytest.raises(AttributeError):
        _ = s.no_such_field
