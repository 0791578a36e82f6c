"""Speed paths of session 38 (evspeed3), each checked against the definition it replaces:

- modality._own_modality walks only the rules the sentence holds a cue of, or that have a test beyond their
  cues (``_active_rules``); the answer is the walk over every rule's;
- genre.page_measures tests each distinct word once and counts it as often as it stands; the rates are
  those of a test per word;
- background._telling_over_span asks ``_span_phrase_at`` only at tokens that may open a span phrase; every
  token where one opens is among them.

Made-up sentences of the general constructions (a denial, a future, a demand, a purpose, a question, a
habitual, a span of months, a stressed week)."""

from __future__ import annotations

import pytest

from rasd.extract.counts import sentence_tokens
from rasd.extract.events import background, genre
from rasd.extract.events.background import _anaphoric_span_lex, _span_openers, _span_phrase_at
from rasd.extract.events.sentences import _regions, _Sent
from rasd.extract.modality import _ACTIVE_RULES, _active_rules, _own_modality, lexicon, sentence_cues
from rasd.records import Span

SENTENCES = [
    "نفى الجيش أن يكون قد قصف القرية وقال إنه سيقصف مواقع المسلحين وطالب بوقف القصف",
    "هددت الفصائل بشن هجوم على المدينة إذا لم ينسحب المقاتلون منها",
    "هل انسحبت القوات من البلدة بعد الاشتباكات العنيفة مع التنظيم",
    "وتشن الطائرات غارات على ريف إدلب بشكل شبه يومي لدعم تقدم القوات",
    "قتل 30 مدنيا في غارات على مدينة إدلب خلال الأشهر الماضية من الحصار",
    "وخلال السنتين الماضيتين من الحصار , شن مقاتلو المعارضة 9 معارك على مواقع النظام",
    "قتل 96 طفلا في حلب جراء هجمات اتسمت بالقسوة هذا الأسبوع وحده",
    "استمر القصف على البلدة شهورا قبل أن تسيطر عليها القوات في أسبوع واحد",
    "المعركة الكبرى للسيطرة على الرقة لم تحصل بعد حسب مصادر محلية",
]


def _all_rules(present: frozenset[str], lex: object) -> list[object]:
    """The walk before the change: every rule, in the lexicon's order."""
    _ACTIVE_RULES[:] = [present, lex, tuple(lexicon().rules)]
    return _ACTIVE_RULES


