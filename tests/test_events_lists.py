"""Events stage: places listed for one happening, the topic of a protest, protests / riots / shoot-downs,
and dates for events whose sentence has none. Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Analysis, Entity, Event

# id: (type, name, level, lat, lon, country, surfaces)
ENT: dict[str, tuple[str, str, str | None, float | None, float | None, str | None, list[str]]] = {
    "douma": ("PLACE", "دوما", "town", 33.571, 36.402, "SY", ["دوما"]),
    "harasta": ("PLACE", "حرستا", "town", 33.558, 36.365, "SY", ["حرستا"]),
    "arbin": ("PLACE", "عربين", "town", 33.540, 36.370, "SY", ["عربين"]),
    "hama": ("PLACE", "حماة", "town", 35.13, 36.75, "SY", ["حماة"]),
    "homs": ("PLACE", "حمص", "town", 34.73, 36.71, "SY", ["حمص"]),
    "amman": ("PLACE", "عمان", "town", 31.95, 35.91, "JO", ["عمان"]),
    "irbid": ("PLACE", "إربد", "town", 32.55, 35.85, "JO", ["إربد"]),
    "jerusalem": ("PLACE", "القدس", "town", 31.78, 35.23, "PS", ["القدس"]),
    "hebron": ("PLACE", "الخليل", "town", 31.53, 35.10, "PS", ["الخليل"]),
    "sousse": ("PLACE", "سوسة", "town", 35.83, 10.64, "TN", ["سوسة"]),
    "sanaa": ("PLACE", "صنعاء", "town", 15.35, 44.21, "YE", ["صنعاء"]),
    "paris": ("PLACE", "باريس", "town", 48.86, 2.35, "FR", ["باريس"]),
    "hts": ("ARMED_GROUP", "هيئة تحرير الشام", None, None, None, None, ["هيئة تحرير الشام", "الهيئة"]),
    "syria-gov-forces": ("STATE_FORCES", "قوات النظام", None, None, None, "SY", ["قوات النظام"]),
}


def _run(text: str, published: str = "2018-03-10", published_ev: str | None = None) -> Analysis:
    entities = {eid: Entity(eid, t, name, name, lat=lat, lon=lon, level=level, country=country)
                for eid, (t, name, level, lat, lon, country, _s) in ENT.items()}
    return events_over(text, entities, ((s, eid) for eid, v in ENT.items() for s in v[6]), published,
                       doc_id="doclists", published_evidence=published_ev, towns_only=True)


def _of(a: Analysis, event_type: str) -> list[Event]:
    return [e for e in a.events if e.event_type == event_type]


# --------------------------------------------------------------------------- one event per listed place

def test_strikes_on_a_list_of_towns_give_one_event_per_town() -> None:
    a = _run("شنت طائرات النظام الحربية غارات على دوما وحرستا وعربين صباح اليوم السبت.")
    strikes = _of(a, "Explosions/Remote violence")
    assert sorted(e.location for e in strikes) == ["arbin", "douma", "harasta"]
    assert len({e.id for e in strikes}) == 3
    assert all(e.sub_event_type == "Air/drone strike" and e.date_start == "2018-03-10" for e in strikes)


def test_protests_in_a_list_of_cities_fan_out_and_counts_stay_on_the_first() -> None:
    a = _run("وخرج آلاف المتظاهرين في عمان , إربد وسوسة تنديدا بالقرار بعد صلاة الجمعة.")
    protests = _of(a, "Protests")
    assert sorted(e.location for e in protests) == ["amman", "irbid", "sousse"]
    assert sum(1 for e in protests if e.quantities) <= 1


def test_a_stretch_between_two_towns_is_one_event() -> None:
    a = _run("اندلعت اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام على الطريق بين دوما وحرستا اليوم.")
    assert len(_of(a, "Battles")) == 1


def test_places_named_in_a_genitive_are_not_a_list_of_event_places() -> None:
    a = _run("وشاركت الهيئة في معارك حماة وحمص اليوم.")
    assert len({e.location for e in _of(a, "Battles")}) <= 1


# --------------------------------------------------------------------------- protests and their topic

def test_the_city_a_protest_supports_is_not_where_it_happens() -> None:
    a = _run("خرجت مظاهرة حاشدة في عمان تضامنا مع القدس ودعما للقدس اليوم.")
    protests = _of(a, "Protests")
    assert [e.location for e in protests] == ["amman"]


def test_a_witnessed_protest_with_its_cause_is_an_event_without_actor_or_count() -> None:
    a = _run("وشهدت مدينة باريس مظاهرة احتجاجية ضد القرار.")
    assert [e.location for e in _of(a, "Protests")] == ["paris"]


def test_a_fronted_place_frames_the_sentence() -> None:
    a = _run("وفي مدينة سوسة ( شرق ) , خرج الآلاف في مسيرة حاشدة اليوم.")
    assert [e.location for e in _of(a, "Protests")] == ["sousse"]


def test_a_preposition_glued_outside_the_mention_makes_it_the_location() -> None:
    a = _run("خرج الآلاف في مسيرة حاشدة بصنعاء رفضا للقرار اليوم.")
    assert [e.location for e in _of(a, "Protests")] == ["sanaa"]


def test_a_drone_is_not_a_march() -> None:
    a = _run("أسقطت الدفاعات طائرة مسيرة فوق حماة اليوم.")
    assert not _of(a, "Protests")


def test_confrontations_of_stone_throwing_youths_are_a_riot_and_tear_gas_no_grenade() -> None:
    a = _run("وفي الخليل اندلعت مواجهات بين الشبان وقوات الاحتلال التي أطلقت قنابل الغاز المسيل للدموع اليوم.")
    assert [e.location for e in _of(a, "Riots")] == ["hebron"]
    assert not [e for e in a.events if e.sub_event_type == "Grenade"]
    assert not _of(a, "Battles")


# --------------------------------------------------------------------------- trigger families

def test_shooting_down_an_aircraft_is_an_armed_clash() -> None:
    a = _run("أسقطت هيئة تحرير الشام طائرة حربية في حماة اليوم.")
    ev = _of(a, "Battles")
    assert [(e.sub_event_type, e.location, e.actor1) for e in ev] == [("Armed clash", "hama", ["hts"])]


def test_setting_fire_to_property_is_property_destruction() -> None:
    a = _run("أضرمت هيئة تحرير الشام النيران في مستودعات الوقود في حماة اليوم.")
    ev = _of(a, "Strategic developments")
    assert [(e.sub_event_type, e.location) for e in ev] == [("Looting/property destruction", "hama")]


# --------------------------------------------------------------------------- dates

def test_an_undated_report_sentence_takes_the_day_of_publication() -> None:
    a = _run("قصفت قوات النظام مدينة دوما بالمدفعية الثقيلة.")
    ev = _of(a, "Explosions/Remote violence")[0]
    assert (ev.date_start, ev.date_end, ev.time_precision) == ("2018-03-10", "2018-03-10", 1)
    assert "date" not in ev.field_evidence          # the publication date came from the page head
    text = "10 مارس 2018\nقصفت قوات النظام مدينة دوما بالمدفعية الثقيلة."
    ev = _of(_run(text, published_ev="10 مارس 2018"), "Explosions/Remote violence")[0]
    assert ev.field_evidence["date"] == [0, len("10 مارس 2018")]   # printed in the body: it is the evidence


def test_background_and_quoted_events_do_not_take_the_report_week() -> None:
    a = _run("وكانت قوات النظام قد قصفت مدينة دوما بالمدفعية الثقيلة.")
    assert all(e.date_start == "unknown" for e in a.events)
    # (session 21: a field commander's quoted account is the report's news, event_triggers.yaml account_sources;
    # a politician's quoted words are not)
    a = _run('وقال الرئيس إن " قوات النظام قصفت مدينة دوما بالمدفعية الثقيلة " .')
    assert all(e.date_start == "unknown" for e in a.events)


def test_an_undated_page_gives_no_report_week() -> None:
    a = _run("قصفت قوات النظام مدينة دوما بالمدفعية الثقيلة.", published="unknown")
    assert all(e.date_start == "unknown" for e in a.events)


def test_a_labelled_event_date_dates_the_page_events() -> None:
    text = "تاريخ الحدث : 8 ديسمبر 2017 المكان : الأردن\nوشهدت مدينة عمان مظاهرة احتجاجية ضد القرار."
    a = _run(text, published="unknown")
    assert [(e.location, e.date_start) for e in _of(a, "Protests")] == [("amman", "2017-12-08")]


def test_a_viewing_stamp_after_publication_dates_nothing() -> None:
    text = "إسقاط طائرة حربية في حماة اليوم الأحد 21 يناير 2018 - 10 : 34 صباحا"
    a = _run(text, published="2017-12-27")
    ev = _of(a, "Battles")
    assert ev and all(e.date_start not in ("2017-12-24", "2018-01-21") for e in ev)


def test_driving_an_enemy_out_of_a_town_is_taking_it() -> None:
    a = _run("وطردت هيئة تحرير الشام قوات النظام من حماة اليوم.")
    ev = _of(a, "Battles")
    assert [(e.sub_event_type, e.location, e.actor1) for e in ev] == [
        ("Non-state actor overtakes territory", "hama", ["hts"])]


def test_an_aim_to_take_a_town_is_not_taking_it() -> None:
    a = _run("تسعى هيئة تحرير الشام إلى السيطرة على حماة.")
    assert not [e for e in a.events if e.sub_event_type.endswith("territory")]


def test_setting_up_observation_points_is_a_base_established() -> None:
    a = _run("بدأت قوات النظام إقامة نقاط مراقبة في حمص اليوم.")
    ev = _of(a, "Strategic developments")
    assert [(e.sub_event_type, e.location) for e in ev] == [("Headquarters or base established", "homs")]


def test_a_question_is_not_an_event() -> None:
    a = _run("هل انسحبت قوات النظام فعلا من حمص , أم ما زالت هناك")
    assert not a.events


def test_an_undated_retelling_joins_the_dated_event() -> None:
    a = _run("أسقطت هيئة تحرير الشام طائرة حربية في حماة اليوم.\nوقالت الهيئة إنها أسقطت الطائرة فوق حماة .")
    ev = _of(a, "Battles")
    assert len(ev) == 1 and ev[0].date_start == "2018-03-10"


def test_a_list_after_fi_kull_min_fans_out() -> None:
    a = _run("قصفت قوات النظام بالمدفعية الثقيلة على كل من دوما وعربين اليوم.")
    assert sorted(e.location for e in _of(a, "Explosions/Remote violence")) == ["arbin", "douma"]
    a = _run("خرجت مظاهرات حاشدة في كل من عمان وإربد ضد القرار اليوم.")
    assert sorted(e.location for e in _of(a, "Protests")) == ["amman", "irbid"]


def test_a_place_and_its_area_after_a_comma_is_one_place() -> None:
    a = _run("شنت طائرات النظام الحربية غارات على دوما , حمص صباح اليوم.")
    assert len(_of(a, "Explosions/Remote violence")) == 1


def test_background_is_not_multiplied_over_listed_places() -> None:
    a = _run("وكانت قوات النظام قد قصفت بالمدفعية دوما وعربين وحرستا.")
    assert len(_of(a, "Explosions/Remote violence")) <= 1
