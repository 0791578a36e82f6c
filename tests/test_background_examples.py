"""A happening named after "مثل" that follows a plural happening noun of its sentence ("بعض المجازر التي ارتكبها
النظام مثل مجزرة ...") is an example of the class the sentence speaks of, not a happening the page reports
(background._example_listed, event_habitual.yaml example_*). The same happening told as news keeps its row
(session 44; written fixtures on the pattern of the judged breadth rows)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

_HEAD = "الخميس 9 حزيران 2016 | 10 : 25 مساء بتوقيت دمشق - "


def _subs(text: str) -> list[str]:
    a = analyse_text(_HEAD + text, "unknown", doc_id=f"fixture-{hash(text)}")
    return sorted(e.sub_event_type for e in actual_events_of(a))


def test_examples_of_a_class_of_happenings_are_background() -> None:
    text = ("وقالت المنظمة إن تقريرها يوثق بعض الهجمات التي نفذتها الطائرات الحربية في سوريا مثل الغارة على سوق "
            "مدينة دوما في 12 آذار 2015 , وكذلك القصف على مدينة حمص في 3 أيار 2015 .")
    assert _subs(text) == []


def test_a_happening_told_as_news_is_kept() -> None:
    text = "قصفت الطائرات الحربية اليوم سوق مدينة دوما مما أدى إلى مقتل 5 مدنيين ."
    assert _subs(text) == ["Air/drone strike"]
