"""Events round 17 (recall, sets D/G): a military facility of the actor KB (no point of its own)
locates what hit or took it through the gazetteer's point of the same name; the indefinite
"<aircraft> <nationality>" of headlines and timelines ("طائرة إسرائيلية", "مقاتلات إسرائيلية")
names the state's forces as the definite form does; an air-strike phrase inside such a name stays
the trigger ("بوساطة طائرات مسيرة روسية"); a natural feature before a place name ("منطقة بحيرة
طبريا") is a place noun, so "أطلقت من" makes it the launch site. Sentences from unifiedfc
articles (set G and the breadth set), each rule with its negative twin; the whole pipeline runs
(entities, default gazetteer, events)."""

from __future__ import annotations

from rasd.extract.events import extract_events
from rasd.knowledge.kb import load_kb
from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Entity, Event, Mention, Published
from rasd.text.normalize import normalize

MEZZEH = "rasd:mezzeh-airbase"


def _run(text: str, published: str = "unknown") -> Analysis:
    doc = Document(id="r17", source="r17.txt", text=text,
                   published=Published(published, "day" if published != "unknown" else "unknown"))
    return analyse(doc)


def _actual(a: Analysis) -> list[Event]:
    return [e for e in a.events if e.modality == "actual"]


# --------------------------------------------------------------------------- facilities

# R-540 (set G): an undated timeline page of Israeli strikes in Syria
MEZZEH_STRIKE = ("13 يناير / كانون الثاني 2017 : طائرات إسرائيلية تقصف مطار المزة العسكري استهدف مستودعات "
                 "للأسلحة داخل المطار , وأدى القصف إلى تدمير أجزاء من المطار ونشوب داخله .")


def test_a_kb_facility_struck_locates_the_strike_at_its_gazetteer_point() -> None:
    a = _run(MEZZEH_STRIKE)
    evs = [e for e in _actual(a) if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, e.date_start) for e in evs] == [(MEZZEH, "2017-01-13")]
    point = a.entities[MEZZEH]
    assert (round(point.lat, 2), round(point.lon, 2), point.level) == (33.48, 36.23, "facility")
    # the stored mention keeps its KB link: only the events stage reads the facility as a place
    assert [m.type for m in a.mentions if m.surface == "مطار المزة العسكري"] == ["FACILITY"]


def test_a_facility_before_the_trigger_is_where_the_forces_are_based_not_the_place() -> None:
    # R-30 (breadth set): Hmeimim is where the strikes were flown from, not where they fell
    a = _run("واستخدمت روسيا قاعدة حميميم في تنفيذ ضربات جوية دعما للرئيس السوري بشار الأسد خلال الحرب السورية .")
    assert all(e.location != "rasd:hmeimim" for e in a.events)


def test_a_base_taken_in_an_undated_summary_of_the_war_is_not_the_place() -> None:
    # V-266 (breadth set): a survey of the army's losses; who took which airbase is background
    a = _run("كما تمكن \" داعش \" من السيطرة على مطار الطبقة العسكري في ريف الرقة في الصيف الماضي وعلى مطار "
             "تدمر العسكري أخيرا .", published="2015-05-27")
    assert all(e.location != "rasd:tabqa-airbase" for e in a.events)
    assert any(m.type == "FACILITY" for m in a.mentions)     # the base is named: the rule, not the KB, decides


def test_the_launch_site_behind_a_natural_feature_noun_is_not_the_place() -> None:
    # R-540 (set G): "أطلقت من منطقة بحيرة طبريا": the missiles left Tiberias and hit Mezzeh
    a = _run("13 فبراير / شباط 2017 : هاجم الجيش الإسرائيلي مطار المزة بثمانية صواريخ أطلقت من منطقة بحيرة "
             "طبريا , واستهدفت مستودعات صواريخ .")
    assert [(e.event_type, e.location) for e in _actual(a)] == [("Explosions/Remote violence", MEZZEH)]


# --------------------------------------------------------------------------- aircraft and nationality

