"""A town of Syria or a neighbour that is the only trace of its country where the text is about
another country is that country's namesake (taken when the gazetteer has it, else left
unresolved): geocode._stray_namesakes, on the page and in the passage."""

from __future__ import annotations

from analysed import analyse_text, place_countries


def test_a_namesake_in_an_iraq_report_is_the_iraqi_town() -> None:
    # Tolerancy, 9 June 2016: the Nasiriyah blast, an Iraq report (not al-Nasiriyah of Qalamoun)
    a = analyse_text("أعلنت دائرة صحة ذي قار في العراق أن حصيلة الانفجار الذي وقع في قسم مكافحة المتفجرات "
                     "بمدينة الناصرية ارتفعت إلى ستة قتلى . وقال مسؤول عراقي في بغداد إن الحادث عرضي . "
                     "وأكدت وزارة الداخلية العراقية أن العراق يواجه الإرهاب في الفلوجة .",
                     stages=["entities", "places"])
    found = place_countries(a, "الناصرية")
    assert found and all(cc == "IQ" for cc in found)


def test_a_district_of_an_afghan_province_is_no_syrian_town() -> None:
    # Alhurra: a car bomb in a market of Nawa district, Helmand; the gazetteer has only Daraa's Nawa,
    # and "القوات الحكومية" reads as Syria's forces (which kept _off_country_names' page-wide check off)
    a = analyse_text("أفغانستان : 13 قتيلا في انفجار سيارة ملغومة . قال مسؤولون إن 13 شخصا قتلوا في انفجار سيارة "
                     "ملغومة بإقليم هلمند في جنوب أفغانستان الأحد . وأكد المتحدث باسم حاكم هلمند أن الهجوم وقع في "
                     "سوق بمنطقة نوا وسط الإقليم إذ تقاتل القوات الحكومية متشددي حركة طالبان . وقالت القوات "
                     "الأفغانية إنها استعادت السيطرة على منطقة نوا في تموز لكن القتال استمر في أفغانستان .",
                     stages=["entities", "places"])
    found = place_countries(a, "نوا")
    assert found and all(cc != "SY" for cc in found)


def test_a_town_among_places_of_another_country_is_that_country_s() -> None:
    # Al-Hayat via alsafahat: Rabia of Nineveh among Mosul's places, on a page about Syria
    page = ("قصفت قوات النظام السوري مدينة حمص . وقالت الحكومة السورية إن الجيش يتقدم في ريف حمص . "
            * 3)
    a = analyse_text(page + "وقال قائد قوات البيشمركة إن قوة من الحشد هاجمت قواتنا في قضاء تلكيف شمال الموصل . "
                     "وقال إن القوة هاجمت قواتنا لدى توجهها من مركز ناحية ربيعة إلى قرية المحمودية .",
                     stages=["entities", "places"])
    found = place_countries(a, "ربيعة")
    assert found and all(cc != "SY" for cc in found)


def test_a_syrian_town_on_a_syrian_page_that_names_no_country_stays() -> None:
    # Syrian news often name no country: a page naming Jordan's capital and Morocco keeps
    # Abu al-Duhur; so does a border village next to a Turkish town
    a = analyse_text("اندلعت اشتباكات بين هيئة تحرير الشام وحركة أحرار الشام في بلدة أبو الظهور . "
                     "وقال شرعي مغربي مقيم في العاصمة الأردنية إن الهيئة أفتت بقتال الحركة . "
                     "وكان قد غادر المغرب قبل سنوات .", stages=["entities", "places"])
    assert place_countries(a, "أبو الظهور") == ["SY"]
