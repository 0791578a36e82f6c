"""A bare "وقفة" (a vigil, a sit-in) is a protest when an organising verb before it makes it the thing held
("نظم أهالي البلدة اليوم وقفة أمام مبنى المحافظة"); alone it is a pause or a look ("ووقفة أمام الأزمة
الأخيرة", a teaser line) and no event. "وقفة احتجاجية" was already a protest phrase."""

from __future__ import annotations

from rasd.records import Document, Event, Published


def _protests(text: str) -> list[Event]:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2019-03-12", precision="day")))
    return [e for e in a.events if e.event_type == "Protests"]


def test_organised_vigil_is_a_protest() -> None:
    evs = _protests("نظم أهالي المعتقلين , اليوم , وقفة أمام مبنى المحافظة في مدينة طنطا للمطالبة بالإفراج عنهم .")
    assert len(evs) == 1
    assert evs[0].date_start == "2019-03-12"


def test_vigil_held_by_a_named_party_far_from_its_verb() -> None:
    evs = _protests("وأقامت نقابة المعلمين ( أكبر نقابة مهنية في الأردن ) أمس وقفة أمام مقرها في مدينة إربد تنديدا بالقرار .")
    assert len(evs) == 1


def test_pause_before_a_crisis_is_no_protest() -> None:
    assert _protests("قراءة في المشهد السياسي ووقفة أمام الأزمة الأخيرة في مدينة طنطا أمس .") == []


def test_stand_without_an_organising_verb_is_no_protest() -> None:
    assert _protests("دعا الكاتب إلى وقفة جادة مع الذات في مدينة طنطا أمس بعد الأحداث الأخيرة .") == []
