from rasd.text.normalize import line_key, normalize, normalize_with_map, to_original_span
from rasd.text.sentences import split_sentences
from rasd.text.tokens import search_terms, strip_proclitics, tokenize


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
