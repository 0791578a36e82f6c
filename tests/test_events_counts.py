"""What a number in an event's sentence counts: nouns the lexicon names, the numbers one and two
after their noun, duals of people, and a kill verb after the counted people. Sentences from real
unifiedfc articles (lightly shortened)."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

from rasd.extract.counts import find_quantities, sentence_tokens
from rasd.text.numbers import find_numbers


def _counts(text: str) -> list[tuple[int | None, dict[str, int]]]:
    return [(e.fatalities, e.quantities) for e in actual_events_of(analyse_text(text, "2017-10-10"))]


@pytest.mark.parametrize(("text", "fatalities", "quantities"), [
    # the numbers one and two stand after their noun
    ("وأسفرت المواجهات عن سقوط شهيد واحد وأكثر من 180 جريحا في مدينة الخليل أمس الجمعة .",
     1, {"injured": 180}),
    ("مقتل مدنيين اثنين وإصابة آخرين بغارات الطيران الروسي على القورية شرق دير الزور .", 2, {}),
    # a dual of people after a kill word
    ("أطلق الطيران الإسرائيلي صواريخ على موقع عسكري قرب مدينة مصياف بريف حماة , مما أدى إلى وقوع "
     "خسائر مادية ومقتل عنصرين في الموقع .", 2, {}),
    # the kill verb after the counted people, also right after a comma
    ("قال مصدر أمني عراقي , إن 4 مسلحين من تنظيم داعش , قتلوا اليوم الإثنين , بقصف جوي استهدف موقعا "
     "للتنظيم بمحافظة كركوك .", 4, {}),
])
def test_people_counts_read_as_killed(text: str, fatalities: int, quantities: dict[str, int]) -> None:
    assert _counts(text) == [(fatalities, quantities)]


def test_counted_nouns_of_strikes_vehicles_and_protests() -> None:
    strike = ("وقال المتحدث إن قاذفتين من طراز سو - 34 تمكنتا من توجيه 14 ضربة إلى مواقع إرهابيين قرب "
              "بلدة الميادين , ما أدى إلى سقوط 50 قتيلا وتدمير 4 دبابات و 3 مدرعات و 9 سيارات مزودة بأسلحة .")
    values = {v for _f, q in _counts(strike) for v in q.values()}
    assert {14, 4, 3, 9} <= values
    assert _counts("خرجت 39 مظاهرة في إسطنبول انتصارا للقدس عقب صلاة الجمعة .") == [
        (None, {"demonstrations": 39})]


def test_a_kill_verb_of_another_clause_does_not_make_a_toll() -> None:
    # the people counted are wounded; the killing verb belongs to a later clause about others
    text = ("أصيب 3 أطفال بجروح جراء قصف مدفعي على بلدة كفرنبل , فيما قالت مصادر إن مسلحين قتلوا "
            "في اشتباكات قرب المدينة .")
    assert all(f is None for f, _q in _counts(text))


def test_the_nearest_cue_decides_for_a_dual() -> None:
    text = "أعلن مكتب محافظ منطقة كيليس أن شرطيا تركيا قتل الأحد وأصيب جنديان بجروح بينما كانا يحاولان التخلص من قذائف"
    qs = find_quantities(sentence_tokens(text, 0, len(text)), find_numbers(text))
    assert [(q.noun_class, q.value, q.context) for q in qs] == [("fighters", 2, "injury")]


def test_the_nearest_cue_decides_for_a_number() -> None:
    text = "استشهاد أمين شرطة و إصابة 3 جنود في انفجار عبوة بمدرعة قرب العريش"
    qs = find_quantities(sentence_tokens(text, 0, len(text)), find_numbers(text))
    assert [(q.noun_class, q.value, q.context) for q in qs] == [("fighters", 3, "injury")]


def test_killed_and_wounded_together_are_casualties() -> None:
    text = "مقتل وأصابة 27 شخصا في انفجار عبوات ناسفة بمناطق متفرقة من بغداد"
    qs = find_quantities(sentence_tokens(text, 0, len(text)), find_numbers(text))
    assert [(q.noun_class, q.value, q.context) for q in qs] == [("people", 27, "casualty")]


def test_a_toll_told_after_its_happening_joins_it() -> None:
    # the clashes are named again by their word, with the toll and nothing else: one event, its toll kept
    text = ("وفي قطاع غزة , خرج عشرات الشبان إلى المناطق الفاصلة مع القطاع , حيث اندلعت مواجهات مع قوات الاحتلال .\n"
            "وتجمع الشبان في مناطق مختلفة على السياج الفاصل وأطلقوا الحجارة على قوات الاحتلال .\n"
            "وأسفرت المواجهات عن سقوط شهيد واحد وأكثر من 180 جريحا .")
    events = actual_events_of(analyse_text(text, "2017-12-08"))
    assert [(e.fatalities, e.quantities) for e in events] == [(1, {"injured": 180})]
