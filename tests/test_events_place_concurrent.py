"""Two happenings told at one time ("بالتزامن مع", "تزامنا مع", "وتزامنت X مع Y") each keep their own place
(session 35, PLACE_OTHER rows of the breadth samples; rasd/extract/events/places.py _concurrent_place):

- a place told after "مع" and the other happening's word is that happening's, not the trigger's;
- the happening told beside ("... بالتزامن مع اشتباكات") keeps its own place, and the first one's when it
  names none (they share their ground as often as not);
- each happening's own place is kept.

Fixtures written for the test in the corpus's pre-tokenised style."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

TOWNS = syrian_places({
    "maskanah": ("مسكنة", "Maskanah", 35.96, 38.03, "town", "Aleppo"),
    "saraqib": ("سراقب", "Saraqib", 35.86, 36.80, "town", "Idlib"),
    "binnish": ("بنش", "Binnish", 35.95, 36.71, "town", "Idlib"),
    "douma": ("دوما", "Douma", 33.57, 36.40, "town", "Rif Dimashq"),
    "harasta": ("حرستا", "Harasta", 33.56, 36.37, "town", "Rif Dimashq"),
})


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location)
            for e in actual_events(run_with_places(text, TOWNS, "2017-05-21", syrian=True))]


def test_a_place_after_the_concurrent_happening_is_its_own() -> None:
    text = ("اندلعت اليوم اشتباكات عنيفة بين تنظيم الدولة وقوات النظام في ريف حلب , تزامنا مع غارات روسية "
            "على مدينة مسكنة .")
    evs = _events(text)
    assert ("Battles", "maskanah") not in evs
    assert any(t.startswith("Explosions") and loc == "maskanah" for t, loc in evs)


def test_the_happening_told_beside_keeps_its_own_place() -> None:
    text = ("بدأت قوات النظام اليوم عملية عسكرية في مدينة حرستا , بالتزامن مع غارات جوية على مواقع المسلحين "
            "في مدينة دوما .")
    evs = _events(text)
    assert not any(t.startswith("Explosions") and loc == "harasta" for t, loc in evs)
    assert any(t.startswith("Explosions") and loc == "douma" for t, loc in evs)


def test_coinciding_raids_do_not_take_the_clash_place() -> None:
    text = ("شنت الطائرات الروسية اليوم غارات على بلدة سراقب , وتزامنت الغارات مع اشتباكات عنيفة بين الفصائل "
            "وقوات النظام قرب بلدة بنش .")
    evs = _events(text)
    assert not any(t.startswith("Explosions") and loc == "binnish" for t, loc in evs)
    assert any(t.startswith("Explosions") and loc == "saraqib" for t, loc in evs)


def test_a_strike_with_no_concurrence_keeps_its_place() -> None:
    text = "شنت الطائرات الروسية اليوم غارات على بلدة سراقب مع اشتداد المعارك في ريف إدلب ."
    evs = _events(text)
    assert any(t.startswith("Explosions") and loc == "saraqib" for t, loc in evs)


def test_a_clash_told_beside_a_shelling_keeps_the_shelled_town() -> None:
    text = ("استهدف قصف مدفعي لقوات النظام اليوم مدينة حرستا وأطرافها , بالتزامن مع اشتباكات بين الفصائل وقوات "
            "النظام على جبهة المحاذية للمدينة .")
    evs = _events(text)
    assert ("Battles", "harasta") in evs

