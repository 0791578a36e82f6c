"""A call named with its caller's pronoun ("إثر دعوته للتظاهر") is a call, not the protest called for; a happening
said to be made up ("كان النظام يختلق حدثا جديدا , كتفجيرات حمص") is a denied report (session 27, nonevdup;
NONEVENT rows of the judged breadth samples, V-531 and V-688). Twins: a protest told after a call, the made-up
claim's own sentence kept apart from a bombing told on its own."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text, modality_at

SENTENCE = ("حكمت محكمة الجزاء في الحسكة بتاريخ 18 كانون الأول ( ديسمبر ) 2011 على عبد الرحمن رشاد حمي بالسجن شهرا "
            "واحدا إثر دعوته للتظاهر ضد النظام .")


def test_a_call_with_its_callers_pronoun_is_no_protest() -> None:
    assert not actual_events_of(analyse_text(SENTENCE, "2011-12-30", stages=None), "Protests")


def test_a_protest_told_after_a_call_is_told() -> None:
    text = "خرج مئات المتظاهرين في مدينة الحسكة أمس تلبية لدعوة التنسيقيات للتظاهر ضد النظام ."
    assert actual_events_of(analyse_text(text, "2011-12-30", stages=None), "Protests")


def test_a_made_up_happening_is_denied() -> None:
    text = "قال المتحدث : كان النظام يختلق حدثا جديدا , كتفجيرات حمص والمفخخات التي كان يصنعها لتضرب معاقله ."
    assert modality_at(text, "كتفجيرات") == "denied-only"


def test_a_bombing_told_without_a_fabrication_word_is_actual() -> None:
    text = "قال المتحدث : هز تفجير بسيارة مفخخة حي الزهراء في مدينة حمص أمس ."
    assert modality_at(text, "تفجير") == "actual"
