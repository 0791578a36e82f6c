"""Places a happening is only headed for or described by (judged PLACE_OTHER on the breadth samples): the
objective of an advance or a withdrawal ("مع تقدم قواته صوب بيت جن وسط اشتباكات": the clashes were on the way,
not in Beit Jinn), a region told near a town with a relative clause between ("الغوطة الشرقية التي تسيطر عليها
الفصائل قرب دمشق": the strikes hit the region, not Damascus), and a district noun opening the name before a
direction ("قضاء الدبس شمال غربي كركوك")."""
from analysed import analyse_text

from rasd.knowledge.gazetteer import haversine_km
from rasd.records import Analysis


def _places(a: Analysis) -> set[str]:
    return {a.entities[e.location].name_ar for e in a.events if e.location}


def test_objective_of_an_advance_is_not_the_clash_place() -> None:
    a = analyse_text("وقال الجيش السوري إنه طوق بلدة مغر المير عند سفح جبل الشيخ مع تقدم قواته صوب بيت جن"
                     " وسط اشتباكات عنيفة .", "2017-12-20")
    assert a.events and "بيت جن" not in _places(a)


def test_objective_of_an_advance_gives_way_to_the_region_it_lies_in() -> None:
    a = analyse_text("اندلعت اشتباكات بين تنظيم الدولة وقوات النظام بعد محاولة الأخيرة التقدم باتجاه مطار الجراح"
                     " العسكري في ريف حلب الشرقي .", "2017-05-23")
    assert _places(a) == {"ريف حلب الشرقي"}


def test_town_told_in_stays_though_an_advance_heads_to_it() -> None:
    a = analyse_text("اندلعت اشتباكات عنيفة في بلدة الفوعة بعد تقدم جيش الفتح نحو البلدة .", "2015-09-21")
    assert _places(a) == {"الفوعة"}


def test_shelling_aimed_towards_a_town_stays_there() -> None:
    a = analyse_text("قصفت المدفعية التركية مواقع الوحدات الكردية باتجاه مدينة عفرين اليوم .", "2018-01-20")
    assert _places(a) == {"عفرين"}


def test_region_with_a_relative_clause_near_a_town_is_the_event_place() -> None:
    a = analyse_text("قتل عشرة أشخاص جراء غارات مكثفة شنها الطيران السوري الجمعة على منطقة الغوطة الشرقية التي"
                     " تسيطر عليها الفصائل المقاتلة قرب دمشق , حسبما أفاد المرصد .", "2017-11-17")
    assert _places(a) == {"الغوطة الشرقية"}


def test_district_noun_opens_the_name_before_a_direction() -> None:
    a = analyse_text("وقتل جنديان بانفجار عبوة ناسفة في قضاء الدبس شمال غربي كركوك أمس .", "2017-10-17")
    # Dibis itself (the district noun cues the gazetteer's town "دبز"/"الدبس"), not a point near Kirkuk
    places = [a.entities[e.location] for e in a.events if e.location]
    assert places and all(p.country == "IQ" and p.lat is not None and p.lon is not None for p in places)
    assert all(haversine_km(p.lat, p.lon, 35.67, 44.07) < 5 for p in places)      # type: ignore[arg-type]


def test_objective_that_a_relative_clause_tells_the_clashes_at_stays() -> None:
    a = analyse_text("سيطرت فصائل درع الفرات على ثلاث قرى جديدة , بعد انسحاب تنظيم الدولة منها باتجاه مدينة"
                     " الباب التي تشهد مواجهات عنيفة ما تزال مستمرة لليوم الثاني .", "2017-02-21")
    assert "الباب" in _places(a)


def test_ras_baalbek_is_not_baalbek_city() -> None:
    a = analyse_text("بدأ الهجوم يوم السبت بالتزامن مع حملة للجيش اللبناني لإخراج مقاتلي الدولة الإسلامية من منطقة"
                     " راس بعلبك بالشمال الشرقي .", "2017-08-19")
    assert _places(a) == {"رأس بعلبك"}
