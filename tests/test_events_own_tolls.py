"""An event's toll comes from its own telling: a bound between the number and its noun ("ثلاثة على
الأقل من أفراد"), a toll over a period ("منذ بداية الثورة") that a merged telling gives, and a toll told many
sentences away about another happening of the page stay off the event (issue #4: never borrowed)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.extract.counts import find_quantities, sentence_tokens, singular_victim
from rasd.text.numbers import find_numbers


def _qs(text: str) -> list[tuple[str, int, str | None, bool]]:
    toks = sentence_tokens(text, 0, len(text))
    qs = find_quantities(toks, find_numbers(text), clauses=[0] * len(toks))
    return [(q.noun_class, q.value, q.context, q.period) for q in qs]


def test_a_bound_after_the_number_before_its_noun() -> None:
    text = "وذكرت مواقع أن أربعة على الأقل من أفراد الحرس قتلوا في غارة على مواقعهم"
    assert _qs(text) == [("people", 4, "kill", False)]


def test_a_since_of_years_makes_a_period_toll() -> None:
    assert _qs("وقتل نحو 3 آلاف شخص في البلدة منذ بداية الحرب") == [("people", 3000, "kill", True)]
    assert _qs("قتل 200 مدني منذ عام 2012 في المدينة")[0][3]
    # hours of the day are the day's news
    assert _qs("قتل 7 أشخاص منذ صباح اليوم في القصف") == [("people", 7, "kill", False)]


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in actual_events_of(analyse_text(text, "2017-10-10"))]


FILLER = " ".join(f"وتحدث المسؤول عن الوضع الاقتصادي في الجلسة رقم {n} من المؤتمر ." for n in range(4, 9))


def test_a_far_toll_of_another_happening_is_not_borrowed() -> None:
    text = ("سقطت قذائف صاروخية على مدينة كيليس التركية اليوم الأحد . " + FILLER +
            " وجاء ذلك بعد عام على الغارة الدامية على مستشفى والتي أسفرت عن مقتل 42 شخصا .")
    assert _tolls(text) == [None]


def test_a_toll_told_next_to_the_event_is_its_own() -> None:
    text = ("سقطت قذائف صاروخية على مدينة كيليس التركية اليوم الأحد . "
            "وأسفر القصف عن مقتل 3 أشخاص . " + FILLER)
    assert _tolls(text) == [3]


def _one(text: str) -> tuple[str, int] | None:
    toks = sentence_tokens(text, 0, len(text))
    q = singular_victim(toks, find_quantities(toks, find_numbers(text), clauses=[0] * len(toks)))
    return None if q is None else (text[q.start:q.end], q.value)


def test_one_victim_named_by_a_singular_noun() -> None:
    assert _one("أعلنت الحركة مقتل قائدها في غارة على مقرها") == ("قائدها", 1)
    assert _one("مقتل أحد عناصر الشرطة في هجوم") == ("أحد", 1)
    assert _one("استشهاد طفل وإصابة آخرين بقصف على البلدة") == ("طفل", 1)
    # two victims joined, a plural, or a count of dead given: no toll of one
    assert _one("مقتل شاب ووالدته بقصف على المنزل") is None
    assert _one("مقتل المدنيين في القصف") is None
    assert _one("مقتل قيادي في التنظيم مع ستة من مساعديه") is None
    assert _one("مقتل 3 أشخاص بينهم طفل") is None


def test_the_event_codes_its_one_victim() -> None:
    assert _tolls("أعلنت الحركة مقتل قائدها في غارة جوية على مقرها في مدينة إدلب اليوم .") == [1]


def test_oil_wells_and_their_dual() -> None:
    assert _qs("أضرم التنظيم النيران في بئري نفط جنوب المدينة") == [("oil_wells", 2, None, False)]
    assert _qs("وأحرق المسلحون 12 بئر نفط") == [("oil_wells", 12, None, False)]
