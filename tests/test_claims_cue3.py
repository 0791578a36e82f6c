"""What is a claim, round 3: after a relative "ما" the verb's subject follows it at once; a name further on
is the object's, and the sentence is the page's own inference (sentences written for these tests)."""

from __future__ import annotations

from analysed import claims_of


def _speakers(text: str) -> list[str]:
    return [c.speaker_text for c in claims_of(text)]


def test_name_in_the_object_is_no_speaker() -> None:
    # "which shows the organisation's aim": the organisation is the object's genitive, nobody speaks
    text = "وقعت تفجيرات جديدة في المدينة مما يوضح هدف تنظيم الدولة الإسلامية في نشر الفوضى في المنطقة ."
    assert _speakers(text) == []


def test_name_after_a_preposition_is_no_speaker() -> None:
    text = "وصلت قوات جديدة إلى الحدود وهو ما يشير إلى رغبة روسيا في توسيع نفوذها ."
    assert _speakers(text) == []


def test_bima_clause_is_no_claim() -> None:
    # "بما يوضح": "in a way that shows", the page's own inference
    text = "سنعرض الصورة بشكل أكبر بما يوضح دور المقاتل في مختلف الأسلحة ."
    assert _speakers(text) == []


def test_subject_right_after_the_verb_still_speaks() -> None:
    text = "قتل خمسة مدنيين في قصف على المدينة بحسب ما أفاد المرصد السوري لحقوق الإنسان ."
    assert any("المرصد" in s for s in _speakers(text))


def test_subject_after_the_pronoun_preposition_still_speaks() -> None:
    text = "سقط عشرة قتلى في الهجوم وفق ما أفاد به مركز حمص الإعلامي ."
    assert any("مركز حمص" in s for s in _speakers(text))


def test_verbal_noun_after_a_preposition_is_no_claim() -> None:
    # "did not come to mention the formula": ذكر is a noun after على, nothing is reported
    text = "تحدث الوزير طويلا عن الاقتصاد لكنه لم يأت على ذكر الصيغة الممكنة للحل ."
    assert not any(c.cue == "ذكر" for c in claims_of(text))


def test_verbal_noun_after_adam_is_no_claim() -> None:
    text = "وقال مسؤول في المعارضة طلب عدم نشر اسمه إن المقاتلين انسحبوا من البلدة ."
    assert not any(c.cue == "نشر" for c in claims_of(text))


def test_verbal_noun_with_content_still_reports() -> None:
    # "in Khamenei's description of the president as ...": the noun with a content clause is a claim
    text = "ويبدو ذلك واضحا في وصف خامنئي للرئيس المخلوع بأنه كان خادما للغرب ."
    assert any(c.cue == "وصف" and "خامنئي" in c.speaker_text for c in claims_of(text))


def test_verb_after_a_punctuated_preposition_still_reports() -> None:
    # a page's "نشرت في | قال X": the preposition belongs to the boilerplate before the bar
    text = "نشرت في , , | قال الأمين العام للأمم المتحدة إن الاتجار بالأشخاص مشكلة عالمية ."
    assert any(c.cue == "قال" for c in claims_of(text))
