"""Fast paths of the entities layer (longest-match choice, offset maps, token lists, the NER
start fix, the CRF's word test) give what their plain definitions give, on real pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from analysed import real_texts

from rasd.knowledge.matcher import DictMatch, select_longest
from rasd.knowledge.patterns import tokenize_norm
from rasd.text.normalize import norm_offset, normalize_with_map

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
AWKWARD = ["ـ", "الـ ـ جيش", "قال ـ  \u200fالرئيس\u200f : «نعم»!", "\u200f", "word\u200cword \u200d",
           "\u00a0نص\u2003آخر\u3000 و", "سوريا\u202cاليوم", "قال \u200f ـ ـــ حلب", "a\u2028b\u0085c 😀 دمشق",
           "x\u0651 \u0651x", "مُحَمَّد_علي في حمص."]


def _texts() -> list[str]:
    if not SAMPLES.is_dir():
        pytest.skip("needs ../shared (samples, unifiedfc) beside the checkout")
    return real_texts(SAMPLES, 30) + AWKWARD


def _longest_reference(cands: list[DictMatch], n: int, norm_text: str | None) -> list[DictMatch]:
    """select_longest as first written: every match's type-word test in the sort key."""
    from rasd.knowledge.matcher import _TYPE_WORD_KEYS

    def led(m: DictMatch) -> bool:
        return norm_text is not None and norm_text[m.start:m.end].split(" ", 1)[0] in _TYPE_WORD_KEYS

    occupied = bytearray(n + 1)
    chosen = []
    for m in sorted(cands, key=lambda m: (-(m.end - m.start), led(m), m.rank, m.start)):
        if 1 in occupied[m.start:m.end]:
            continue
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def test_select_longest_equals_its_reference_on_page_candidates() -> None:
    from rasd.extract.entities import entity_kit
    from rasd.knowledge.resources import default_resources

    matcher = entity_kit(default_resources()).matcher
    texts = _texts() + ["قصف بلدة السيدة زينب وقرية الحامدية في ريف دمشق"]
    n_cands = 0
    for text in texts:
        norm, _offs = normalize_with_map(text)
        cands = matcher.candidates(norm)
        n_cands += len(cands)
        for nt in (norm, None):
            assert select_longest(cands, len(norm), nt) == _longest_reference(cands, len(norm), nt)
    assert n_cands > 100


def test_norm_offset_on_an_identity_map_clamps_like_min_max() -> None:
    for n in (0, 1, 7):
        for pos in range(-3, n + 4):
            assert norm_offset(range(n + 1), pos) == min(max(pos, 0), n + 1)
    assert norm_offset([0, 2, 2, 5], 3) == 3


def test_token_list_reads_indexes_negative_indexes_and_slices() -> None:
    toks = tokenize_norm("قصف الطيران مدينة حلب اليوم")
    assert [t.text for t in toks[1:3]] == ["الطيران", "مدينة"]
    assert toks[-1].text == "اليوم" and toks[-1] is toks[4]
    assert [t.text for t in toks[::2]] == ["قصف", "مدينة", "اليوم"]
    assert toks[3].text == "حلب" and toks[3:4][0] is toks[3]


def test_ner_start_fix_equals_its_clitic_loops() -> None:
    """_fix_ner_start tries the clitic lists only when one of them starts the word: the same
    starts as trying them on every word."""
    from rasd.extract import entities as E
    from rasd.knowledge.resources import default_resources

    kit = E.entity_kit(default_resources())

    def reference(norm: str, s: int, e: int) -> int:
        heads = kit.name_heads
        j = s
        while j > 0 and norm[j - 1].isalnum():
            j -= 1
        m = E._WORD_RUN.match(norm, s, e)
        word = norm[j:m.end() if m else s]
        if j < s:
            bare = word[1:] if len(word) > 3 and word[0] in "وف" else word
            return j + (len(word) - len(bare)) if bare in heads else s
        if word.startswith("لل") and len(word) > 4:
            return s + 2
        for p in E._ARTICLE_CLITICS:
            if word.startswith(p) and len(word) - len(p) >= 3:
                return s + len(p) - 2
        for p in E._NAME_CLITICS:
            if word.startswith(p) and word[len(p):] in heads:
                return s + len(p)
        return s

    n_words = 0
    for text in _texts():
        norm, _offs = normalize_with_map(text)
        for tok in tokenize_norm(norm):
            for s in (tok.start, tok.start + 1):
                if s < tok.end:
                    n_words += 1
                    assert E._fix_ner_start(norm, s, tok.end, kit) == reference(norm, s, tok.end)
    assert n_words > 1000


def test_crf_word_rows_take_the_same_arabic_test() -> None:
    """_add_words reads the all-Arabic-letters match of every word in one map and asks
    _arabic_word only for the others: the same words take the Arabic path."""
    from rasd.knowledge.ner import _AR_WORD, _arabic_word

    for tok in ["حلب", "الـجيش", "ISIS", "داعشISIS", "١٢٣", "حلب2", "مُحَمَّد", "x", "ـ", "سوريا\u200c"]:
        assert (_AR_WORD.fullmatch(tok) is not None or _arabic_word(tok)) == _arabic_word(tok)
