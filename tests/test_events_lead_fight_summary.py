"""Events stage: a headline or lead that tells fighting at a governorate's city bearing the governorate's name
("معارك عنيفة جنوب إدلب") while the body tells the fighting at a town of that governorate, or the taking the
fighting won, sums up the body: one event at the body's place. A page that tells the city's own fighting in
its body keeps the lead's fighting there; a taking told with no fight, and a second town, stay apart.
Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from analysed import EntityRow, events_over_table

from rasd.records import Analysis

# id: (type, name, level, lat, lon, country, admin1, surfaces)
ENT: dict[str, EntityRow] = {
    "idlib": ("PLACE", "إدلب", "town", 35.930, 36.633, "SY", "Idlib", ["إدلب"]),
    "sarmin": ("PLACE", "سرمين", "town", 35.903, 36.725, "SY", "Idlib", ["سرمين"]),
    "saraqib": ("PLACE", "سراقب", "town", 35.864, 36.806, "SY", "Idlib", ["سراقب"]),
    "khuwayn": ("PLACE", "الخوين", "town", 35.560, 36.830, "SY", "Idlib", ["الخوين"]),
    "hts": ("ARMED_GROUP", "هيئة تحرير الشام", None, None, None, None, None, ["هيئة تحرير الشام"]),
    "regime": ("STATE_FORCES", "قوات النظام السوري", None, None, None, "SY", None, ["قوات النظام"]),
}


def _run(text: str, published: str = "2018-01-01") -> Analysis:
    return events_over_table(text, ENT, published, doc_id="docleadfightsummary")


def _battles(a: Analysis) -> list[tuple[str, str]]:
    return sorted((e.location or "", e.sub_event_type or "") for e in a.events
                  if e.event_type == "Battles" and e.modality == "actual")


def test_the_lead_fighting_at_the_governorate_name_is_the_towns_fighting() -> None:
    a = _run("معارك عنيفة في إدلب .\n"
             "ودارت اليوم الإثنين اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في بلدة سرمين .")
    assert _battles(a) == [("sarmin", "Armed clash")]


def test_the_lead_fighting_is_the_taking_it_won() -> None:
    a = _run("معارك عنيفة في إدلب .\n"
             "وتمكنت هيئة تحرير الشام اليوم الإثنين من استعادة السيطرة على قرية الخوين بعد معارك عنيفة مع قوات النظام .")
    assert _battles(a) == [("khuwayn", "Non-state actor overtakes territory")]


def test_a_taking_told_with_no_fight_is_other_ground() -> None:
    a = _run("معارك عنيفة في إدلب .\n"
             "وسيطرت هيئة تحرير الشام اليوم الإثنين على قرية الخوين .")
    assert ("idlib", "Armed clash") in _battles(a)


def test_the_city_told_in_the_body_keeps_the_lead_fighting_there() -> None:
    a = _run("معارك عنيفة في إدلب .\n"
             "ودارت اليوم الإثنين اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في بلدة سرمين .\n"
             "وقصفت قوات النظام اليوم الإثنين أحياء في إدلب .")
    assert ("idlib", "Armed clash") in _battles(a) and ("sarmin", "Armed clash") in _battles(a)


def test_two_towns_fights_stay_two() -> None:
    a = _run("معارك عنيفة في إدلب .\n"
             "ودارت اليوم الإثنين اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في بلدة سرمين .\n"
             "كما دارت اليوم الإثنين اشتباكات عنيفة بين قوات النظام وهيئة تحرير الشام في مدينة سراقب .")
    assert _battles(a) == [("saraqib", "Armed clash"), ("sarmin", "Armed clash")]
