"""An active participle with the article names people by what they did, not the deed: "تجمع الخارجين من
كفريا" is the gathering of those who had left Kafraya (the bombing that hit it is the happening), so it
makes no exit event of its own at Kafraya; the leaving told by a verb or a verbal noun, or the people who
left counted ("إجمالي عدد الخارجين من الغوطة"), still does.
Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Analysis, Entity

ENT: dict[str, tuple[str, str, float, float, list[str]]] = {
    "aleppo": ("حلب", "town", 36.20, 37.16, ["حلب"]),
    "kafraya": ("كفريا", "town", 35.99, 36.70, ["كفريا"]),
    "foua": ("الفوعة", "town", 35.97, 36.69, ["الفوعة"]),
    "ghouta": ("الغوطة الشرقية", "town", 33.55, 36.40, ["الغوطة الشرقية"]),
}


def _run(text: str) -> Analysis:
    entities = {eid: Entity(eid, "PLACE", name, name, lat=lat, lon=lon, level=level, country="SY")
                for eid, (name, level, lat, lon, _s) in ENT.items()}
    return events_over(text, entities, ((s, eid) for eid, v in ENT.items() for s in v[4]),
                       published="2017-04-15", doc_id="docparticiple", towns_only=True)


def _strategic(a: Analysis) -> list[str | None]:
    return [e.location for e in a.events if e.event_type == "Strategic developments"]


def test_the_people_who_left_are_no_exit_event() -> None:
    a = _run("تفجير في حلب يستهدف تجمع الخارجين من بلدتي كفريا والفوعة وسقوط عشرات القتلى والجرحى .")
    assert _strategic(a) == []
    assert any(e.event_type == "Explosions/Remote violence" for e in a.events)


def test_the_participle_as_subject_is_no_exit_event_either() -> None:
    a = _run("ووصل الخارجون من كفريا إلى حلب مساء اليوم .")
    assert _strategic(a) == []


def test_the_leaving_told_by_its_verbal_noun_stays() -> None:
    a = _run("وبدأ اليوم خروج المدنيين من بلدة كفريا باتجاه حلب .")
    assert _strategic(a)


def test_the_people_who_left_counted_tell_the_leaving() -> None:
    a = _run("وكشفت وزارة الدفاع الروسية عن إجمالي عدد الخارجين من الغوطة الشرقية منذ بدء عمل الممر الإنساني .")
    assert _strategic(a) == ["ghouta"]
