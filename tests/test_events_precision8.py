"""Events precision, round 8: a place name used as the common noun it also is ("القريتين
الأخيرتين", "في الشوارع وفي الميادين"), and a timeline entry that names no known place does not
take the place (nor the toll) of the next item's deaths. Hand-written sentences, with negatives."""

from __future__ import annotations

import pytest
from test_events import run_with_places

from rasd.records import Analysis, Entity

EXTRA = {"qaryatayn": ("القريتين", "al-Qaryatayn", 34.229, 37.241),
         "mayadin": ("الميادين", "al-Mayadin", 35.020, 40.452)}


def _run(text: str, published: str = "2017-12-06") -> Analysis:
    """The fixture entities plus two towns whose names are also common nouns."""
    places = [Entity(eid, "PLACE", name, en, lat=lat, lon=lon, level="town", country="SY")
              for eid, (name, en, lat, lon) in EXTRA.items()]
    return run_with_places(text, places, published)


def _places(a: Analysis) -> set[str | None]:
    return {e.location for e in a.events if e.modality == "actual"}


# (a sentence whose place name is no place of a happening, its twin where it is, the place)
NOT_THE_PLACE_AND_TWIN = [
    pytest.param("وقصفت قوات النظام بالمدفعية اليوم القريتين الأخيرتين .",
                 "وقصفت قوات النظام بالمدفعية اليوم مدينة القريتين .", "qaryatayn",
                 id="a-place-name-followed-by-the-latter-is-a-common-noun"),
    pytest.param("وخرج آلاف المتظاهرين اليوم في الشوارع , وفي الميادين للاحتجاج على قصف النظام .",
                 "وخرج آلاف المتظاهرين اليوم في الميادين للاحتجاج على قصف النظام .", "mayadin",
                 id="a-place-name-listed-with-the-streets-is-a-common-noun"),
    pytest.param("وتسببت انتهاكات قوات النظام في مدينة دوما بمقتل المئات من المدنيين , خلال الآونة الأخيرة .",
                 "وتسببت انتهاكات قوات النظام في مدينة دوما بمقتل خمسة من المدنيين , اليوم .", "douma",
                 id="deaths-over-the-recent-period-are-a-toll-not-a-happening"),
]


@pytest.mark.parametrize("not_place, twin, place", NOT_THE_PLACE_AND_TWIN)
def test_no_happening_at_the_place_and_its_twin(not_place: str, twin: str, place: str) -> None:
    """A place name used as a common noun ("القريتين الأخيرتين", "في الشوارع وفي الميادين"), deaths over
    the recent period: no happening there; the twin sentence: one."""
    assert place not in _places(_run(not_place))
    assert place in _places(_run(twin))


def test_deaths_of_another_day_are_not_the_previous_entrys_toll() -> None:
    text = ("13 مايو 2015 لقي أربعة جنود مصرعهم في هجومين بالقنابل في مدينة صغيرة . "
            "14 مايو 2015 قتل ثلاثة جنود وستة مسلحين في مدينة برزة .")
    a = _run(text, published="unknown")
    assert not [e for e in a.events if e.location == "barzeh" and e.date_start == "2015-05-13"]
    assert [e for e in a.events if e.location == "barzeh" and e.date_start == "2015-05-14"]


def test_a_timeline_entry_does_not_take_the_next_items_place() -> None:
    text = "19 مايو 2015 لقي شخص مصرعه وأصيب سبعة آخرون في تفجير سيارة مفخخة . وقتل رجل مسن وطفلان في مدينة برزة ."
    a = _run(text, published="unknown")
    assert not [e for e in a.events if e.location == "barzeh" and e.event_type == "Explosions/Remote violence"]
    # in a news report (its date not heading the sentence) the deaths told next are the blast's toll
    text = "وانفجرت سيارة مفخخة اليوم قرب السوق . وقتل رجل مسن وطفلان في مدينة برزة ."
    a = _run(text)
    assert [e for e in a.events if e.location == "barzeh" and e.event_type == "Explosions/Remote violence"]


def test_a_present_tense_statement_of_what_an_actor_mainly_does_is_no_happening() -> None:
    text = "وتشن تركيا غارات جوية على مدينة عفرين بالأساس لدعم فصائل المعارضة ."
    assert not _places(_run(text))
    text = "وشنت تركيا غارات جوية على مدينة عفرين اليوم لدعم فصائل المعارضة ."
    assert _places(_run(text))
    # a present-tense verb of a report ("تقصف ... منذ الصباح") without an adverb of habit stays
    text = "وتقصف الطائرات التركية مدينة عفرين اليوم ."
    assert "afrin" in _places(_run(text))


def test_how_a_named_massacre_came_about_is_that_massacre() -> None:
    text = ("وارتكبت قوات النظام اليوم مجزرة في مدينة دوما راح ضحيتها 20 مدنيا . وأوضحت المصادر أن المجزرة "
            "ارتكبت عندما قصفت مدفعية قوات النظام اليوم سوق مدينة برزة .")
    a = _run(text)
    assert len([e for e in a.events if e.modality == "actual"]) == 1, [(e.sub_event_type, e.location) for e in a.events]
    # without the back-reference, a second shelling told after it is a happening of its own
    text = ("وارتكبت قوات النظام اليوم مجزرة في مدينة دوما راح ضحيتها 20 مدنيا . وأوضحت المصادر أن "
            "مدفعية قوات النظام قصفت اليوم سوق مدينة برزة .")
    a = _run(text)
    assert len([e for e in a.events if e.modality == "actual"]) == 2, [(e.sub_event_type, e.location) for e in a.events]
