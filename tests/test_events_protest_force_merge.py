"""Events stage: a protest told in one sentence and the force used on it told in the next (the same
city) are one protest event coded by the force, as ACLED codes a protest met with fire (one sentence's
protest and its dead already merge); a march and the clashes it turned into are one riot. A protest in another city, or a placeless protest told paragraphs
away, stays apart. Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from test_events import run_with_places

from rasd.records import Analysis, Entity, Event

YEMEN = [Entity("sanaa", "PLACE", "صنعاء", "Sanaa", lat=15.355, lon=44.206, level="town", country="YE", admin1="Sanaa"),
         Entity("taiz", "PLACE", "تعز", "Taiz", lat=13.580, lon=44.021, level="town", country="YE", admin1="Taiz"),
         Entity("aden", "PLACE", "عدن", "Aden", lat=12.779, lon=45.037, level="town", country="YE", admin1="Aden")]


def _protests(text: str, kinds: tuple[str, ...] = ("Protests",)) -> list[Event]:
    a: Analysis = run_with_places(text, YEMEN, "2011-12-25")
    return [e for e in a.events if e.event_type in kinds and e.modality == "actual"]


# the march set off days ago ("منذ أيام"): that start is not the day of the fire it met
MARCH = ("وفي صنعاء قال سكان إن أصوات الرصاص دوت بعد وصول مسيرة كانت قد انطلقت منذ أيام من مدينة تعز "
         "وكان المحتجون يرددون خلالها شعارات ترفض منح الحصانة .\n")
FIRED_ON = ("وقالت مصادر طبية ان سبعة متظاهرين قتلوا السبت في جنوب العاصمة اليمنية صنعاء برصاص قوات الامن .\n"
            "واصيب عشرات المتظاهرين بجروح عندما اطلقت قوات الامن النار والغاز المسيل للدموع على المشاركين "
            "في التظاهرة .\n")


def test_a_march_and_the_fire_on_it_in_the_next_sentence_are_one_event() -> None:
    found = _protests(MARCH + FIRED_ON)
    assert [(e.sub_event_type, e.location) for e in found] == [("Excessive force against protesters", "sanaa")]


def test_the_merged_protest_keeps_the_day_the_force_sentence_tells() -> None:
    (e,) = _protests(MARCH + FIRED_ON)
    assert e.date_start == "2011-12-24"


def test_a_protest_in_another_city_is_not_joined_to_the_fire() -> None:
    found = _protests("وفي عدن خرجت مسيرة حاشدة يردد المحتجون فيها شعارات ترفض الحصانة .\n" + FIRED_ON)
    assert sorted((e.sub_event_type, e.location) for e in found) == [
        ("Excessive force against protesters", "sanaa"), ("Peaceful protest", "aden")]


def test_a_march_and_the_clashes_it_turned_into_are_one_riot() -> None:
    found = _protests("وفي صنعاء قال سكان إن مسيرة كانت قد انطلقت منذ أيام من مدينة تعز وكان المحتجون "
                      "يرددون خلالها شعارات ترفض منح الحصانة .\n"
                      "وقال شهود إن مواجهات اندلعت أمس بين الشبان وقوات الأمن في صنعاء حيث رشق الشبان الجنود "
                      "بالحجارة .\n",
                      kinds=("Protests", "Riots"))
    assert [(e.event_type, e.sub_event_type, e.location) for e in found] == [
        ("Riots", "Violent demonstration", "sanaa")]
