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
