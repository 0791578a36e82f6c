"""Events stage: two towns or villages a few km apart (the Ghouta's Douma, Misraba and Harasta) are two
ACLED locations, so their happenings are not merged as one told twice; a city's district (Sadr City in
Baghdad) still merges with the city. Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Analysis, Entity, Event

# id: (type, name, level, lat, lon, country, surfaces, aliases)
ENT: dict[str, tuple[str, str, str | None, float | None, float | None, str | None, list[str], list[str]]] = {
    "douma": ("PLACE", "دوما", "town", 33.571, 36.402, "SY", ["دوما"], []),
    "misraba": ("PLACE", "مسرابا", "town", 33.551, 36.390, "SY", ["مسرابا"], []),
    "harasta": ("PLACE", "حرستا", "town", 33.558, 36.365, "SY", ["حرستا"], []),
    "baghdad": ("PLACE", "بغداد", "town", 33.341, 44.401, "IQ", ["بغداد"], ["العاصمة العراقية"]),
    "sadr": ("PLACE", "مدينة الصدر", "town", 33.390, 44.460, "IQ", ["مدينة الصدر"], []),
    "damascus": ("PLACE", "دمشق", "town", 33.510, 36.291, "SY", ["دمشق"], ["العاصمة السورية"]),
    "ain-tarma": ("PLACE", "عين ترما", "town", 33.510, 36.345, "SY", ["عين ترما"], []),
}
ADMIN1 = {"douma": "Rif Dimashq", "misraba": "Rif Dimashq", "harasta": "Rif Dimashq", "damascus": "Damascus",
          "ain-tarma": "Rif Dimashq"}


def _run(text: str, published: str = "2018-03-10") -> Analysis:
    entities = {eid: Entity(eid, t, name, name, aliases=list(al), lat=lat, lon=lon, level=level, country=country,
                            admin1=ADMIN1.get(eid))
                for eid, (t, name, level, lat, lon, country, _s, al) in ENT.items()}
    return events_over(text, entities, ((s, eid) for eid, v in ENT.items() for s in v[6]), published,
                       doc_id="docmergetowns")


def _places(a: Analysis, event_type: str) -> list[str | None]:
    return sorted(e.location or "" for e in a.events if e.event_type == event_type and e.modality == "actual")


def _of(a: Analysis, event_type: str) -> list[Event]:
    return [e for e in a.events if e.event_type == event_type and e.modality == "actual"]


def test_two_neighbouring_towns_in_one_sentence_are_two_strikes() -> None:
    a = _run("وقالت مصادر محلية إن 5 مدنيين قتلوا جراء غارات جوية على مدينة دوما اليوم السبت , "
             "فيما قتل 4 مدنيين في غارات مماثلة على بلدة مسرابا .")
    assert _places(a, "Explosions/Remote violence") == ["douma", "misraba"]


def test_victims_of_shelling_at_two_neighbouring_towns_in_two_sentences_are_two_events() -> None:
    a = _run("قتل 3 مدنيين بقصف مدفعي على بلدة مسرابا اليوم السبت .\nكما قتل مدنيان بقصف مدفعي على مدينة دوما .")
    assert _places(a, "Explosions/Remote violence") == ["douma", "misraba"]


def test_strikes_said_to_hit_a_neighbouring_town_too_are_an_event_there() -> None:
    a = _run("شنت الطائرات الحربية غارات على مدينة دوما اليوم السبت . "
             "وقال ناشطون إن الغارات استهدفت أيضا مدينة حرستا .")
    assert _places(a, "Explosions/Remote violence") == ["douma", "harasta"]


def test_a_days_toll_at_one_town_does_not_swallow_strikes_on_its_neighbours() -> None:
    a = _run("قتل 16 مدنيا حصيلة يوم من قصف النظام على مدينة حرستا اليوم السبت .\n"
             "وشنت الطائرات غارات على مدن دوما ومسرابا .")
    assert _places(a, "Explosions/Remote violence") == ["douma", "harasta", "misraba"]


def test_a_district_of_a_capital_merges_with_the_city() -> None:
    a = _run("قتل 17 شخصا في انفجار سيارة مفخخة في بغداد اليوم السبت .\n"
             "وانفجرت السيارة المفخخة في مدينة الصدر اليوم السبت .")
    assert len(_of(a, "Explosions/Remote violence")) == 1


def test_a_town_near_the_capital_but_outside_its_governorate_is_no_district_of_it() -> None:
    a = _run("قتل شخصان اليوم السبت في العاصمة السورية دمشق جراء سقوط قذائف هاون أطلقتها فصائل المعارضة . "
             "وفي المقابل , قصفت القوات النظامية اليوم بلدة عين ترما بالمدفعية .")
    assert _places(a, "Explosions/Remote violence") == ["ain-tarma", "damascus"]


def test_fights_at_two_neighbouring_towns_in_two_sentences_are_two_events() -> None:
    # a fight is coded at each town of its own name as a strike is: neither town holds the other
    a = _run("دارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة دوما اليوم السبت .\n"
             "وفي سياق متصل , اندلعت اشتباكات بين الطرفين في بلدة مسرابا .")
    assert _places(a, "Battles") == ["douma", "misraba"]


def test_a_fight_retold_at_the_same_town_stays_one_event() -> None:
    a = _run("دارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة دوما اليوم السبت .\n"
             "وقال ناشطون إن الاشتباكات في مدينة دوما أسفرت عن مقتل 5 عناصر .")
    assert _places(a, "Battles") == ["douma"]


def test_a_fight_in_a_capital_and_its_district_stays_one_event() -> None:
    # a city's quarter is the city (big_city): not two happenings
    a = _run("دارت اشتباكات بين القوات الأمنية ومسلحين في بغداد اليوم السبت .\n"
             "وقال مصدر إن الاشتباكات وقعت في مدينة الصدر اليوم السبت .")
    assert len(_of(a, "Battles")) == 1


def test_clashes_told_back_next_to_a_neighbouring_town_stay_one_fight() -> None:
    # "وترافقت الاشتباكات": the definite noun points back to the fight just told, whatever town its
    # sentence names (there the strikes')
    a = _run("دارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة دوما اليوم السبت .\n"
             "وترافقت الاشتباكات في بلدة مسرابا مع قصف مدفعي .")
    assert _places(a, "Battles") == ["douma"]

