"""Session 19's speed paths of the event stage (issue #4) give the answers of the plain readings they
replace: the page's argument and report markers counted in one automaton scan as ``str.count`` counts
them, a label list's regex skipped on a page without its words, and a clause's tokens found as a run."""

from __future__ import annotations

from types import SimpleNamespace

import ahocorasick

from rasd.extract.counts import sentence_tokens
from rasd.extract.events import pageparts as P
from rasd.extract.events.background import _page_words, padded_counts
from rasd.extract.events.lexicons import _keys, lexicon
from rasd.extract.events.sentences import _prepare, _Sent
from rasd.extract.events.triggers import _k_token, _past_part, _past_phrase_told
from rasd.records import Span


def _automaton(keys: list[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for key in keys:
        auto.add_word(key, key)
    auto.make_automaton()
    return auto


def test_padded_counts_count_as_str_count() -> None:
    # a key repeated with one space between (two occurrences share it: str.count takes the first only),
    # a two-word key repeated back to back and inside a longer run, and a key that is part of another
    keys = [" قال ", " وهذا ما ", " ما ", " ذلك أن ", " أن "]
    pages = [
        " قال قال قال ",
        " قال قال قال قال ",
        " وهذا ما وهذا ما وهذا ما ",
        " ذلك أن ذلك أن أن أن ",
        " قال مصدر إن الاشتباكات تجددت وهذا ما أكده ذلك أن القوات قالت ",
        " لا شيء هنا ",
    ]
    auto = _automaton(keys)
    for words in pages:
        got = padded_counts(words, auto)
        assert {k: got.get(k, 0) for k in keys} == {k: words.count(k) for k in keys}, words
    assert padded_counts(" قال قال قال ", auto)[" قال "] == 2      # not the automaton's 3 hits
    assert padded_counts(" قال ", None) == {}


def test_page_words_counts_the_report_markers_as_before() -> None:
    text = "قال مصدر محلي إن الطيران قصف البلدة أمس، وأفاد ناشطون بحسب المرصد أن القصف تجدد اليوم. قال قال"
    words, n, cues, found = _page_words(text)
    from rasd.extract.events.background import _argument_lex

    markers, reports, _least, _share = _argument_lex()
    assert n == len(words.split())
    assert cues == sum(words.count(f" {r} ") for r in reports) > 0
    assert all(found.get(f" {m} ", 0) == words.count(f" {m} ") for m in (*markers, *reports))


def test_label_spans_skip_only_pages_without_a_label() -> None:
    rx = P._latest_news_re()
    assert rx is not None
    box = ("أعلنت الوزارة اليوم عن خطة جديدة\nأحدث الأخبار قبل ساعة أعلنت تركيا إغلاق المعبر\n"
           "قبل 7 دقائق أكد مراسل الجزيرة انتهاء الهجوم\nنص آخر")
    plain = "قصفت الطائرات الحربية مدينة دوما صباح اليوم وقتل ثلاثة مدنيين"
    assert P._holds_label(box, "latest_news_labels") and P._latest_news_spans(box)
    assert not P._holds_label(plain, "latest_news_labels") and P._latest_news_spans(plain) == []
    # the label's words glued to others hold the words but no label: the regex decides, as before
    glued = "والأخبار أحدثالأخبار قبل ساعة وقبل ساعتين"
    assert P._holds_label(glued, "latest_news_labels") and P._latest_news_spans(glued) == []


def _past_part_by_scan(c: SimpleNamespace, lex: object) -> bool:
    """The definition _past_part had: the clause's tokens found by a scan of the whole sentence."""
    s = c.sent
    cl = s.clause[c.ti]
    lo = max(0, c.ti - 15)
    if any(_keys(s.tokens[k].norm) & lex.past_cues for k in range(lo, c.ti) if s.clause[k] == cl):
        return True
    words = [(_k_token(t.norm), _keys(t.norm)) for k, t in enumerate(s.tokens) if s.clause[k] == cl]
    before = sum(1 for k in range(c.ti) if s.clause[k] == cl)
    return _past_phrase_told(words, before, lex)   # type: ignore[arg-type]


def test_past_part_reads_the_clause_run() -> None:
    lex = lexicon()
    texts = [
        "قال مصدر إن الاشتباكات تجددت في حي جوبر , بينما سبق أن قتل عشرات المدنيين بسبب الألغام",
        "وكانت قوات النظام قد سيطرت على البلدة آنذاك , ثم قصفت الطائرات الحربية مدينة دوما صباح اليوم",
        "منذ بداية الثورة قتل الآلاف , و قصفت الطائرات اليوم البلدة",
    ]
    n_true = n_clauses = 0
    for text in texts:
        s = _Sent(0, Span(0, len(text)), 0, sentence_tokens(text, 0, len(text)), [], [], [], [], [], [], text=text)
        _prepare(s, text)
        n_clauses += len(set(s.clause)) > 1
        for ti in range(len(s.tokens)):
            c = SimpleNamespace(sent=s, ti=ti)
            got = _past_part(c, lex)   # type: ignore[arg-type]
            assert got == _past_part_by_scan(c, lex), (text, ti)
            n_true += got
    assert n_true and n_clauses >= 2


def test_own_support_reads_the_sentence_s_resolved_places() -> None:
    from rasd.knowledge.gazetteer import haversine_km
    from rasd.knowledge.geocode import ANCHOR_NEAR_KM, GeoContext, _own_support, _resolved_by_sentence
    from rasd.records import Entity

    def town(i: int, lat: float | None, level: str = "town") -> Entity:
        return Entity(id=f"t{i}", type="PLACE", name_ar=f"t{i}", lat=lat, lon=36.0 if lat is not None else None,
                      country="SY", level=level)

    # mentions 0..7 over three sentences; some share a place, one is a region, one has no coordinates
    resolved = {0: town(0, 35.0), 1: town(1, 35.05), 2: town(2, 36.5), 3: town(0, 35.0), 5: town(5, 35.02, "region"),
                6: town(6, None), 7: town(7, 35.01)}
    sent_of = {0: 0, 1: 0, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2, 7: 2}
    by_sentence = _resolved_by_sentence(resolved, sent_of)
    ctx = GeoContext()
    n_true = 0
    for idx in range(9):        # 8: a mention outside every sentence
        for place in (town(0, 35.0), town(9, 35.03), town(8, 36.49), town(10, None)):
            want = place.lat is not None and sent_of.get(idx) is not None and any(
                j != idx and p.id != place.id and p.lat is not None and sent_of.get(j) == sent_of.get(idx)
                and p.level in ("town", "neighbourhood", "facility")
                and haversine_km(place.lat, place.lon, p.lat, p.lon) < ANCHOR_NEAR_KM
                for j, p in resolved.items())
            got = _own_support(idx, place, ctx, sent_of, by_sentence, None, ANCHOR_NEAR_KM)  # type: ignore[arg-type]
            assert got == want, (idx, place.id)
            n_true += got
    assert n_true


def test_day_markers_are_counted_as_by_a_word_walk() -> None:
    # _tells_no_day counts day-marker words with one automaton scan; the count is the walk's over the
    # words (bare, or after "و"/"ف" when the joined word is longer than three letters), repeats included
    import random

    from rasd.extract.events.background import _day_marker_automaton, _dayless_lex
    days = _dayless_lex()[0]
    assert days
    vocab = [*days, *("و" + d for d in days), *("ف" + d for d in days), "قال", "في", "وقال", "و", "ف", "ووامس"]
    rng = random.Random(7)
    seen = 0
    for _ in range(300):
        ws = [rng.choice(vocab) for _ in range(rng.randint(0, 25))]
        words = f" {' '.join(ws)} "
        walk = sum(w in days or (w[:1] in "وف" and len(w) > 3 and w[1:] in days) for w in words.split())
        assert sum(1 for _hit in _day_marker_automaton().iter(words)) == walk, ws
        seen += walk
    assert seen