@pytest.mark.parametrize("text", SENTENCES)
def test_own_modality_is_the_walk_over_every_rule(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    toks = sentence_tokens(text, 0, len(text))
    clause, _quote, _paren = _regions(text, toks)
    cues = sentence_cues(toks)
    fast = [_own_modality(toks, clause, ti, ti + 1, cues) for ti in range(len(toks))]
    monkeypatch.setattr("rasd.extract.modality._active_rules", _all_rules)
    _ACTIVE_RULES[:] = [None, None, ()]
    slow = [_own_modality(toks, clause, ti, ti + 1, cues) for ti in range(len(toks))]
    _ACTIVE_RULES[:] = [None, None, ()]
    assert fast == slow
    assert len(set(fast)) >= 1


def test_the_rules_left_out_have_no_cue_and_no_test_beyond_their_cues() -> None:
    text = SENTENCES[0]
    toks = sentence_tokens(text, 0, len(text))
    cues = sentence_cues(toks)
    present = frozenset(name for here in cues for name in here)
    lex = lexicon()
    kept = _active_rules(present, lex)[2]
    assert [r.name for r in kept] == [r.name for r in lex.rules if r in kept]       # the lexicon's order
    left = [r for r in lex.rules if r not in kept]
    assert left      # most rules have no test beyond their cues
    for r in left:
        assert r.name not in present
        assert not (r.future_reach or r.subjunctive_reach or r.obligation_reach or r.next or r.after_clause
                    or r.after_clause_seqs or r.after)
    assert any(r.name in present for r in kept)


def _measures_per_word(title: str, text: str) -> dict[str, float]:
    """page_measures' rates as a test per word (the definition)."""
    cues = genre.cue_lists()
    words = genre._words(text)
    per_k = 1000.0 / max(len(words), 1)
    return {name: sum(1 for w in words if genre._cue(w, cues[name])) * per_k
            for name in ("news_day", "happening", "reporting", "agency", "opinion", "retro")}


def test_page_measures_count_every_word_as_often_as_it_stands() -> None:
    cues = genre.cue_lists()
    happening = sorted(cues["happening"])[:3]
    reporting = sorted(cues["reporting"])[:2]
    # cue words repeated, with and without a proclitic, among ordinary words
    words = [*happening, "و" + happening[0], "في", "المدينة", *reporting, happening[0], "ب" + reporting[0],
             "القرية", "في", happening[1]]
    text = " ".join(words * 3)
    got = genre.page_measures("عنوان الخبر", text)
    want = _measures_per_word("عنوان الخبر", text)
    for name, rate in want.items():
        assert got[name] == rate
    assert got["happening"] > 0 and got["reporting"] > 0


def _sent(text: str) -> _Sent:
    s = _Sent(0, Span(0, len(text)), 0, None, [], [], [], [], [], [], text=text)
    return s


@pytest.mark.parametrize("text", SENTENCES)
def test_a_span_phrase_opens_only_at_a_token_the_fast_path_asks(text: str) -> None:
    s = _sent(text)
    openers = _span_openers()
    alone = _anaphoric_span_lex()[3]
    asked = {k for k, t in enumerate(s.tokens) if t.norm.removeprefix("و") in openers or t.norm in alone}
    opens = {k for k in range(len(s.tokens)) if _span_phrase_at(s, k)}
    assert opens <= asked


def test_the_span_fixtures_hold_span_phrases() -> None:
    # (the check above is not empty: the fixtures open span phrases of each kind)
    found = [k for text in SENTENCES for s in [_sent(text)] for k in range(len(s.tokens)) if _span_phrase_at(s, k)]
    assert len(found) >= 4
    assert background._telling_over_span.__doc__


# a long lead with harakat and a tatweel (dropped by the normaliser): the page is read through _norm_slice's cut of
# the normalised page (512 characters and more), not by normalising each window again
LEAD = "وَقَالَ مُراسِلُنا إنَّ الأوضـاعَ في المنطقةِ ما زالتْ متوترةً منذُ أسابيعَ طويلةٍ . " * 8
HOMES = ("وكانت حافلات أهالي كفريا والفوعة متوقفة منذ يومين . وكانت سيارات الإسعاف ترافق أهالي كفريا والفوعة . "
         "ومن المقرر أن يغادر نحو 3000 من أهالي كفريا والفوعة خلال اليومين المقبلين .")
SCENES = "قصفت قوات النظام بلدة كفريا اليوم . وتعرضت كفريا لقصف مدفعي عنيف . وشهدت كفريا و الفوعة حركة نزوح ."


def test_home_mentions_read_from_the_normalised_page() -> None:
    from analysed import analyse_text

    from rasd.extract.events.context import _home_mention

    for body, home in ((HOMES, True), (SCENES, False)):
        a = analyse_text(LEAD + body, "2017-04-15")
        assert len(a.doc.text) >= 512
        ms = [m for m in a.mentions if m.type == "PLACE" and m.surface in ("كفريا", "الفوعة")]
        assert ms and all(_home_mention(m, a.doc.text, a.mentions) is home for m in ms)


FORMS = ["وبالغارات", "والقصف", "لكن", "ولكن", "بينما", "فيما", "وقال", "سيقصف", "بعدها", "الاشتباكات", "وللمدينة",
         "قذائف", "ردا", "بالتزامن", "وتزامنت", "مع", "ومع", "سقوط"]


def test_a_tokens_readings_hold_its_form() -> None:
    # (the speed paths test a token's readings alone, no "| {form}": _keys and token_keys hold the form itself)
    from rasd.extract.counts import token_keys
    from rasd.extract.events.lexicons import _keys

    for text in SENTENCES:
        for t in sentence_tokens(text, 0, len(text)):
            assert t.norm in token_keys(t.norm) and t.norm in _keys(t.norm)


def test_cue_keys_are_the_sorted_readings_that_start_a_cue() -> None:
    from rasd.extract.counts import token_keys
    from rasd.extract.modality import _cue_keys, _first_word_index

    idx = _first_word_index()
    forms = FORMS + [t.norm for text in SENTENCES for t in sentence_tokens(text, 0, len(text))]
    got = {f: _cue_keys(f) for f in forms}
    assert got == {f: tuple(k for k in sorted(token_keys(f) | {f}) if k in idx) for f in forms}
    assert any(got.values())


def _other_happening_by_union(s: _Sent, k: int, ti: int, lex: object) -> bool:
    """places._other_happening_place as written before (each token's readings joined with its form)."""
    from rasd.extract.events.lexicons import _keys
    from rasd.extract.events.places import CAUSE_MARKERS, FALL_WORDS, RECALL_WORDS, THAT

    if k <= ti:
        return False
    toks = s.tokens
    for j in range(ti + 1, k):
        keys = _keys(toks[j].norm) | {toks[j].norm}
        if keys & lex.response_cues or keys & RECALL_WORDS:  # type: ignore[attr-defined]
            return True
        if keys & CAUSE_MARKERS:
            n = j + 1
            if n < k and toks[n].norm in THAT:
                n += 1
            if n < k and (_keys(toks[n].norm) | {toks[n].norm}) & FALL_WORDS:
                return True
    return False


@pytest.mark.parametrize("text", [
    "قصفت المدفعية التركية مواقع للنظام ردا على القصف الذي استهدف بلدة كلس",
    "شنت الطائرات غارات على مواقع في ريف القنيطرة بعد سقوط ثلاث قذائف في الجولان",
    "اندلعت اشتباكات باتجاه مطار الجراح , تزامنا مع غارات روسية على مدينة مسكنة",
    "قصفت قوات النظام مدينة حرستا وقتل ثلاثة مدنيين في دوما",
])
def test_other_happening_and_concurrence_read_as_before(text: str) -> None:
    from rasd.extract.events.lexicons import _keys
    from rasd.extract.events.lexicons import lexicon as event_lexicon
    from rasd.extract.events.places import CONCURRENCE, _concurrent_at, _other_happening_place

    lex = event_lexicon()
    s = _sent(text)
    n = len(s.tokens)
    pairs = [(k, ti) for ti in range(n) for k in range(n)]
    assert [_other_happening_place(s, k, ti, lex) for k, ti in pairs] == [
        _other_happening_by_union(s, k, ti, lex) for k, ti in pairs]
    assert [_concurrent_at(s, j) for j in range(n)] == [
        bool((_keys(t.norm) | {t.norm}) & CONCURRENCE) for t in s.tokens]
