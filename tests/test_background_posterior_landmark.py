"""A happening named after "قبل" / "قبيل" in a sentence that tells no happening before it is the landmark a
statement is timed by, not news of its own (background._posterior_landmark, event_habitual.yaml posterior_*;
session 41). Kept: a sentence with a toll, an earlier happening, or a day of the telling's own. Written fixtures."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _rows(text: str, published: str = "2017-03-06") -> list[tuple[str, str]]:
    a = analyse_text(text, published, doc_id=f"fixture-{hash(text)}")
    return [(e.event_type, e.date_start) for e in actual_events_of(a)]


def test_a_takeover_a_state_is_timed_by_is_no_event() -> None:
    text = "وقال أحد السكان إن الحكومة أخذت معظم السجلات من المبنى في مدينة الرقة قبل سيطرة الجيش السوري الحر عليه ."
    assert _rows(text) == []


def test_an_onset_a_plan_is_timed_by_is_no_event() -> None:
    text = "وقال الباحث إنه اطلع على خطة الإدارة الأمريكية قبيل بدء معركة الرقة بعدة أسابيع ."
    assert _rows(text) == []


def test_a_toll_keeps_the_takeover() -> None:
    assert _rows("وقتل ثلاثة مدنيين قبل سيطرة قوات النظام على بلدة كفرنبل اليوم .") == [("Battles", "2017-03-06")]


def test_a_day_of_its_own_keeps_the_storming() -> None:
    rows = _rows("وغادر معظم السكان بلدة كفرنبل قبيل اقتحامها من قبل قوات النظام يوم الأحد .")
    assert rows == [("Battles", "2017-03-05")]


def test_an_earlier_happening_in_the_sentence_keeps_the_sequence() -> None:
    rows = _rows("قصفت الطائرات الحربية بلدة كفرنبل صباح اليوم قبل اقتحام الفصائل لها .")
    assert ("Explosions/Remote violence", "2017-03-06") in rows
