"""A happening the text tells only by a wide region ("جنوب سوريا") is coded at the country (events stage,
merge._at_country): its ACLED row names the country, no admin unit, geo_precision 3 (rasd/export/acled.py)."""

from __future__ import annotations

from typing import Any

from rasd.export.acled import acled_row


def _event(location: str) -> dict[str, Any]:
    return {"id": "e1", "doc_id": "d1", "event_type": "Explosions/Remote violence",
            "sub_event_type": "Shelling/artillery/missile attack", "actor1": [], "actor2": [], "assoc_actor1": [],
            "assoc_actor2": [], "date_start": "2017-07-18", "date_end": "2017-07-18", "time_precision": 1,
            "location": location, "geo_precision": 3, "fatalities": None, "fatalities_min": False,
            "edited_fields": [], "modality": "actual", "status": "machine", "reviewed_at": None,
            "notes_en": None, "notes_ar": None}


def test_a_country_level_row_names_the_country_and_no_unit() -> None:
    names = {"cc:SY": {"name_ar": "سوريا", "name_en": None, "lat": 35.0, "lon": 38.5, "level": "country",
                       "country": "SY", "admin1": None, "admin2": None, "admin3": None}}
    row = acled_row("r1", [_event("cc:SY")], names, {}, {}, {})
    assert (row["country"], row["location"], row["geo_precision"]) == ("Syria", "Syria", 3)
    assert (row["admin1"], row["admin2"], row["admin3"]) == (None, None, None)
