import sys
from pathlib import Path

import pytest

from rasd.text.normalize import (
    DROPPED_CHARS,
    line_key,
    normalize,
    normalize_with_map,
    normalize_with_offset_array,
    normalize_word,
    to_original_span,
)
from rasd.text.sentences import split_sentences
from rasd.text.tokens import search_terms, strip_proclitics, tokenize

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"


def test_normalize_forms():
    assert normalize("الإٍسلام") == normalize("الإسلام") == "الاسلام"
    assert normalize("الغوطة") == normalize("الغوطه")
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("٣٠ مارس، ٢٠١٨") == "30 مارس, 2018"
    assert normalize("جيـــش") == "جيش"
    assert normalize("\u200fحمزة\u200e") == "حمزه"
    assert normalize("مُحَمَّد") == "محمد"


def test_offset_map_points_back_to_original():
    s = "قال \u200fالناطقُ باسم جيـش الإٍسلام بالغوطة"
    n, offs = normalize_with_map(s)
    i = n.index("جيش الاسلام")
    a, b = to_original_span(offs, i, i + len("جيش الاسلام"))
    assert s[a:b] == "جيـش الإٍسلام"
    j = n.index("بالغوطه")
    a, b = to_original_span(offs, j, j + len("بالغوطه"))
    assert s[a:b] == "بالغوطة"


def _check_map(text: str) -> None:
    """normalize_with_map gives normalize's string, and each normalised character points at
    the original character it came from (every kept character is pointed at, in order)."""
    norm, offs = normalize_with_map(text)
    assert norm == normalize(text)
    assert len(offs) == len(norm) + 1 and offs[-1] == len(text)
    assert list(offs) == sorted(offs)
    for i, ch in enumerate(norm):
        src = text[offs[i]]
        assert src not in DROPPED_CHARS
        # the character alone normalises to what it became ("İ" gives two characters, both
        # pointing at it; "Σ" lower-cases by context, σ or final ς)
        assert ch in normalize_word(src) or (src == "Σ" and ch in "σς")
    assert sorted(set(offs[:-1])) == [j for j, c in enumerate(text) if c not in DROPPED_CHARS]
    norm2, arr = normalize_with_offset_array(text)
    assert norm2 == norm and [arr[i] for i in range(len(arr))] == list(offs)


@pytest.mark.parametrize("text", [
    "",
    "جيشُ الإسلامِ\u200f ـــ «أنا برس»",
    "مُحَمَّدٌ رَسُولُ اللَّهِ الْإِسْلَامِ الإٍسلام",          # a mark on every letter
    "\u064b\u064e\u0650\u0651\u0652\u0670\u06d6",             # only marks
    "جيـــــــش ــــ ـ", "ـــــ",                                  # tatweel runs
    "\u200eقال\u200f \u200cالـ\u200dجيش\ufeff \u202bx\u202c \u2066y\u2069 \u061c\u00ad",
    "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٣٠ مارس، ٢٠١٨ ٫ ٬ ٪ کی",
    "\ufefb\ufef5\ufef7 لا \ufe8d\ufe91 \ufdf2",                # lam-alef ligatures, presentation forms
    "😀 جيش 👍🏽 \U0001F1F8\U0001F1FE",
    "a\ud83db\u064e",                                             # a lone surrogate (broken page)
    "a\x00b\x00\u064eـب \x01\x7f\x85",                       # NUL and other controls
    "  \t\n\n \u00a0\u2009\u202f\u3000 x  ",
    "İstanbul", "İ\u200f", "\u200fİ\u064eİـ", "ΑΣ\u200bİ",     # lower() lengthens "İ"
    "ΟΔΥΣΣΕΥΣ ΑΣ\u200fΒ ΑΣـΒ ΑΣ\x00 İΣ",                     # final sigma by context
])
def test_offset_map_edge_cases(text):
    _check_map(text)


def test_offset_map_long_text_and_samples():
    # long texts take the cached path; the result is the same as for the pieces
    t = ("قال الناطقُ باسم جيـش الإٍسلام \u200f" * 40) + "İ"
    _check_map(t)
    _check_map(t[:-1])
    _check_map("جيش الاسلام " * 100)        # nothing dropped: identity offsets
    for p in sorted(SAMPLES.glob("*.txt")):
        _check_map(p.read_text(encoding="utf-8"))


def test_only_dotted_capital_i_lengthens_when_lowered():
    # normalize_with_map's fast paths rely on this; a new Unicode version must be checked
    longer = [c for c in range(sys.maxunicode + 1)
              if not 0xD800 <= c < 0xE000 and len(chr(c).lower()) != 1]
    assert longer == [0x130]


def test_offset_map_points_each_char_back():
    s = "الإٍسلامُ İ\u200f"
    n, offs = normalize_with_map(s)
    assert n == "الاسلام i\u0307"
    assert list(offs) == [0, 1, 2, 4, 5, 6, 7, 9, 10, 10, 12]


def test_proclitics():
    assert strip_proclitics(normalize("بدوما")) == "دوما"
    assert strip_proclitics(normalize("والنظام")) == "نظام"
    assert strip_proclitics(normalize("للنظام")) == "نظام"
    assert strip_proclitics(normalize("لجيش")) == "جيش"
    assert strip_proclitics(normalize("برس")) == "برس"   # too short to be ب + stem
    toks = tokenize('كواليس يكشفها لـ "أنا برس"')
    assert [t.text for t in toks] == ["كواليس", "يكشفها", "لـ", "أنا", "برس"]


def test_search_terms_same_for_query_and_index():
    assert search_terms("الغوطه") == search_terms("بالغوطة") == ("غوطه",)
    assert search_terms("بدوما") == search_terms("دوما")


