"""One named person's home village "X من قرية Y" is not where he was killed (rasd/extract/events/places.py
_person_origin); an arrest "من قرية Y" takes the village (people taken from it). Fixtures written for the test."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

from rasd.extract.events import extract_events
from rasd.records import Analysis, Mention
from rasd.text.normalize import normalize

TOWNS = syrian_places({
    "huweija": ("الحويجة", "al-Huweija", 35.20, 36.40, "town", "Hama"),
    "kafr-sijna": ("كفر سجنة", "Kafr Sijna", 35.55, 36.58, "town", "Idlib"),
})
PERSON = "محمد أحمد الحسن"


def _places(text: str) -> list[str | None]:
    """The actual events' places, with the fixture towns and the one person as mentions (the NER tags him)."""
    a = run_with_places(text, TOWNS, "2016-10-20")
    at = text.find(PERSON)
    person = Mention(at, at + len(PERSON), PERSON, normalize(PERSON), "PERSON", None)
    b = Analysis(doc=a.doc, mentions=sorted([*a.mentions, person], key=lambda m: m.start), entities=a.entities)
    extract_events(b, None)
    return [e.location for e in actual_events(b)]


def test_a_named_persons_home_village_is_not_the_scene() -> None:
    text = "قتل مسلحون مجهولون أمس القيادي محمد أحمد الحسن من قرية الحويجة ."
    assert "huweija" not in _places(text)
    text = 'تم تصفية عدد من الأشخاص أمس بينهم أحد المدراء وهو " محمد أحمد الحسن " من قرية الحويجة .'
    assert "huweija" not in _places(text)


def test_the_scene_told_after_the_home_village() -> None:
    text = "اغتيل أمس القيادي محمد أحمد الحسن من قرية الحويجة بكمين على مداخل قرية كفر سجنة ."
    assert _places(text) == ["kafr-sijna"]


def test_an_arrest_from_a_village_stays_there() -> None:
    text = "اعتقلت قوات النظام أمس الشاب محمد أحمد الحسن من قرية الحويجة ."
    assert _places(text) == ["huweija"]
