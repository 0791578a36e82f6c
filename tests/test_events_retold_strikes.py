"""Events stage: a strike told again in its own page - by a definite noun later in its sentence ("وعند هدوء
القصف"), or in the lead at a governorate's city that stands for the governorate ("غارات على دير الزور")
and in the body at a town of it - is one event, not two. Hand-written sentences with hand-made mentions."""

from __future__ import annotations

from analysed import EntityRow, events_over_table

from rasd.records import Analysis

# id: (type, name, level, lat, lon, country, admin1, surfaces)
ENT: dict[str, EntityRow] = {
    "palmyra": ("PLACE", "تدمر", "town", 34.560, 38.267, "SY", "Homs", ["تدمر"]),
    "deir-ez-zor": ("PLACE", "دير الزور", "town", 35.336, 40.141, "SY", "Deir ez-Zor", ["دير الزور"]),
    "shaafa": ("PLACE", "الشعفة", "town", 34.573, 40.940, "SY", "Deir ez-Zor", ["الشعفة"]),
    "mayadin": ("PLACE", "الميادين", "town", 35.019, 40.452, "SY", "Deir ez-Zor", ["الميادين"]),
    "isis": ("ARMED_GROUP", "تنظيم الدولة الإسلامية", None, None, None, None, None, ["داعش", "التنظيم"]),
    "russia-air": ("STATE_FORCES", "القوات الجوية الفضائية الروسية", None, None, None, "RU", None,
                   ["الطيران الروسي", "الطائرات الروسية"]),
}


def _run(text: str, published: str = "2017-11-26") -> Analysis:
    return events_over_table(text, ENT, published, doc_id="docretoldstrikes")


def _strikes(a: Analysis) -> list[str]:
    return sorted(e.location or "" for e in a.events
                  if e.event_type == "Explosions/Remote violence" and e.modality == "actual")


def test_a_definite_strike_noun_later_in_the_sentence_is_the_strike_told_again() -> None:
    # the bombing's "القصف" picks up the IS fighters of its clause as its actor: still the Russian strike
    a = _run("سيطر داعش يوم أمس على مدينة تدمر , وقام اليوم صباحا الطيران الروسي بقصف عنيف عشوائي على المدينة , "
             "فقامت عناصر التنظيم بالانسحاب لأطراف المدينة وعند هدوء القصف عادوا وسيطروا على كامل المدينة .")
    assert _strikes(a) == ["palmyra"]


def test_a_governorate_city_in_the_lead_and_a_town_of_it_in_the_body_are_one_strike() -> None:
    a = _run("مقتل العشرات في غارات على دير الزور .\n"
             "لقي نحو 34 مدنيا مصرعهم اليوم الأحد في غارات روسية على قرية تقع تحت سيطرة داعش شرق سوريا .\n"
             "وقد استهدفت الطائرات الروسية أهدافا للتنظيم في قرية الشعفة الواقعة على الضفة الشرقية لنهر الفرات .")
    assert _strikes(a) == ["shaafa"]


def test_a_strike_noun_with_its_own_other_place_is_another_strike() -> None:
    a = _run("قام الطيران الروسي بقصف عنيف على مدينة الميادين اليوم , وطال القصف قرية الشعفة .")
    assert _strikes(a) == ["mayadin", "shaafa"]


def test_the_city_named_in_the_body_stays_a_place_of_its_own() -> None:
    # the lead names neither: a strike on the city and one on a town of its governorate, told paragraphs on
    a = _run("المرصد السوري : حصيلة يوم من القتال في سوريا .\n" + "وقال المرصد إن المعارك مستمرة . " * 20
             + "\nوقتل 5 مدنيين اليوم الأحد في غارات روسية على مدينة دير الزور .\n"
             "كما قتل 3 مدنيين اليوم الأحد في غارات روسية على قرية الشعفة .")
    assert _strikes(a) == ["deir-ez-zor", "shaafa"]


def test_fighting_at_the_city_in_the_lead_is_not_a_towns_fighting() -> None:
    # the body tells the city's own fighting: the lead's city is the city (with no such telling, the lead sums up
    # the town's fighting: test_events_lead_fight_summary)
    a = _run("معارك عنيفة في دير الزور .\nودارت اليوم الأحد معارك عنيفة بين قوات النظام وداعش في مدينة الميادين .\n"
             "وتواصلت اليوم الأحد الاشتباكات في أحياء دير الزور .")
    battles = sorted(e.location or "" for e in a.events if e.event_type == "Battles" and e.modality == "actual")
    assert battles == ["deir-ez-zor", "mayadin"]


def test_the_lead_city_told_as_a_city_is_the_city_itself() -> None:
    a = _run("سبعة قتلى مدنيين جراء غارات روسية على أحياء مدينة دير الزور اليوم الأحد .\n"
             "ومقتل خمسة مدنيين جراء قصف جوي روسي على قرية الشعفة اليوم الأحد .")
    assert _strikes(a) == ["deir-ez-zor", "shaafa"]


def test_aircraft_whose_verb_is_negated_strike_nothing() -> None:
    a = _run("وقال إن الطائرات الروسية من دون طيار لم ترصد أي اشتباكات بين الطرفين عندما اقتربوا من دير الزور .")
    assert _strikes(a) == []


def test_aircraft_that_did_not_stop_bombing_still_strike() -> None:
    a = _run("وقال ناشطون إن الطيران الروسي لم يتوقف عن قصف مدينة الميادين اليوم الأحد .")
    assert _strikes(a) == ["mayadin"]
