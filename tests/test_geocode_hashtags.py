"""A hashtag mark is no word (rasd/knowledge/geocode.py, geocode and _tagged_countryside): forum and social
posts tag names ("إلى بلدة # الغارية بريف # درعا الشرقي"), and the mark stood between a name and the words
that place it. The governorate phrase after a tagged name still rules out a namesake elsewhere, and a
governorate's name tagged after a countryside word is that countryside, not its city. Fixtures written for
the test in the style of the breadth set's forum posts (session 39)."""

from __future__ import annotations

from analysed import analyse_text


def _places(text: str) -> dict[str, str | None]:
    return {m.surface: m.entity_id for m in analyse_text(text).mentions if m.type == "PLACE"}


def test_tagged_governorate_rules_out_a_namesake_in_another_governorate() -> None:
    # the gazetteer's only الغارية lies in al-Suwayda; the text puts this one in Daraa's countryside
    got = _places("وصل المهجرون أمس إلى بلدة # الغارية بريف # درعا الشرقي .")
    assert got.get("الغارية") is None
    untagged = _places("وصل المهجرون أمس إلى بلدة الغارية بريف درعا الشرقي .")
    assert untagged.get("الغارية") is None          # the same reading as without the marks


def test_tagged_name_after_a_countryside_word_is_the_countryside() -> None:
    got = _places("قصف الطيران الحربي قرى جبل التركمان بريف # اللاذقية بالصواريخ .")
    assert got.get("اللاذقية") == "rasd:rif-latakia"
    got = _places("وصل المهجرون أمس إلى بلدة # الغارية بريف # درعا الشرقي .")
    assert got.get("درعا") == "rasd:rif-daraa-east"     # its side read after it


def test_tagged_city_without_a_countryside_word_stays_the_city() -> None:
    got = _places("قصف الطيران الحربي أحياء مدينة # اللاذقية بالصواريخ .")
    assert got.get("اللاذقية") not in (None, "rasd:rif-latakia")
