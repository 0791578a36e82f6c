"""The speed paths of the events stage (rasd.extract.events, modality, counts) give exactly what
the plain computations they replace give, on real pages (the samples and the first corpus
articles) and on a few made-up edge cases."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from pathlib import Path

import pytest
from analysed import real_texts

from rasd.extract import counts as C
from rasd.extract import modality as M
from rasd.extract import page_dates as PD
from rasd.extract.events import actors, context, lexicons, sentences, triggers
from rasd.extract.verbs import VERB_BARE, is_verb
from rasd.text.normalize import normalize, normalize_with_map
from rasd.text.numbers import find_numbers
from rasd.text.sentences import split_sentences

EDGE = [
    "ΑΣ ΟΔΟΣ\nعمل\u200cية عسكرية", "İstanbul: سؤال\n\u200b سؤال عن القصف؟",
    "بتاريخ 21 - 11 - 2013 قصف و 3/4/2014 و 1-2-3 2015", "ـقصفـ  الطيران  مُدُن\u00a0الريف",
    "سؤال: هل قصفت ؟ (نص السؤال)", "",
]


@pytest.fixture(scope="module")
def texts(samples_dir: Path) -> list[str]:
    return real_texts(samples_dir, 40, cleaned=True) + EDGE


def _period_span_ref(toks: list, k: int) -> bool:
    """A recent-past span opening at token k, spelled out: opener, unit, a closer within the gap."""
    openers, plural_openers, units, plural_units, closers, gap, _ = triggers._period_lex()
    w = toks[k].norm[1:] if toks[k].norm.startswith("و") else toks[k].norm
    if k + 2 >= len(toks):
        return False
    unit_ok = toks[k + 1].norm in plural_units and (w in openers or w in plural_openers) or (
        toks[k + 1].norm in units and w in openers)
    return unit_ok and any(toks[j].norm in closers for j in range(k + 2, min(len(toks), k + 3 + gap)))


def _sentences(texts: list[str]) -> list[tuple[str, list]]:
    """(text, tokens) of every sentence of the texts."""
    return [(t, C.sentence_tokens(t, sp.start, sp.end)) for t in texts for sp in split_sentences(t)]


def test_norm_slice_is_normalize_of_the_slice(texts: list[str]) -> None:
    for t in texts:
        norm, offs = normalize_with_map(t) if t else ("", range(1))
        for a in range(0, len(t), 37):
            for b in (a, a + 1, a + 15, a + 40, len(t) + 5):
                assert context._norm_slice(t, a, b) == normalize(t[a:b]), (t[:40], a, b)
                if "Σ" not in t:    # the slice _sentences cuts for the trigger filter
                    assert norm[bisect.bisect_left(offs, a):bisect.bisect_left(offs, b)] == normalize(t[a:b])


def _question_lines_ref(text: str) -> set[int]:
    out = set()
    for i, line in enumerate(text.split("\n")):
        s = line.strip()
        while s.endswith(")") and "(" in s:
            s = s[: s.rfind("(")].rstrip()
        s = s.rstrip(" .!")
        if s.endswith(("؟", "?")) or normalize(line.strip()).startswith("سوال"):
            out.add(i)
    return out


def test_question_lines(texts: list[str]) -> None:
    for t in texts:
        assert sentences._question_lines(t) == _question_lines_ref(t)
    assert sentences._question_lines(EDGE[1]) == {1}


def test_spaced_dates_from_the_first_hint(texts: list[str]) -> None:
    for t in texts:
        want = [m.span() for m in PD._SPACED_DATE.finditer(t)]
        got = PD.spaced_numeric_dates(t, [], [])
        assert [(d.start, d.end) for d in got] == [s for s in want if _valid(t, s)]
        if want:
            assert PD._SPACED_DATE_HINT.search(t).start() <= want[0][0]


def _valid(t: str, span: tuple[int, int]) -> bool:
    m = PD._SPACED_DATE.match(t, span[0])
    try:
        dt.date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        return True
    except ValueError:
        return False


def _match_triggers_ref(s: sentences._Sent, lex: lexicons._ELex) -> list:
    """The same longest-match walk, with each form's phrases computed directly (no phrase table)."""
    return triggers._longest_triggers(s.tokens, lambda norm: tuple(
        p for key in sorted(lexicons._keys(norm)) for p in lex.phrases.get(key, ())))


def _related_header_ref(toks: list, lex: lexicons._ELex) -> int | None:
    for k in range(len(toks)):
        for seq in lex.related_headers:
            if k + len(seq) <= len(toks) and all(seq[j] in lexicons._keys(toks[k + j].norm) for j in range(len(seq))):
                return k + len(seq)
    return None


