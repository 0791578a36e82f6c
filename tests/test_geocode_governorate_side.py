"""A side of a governorate told after a name ("قرية X شمال ريف حلب", "بلدة X في ريف حلب الشمالي"): among
namesakes in the governorate the one on that side is meant; a lone namesake on another side is kept (rasd.knowledge.geocode.Located.bearing with a governorate, _on_governorate_side). Default gazetteer:
قباسين has two Aleppo namesakes east of the countryside's centre, gn:166285 (36.43 N 37.57 E, also
north of it) and gn:168061 (36.31 N 38.16 E, not north of it); الدانا one Idlib place, gn:174259 (36.21 N, north of Idlib)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.knowledge.gazetteer import load_gazetteer
from rasd.knowledge.geocode import Located, _on_governorate_side

NORTH, EAST = "gn:166285", "gn:168061"
DANA = "gn:174259"


def _place_of(text: str, surface: str) -> str | None:
    a = analyse_text(text, "2017-08-09", stages=["entities", "places"])
    got = [m.entity_id for m in a.mentions if m.type == "PLACE" and surface in text[m.start:m.end]]
    assert got, surface
    return got[0]


def test_the_namesake_on_the_told_side_of_the_countryside() -> None:
    assert _place_of("قصف الطيران الحربي قرية قباسين شمال ريف حلب .", "قباسين") == NORTH
    assert _place_of("قصف الطيران الحربي قرية قباسين شمال محافظة حلب .", "قباسين") == NORTH


def test_the_side_told_as_an_adjective_after_the_governorate() -> None:
    assert _place_of("قصف الطيران الحربي قرية قباسين في ريف حلب الشمالي .", "قباسين") == NORTH


def test_a_lone_namesake_on_another_side_is_kept() -> None:
    # a countryside's sides are loose regions ("مراط بريف دير الزور الشرقي" lies north-west of its centre):
    # the side chooses among namesakes, it does not rule the only one out
    assert _place_of("قصفت طائرات التحالف موقعين في قرية الدانا شمال ريف إدلب .", "الدانا") == DANA
    assert _place_of("قصفت طائرات التحالف موقعين في قرية الدانا جنوب ريف إدلب .", "الدانا") == DANA


def test_side_check_reads_the_compass_from_the_countryside_centre() -> None:
    gaz = load_gazetteer()
    north, east = gaz.places[NORTH], gaz.places[EAST]
    assert _on_governorate_side(north, "Aleppo", ("north",), gaz)
    assert not _on_governorate_side(east, "Aleppo", ("north",), gaz)
    assert _on_governorate_side(east, "Aleppo", ("east",), gaz) and _on_governorate_side(north, "Aleppo", ("east",), gaz)
    assert not _on_governorate_side(north, "Aleppo", ("west",), gaz)
    assert _on_governorate_side(east, "Aleppo", (), gaz)        # no side told: any side
    told = Located(admin1="Aleppo", bearing=("north",))
    assert told.holds(north, gaz) and not told.holds(east, gaz) and told.holds(east, gaz, toward=False)
    assert not told.off_side([north, east], gaz)                 # a side of a governorate rules none out
    assert Located(admin1="Aleppo").holds(east, gaz)             # in the governorate, no side told


def test_a_whole_surface_entry_off_the_side_yields_to_the_name_on_it() -> None:
    # an imported list may hold "قرية X" (with its type word) for a village on one side of the governorate
    # while the bare name X has a namesake on the told side: "قرية X شمال ريف إدلب" is that namesake
    from rasd.knowledge.gazetteer import RANK_IMPORTED, default_gazetteer
    from rasd.knowledge.geocode import GeoContext, geocode_mention
    from rasd.records import Entity

    gaz = default_gazetteer()
    south = Entity(id="test:dana-village", type="PLACE", name_ar="قرية الدانا", lat=35.70, lon=36.69,
                   country="SY", admin1="Idlib", level="neighbourhood")
    gaz.add(south, RANK_IMPORTED, merge=False)
    ctx = GeoContext(place_cue=True, admin1={"Idlib"}, located=Located(admin1="Idlib", bearing=("north",)))
    place, _prec, _alts = geocode_mention("قرية الدانا", ctx, gaz)
    assert place is not None and place.id == DANA
    ctx = GeoContext(place_cue=True, admin1={"Idlib"}, located=Located(admin1="Idlib", bearing=("south",)))
    place, _prec, _alts = geocode_mention("قرية الدانا", ctx, gaz)
    assert place is not None and place.id == "test:dana-village"
    ctx = GeoContext(place_cue=True, admin1={"Idlib"}, located=Located(admin1="Idlib"))
    place, _prec, _alts = geocode_mention("قرية الدانا", ctx, gaz)
    assert place is not None and place.id == "test:dana-village"     # no side told: the whole surface


def test_the_told_side_holds_for_the_same_words_again_on_the_page() -> None:
    # an imported "قرية الدانا" south of Idlib: the page tells the north side once, and names the village again
    # with no side told (a feed's glued item): the same northern village both times
    from rasd.knowledge.gazetteer import RANK_IMPORTED, default_gazetteer
    from rasd.knowledge.resources import Resources
    from rasd.pipeline import analyse
    from rasd.records import Document, Entity, Published

    gaz = default_gazetteer()     # a fresh copy: the cached one is shared
    gaz.add(Entity(id="test:dana-village", type="PLACE", name_ar="قرية الدانا", lat=35.70, lon=36.69,
                   country="SY", admin1="Idlib", level="neighbourhood"), RANK_IMPORTED, merge=False)
    gaz.build_indexes()
    res = Resources()
    res.__dict__["gazetteer"] = gaz      # (the cached property's slot)
    text = ("تطير الطائرات المسيرة فوق قرية الدانا منذ الصباح .\n"
            "طائرات التحالف الدولي تضرب موقعين في قرية الدانا شمال ريف إدلب .")
    a = analyse(Document(id="dana", source="dana.txt", text=text, published=Published("2017-08-09", "day")), res)
    got = [m.entity_id for m in a.mentions if m.type == "PLACE" and "الدانا" in text[m.start:m.end]]
    assert got == [DANA, DANA]
    alone = analyse(Document(id="dana1", source="dana1.txt", text=text.split("\n")[0],
                             published=Published("2017-08-09", "day")), res)
    assert [m.entity_id for m in alone.mentions if m.type == "PLACE"] == ["test:dana-village"]
