"""Kept foreign places whose GeoNames entry has no Arabic name (foreign_places.yaml arabic_names): the
news's spelling is added to the GeoNames place (its point and country stay GeoNames'), read only with a
place cue. Before, "في مدينة شحات شرق ليبيا" found no place and the happening was coded at the country
(judged wrong: the town is named). Fixtures written for the test in the style of wire copy."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.knowledge.gazetteer import default_gazetteer, foreign_rule
from rasd.text.normalize import normalize


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    a = analyse_text(text, "2014-11-10")
    return [(e.location, a.entities[e.location].name_en if e.location in a.entities else None)
            for e in actual_events_of(a)]


def test_a_libyan_town_named_with_its_type_word() -> None:
    rows = _rows("انفجرت سيارتان مفخختان اليوم في مدينة شحات شرق ليبيا أثناء اجتماع وفد حكومي .")
    assert rows == [("gn:7602388", "Shahhat")]


def test_a_pakistani_town_named_with_its_type_word() -> None:
    rows = _rows("قتل خمسة أشخاص في هجوم شنه مسلحون مجهولون اليوم على منزل في مدينة كوهات شمال غرب باكستان .")
    assert [r[0] for r in rows] == ["gn:1173491"]


def test_the_name_alone_is_no_place() -> None:
    # the same letters write a person's name: without a place cue they name no place
    gaz = default_gazetteer()
    assert any(c.id == "gn:7602388" for c in gaz.candidates(normalize("شحات")))
    rows = _rows("قال العميد عبد الفتاح الشحات إن مسلحين قتلوا شرطيا اليوم في مدينة المنيا .")
    assert all(r[0] != "gn:7602388" for r in rows)


def test_every_added_name_is_a_kept_place() -> None:
    gaz = default_gazetteer()
    for gid, names in foreign_rule().arabic_names:
        assert f"gn:{gid}" in gaz.places, gid
        assert names and all(f"gn:{gid}" in {c.id for c in gaz.candidates(normalize(n))} for n in names)
