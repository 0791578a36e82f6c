"""Session 16's speed paths of the event stage (issue #4) give the answers of the plain definitions
they replace: a cue's first word is not compared again, a clause's tokens are found by bisection,
a name's tokens by the ordered token starts."""

from __future__ import annotations

from types import SimpleNamespace

from rasd.extract import modality as M
from rasd.extract.counts import sentence_tokens, token_keys
from rasd.extract.events.lexicons import _keys, lexicon
from rasd.extract.events.sentences import _prepare, _Sent
from rasd.extract.events.triggers import _background
from rasd.extract.events.types import _place_name_tokens
from rasd.records import Mention, Span

SENTENCES = [
    "وكانت قوات النظام قد سيطرت على البلدة , ثم قصفت الطائرات الحربية مدينة دوما صباح اليوم",
    "قال مصدر إن الاشتباكات تجددت بين جيش الإسلام وقوات النظام في حي جوبر , بينما سبق أن قتل عشرات المدنيين",
    "لكن الطيران الروسي شن غارات على قرى الرشادية وحجارة وساحة الطيران في ريف حماة الشمالي",
    "من المتوقع أن تشن القوات هجوما على الرقة ، في حين قالت مصادر إن المعارك مستمرة منذ أسبوع",
]


def _sent(text: str, mentions: list[Mention] | None = None) -> _Sent:
    s = _Sent(0, Span(0, len(text)), 0, sentence_tokens(text, 0, len(text)), [], [], [], mentions or [], [], [],
              text=text)
    _prepare(s, text)
    return s


def _every_phrase_list() -> list[tuple[tuple[str, ...], ...]]:
    lex = M.lexicon()
    out = [lex.clause_words, lex.resume, lexicon().agent_cues, lexicon().date_not_inherited]
    out += [rule.cues for rule in lex.rules] + [rule.after for rule in lex.rules if rule.after]
    return [seqs for seqs in out if seqs]


def test_rest_at_is_seq_at_when_the_first_word_is_a_reading() -> None:
    n_long = n_true = 0
    for text in SENTENCES:
        toks = sentence_tokens(text, 0, len(text))
        for seqs in _every_phrase_list():
            for k, t in enumerate(toks):
                for seq in seqs:
                    if seq[0] not in token_keys(t.norm):
                        continue        # (_rest_at is asked only where the first word is a reading)
                    got = M._rest_at(toks, k, seq)
                    assert got == M._seq_at(toks, k, seq), (text, k, seq)
                    n_long += len(seq) > 1
                    n_true += got
    assert n_long and n_true      # the fixtures reach multiword cues and matches


def test_cues_and_starts_as_the_phrase_by_phrase_reading() -> None:
    idx = M._first_word_index()
    for text in SENTENCES:
        toks = sentence_tokens(text, 0, len(text))
        want = []
        for k in range(len(toks)):
            here: dict[str, int] = {}
            for key in sorted(token_keys(toks[k].norm) | {toks[k].norm}):
                for seq, name in idx.get(key, ()):
                    if name not in here and M._seq_at(toks, k, seq):
                        here[name] = len(seq)
            want.append(here)
        assert M.sentence_cues(toks) == want
        for seqs in _every_phrase_list():
            assert M.seq_starts(toks, seqs) == [k for k in range(len(toks))
                                                if any(M._seq_at(toks, k, seq) for seq in seqs)]
            for k in range(-1, len(toks) + 1):
                want_n = next((len(seq) for seq in seqs if M._seq_at(toks, k, seq)), 0) if 0 <= k < len(toks) else 0
                assert M.starts_seq(toks, k, seqs) == want_n


def test_background_reads_the_clause_before_the_trigger() -> None:
    lex = lexicon()
    n_true = n_clauses = 0
    for text in SENTENCES:
        s = _sent(text)
        n_clauses += len(set(s.clause)) > 1     # several clauses: the bisection has runs to find
        for ti in range(len(s.tokens)):
            c = SimpleNamespace(sent=s, ti=ti)
            want = any(_keys(t.norm) & lex.background_cues for k, t in enumerate(s.tokens)
                       if s.clause[k] == s.clause[ti] and k < ti)
            got = _background(c, lex)   # type: ignore[arg-type]
            assert got == want, (text, ti)
            n_true += got
    assert n_true and n_clauses >= 2    # "وكانت ... قد", "سبق أن": background cues are reached


def test_place_name_tokens_by_the_ordered_starts() -> None:
    text = SENTENCES[2]
    names = ["قرى الرشادية", "حجارة", "ساحة الطيران", "ريف حماة"]
    mentions = [Mention(start=(a := text.index(n)), end=a + len(n), surface=n, norm=n, type=typ)
                for n, typ in zip(names, ["PLACE", "PLACE", "FACILITY", "PLACE"], strict=True)]
    mentions.append(Mention(start=text.index("الروسي"), end=text.index("الروسي") + 6, surface="الروسي",
                            norm="الروسي", type="STATE"))
    s = _sent(text, mentions)
    spans = [(m.start, m.end) for m in mentions if m.type in ("PLACE", "FACILITY")]
    want = frozenset(k for k, t in enumerate(s.tokens) if any(a <= t.start < b for a, b in spans))
    assert len(want) == 5      # (a name glued after "و" starts inside its token: that token is not counted)
    assert _place_name_tokens(s) == want
    assert _place_name_tokens(_sent(text)) == frozenset()
