"""A cue governs its clause past a comma when the words after the comma go on with it (a prepositional
complement), not past one that opens a clause of its own (a verb, "و", a cause, a new subject).
Real sentences of the breadth set (session 29, condscope)."""

from __future__ import annotations

from rasd.extract.events.sentences import _regions
from rasd.extract.modality import denial_governs, modality_of, sentence_cues
from rasd.text.tokens import tokenize


def _at(text: str, trigger: str) -> tuple[list, list[int], int]:
    toks = tokenize(text)
    clause, _quote, _paren = _regions(text, toks)
    return toks, clause, next(k for k, t in enumerate(toks) if t.text == trigger)


def _modality(text: str, trigger: str) -> str:
    toks, clause, ti = _at(text, trigger)
    return modality_of(toks, clause, ti, ti + 1)


def _denial(text: str, trigger: str) -> bool:
    toks, clause, ti = _at(text, trigger)
    return denial_governs(toks, clause, ti, sentence_cues(toks))


# alsafahat digest (V-362): the shelling is the protasis's deed, its actors named at length before a comma
WARNING = ('من جهتها حذ رت روسيا , الولايات المتحدة , بأنها سترد في حال قامت قواتها وقوات تنظيم " بي كا كا / ي ب ك '
           '" الحليفة لها , بقصف مواقع النظام السوري مجددا في محافظة ديرالزور شرقي سوريا .')


def test_conditional_reaches_its_complement_past_a_comma() -> None:
    assert _modality(WARNING, "بقصف") == "conditional"


def test_conditional_stops_at_a_new_verb_after_the_comma() -> None:
    # twin: a deed told after the condition, in a clause of its own ("و" + a verb)
    text = ("حذرت روسيا بأنها سترد في حال قامت قوات التحالف بقصف مواقع النظام , وقصفت طائرات التحالف مواقع "
            "النظام في دير الزور أمس .")
    assert _modality(text, "وقصفت") == "actual"


def test_negation_does_not_reach_a_cause_past_a_comma() -> None:
    # twin: "بسبب" asserts what follows; the shelling happened
    text = "لم يتمكن الأهالي من العودة إلى منازلهم , بسبب القصف المستمر على البلدة ."
    assert _modality(text, "القصف") == "actual"


# alsafahat roundup (V-688): an opposition spokesman says the regime fabricates happenings, "such as" the bombings
FABRICATED = ("قال المتحدث الرسمي : بالنسبة لقضية الغوطة فهي ليست جديدة فكل مناسبة مفاوضات وكل استحقاق وكل جولة "
              "كان النظام يختلق حدثا جديدا , كتفجيرات حمص والمفخخات التي كان يصنعها لتضرب معاقله .")


def test_denial_governs_its_examples_past_a_comma() -> None:
    assert _denial(FABRICATED, "والمفخخات")


def test_denial_does_not_govern_a_new_clause_past_a_comma() -> None:
    # twin: the denial's clause ends at the comma; what follows is a deed told with its own verb
    text = "نفت وزارة الدفاع الروسية هذه الأنباء , وقصفت طائراتها مواقع التنظيم في تدمر ."
    assert not _denial(text, "وقصفت")


def test_a_time_adjunct_past_a_comma_is_told() -> None:
    # twin (Al-Alam, V-154): the attempt does not reach the arrests told "at the same time" after the comma
    text = ('كما اندلعت اشتباكات بين الفصيلين في قرية أبلين في جبل الزاوية أثناء محاولة مسلحين من الهيئة إنزال العلم '
            'الأخضر , بالتزامن مع اعتقال النصرة كل عنصر ينتمي ل - " احرار الشام " في القرية .')
    assert _modality(text, "اعتقال") == "actual"