def test_indefinite_aircraft_with_a_nationality_name_the_state_forces() -> None:
    kb = load_kb()
    assert kb.generic.get("طائرة إسرائيلية") == "idf"
    assert kb.generic.get("طائرات حربية روسية") == "russian-aerospace-forces"
    assert kb.generic.get("مقاتلات إسرائيلية") == "idf"
    assert "طائرات الجيش الحر" not in kb.generic      # "الجيش الحر" is no nationality


def test_a_strike_by_an_indefinite_foreign_aircraft_has_its_actor_and_is_kept() -> None:
    # R-540 (set G): without the actor, a weak "استهدفت" with a place and a date was dropped
    a = _run("30 نوفمبر / تشرين الثاني 2016 : مصادر سورية نظامية تقول إن طائرة إسرائيلية استهدفت فجرا موقعا "
             "عسكريا بدمشق دون أن تخلف خسائر في الأرواح .")
    evs = _actual(a)
    assert [(e.event_type, e.date_start) for e in evs] == [("Explosions/Remote violence", "2016-11-30")]
    assert "idf" in evs[0].actor1


def test_an_air_strike_phrase_inside_a_force_name_is_still_the_trigger() -> None:
    # R-638 (set G): the drones are both who struck and how (hand-made mentions: the page's place)
    text = ("وأشارت إلى أن قيادة مجموعة القوات الروسية في سوريا تلقت في أواخر مايو / أيار معلومات عن خطط \" داعش \" "
            "لعقد اجتماع للقادة على المشارف الجنوبية للرقة , وبعد التأكد من صحة المعلومات حول مكان وزمان عقد "
            "الاجتماع تم بوساطة طائرات مسيرة روسية , توجيه الضربة بين 00 . 35 و 00 . 45 بالتوقيت المحلي فجر "
            "الأحد 28 مايو / أيار .")
    ents = {"raqqa": Entity("raqqa", "PLACE", "الرقة", "Raqqa", lat=35.95, lon=39.01, level="town", country="SY"),
            "vks": Entity("vks", "STATE_FORCES", "القوات الجوية الفضائية الروسية", country="RU")}

    def mention(surface: str, kind: str, eid: str) -> Mention:
        i = text.index(surface)
        return Mention(i, i + len(surface), surface, normalize(surface), kind, eid,
                       geo_precision=1 if kind == "PLACE" else None)
    a = Analysis(doc=Document(id="r17", source="r17.txt", text=text, published=Published("2017-06-16", "day")),
                 mentions=[mention("رقة", "PLACE", "raqqa"), mention("طائرات مسيرة روسية", "STATE_FORCES", "vks")],
                 entities=ents)
    extract_events(a, None)
    assert [(e.sub_event_type, e.trigger, e.location, e.actor1) for e in _actual(a)] == [
        ("Air/drone strike", "طائرات مسيرة", "raqqa", ["vks"])]      # the force whose name holds it struck


def test_a_name_that_holds_another_trigger_word_is_still_no_trigger() -> None:
    # only air-strike phrases inside state forces' names count: "تحرير" in "هيئة تحرير الشام" stays a name
    a = _run("وقالت هيئة تحرير الشام في بيان لها إن عناصرها في مدينة إدلب .", published="2017-06-16")
    assert not a.events


# --------------------------------------------------------------------------- lexicon

def test_plural_explosions_type_the_toll_they_caused() -> None:
    # V-250 (set H): a chronology of Iraq; the deaths were caused by three explosions
    a = _run("في 22 يناير / كانون الثاني , مقتل 17 شخصا وجرح أكثر من 50 آخرين في بغداد , بعد أن هزت المدينة ثلاثة "
             "انفجارات قوية .", published="2013-01-23")
    assert [(e.event_type, e.sub_event_type, e.date_start) for e in _actual(a)] == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED", "2013-01-22")]


def test_a_plural_of_explosions_found_defused_is_no_attack() -> None:
    # the IED trigger's reject_clause still holds for the new forms
    a = _run("وتمكنت قوات الأمن من تفكيك عبوات ومنع انفجارات في بغداد .", published="2013-03-20")
    assert not [e for e in a.events if e.sub_event_type == "Remote explosive/landmine/IED"]