def test_line_key_ignores_digits_and_arabic_punctuation():
    assert line_key("938 مشاهدة") == line_key("1327 مشاهدة")
    assert line_key("حجم الخط:") == line_key("حجم الخط")
    assert line_key("هل هذا صحيح؟") == line_key("هل هذا صحيح")


def test_sentences_keep_abbreviations_and_decimals():
    t = "و قال “ق.م” المنتمي سابقاً للهيئة: إن 3.5 مليون شخص نزحوا. ثم ماذا؟ لا شيء"
    parts = [t[s.start:s.end] for s in split_sentences(t)]
    assert parts[0].endswith("نزحوا.")
    assert "ق.م" in parts[0]
    assert parts[1] == "ثم ماذا؟"


def test_sentences_bound_length_without_punctuation():
    t = "كلمة " * 20000
    spans = split_sentences(t)
    assert spans and max(s.end - s.start for s in spans) <= 600
    assert spans[0].start == 0 and spans[-1].end == len(t.rstrip())


def test_search_text_is_the_joined_search_terms():
    from rasd.text.tokens import _search_terms_reference, search_text

    texts = [
        "", " ", "ل", "و ل ب ف ك", "قال لـ \"أنا برس\" إن والنظام بالغوطة للنظام فبالمدينة وبالمدينة ولله",
        "وال والبا برس لجيش كتاب_العربي x²  ١٢٣ 3.5 emoji 😀 ok", "Café CAFÉ naïve ΑΣ\nβ", "\U00010400\U00010428 word",
        "بدوما\u200fالإٍسلام\tجيـــش\r\nو\n", "\ud800 lone surrogate",
    ]
    for t in texts:
        ref = _search_terms_reference(t)
        assert search_text(t) == " ".join(ref)
        assert search_terms(t) == ref
    assert search_terms("وقال لـ المرصد") == ("قال", "مرصد")


def test_normalize_of_long_text_is_remembered_and_still_exact():
    from rasd.text.normalize import _normalize, remember_normalized

    long_text = "الإٍسلام بالغوطة " * 100
    assert normalize(long_text) == _normalize(long_text)
    assert normalize(long_text) is normalize(long_text)          # a repeat is not recomputed
    lines = ["جيـش الإٍسلام"] * 60
    joined = "\n".join(lines)
    remember_normalized(joined, "\n".join(normalize(x) for x in lines))
    assert normalize(joined) == _normalize(joined)


def test_proclitic_splits_first_letter_shortcut() -> None:
    """proclitic_splits returns early for a word no proclitic sequence starts: the same splits
    as trying every sequence length."""
    from rasd.text.tokens import _BY_LEN, MIN_STEM, PROCLITIC_SET, proclitic_splits

    def every_length(t: str) -> list[tuple[str, str]]:
        return [("", t)] + [(t[:k], t[k:]) for k in _BY_LEN if k <= len(t) - MIN_STEM and t[:k] in PROCLITIC_SET]

    for w in ("", "و", "ال", "والنظام", "بدمشق", "للنظام", "فبالمدينة", "دمشق", "سوريا", "كتائب", "لبنان", "ولل", "abc"):
        assert proclitic_splits(w) == every_length(w), w


def test_sentence_end_lookahead_keeps_the_splits() -> None:
    """The sentence-end pattern tests the punctuation before its lookbehinds: the same spans as
    the lookbehind-first pattern."""
    import re

    import rasd.text.sentences as sentences

    old = re.compile(r"(?<![\u0600-\u06FF]\.[\u0600-\u06FF])(?<!\d)([.!?؟]+|\.\.+)(?=\s|$|[\"”»)])")
    texts = ["قال ق.م. إن 3.5 مرة... هل؟! نعم.\" وقال «لا.» ثم)", "a.b. c..d e!!f g?\nh. .", "...", "."]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for t in texts:
        assert [m.span() for m in sentences._END.finditer(t)] == [m.span() for m in old.finditer(t)]


def test_word_runs_are_the_regex_token_runs() -> None:
    """word_runs (numpy) finds exactly the matches of [^\\W_]+: underscores, marks, digits of
    other scripts, characters beyond the BMP, a lone surrogate, control separators."""
    import re

    from rasd.text.tokens import word_runs

    rx = re.compile(r"[^\W_]+")
    texts = ["", "_", "a_b", "ـ", " ، ", "\U0001F600x\U0001D7D8 y", "\ud800abc", "İstanbul  ,  x", "٣٤ ٥",
             "x\x1cy", "مُحَمَّد والجيش_الحر (سانا) - 2018", "\u200fدمشق\u200f"]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for t in texts:
        ms = list(rx.finditer(t))
        assert word_runs(t) == ([m.start() for m in ms], [m.end() for m in ms], [m.group() for m in ms]), t[:40]


def test_norm_offset_is_bisect_left_on_the_offsets() -> None:
    """norm_offset answers an identity (range) map without bisecting: the same positions as
    bisect_left, on maps that are ranges and maps that are lists, in and out of range."""
    from bisect import bisect_left

    from rasd.text.normalize import norm_offset

    texts = ["قال الرئيس", "مُحَمَّد علي ـ \u200f", "", "ab"]
    texts += [p.read_text(encoding="utf-8")[:3000] for p in sorted(SAMPLES.glob("*.txt"))]
    kinds = set()
    for text in texts:
        _norm, offsets = normalize_with_map(text)
        kinds.add(type(offsets))
        for pos in range(-2, len(text) + 3):
            assert norm_offset(offsets, pos) == bisect_left(offsets, pos), (text[:20], pos)
    assert kinds == {range, list}
    assert norm_offset(range(1, 9), 0) == bisect_left(range(1, 9), 0) == 0
    assert norm_offset(range(0, 9, 2), 5) == bisect_left(range(0, 9, 2), 5) == 3
