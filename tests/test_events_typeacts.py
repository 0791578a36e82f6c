"""Types of session 29 (typeacts; TYPE_BATTLES / TYPE_OTHER rows of the judged breadth samples): who did it to
whom. A car bomb caught or a suicide vehicle taken over is a disrupted weapons use; protesters who are the dead of
a confrontation, or a sit-in an army attacks, met excessive force; a toll of an attack on a newspaper, a mosque or
a church, and an attack whose dead are workers or civilians, are violence against civilians; aircraft named as a
ground attack's cover leave it a battle. Sentences from unifiedfc articles of the breadth
set (V-688, R-169, R-411, V-486, R-487, R-659, R-99, R-82, V-275), each rule with its negative twins; the
whole pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import actual_types

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
FORCE = ("Protests", "Excessive force against protesters")
RIOT = ("Riots", "Violent demonstration")
AIR = ("Explosions/Remote violence", "Air/drone strike")


def _types(text: str, published: str = "2017-12-26") -> list[tuple[str, str]]:
    return actual_types(text, published, "tacts")


def test_a_car_bomb_caught_is_a_disrupted_weapon() -> None:
    # V-688 (Liveuamap, 26 Dec 2017): the FSA seizes a car bomb in Jarabulus
    assert _types("الجيش السوري الحر يقبض على سيارة مفخخة في جرابلس شرق حلب .") == [DISRUPTED]


def test_a_suicide_vehicle_taken_over_takes_no_ground() -> None:
    # R-169 (Liveuamap, Dec 2017): Turkish security took over a suicide vehicle in Istanbul; the taking verb is no
    # fight that would make the weapon the loot of a battle
    got = _types("استولت قوات الأمن التركية على مركبة أنتحارية في باسليفلر اسطنبول .", "2017-12-13")
    assert got == [DISRUPTED]


def test_protesters_who_are_the_dead_met_excessive_force() -> None:
    # R-411 (Assakina chronology of 2011): the Daraa hospital received 25 bodies of protesters
    text = ("24 مارس 2011 أفاد مسئول في المستشفى الرئيسي بمحافظة درعا أنه استقبل ما لا يقل عن 25 جثة لمحتجين قتلوا "
            "في مواجهات مع قوات الأمن و أن جميع الجثث عليها آثار أعيرة نارية .")
    got = _types(text, "2011-03-25")
    assert FORCE in got and RIOT not in got


def test_protesters_throwing_stones_riot() -> None:
    # the twin: the crowd's own violence is told (R-99 Hebron wording)
    text = ("أصيب 12 فلسطينيا بجروح خلال مواجهات بين المحتجين والجيش الإسرائيلي في الخليل بعد أن رشق المحتجون "
            "الجنود بالحجارة .")
    assert RIOT in _types(text, "2013-04-03")


def test_an_army_attacking_a_sit_in_used_force_on_a_protest() -> None:
    # V-486 (ANHA chronology of 2016): the Turkish army on the Jindires sit-in
    text = ("20 كانون الثاني 2016 هاجم الجيش التركي على أهالي ناحية جندريسه بمقاطعة عفرين أثناء اعتصامهم على "
            "الحدود الفاصلة بين روج آفا وباكور كردستان بالقرب من قرية حمام للتنديد بانتهاكات الدولة التركية .")
    assert _types(text, "2016-01-21") == [FORCE]


def test_the_toll_of_an_attack_on_a_newspaper() -> None:
    # R-487 (Al-Bilad year review 2015): Charlie Hebdo
    assert _types("7 يناير 2015 م : - هجوم مسلح على مقر صحيفة شارلي ايبدو يوقع 11 قتيلا في باريس .",
                  "2015-01-08") == [VAC]
    # the twin: a police post attacked stays a clash
    assert _types("7 يناير 2015 م : - هجوم مسلح على مقر للشرطة يوقع 11 قتيلا في باريس .", "2015-01-08") == [CLASH]


def test_the_victims_of_the_crime_of_a_mosque() -> None:
    # R-659 (EIPSS monitor, 27 Nov 2017): the Qatari emir's condolence for the Rawda mosque attack
    got = _types("أمير قطر يعزي السيسي بضحايا جريمة مسجد الروضة بسيناء .", "2017-11-25")
    assert got == [VAC]


def test_an_attack_on_a_church_misspelt() -> None:
    # R-82 (press review, 19 Dec 2017): the Quetta church attack ("كنسية")
    text = ("أبرزت الصحف الباكستانية تطورات الوضع الأمني في باكستان بعد الهجوم الدامي الذي استهدف كنسية في مدينة "
            "كويتا يوم الأحد وأسفر عن عشرات القتلى والجرحى .")
    assert CLASH not in _types(text, "2017-12-19")


def test_an_attack_whose_dead_are_workers() -> None:
    # R-99 (Assakina chronology, April 2013): gunmen attacked the Akkas gas field and killed four workers
    text = ("وفي العراق , هاجم مسلحين جزءا من حقل غاز عكاس الذي تطوره شركة الغاز الكورية الجنوبية \" كوجاس \" في "
            "محافظة الأنبار وقتلوا 4 عمال محليين وخطفوا اثنين آخرين .")
    assert _types(text, "2013-04-03") == [VAC]
    assert _types("هاجم عناصر داعش قرية الشعيطات في ريف دير الزور وقتلوا 5 مدنيين .") == [VAC]


def test_an_attack_on_a_force_or_by_air_keeps_its_type() -> None:
    # the twins: a checkpoint attacked, fighters killed, the air coalition's attacks (V-688)
    assert _types("هاجم مسلحون حاجزا للجيش في مدينة العريش وقتلوا 3 مدنيين .") == [CLASH]
    assert _types("هاجمت فصائل المعارضة مواقع قوات النظام في حي جوبر وقتلت 10 عناصر .") == [CLASH]
    got = _types("هجمات التحالف السعودي على منزل خلف المقبرة المصرية في عصر غرب صنعاء اليمن قتل 7 مدنيين وجرح 6 "
                 "أشخاص .")
    assert VAC not in got


def test_air_cover_of_a_ground_attack_is_no_air_strike() -> None:
    # V-275 (Al-Jumhuriya retrospective): the regime's attacks under Russian air cover south-west of Aleppo
    text = ("في مطلع شهر أيلول , صعدت قوات النظام والميليشيات المساندة لها تحت غطاء جوي روسي من هجماتها جنوب غرب "
            "حلب .")
    assert AIR not in _types(text, "2016-09-10")
