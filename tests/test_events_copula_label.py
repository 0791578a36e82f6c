"""A trigger right after a copula whose subject is a happening's trigger is a label given to that happening, not a
second one (session 27, nonevdup; DUPLICATE row of the judged breadth samples, R-51): IS "قال أن الهجوم العراقي
على أبو كمال هو مذبحة بحق المدنيين" gave the Iraqi attack a name, no massacre of its own. Twins: a massacre told
with its own verb, and an appositive "وهو مجزرة" after a strike (read by the restatement rule as before)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _types(text: str) -> list[str]:
    return [e.event_type for e in actual_events_of(analyse_text(text, "2017-05-16", stages=None))]


def test_a_label_after_the_copula_is_no_second_happening() -> None:
    text = ("أما تنظيم الدولة الإسلامية من جهته فقد قال أن الهجوم العراقي على أبو كمال هو مذبحة بحق المدنيين "
            "( أعماق , 15 أيار / مايو 2017 ) .")
    assert "Violence against civilians" not in _types(text)
    assert "Battles" in _types(text)


def test_a_massacre_told_with_its_own_verb_stays() -> None:
    text = "ارتكب تنظيم الدولة الإسلامية مذبحة بحق المدنيين في مدينة أبو كمال أمس ."
    assert "Violence against civilians" in _types(text)
