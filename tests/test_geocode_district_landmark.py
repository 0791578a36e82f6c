"""Gazetteer homonyms: a district put in a city past a landmark ("حي الزهراء غربي محطة الكهرباء في حمص") is
in that city, as "حي الزهراء بحمص" is: not a namesake elsewhere (the Aleppo town), and the city at the
precision of a part of it."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis


def _places(a: Analysis, surface: str) -> list[tuple[str | None, int | None, list[str]]]:
    return [(m.entity_id, m.geo_precision, m.candidates) for m in a.mentions
            if m.type == "PLACE" and surface in m.surface]


def test_district_put_in_a_city_past_a_landmark_is_that_city() -> None:
    a = analyse_text("قتل أربعة أشخاص بتفجير سيارة مفخخة في حي الزهراء غربي محطة الكهرباء في حمص أمس .",
                     stages=["entities", "places"])
    found = _places(a, "الزهراء")
    assert found
    for entity_id, precision, alts in found:
        e = a.entities.get(entity_id or "")
        assert e is not None and e.admin1 == "Homs" and precision == 2
        assert "rasd:zahraa" in alts          # the Aleppo town, ruled out, listed


def test_a_district_with_no_city_after_the_landmark_keeps_the_old_reading() -> None:
    a = analyse_text("قتل أربعة أشخاص بتفجير سيارة مفخخة في حي الزهراء غربي محطة الكهرباء أمس .",
                     stages=["entities", "places"])
    assert all("rasd:zahraa" not in alts for _e, _p, alts in _places(a, "الزهراء"))
