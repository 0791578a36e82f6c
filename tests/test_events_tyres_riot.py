"""Events stage: a march that burns tyres is a violent demonstration (ACLED Riots), as the ACLED codebook
codes demonstrators burning tyres; a march told without them stays a peaceful protest, and tyres told
sentences away type nothing. Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from test_events import run_with_places

from rasd.records import Analysis, Entity, Event

PLACES = [Entity("sanaa", "PLACE", "صنعاء", "Sanaa", lat=15.355, lon=44.206, level="town", country="YE", admin1="Sanaa"),
          Entity("aden", "PLACE", "عدن", "Aden", lat=12.779, lon=45.037, level="town", country="YE", admin1="Aden")]


def _crowds(text: str) -> list[Event]:
    a: Analysis = run_with_places(text, PLACES, "2011-12-25")
    return [e for e in a.events if e.event_type in ("Protests", "Riots") and e.modality == "actual"]


def test_a_march_burning_tyres_is_a_violent_demonstration() -> None:
    found = _crowds("شهدت مدينة عدن اليوم السبت مسيرة غاضبة وإحراق إطارات مطاطية احتجاجا على القرار .\n")
    assert [(e.event_type, e.sub_event_type, e.location) for e in found] == [
        ("Riots", "Violent demonstration", "aden")]


def test_a_march_without_tyres_stays_peaceful() -> None:
    found = _crowds("شهدت مدينة عدن اليوم السبت مسيرة غاضبة رفع فيها المشاركون الأعلام احتجاجا على القرار .\n")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Peaceful protest")]


def test_tyres_told_in_another_sentence_type_nothing() -> None:
    found = _crowds("شهدت مدينة عدن اليوم السبت مسيرة حاشدة رفع فيها المشاركون الأعلام احتجاجا على القرار .\n"
                    "وفي سياق آخر ارتفعت أسعار الإطارات في الأسواق .\n")
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Peaceful protest")]
