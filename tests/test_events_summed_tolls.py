"""Counts of dead that add up to the event's toll (issue #4): two counts joined by "و" ("415 مدنيا و 364
مسلحا قتلوا") and a later count marked "others" ("مقتل نحو 20 مسلحا آخرين"). A breakdown ("بينهم"), a
toll told again, and wounded "others" add nothing."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.extract.counts import find_quantities, sentence_tokens
from rasd.text.numbers import find_numbers


def _flags(text: str) -> list[tuple[int, bool, bool]]:
    toks = sentence_tokens(text, 0, len(text))
    qs = find_quantities(toks, find_numbers(text), clauses=[0] * len(toks))
    return [(q.value, q.joined, q.others) for q in qs]


def test_joined_and_others_flags() -> None:
    assert _flags("قتل ما لا يقل عن 40 مدنيا و 12 مسلحا في القصف") == [(40, False, False), (12, True, False)]
    assert _flags("أسفر القصف عن مقتل 7 جنود و3 مدنيين") == [(7, False, False), (3, True, False)]
    assert _flags("أسفرت الغارة عن مقتل نحو 15 مسلحا آخرين") == [(15, False, True)]
    # a breakdown of the toll, or wounded joined to the dead: no part of a sum
    assert _flags("مقتل 10 أشخاص بينهم 4 أطفال") == [(10, False, False), (4, False, False)]
    assert [f[1:] for f in _flags("مقتل 5 مدنيين وإصابة 9 أشخاص آخرين")] == [(False, False), (False, False)]


def _tolls(text: str) -> list[tuple[int | None, dict[str, int]]]:
    return [(e.fatalities, e.quantities) for e in actual_events_of(analyse_text(text, "2017-10-10"))]


def test_joined_counts_of_dead_add_up() -> None:
    tolls = _tolls("قصفت الطائرات الحربية بلدة كفرنبل اليوم مما أسفر عن مقتل 9 مدنيين و 6 مسلحين .")
    assert tolls[0][0] == 15
    assert tolls[0][1].get("killed_part") == 9 and tolls[0][1].get("killed_part_2") == 6


def test_others_killed_later_add_to_the_toll() -> None:
    text = ("قصفت الطائرات الحربية بلدة كفرنبل اليوم مما أسفر عن سقوط 50 قتيلا . "
            "وأضاف أن الطائرات قصفت الموقع للمرة الثانية ، ما أسفر عن مقتل نحو 20 مسلحا آخرين .")
    assert [t[0] for t in _tolls(text)][:1] == [70]


def test_wounded_others_and_a_toll_told_again_add_nothing() -> None:
    assert [t[0] for t in _tolls("قصفت الطائرات الحربية بلدة كفرنبل اليوم مما أسفر عن مقتل 5 مدنيين وإصابة 9 آخرين .")] == [5]
    text = ("قصفت الطائرات الحربية بلدة كفرنبل اليوم مما أسفر عن مقتل 5 مدنيين . "
            "وقال ناشطون إن القصف أدى إلى مقتل 5 أشخاص في البلدة .")
    assert [t[0] for t in _tolls(text)][:1] == [5]


def _named(text: str) -> list[dict[str, int]]:
    return [e.quantities for e in actual_events_of(analyse_text(text, "2017-12-08"))]


def test_protesters_counted() -> None:
    # a person count of a protest names its protesters; one told in a clause of taking part is the march's
    assert _named("وفي مدينة حمص خرج الآلاف في مسيرة احتجاجية شارك فيها نحو ألفي مواطن .")[0].get("protesters") == 2000
    assert _named("تظاهر 500 متظاهر في ساحة المدينة في حمص اليوم تنديدا بالقرار .")[0].get("protesters") == 500
    # dead protesters are a toll like any other
    toks_text = "أطلقت قوات الأمن النار على مظاهرة في حمص اليوم ما أدى إلى مقتل 3 متظاهرين ."
    assert [e.fatalities for e in actual_events_of(analyse_text(toks_text, "2017-12-08"))][:1] == [3]



def test_a_protest_told_by_a_verb_of_leaving_counts_protesters() -> None:
    qs = _named("وفي مدينة حمص ( وسط ) , خرج الآلاف في مسيرة انطلقت من مقر النقابة شارك فيها نحو ألفي مواطن .")
    assert qs and qs[0].get("protesters") == 2000 and "people_left" not in qs[0]


def test_wounded_by_an_active_verb_are_no_toll() -> None:
    toks_text = "وقال المتحدث إن قوات الأمن استخدمت السلاح وقتلت خمسة وأصابت نحو 80 محتجا ."
    toks = sentence_tokens(toks_text, 0, len(toks_text))
    qs = find_quantities(toks, find_numbers(toks_text), clauses=[0] * len(toks))
    assert [(q.value, q.context) for q in qs] == [(80, "injury")]
