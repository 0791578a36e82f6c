"""One telling told by two trigger words side by side (merge._merge_one_phrase): "بقصف للطيران الحربي" is a
strike noun and its striker, one happening, even when the first word took the sentence's opening region
("في إدلب ,") and the second the town the strike hit. The row keeps the town told after the phrase. Its
negative twins: two strikes told in two clauses stay two, and a list's places fanned from one trigger stay
each its own row."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

PLACES = {
    "idlib-city": ("إدلب", "Idlib", 35.930, 36.633, "city", "Idlib"),
    "saraqib": ("سراقب", "Saraqib", 35.862, 36.806, "town", "Idlib"),
    "taftanaz": ("تفتناز", "Taftanaz", 35.998, 36.783, "town", "Idlib"),
}

ONE = "في إدلب , أصيبت امرأة ورجل صباح اليوم بقصف للطيران الحربي الروسي على بلدة سراقب بريف إدلب الشرقي .\n"
TWO = ("في إدلب , أصيبت امرأة بقصف للطيران الحربي الروسي على بلدة سراقب , "
       "فيما قتل رجل بقصف مدفعي على بلدة تفتناز .\n")


def _strikes(text: str) -> list[str | None]:
    a = run_with_places(text, syrian_places(PLACES), "2017-12-06")
    return sorted(e.location or "" for e in actual_events(a) if e.event_type == "Explosions/Remote violence")


def test_strike_noun_and_its_striker_are_one_row_at_the_town_hit():
    assert _strikes(ONE) == ["saraqib"]


def test_two_strikes_of_two_clauses_stay_two():
    assert _strikes(TWO) == ["saraqib", "taftanaz"]


# --------------------------------------------------------------------------- the same deed in the same words

GHOUTA = {"eastern-ghouta": ("الغوطة الشرقية", "Eastern Ghouta", 33.52, 36.40, "region", "Rif Dimashq")}
EVAC_LEAD = ("أعلنت اللجنة الدولية للصليب الأحمر صباح الأربعاء أنها بدأت مع الهلال الأحمر بإجلاء الحالات الطبية "
             "الحرجة من الغوطة الشرقية والتي تسيطر عليها فصائل المعارضة المسلحة .\n")
EVAC_AGAIN = ("وكتبت اللجنة في تغريدة : هذه الليلة بدأ الهلال الأحمر إجلاء الحالات الطبية الحرجة من الغوطة "
              "الشرقية .\n")


def _strategic(text: str) -> int:
    a = run_with_places(text, syrian_places(GHOUTA), "2017-12-27")
    return sum(1 for e in actual_events(a) if e.event_type == "Strategic developments")


def test_the_same_deed_and_object_told_again_is_one_row():
    assert _strategic(EVAC_LEAD + EVAC_AGAIN) == 1


def test_words_are_compared_without_their_clitics():
    from rasd.extract.events.merge import _bare_word
    from rasd.text.normalize import normalize

    assert _bare_word(normalize("وبإجلاء")) == _bare_word(normalize("إجلاء"))
    assert _bare_word(normalize("الحالات")) == _bare_word(normalize("حالات"))
    assert _bare_word(normalize("الحالات")) != _bare_word(normalize("الجرحى"))
    assert _bare_word(normalize("بيت")) == normalize("بيت")     # a short word keeps its first letter
