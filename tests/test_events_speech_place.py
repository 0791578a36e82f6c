"""Where a speaker said what a sentence reports ("واعلن في بغداد اليوم عن ...", "قالت الحكومة في أنقرة إن")
yields to a place of the reported content as near the trigger (places._speech_place)."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Entity

ENT = {
    "baghdad": Entity("baghdad", "PLACE", "بغداد", "بغداد", lat=33.34, lon=44.40, level="town", country="SY"),
    "kirkuk": Entity("kirkuk", "PLACE", "كركوك", "كركوك", lat=35.47, lon=44.39, level="town", country="SY"),
    "rai": Entity("rai", "PLACE", "الراعي", "الراعي", lat=36.55, lon=37.50, level="town", country="SY"),
}
SURFACES = [("بغداد", "baghdad"), ("كركوك", "kirkuk"), ("الراعي", "rai")]


def _places(text: str) -> list[str | None]:
    return [e.location for e in events_over(text, ENT, SURFACES, "2017-08-18").events]


def test_the_place_of_an_announcement_yields_to_the_reported_one() -> None:
    # Elaph, 18 Aug 2017: announced in Baghdad; the family was killed in Kirkuk governorate
    assert _places("واعلن في بغداد اليوم عن اقتحام عناصر مسلحة لتنظيم داعش فجر الجمعة منزل ضابط في شرطة "
                   "محافظة كركوك ونحر أفراد عائلته السبعة .") == ["kirkuk"]


def test_the_place_of_the_speakers_stays_when_the_content_names_none() -> None:
    # "قالت مصادر محلية في X إن ... أعدموا": the local sources' town is the only place told
    assert _places("قالت مصادر محلية في بغداد إن عناصر مسلحة أعدموا ميدانيا سيدة وحفيدها .") == ["baghdad"]


def test_a_place_of_another_clause_does_not_take_it() -> None:
    # Step agency: the schools of the town closed after the shelling of the town; al-Rai is another item's
    found = _places("واعلنت مديرية التربية في مدينة كركوك عن تعليق الدوام في المدارس جراء القصف الذي طال "
                    "المدينة يوم امس , وفي الريف الشمالي عثر على جثة امرأة مدفونة في مدينة الراعي .")
    assert "kirkuk" in found


ENT_MORE = {
    **ENT,
    "ankara": Entity("ankara", "PLACE", "أنقرة", "أنقرة", lat=39.92, lon=32.85, level="town", country="TR"),
    "sinai": Entity("sinai", "PLACE", "سيناء", "سيناء", lat=29.5, lon=33.8, level="region", country="EG"),
    "gaza": Entity("gaza", "PLACE", "غزة", "غزة", lat=31.5, lon=34.47, level="town", country="PS"),
}
SURFACES_MORE = [*SURFACES, ("أنقرة", "ankara"), ("سيناء", "sinai"), ("غزة", "gaza")]


def _places_more(text: str) -> list[str | None]:
    return [e.location for e in events_over(text, ENT_MORE, SURFACES_MORE, "2017-08-18").events]


def test_the_city_of_a_press_conference_yields_to_the_reported_place() -> None:
    # the minister spoke at a press conference he held in Ankara; the shelling hit Kirkuk
    assert _places_more("وقال وزير الخارجية في مؤتمر صحفي عقده في أنقرة إن طائرات حربية قصفت مدينة كركوك .") \
        == ["kirkuk"]


def test_the_speakers_seat_past_an_aside_and_a_second_speaker_yields() -> None:
    # two announcers, the first with its seat and an aside in brackets; the killing was in Sinai
    assert _places_more("أعلن كل من مركز إعلامي في غزة ( الموالي للتنظيم ) وموقع إخباري تابع للتنظيم , أن "
                        "ثلاثة من مقاتليه قتلوا في اشتباكات في سيناء .") == ["sinai"]


def test_the_city_of_a_press_conference_stays_when_the_content_names_none() -> None:
    # a press conference in Kirkuk about a blast in the city's market: the city is the only place told
    assert _places_more("وقال قائد الشرطة في مؤتمر صحفي عقده في كركوك إن انفجارا بسيارة مفخخة هز السوق "
                        "وأسفر عن مقتل 5 مدنيين .")[:1] == ["kirkuk"]
