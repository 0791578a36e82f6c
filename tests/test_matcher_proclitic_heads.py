"""A name whose normalised first word is a bare article ("إل موندو" -> "ال موندو") is no head word of the fuzzy
fallback: as one it was hit inside every definite word of a text (the automaton's hits, each dropped at the word-end test), for no name."""

from rasd.knowledge.matcher import DictionaryMatcher
from rasd.text.normalize import normalize


def test_article_head_is_no_fuzzy_head() -> None:
    m = DictionaryMatcher([("إل موندو", "el-mundo", "MEDIA"), ("جيش الإسلام", "jaish", "ARMED_GROUP")])
    assert "ال" not in m._fuzzy and "جيش" in m._fuzzy      # the fuzzy fallback's head words
    # the name itself still matches, and a real head word still opens the fuzzy fallback
    assert [x.entries[0].id for x in m.candidates(normalize("نشرت صحيفة إل موندو تقريرا"))] == ["el-mundo"]
    assert [x.entries[0].id for x in m.fuzzy_match(normalize("قال جيش الاسلم ان"))] == ["jaish"]