def test_sentence_paths(texts: list[str]) -> None:
    lex = lexicons.lexicon()
    n_trig = n_clause = 0
    for t, toks in _sentences(texts):
        s = sentences._Sent(0, None, 0, toks, [], [], [], [], [], [])   # type: ignore[arg-type]
        found = triggers._match_triggers(s, lex)
        assert found == _match_triggers_ref(s, lex)
        n_trig += bool(found)
        assert triggers._related_header(toks, lex) == _related_header_ref(toks, lex)
        assert actors._speech_positions(toks, lex) == [
            k for k in range(len(toks)) if lexicons._keys(toks[k].norm) & lex.speech_verbs
            or toks[k].text.strip(triggers._MARKS) in actors.SPEECH_COMPLEMENTIZERS]
        starts = [x.start for x in toks]
        for pos in [x.start for x in toks[::5]] + [x.end for x in toks[::7]] + [-1, 10**9]:
            assert triggers._tok_index(toks, pos) == bisect.bisect_right(starts, pos) - 1
        if toks:
            s.clause, s.quote, s.paren = sentences._regions(t, toks)
            for ti in range(0, len(toks), 3):
                c = s.clause[ti]
                want = frozenset(w for k, x in enumerate(toks) if s.clause[k] == c for w in lexicons._keys(x.norm))
                assert triggers._clause_keys(s, ti) == want
                n_clause += 1
                assert triggers._period_toll(s, ti) == (any(
                    k + len(a) <= len(toks) and all(toks[k + j].norm == w for j, w in enumerate(a))
                    for k in range(ti, min(len(toks), ti + triggers.PERIOD_REACH)) for a in triggers._habitual_lex()[3])
                    or any(_period_span_ref(toks, k) for k in range(
                        max(0, ti - triggers._period_lex()[6]), min(len(toks), ti + triggers.PERIOD_REACH))))
                nouns, links, reach = triggers._elaboration_lex()
                want_el = False
                for k in range(max(0, ti - reach), ti):
                    n = next((len(a) for a in links if k + len(a) <= ti
                              and all(toks[k + j].norm == w for j, w in enumerate(a))), 0)
                    if n and any(toks[j].norm.lstrip("وف") in nouns for j in range(max(0, k - reach), k)):
                        want_el = True
                        break
                assert triggers._elaboration(s, ti) == want_el
    assert n_trig > 20 and n_clause > 100     # the real pages did exercise the paths


def _seq_starts_ref(tokens: list, seqs: tuple) -> list[int]:
    return [k for k in range(len(tokens)) if any(M._seq_at(tokens, k, seq) for seq in seqs)]


def _sentence_cues_ref(tokens: list) -> list[dict[str, int]]:
    idx = M._first_word_index()
    out = []
    for k, t in enumerate(tokens):
        here: dict[str, int] = {}
        for key in sorted(C.token_keys(t.norm) | {t.norm}):
            for seq, name in idx.get(key, ()):
                if name not in here and M._seq_at(tokens, k, seq):
                    here[name] = len(seq)
        out.append(here)
    return out


def test_modality_paths(texts: list[str]) -> None:
    lex = lexicons.lexicon()
    lists = [M.lexicon().clause_words, lex.date_not_inherited, lex.date_inherited, lex.agent_cues, lex.related_headers]
    hits = 0
    for _t, toks in _sentences(texts):
        for seqs in lists:
            got = M.seq_starts(toks, seqs)
            assert got == _seq_starts_ref(toks, seqs)
            hits += len(got)
            for k in range(-1, len(toks) + 1, 4):
                want = next((len(seq) for seq in seqs if M._seq_at(toks, k, seq)), 0) if 0 <= k < len(toks) else 0
                assert M.starts_seq(toks, k, seqs) == want
        assert M.sentence_cues(toks) == _sentence_cues_ref(toks)
    assert hits > 50


def test_quantity_positions_are_the_linear_scans(texts: list[str]) -> None:
    """find_quantities finds "first token at/after the number" by bisection: token starts and
    ends increase, so it is the linear scan's answer."""
    n = 0
    for t in texts:
        for sp in split_sentences(t):
            toks = C.sentence_tokens(t, sp.start, sp.end)
            starts, ends = [x.start for x in toks], [x.end for x in toks]
            for num in find_numbers(t[sp.start:sp.end]):
                a, b = num.start + sp.start, num.end + sp.start
                assert bisect.bisect_left(starts, b) == next((k for k, s in enumerate(starts) if s >= b), len(toks))
                assert bisect.bisect_right(ends, a) == next((k for k, x in enumerate(toks) if x.end > a), len(toks))
                n += 1
    assert n > 50


def test_token_keys_are_parts_of_the_form(texts: list[str]) -> None:
    """The related-header and phrase filters rely on every reading of a token being a part of it."""
    for _t, toks in _sentences(texts[:10]):
        for x in toks:
            assert all(k in x.norm for k in lexicons._keys(x.norm))


