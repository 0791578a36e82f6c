"""A town found right behind a place-name prefix that names a place of its own ("تل الريحان": a hill the
gazetteer lacks) is not that town; behind a prefix that names a thing at the town ("حاجز الريحان": a
checkpoint at al-Rihan) it is."""

from __future__ import annotations

from analysed import analyse_text


def _places(text: str, surface: str) -> list[tuple[str | None, list[str]]]:
    a = analyse_text(text, stages=["entities", "places"])
    return [(m.entity_id, m.candidates) for m in a.mentions if m.type == "PLACE" and m.surface == surface]


def test_a_town_behind_a_hill_prefix_is_not_that_town() -> None:
    found = _places("سيطرت القوات على تل الريحان شرق زيلاف في البادية .", "الريحان")
    assert found and all(e is None and "rasd:rihan" in alts for e, alts in found)
    found = _places("سيطرت القوات على تل أسادي وتل دوما .", "دوما")
    assert found and all(e is None for e, _alts in found)


def test_a_town_behind_a_checkpoint_or_alone_stays_the_town() -> None:
    assert _places("استهدف الطيران حاجز الريحان في الغوطة الشرقية .", "الريحان") == [("rasd:rihan", [])]
    assert _places("قصف على بلدة الريحان في الغوطة الشرقية .", "الريحان") == [("rasd:rihan", [])]


def test_a_name_the_gazetteer_holds_with_its_prefix_is_that_place() -> None:
    assert _places("قصف على تل رفعت .", "تل رفعت") == [("rasd:tal-rifaat", [])]
