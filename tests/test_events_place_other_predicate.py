"""A place told in another clause, where a verb opens a happening of its own, is that happening's place:
an event whose own clause names none does not take it (nor the page's main place in its stead).
Fixtures written for the test (session 21, task "items": brsample5 rows 163 and 190 show the shape)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

DAY = "2017-12-04"


def _places(text: str, event_type: str) -> set[str | None]:
    return {e.location for e in actual_events_of(analyse_text(text, DAY), event_type)}


def test_clashes_do_not_take_the_place_of_a_strike_told_by_another_verb() -> None:
    # the clashes name no place; Morek is where the jets struck ("في حين قصفت")
    text = ("اندلعت اشتباكات عنيفة بين الفصائل وقوات النظام يوم الأحد , في حين قصفت الطائرات الحربية بلدة مورك "
            "في ريف حماة الشمالي .")
    assert "rasd:morek" not in _places(text, "Battles")
    # the strike keeps its own place
    assert _places(text, "Explosions/Remote violence") == {"rasd:morek"}


def test_strikes_do_not_take_the_place_of_a_takeover_told_by_another_verb() -> None:
    text = ("شنت الطائرات الحربية الروسية غارات جوية عنيفة يوم الأحد , فيما سيطرت قوات النظام على بلدة مورك "
            "في ريف حماة الشمالي .")
    assert "rasd:morek" not in _places(text, "Explosions/Remote violence")
    assert _places(text, "Battles") == {"rasd:morek"}


def test_a_protest_does_not_take_the_place_of_arrests_told_by_another_verb() -> None:
    text = "تظاهر المئات يوم الجمعة للمطالبة بالإفراج عن المعتقلين , فيما اعتقلت قوات الأمن عشرات الناشطين في مدينة حمص ."
    assert _places(text, "Protests") == set()
    assert len(_places(text, "Strategic developments")) == 1


def test_deaths_take_the_place_of_the_strikes_that_caused_them() -> None:
    text = "لقي 12 شخصا مصرعهم يوم الأحد , في غارات شنتها الطائرات الحربية على بلدة مورك في ريف حماة الشمالي ."
    assert _places(text, "Explosions/Remote violence") == {"rasd:morek"}


def test_a_cause_clause_told_by_a_noun_still_places_the_deaths() -> None:
    # "جراء قصف": the shelling is the deaths' cause (a verbal noun, no predicate of its own)
    text = "قتل خمسة مدنيين يوم الأحد , جراء قصف مدفعي على بلدة مورك في ريف حماة الشمالي ."
    assert _places(text, "Explosions/Remote violence") == {"rasd:morek"}


def test_the_place_before_the_other_verb_stays_the_events() -> None:
    # the place stands before the second verb, not after it: both happenings are at Morek
    text = "قصفت الطائرات الحربية بلدة مورك في ريف حماة الشمالي يوم الأحد , واندلعت اشتباكات عنيفة في محيطها ."
    assert _places(text, "Explosions/Remote violence") == {"rasd:morek"}


def test_a_fronted_frame_places_every_clause_after_it() -> None:
    text = "وفي بلدة مورك بريف حماة , قصفت الطائرات الحربية مواقع الفصائل يوم الأحد , واندلعت اشتباكات عنيفة ."
    assert _places(text, "Explosions/Remote violence") == {"rasd:morek"}