def test_phrase_table_is_the_sorted_readings() -> None:
    lex = lexicons.lexicon()
    for form in ["قصف", "والقصف", "بالقصف", "غاراتها", "الطيران", "عملية", "مدينة", "اشتباكات", "كتب"]:
        n = normalize(form)
        want = tuple(p for key in sorted(lexicons._keys(n)) for p in lex.phrases.get(key, ()))
        assert sentences._phrases_at(lex, sentences._phrase_table(lex), n) == want


def test_trigger_tokens_without_tokenising(texts: list[str]) -> None:
    """_sentences finds the tokens that may start a trigger without tokenising the sentence: every
    token from which a phrase is read in full is among them (a token whose phrases all lack a word
    later in the sentence may be left out), and a sentence without a trigger's first word gets no
    tokens (as before)."""
    lex = lexicons.lexicon()
    table = sentences._phrase_table(lex)
    n_at = 0
    for t in texts:
        if "Σ" in t:
            continue
        norm, offs = sentences._page_norm(t) if t else ("", range(1))
        for sp in split_sentences(t):
            toks = C.sentence_tokens(t, sp.start, sp.end)
            want = [x.start for i, x in enumerate(toks)
                    if any(C.phrase_end(words, toks, i, lexicons._keys) is not None
                           for words, _trig, _form in sentences._phrases_at(lex, table, x.norm))]
            got = sentences._trigger_tokens(t, norm, offs, sp)
            if got is None:
                assert not sentences._may_have_trigger(t[sp.start:sp.end]) and not want
                continue
            assert set(want) <= set(got) and got == sorted(got)
            n_at += len(want)
            for p in got:
                assert C.sentence_token_at(t, p, sp.start, sp.end) in toks
    assert n_at > 20
    for t in texts:     # the sentences _sentences builds read the same tokens and triggers as before
        for s in sentences._sentences(t, [], [], [], []):
            toks = C.sentence_tokens(t, s.span.start, s.span.end)[:sentences.MAX_TOKENS_PER_SENTENCE]
            if not sentences._may_have_trigger(t[s.span.start:s.span.end]):
                assert triggers._match_triggers(s, lex) == [] and s.tokens == []
            else:
                plain = sentences._Sent(0, s.span, 0, toks, [], [], [], [], [], [])
                assert triggers._match_triggers(s, lex) == triggers._match_triggers(plain, lex)
                assert s.tokens == toks


# ---- clause regions, date clauses, clause keys and speech positions: the running-sum and map
# forms against the token-by-token loops they replace

def _regions_ref(text: str, toks: list) -> tuple[list[int], list[int], list[int]]:
    clause, quote, paren = [], [], []
    c = 0
    q_id, in_q = -1, False
    p_id, depth = -1, 0
    n_q = n_p = 0
    cw = M.clause_word_starts(toks)
    prev_end = toks[0].start if toks else 0
    prev_gap = ""
    for k, t in enumerate(toks):
        gap = raw = text[prev_end:t.start]
        marks = set(gap) & sentences.PUNCT_BOUNDARY
        # brackets by a number join their clause, unless a bracketed phrase ending in a number closes
        # ("( الثاني من تموز / يوليو 2017 ) بإعدام": the aside's date ends, the verdict goes on)
        if marks <= {"(", ")"} and (t.norm.isdigit() or (k and toks[k - 1].norm.isdigit()
                                                        and (")" not in gap or "(" in prev_gap))):
            marks = set()
        dash = (" - " in gap or " – " in gap) and not (t.norm.isdigit() and k and toks[k - 1].norm.isdigit())
        if k and (marks or dash or k in cw):
            c += 1
        if in_q:
            gap = sentences.closing_apostrophes(gap)
        for ch in gap:
            if ch == '"':
                in_q = not in_q
                if in_q:
                    n_q += 1
                    q_id = n_q
            elif ch in sentences.QUOTES_OPEN:
                in_q, n_q = True, n_q + 1
                q_id = n_q
            elif ch in sentences.QUOTES_CLOSE:
                in_q = False
            elif ch == "(":
                depth += 1
                if depth == 1:
                    n_p += 1
                    p_id = n_p
            elif ch == ")":
                depth = max(0, depth - 1)
        clause.append(c)
        quote.append(q_id if in_q else -1)
        paren.append(p_id if depth else -1)
        prev_end = t.end
        prev_gap = raw
    return clause, quote, paren


