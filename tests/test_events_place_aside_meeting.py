"""Two frames of the place clause (places._continues_clause, places._speech_place). A comma aside of a
direction and a name (", غرب العراق ,") no longer cuts the trigger's "في X" after it off its clause, so the
victims' home ("من مناطق غربي الأنبار") no longer wins over where they were executed. And the place of a
meeting ("خلال استقباله ... في القدس أكد") is a speaker's place, like "قال في X إن": what the host said
there happened elsewhere. Fixtures written for the test in the style of wire copy."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text


def _places(text: str) -> list[str | None]:
    a = analyse_text(text, "2017-05-23")
    return [a.entities[e.location].name_en if e.location in a.entities else None for e in actual_events_of(a)]


@pytest.mark.parametrize(("text", "place"), [
    ("أعدم داعش مواطنين اثنين من مناطق غربي الأنبار , غرب العراق , في مدينة البوكمال أمس .", "Albu Kamal"),
    ("وقال المصدر إن داعش أقدم على إعدام مواطنين عراقيين من مناطق غربي الأنبار , غرب العراق , في مدينة "
     "البوكمال التابعة لمحافظة دير الزور أمس .", "Albu Kamal"),
])
def test_the_place_after_a_direction_aside_is_the_triggers(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_a_conjunction_after_the_aside_opens_another_clause() -> None:
    assert _places("قصفت الطائرات مواقع قرب الرقة , شرق سوريا , في حين قتل مدنيون في مدينة دوما أمس .") \
        == ["Ar Raqqah", "Douma"]


@pytest.mark.parametrize(("text", "place"), [
    ("وخلال اجتماعه مع الوفد في بيروت أكد الوزير أن الطائرات قصفت مدينة صعدة أمس .", "Sa'dah"),
    ("وخلال استقباله صباح اليوم وزير الدفاع الأمريكي في القدس أكد رئيس الوزراء تبني تنظيم داعش المسؤولية عن "
     "الاعتداء الإرهابي الذي ارتكب وسط باريس الليلة الماضية وأدى إلى مقتل شرطي .", "Paris"),
])
def test_a_meeting_place_is_the_speakers(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("وخلال لقائه الوفد في بيروت أمس سقطت قذيفة على مقر الحكومة وقتلت حارسين .", "Beirut"),
    ("أثناء لقائه بالمحافظ في مدينة حلب قتل ثلاثة عناصر من الشرطة بانفجار عبوة ناسفة .", "Aleppo"),
])
def test_a_meeting_place_with_no_saying_after_it_is_kept(text: str, place: str) -> None:
    assert _places(text) == [place]
