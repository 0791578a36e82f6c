"""Events round 16 (recall, sets D/G/H): the arrest idiom "ألقى القبض على" (not a warrant), ACLED's
"Unidentified Armed Group" for attackers told as "مسلحون مجهولون", a place that "witnessed" the
happening ("محافظة صفاقس ( جنوب ) , شهدت , مسيرة"), a place in a "في" phrase cut off by a comma
(not "في حين"), a quotation closed with two apostrophes, and the owner of the aircraft after "لـ"
("قصف طيران للتحالف الدولي"). Sentences from unifiedfc articles (sets D, G, H and the breadth
set), each rule with its negative twin."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.extract.events import extract_events
from rasd.extract.events.context import UNIDENTIFIED_ID
from rasd.records import Analysis, Entity, Mention
from rasd.text.normalize import normalize

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "damascus": ("دمشق", "Damascus", 33.513, 36.292, "town", "Damascus"),
    "azaz": ("اعزاز", "Azaz", 36.586, 37.048, "town", "Aleppo"),
    "deir-gov": ("محافظة دير الزور", "Deir ez-Zor Governorate", 35.300, 40.100, "admin1", "Deir ez-Zor"),
    "raqqa": ("الرقة", "ar-Raqqa", 35.952, 39.009, "town", "Ar-Raqqa"),
}
ABROAD = [
    Entity("sfax", "PLACE", "صفاقس", "Sfax", lat=34.741, lon=10.760, level="town", country="TN"),
    Entity("taiz", "PLACE", "تعز", "Taiz", lat=13.580, lon=44.021, level="town", country="YE"),
    Entity("washington", "PLACE", "واشنطن", "Washington", lat=38.895, lon=-77.036, level="town", country="US"),
    Entity("karbala", "PLACE", "كربلاء", "Karbala", lat=32.616, lon=44.025, level="town", country="IQ"),
    Entity("fallujah", "PLACE", "الفلوجة", "Fallujah", lat=33.350, lon=43.783, level="town", country="IQ"),
]


def _run(text: str, published: str = "2017-12-09", places: list[Entity] | None = None) -> Analysis:
    return run_with_places(text, syrian_places(PLACES) + (places or []), published, syrian=True)


def _types(a: Analysis) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.location) for e in actual_events(a)]


# --------------------------------------------------------------------------- arrests


def test_the_arrest_idiom_is_an_arrest_by_its_subject() -> None:
    a = _run("ألقت قوات الأمن التابعة لنظام الأسد , منذ يومين , القبض على شبكة مؤلفة من سبعة أشخاص بمدينة دمشق .")
    ev = [e for e in actual_events(a) if e.event_type == "Strategic developments"]
    assert [(e.sub_event_type, e.location) for e in ev] == [("Arrests", "damascus")]


def test_an_arrest_warrant_is_no_arrest() -> None:
    text = ("أعلنت السلطات الأميركية اليوم الخميس أنها أصدرت مذكرات اعتقال بحق 12 من عناصر المرافقة الأمنية "
            "للرئيس التركي في واشنطن .")
    assert not [e for e in actual_events(_run(text, places=ABROAD)) if e.sub_event_type == "Arrests"]


def test_an_arrest_campaign_is_not_a_battle() -> None:
    a = _run("وفي محافظة دير الزور , شنت قوات الأسد , حملة ألقت القبض على 11 من أنصار المعارضة .")
    assert [e.sub_event_type for e in actual_events(a)] == ["Arrests"]


# --------------------------------------------------------------------------- unidentified armed group


def test_unidentified_gunmen_are_the_acled_unidentified_armed_group() -> None:
    a = _run("أحمد عواد حسين تعرض للاختطاف والاختفاء القسري من قبل مسلحين مجهولين , في منطقة اعزاز - ريف حلب .")
    ev = actual_events(a)
    assert [(e.sub_event_type, e.location, e.actor1) for e in ev] == [
        ("Abduction/forced disappearance", "azaz", [UNIDENTIFIED_ID])]
    assert a.entities[UNIDENTIFIED_ID].name_en == "Unidentified Armed Group"


def test_an_unknown_fate_is_no_attacker() -> None:
    # "مجهولة المصير" (singular: an unknown fate) names no actor: no actor, no event
    a = _run("أحمد عواد حسين تعرض للاختطاف في منطقة اعزاز , ومازالت مجهولة المصير .")
    assert not actual_events(a)


def test_what_unknown_men_do_there_in_general_is_no_event() -> None:
    a = _run("حيث يكثر في محافظة دير الزور عمليات الاغتيال التي تستهدف عناصر التنظيم من قبل مجهولين .")
    assert not actual_events(a)


# --------------------------------------------------------------------------- places


def test_the_place_that_witnessed_a_march_is_its_place() -> None:
    text = ('وأفاد مراسل الأناضول أن محافظة صفاقس ( جنوب ) , شهدت , مسيرة احتجاجية دعت لها " المنظمة التونسية '
            'للشغل " ( نقابة عمالية ) .')
    assert _types(_run(text, places=ABROAD)) == [("Protests", "sfax")]


def test_a_place_after_the_march_is_not_the_one_that_witnessed_it() -> None:
    # "صفاقس" is not the subject of "شهدت" here: the march went out of it, nobody saw it there
    text = 'وأفاد مراسل الأناضول أن مسيرة احتجاجية انطلقت من صفاقس ( جنوب ) , دعت لها " المنظمة التونسية للشغل " .'
    assert _types(_run(text, places=ABROAD)) == []


def test_a_place_in_a_comma_cut_phrase_and_a_quote_closed_by_apostrophes() -> None:
    text = ("تعز \" المحاصرة \" تخرج في \" جمعة نصرة القدس ' ' وتظاهر أكثر من ألف يمني بعد صلاة جمعة اليوم , "
            "في \" ساحة الحرية \" بمدينة تعز المحاصرة , جنوب غربي اليمن , تنديدا بقرار الرئيس الأمريكي .")
    assert _types(_run(text, places=ABROAD)) == [("Protests", "taiz")]


def test_fi_hin_opens_another_happening_not_a_place() -> None:
    text = ("وكذلك قتل 5 أشخاص وأصيب 16 اخرون في انفجار خارج مدينة كربلاء , في حين أصيب جندي عراقي بنيران "
            "قناص في الفلوجة .")
    ev = [e for e in actual_events(_run(text, places=ABROAD)) if e.event_type == "Explosions/Remote violence"]
    assert [(e.sub_event_type, e.location) for e in ev] == [("Remote explosive/landmine/IED", "karbala")]


# --------------------------------------------------------------------------- the aircraft's owner


def _with_coalition(text: str) -> Analysis:
    """The text's places, and "التحالف الدولي" as the NER marks it inside "للتحالف" (the clitics left out)."""
    base = _run(text, published="unknown")     # (a dated page would make April its background)
    at = text.find("تحالف الدولي")      # "للتحالف": ل + (ا)لتحالف, the mention starts after "لل"
    coalition = Mention(at, at + len("تحالف الدولي"), "تحالف الدولي", normalize("تحالف الدولي"),
                        "STATE_FORCES", "coalition")
    ents = dict(base.entities)
    ents["coalition"] = Entity("coalition", "STATE_FORCES", "التحالف الدولي", "International coalition")
    a = Analysis(doc=base.doc, mentions=sorted(base.mentions + [coalition], key=lambda m: m.start), entities=ents)
    extract_events(a, None)
    return a


@pytest.mark.parametrize("text, actor", [
    pytest.param("وكان التطور الأبرز عندما قصف طيران للتحالف الدولي مقر الفصيل في الرقة في 13 نيسان 2017 .",
                 ["coalition"], id="aircraft-of-the-coalition"),
    pytest.param("وكان التطور الأبرز عندما قصف الطيران مقرا للتحالف الدولي في الرقة في 13 نيسان 2017 .",
                 [], id="the-coalition-s-base-is-the-target"),
])
def test_the_owner_of_the_aircraft_after_li_struck(text: str, actor: list[str]) -> None:
    ev = [e for e in actual_events(_with_coalition(text)) if e.event_type == "Explosions/Remote violence"]
    assert [(e.sub_event_type, e.location, e.actor1) for e in ev] == [("Air/drone strike", "raqqa", actor)]
