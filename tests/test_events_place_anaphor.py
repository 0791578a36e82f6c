"""A happening placed "في المنطقة ذاتها" / "في ذات المنطقة" (the same area) is at the place of the
happening told just before (rasd/data/lexicons/event_triggers.yaml, place_anaphor_*), not merged
into another strike of the page far away nor left placeless; not when that place is a country,
when the phrase is far from the trigger (the source's whereabouts), or without a locative
preposition. Sentences in the corpus's pre-tokenised style (a round-up of the day, session 9)."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

PLACES = {
    "rif-homs-east": ("ريف حمص الشرقي", "Eastern Homs countryside", 34.600, 37.600, "region", "Homs"),
    "arbin": ("عربين", "Arbin", 33.540, 36.370, "town", "Rif Dimashq"),
}

HEAD = ("شن الطيران الحربي غارات على مواقع مسلحي جبهة النصرة في منطقة عربين . "
        "سيطر الجيش السوري على تلال في ريف حمص الشرقي إثر اشتباكات مع مسلحي تنظيم داعش . ")


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "2017-02-07", syrian=True)


def _strikes(a: Analysis) -> list[tuple[str | None, int]]:
    return sorted((e.location, e.evidence.start) for e in actual_events(a) if e.sub_event_type == "Air/drone strike")


@pytest.mark.parametrize("tail", [
    "وقد شنت الطائرات الحربية الروسية غارات على تجمعات المسلحين في المنطقة ذاتها .",
    "وقد شنت الطائرات الحربية الروسية غارات على تجمعات المسلحين في ذات المنطقة .",
    "وقد شنت الطائرات الحربية الروسية غارات على تجمعات المسلحين بالمنطقة نفسها .",
])
def test_same_area_is_the_place_told_before(tail: str) -> None:
    a = _run(HEAD + tail)
    strikes = _strikes(a)
    # two strikes: Arbin's, and the one "in the same area" at the eastern Homs countryside
    assert [loc for loc, _ in strikes] == ["arbin", "rif-homs-east"], strikes
    later = max(strikes, key=lambda x: x[1])
    assert later[1] >= len(HEAD)
    ev = next(e for e in actual_events(a) if e.location == "rif-homs-east" and e.sub_event_type == "Air/drone strike")
    # the location's evidence is the place's name where it was told
    s, e = ev.field_evidence["location"]
    assert a.doc.text[s:e] == "ريف حمص الشرقي"


@pytest.mark.parametrize("tail", [
    # no "same area": the placeless strike is the Arbin strike retold (merged), as before
    "وقد شنت الطائرات الحربية الروسية غارات على تجمعات المسلحين .",
    # the phrase far from the trigger, about the source's whereabouts
    ("وقد شنت الطائرات الحربية الروسية غارات على تجمعات المسلحين وفق ما قاله عدد من الناشطين الإعلاميين الذين "
     "يقيمون في المنطقة ذاتها ."),
])
def test_no_same_area_no_borrowed_place(tail: str) -> None:
    strikes = _strikes(_run(HEAD + tail))
    assert "rif-homs-east" not in [loc for loc, _ in strikes], strikes


def test_a_country_is_no_same_place() -> None:
    # the last place told is a country: "the same area" is not the whole country
    text = "تظاهر مئات في سوريا أمس . وشنت الطائرات الحربية غارات على تجمعات المسلحين في المنطقة ذاتها ."
    country = {"cc:SY": ("سوريا", "Syria", 35.0, 38.0, "country", "")}
    a = run_with_places(text, syrian_places(country), "2017-02-07", syrian=True)
    assert any(e.location == "cc:SY" for e in actual_events(a) if e.event_type == "Protests")
    strikes = [e for e in a.events if e.event_type == "Explosions/Remote violence"]
    assert all(e.location != "cc:SY" for e in strikes), [(e.location, e.field_evidence) for e in strikes]