def _date_regions_ref(s: sentences._Sent) -> tuple[list[int], list[int], set[int]]:
    lex = lexicons.lexicon()
    toks = s.tokens
    starts = [t.start for t in toks]
    date_at: dict[int, int] = {}
    for di, d in enumerate(s.dates):
        k = bisect.bisect_left(starts, d.start)
        if k < len(toks):
            date_at.setdefault(k, di)
    dclause, hseg, headings = [], [], set()
    c = h = 0
    for k, t in enumerate(toks):
        if k:
            n = t.norm
            verb_after_wa = n.startswith("و") and len(n) >= 4 and (is_verb(n[1:]) or n[1:] in VERB_BARE)
            if s.clause[k] != s.clause[k - 1] or verb_after_wa or n in sentences.CLAUSE_JOINERS:
                c += 1
        di = date_at.get(k)
        d = s.dates[di] if di is not None else None
        if d is not None and d.date_start and d.precision == "day" and (d.kind == "timeline" or d.kind == "absolute" and (
                d.surface[:1].isdigit() and re.search(r"(?:19|20)\d\d", d.surface))):
            prev = toks[k - 1].norm if k else ""
            inside = k > 0 and any(o.start <= toks[k - 1].start < o.end for o in s.dates)
            if k == 0 or (not inside and prev not in lex.date_cues and prev.lstrip("وب") not in lex.date_cues
                          and not prev.isdigit() and not (lexicons._keys(prev) & lex.date_cues) and s.paren[k] == -1):   # not a bracketed citation
                headings.add(di)
                if k:
                    h += 1
                    c += 1
        dclause.append(c)
        hseg.append(h)
    return dclause, hseg, headings


DATED = ["قصف الطيران بلدة داعل بتاريخ 21 - 11 - 2013 وقصفت المدفعية بلدة إنخل بتاريخ 23 - 11 - 2013 ثم انسحبت",
         "8 مايو 2011 اشتباكات بين الجيش والمسلحين قرب بانياس 9 مايو 2011 مظاهرات في حمص، (وقال) \"إن القصف\" «استمر»",
         "ووصلت إلى الشمال، أمس الإثنين 5 - 3 - 2016، قافلة - كما قال - (نحو 150) شخصاً",
         "قصفت طائرات التحالف مواقع في أبو كمال ( حق , 17 آذار / مارس 2017 ) 18 آذار / مارس 2017 اشتباكات قرب الرقة",
         "قضت محكمة اليوم الأحد ( الثاني من آذار / مارس 2016 ) بإعدام عشرين , وقضى ( 23 ) شخصا"]


def test_regions_and_date_clauses_are_the_token_loops(texts: list[str]) -> None:
    lex = lexicons.lexicon()
    n_sent = n_head = n_cut = 0
    for t in texts + DATED:
        dates = PD.find_page_dates(t, dt.date(2016, 3, 7), [])
        for s in sentences._sentences(t, [], dates, find_numbers(t), []):
            toks = C.sentence_tokens(t, s.span.start, s.span.end)[:sentences.MAX_TOKENS_PER_SENTENCE]
            s._toks = s.tokens = toks     # (tokens handed over at the start are read from then on)
            want = _regions_ref(t, toks)
            assert sentences._regions(t, toks) == want
            s.clause = sentences._join_date_clauses(want[0], toks, s.dates)
            s.quote, s.paren = want[1], want[2]
            s.headings = set()
            sentences._date_regions(s)
            dclause, hseg, headings = _date_regions_ref(s)
            assert (s.dclause, s.hseg, s.headings) == (dclause, hseg, headings)
            assert all(type(x) is int for x in s.dclause + s.hseg + sentences._regions(t, toks)[0])
            for ti in range(len(toks)):
                c = s.clause[ti]
                assert triggers._clause_keys(s, ti) == frozenset().union(
                    *[lexicons._keys(x.norm) for x, ck in zip(toks, s.clause, strict=False) if ck == c])
            assert actors._speech_positions(toks, lex) == [
                k for k in range(len(toks)) if not lex.speech_verbs.isdisjoint(lexicons._keys(toks[k].norm))
                or toks[k].text.strip(triggers._MARKS) in actors.SPEECH_COMPLEMENTIZERS]
            n_sent += bool(toks)
            n_head += len(headings)
            n_cut += bool(dclause) and dclause[-1] > s.clause[-1]
    assert n_sent > 100 and n_head >= 2 and n_cut >= 2


def test_sentence_tokens_are_the_token_loop(texts: list[str]) -> None:
    n = 0
    # (ranges cut inside a word, punctuation only, a word at either end: sentence_tokens splits the
    # slice text[a:b], the loop scans text from a to b)
    for t in texts + DATED + ["ـ ـ abc ـ", "\u064e", "، ؛ ؟ ...", "قصف"]:
        for a, b in [(sp.start, sp.end) for sp in split_sentences(t)] + [(0, len(t)), (3, 3), (1, len(t) - 1)]:
            got = C.sentence_tokens(t, a, b)
            assert got == C._sentence_tokens_loop(t, a, b)
            n += len(got)
    assert n > 1000
