"""A speaker's place is no place of what he reports (places._find_place, the speech swap): when the content
names a struck place abroad ("الغارات التي استهدفت مدينة صعدة", "غارات على الحديدة"), that place is the
happening's, though a place abroad otherwise locates an event only as "في X". Before, the place abroad was
left out and the speaker's city (Tehran, Beirut) stayed. A construct's owner ("طيران واشنطن") is still no
place. Also the bare spelling "بوكمال" of Albu Kamal (towns_extra.yaml). Fixtures written for the test in
the style of wire copy."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text


def _places(text: str) -> list[str | None]:
    a = analyse_text(text, "2017-04-21")
    return [a.entities[e.location].name_en if e.location in a.entities else None for e in actual_events_of(a)]


@pytest.mark.parametrize(("text", "place"), [
    ("قال وزير الخارجية خلال مؤتمر صحفي في طهران إن الغارات التي استهدفت مدينة صعدة أمس أدت إلى مقتل عشرة "
     "مدنيين .", "Sa'dah"),
    ("قال المتحدث في بيروت إن طائرات التحالف شنت غارات على مدينة صعدة شمال اليمن أمس .", "Sa'dah"),
    ("قال المتحدث في بيروت إن الطائرات قصفت مدينة الحديدة أمس .", "Al Ḩudaydah"),
])
def test_the_struck_place_abroad_not_the_speakers_city(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_a_construct_owner_abroad_stays_no_place() -> None:
    assert _places("قال المتحدث باسم الحركة في بيروت إن طيران واشنطن قصف مواقع الحركة أمس .") == ["Beirut"]


def test_a_place_of_the_theatre_is_read_as_before() -> None:
    assert _places("قال وزير الخارجية في موسكو إن الطائرات قصفت مدينة إدلب أمس .") == ["Idlib"]


def test_albu_kamal_without_its_article() -> None:
    assert _places("غارة جوية إستهدفت مجمعا سكنيا في بوكمال في الريف الشرقي وقتلت العديد من المدنيين أمس .") \
        == ["Albu Kamal"]
