"""Event sub-types from the words around the trigger (issue #4, wrong event type): live fire at a
protest is excessive force, a break-up told before another protest is not that protest's; a place
name ("حجارة", a village) is no crowd of stone-throwers; demonstrators who attack riot; aircraft
named as the backer of a ground deed ("مدعومة بسلاح الجو الروسي") tell no strike; chemical weapons
held ("التي يملكها النظام") are no chemical attack.
Sentences from unifiedfc articles of the breadth set (R-411, R-73, V-495, V-14, V-327, R-51, V-483),
most rules with a negative twin; the whole pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis

EXCESSIVE = ("Protests", "Excessive force against protesters")
INTERVENTION = ("Protests", "Protest with intervention")
PEACEFUL = ("Protests", "Peaceful protest")
AIR = ("Explosions/Remote violence", "Air/drone strike")


def _types(text: str, published: str = "2017-09-20") -> list[tuple[str, str]]:
    a: Analysis = analyse_text(text, published, doc_id="tc", stages=None)
    return [(e.event_type, e.sub_event_type) for e in a.events]


def test_fire_opened_on_a_protest_is_excessive_force() -> None:
    # before, a peaceful protest (no crackdown word next to it)
    text = ("3 يونيو 2011 قال مرصد لمراقبة حقوق الإنسان في سورية أن ما لا يقل عن 34 قتلوا في مدينة حماة عندما "
            "فتحت قوات الأمن النار على تظاهرة مناوئة للحكومة .")
    assert EXCESSIVE in _types(text, "2011-06-04")


def test_a_protest_broken_up_later_in_its_sentence_is_one_with_intervention() -> None:
    # the break-up told after the protest (passes before and after the change)
    text = ("16 مارس 2011 شهدت العاصمة السورية دمشق تظاهرة أمام وزارة الداخلية مطالبة بالحرية والديمقراطية "
            "انتهت بشكل سريع بعد تفريق قوات الأمن لها مما تسبب في إصابة شخص واعتقال 5 آخرين .")
    assert INTERVENTION in _types(text, "2011-03-17")


def test_a_break_up_told_before_is_another_protests() -> None:
    # R-411: the Homs protest was broken up; the Kurds' protests after "كما" were not
    text = ("13 مايو 2011 الجيش السوري ينسحب من بانياس ودرعا تدريجيا , ومقتل متظاهران في حمص برصاص الأمن خلال "
            "تفريق مظاهرة , كما تظاهر آلاف الأكراد في القامشلي وعامودا .")
    types = _types(text, "2011-05-14")
    assert PEACEFUL in types
    assert INTERVENTION not in types


def test_protesters_killed_by_security_forces() -> None:
    # "محتجا" (accusative) names the victims as protesters; before, an armed clash
    text = ('وكانت " إن ار اتي " نقلت الثلاثاء عن المتحدث باسم إدارة الصحة في بلدة رانية , طه محمد , قوله " قوات '
            'الأمن استخدمت السلاح وقتلت خمسة وأصابت نحو 80 محتجا " .')
    assert _types(text) == [EXCESSIVE]


def test_a_village_named_stones_is_no_riot() -> None:
    # V-495: "حجارة" is a village of the list; before, the battle was typed a riot
    text = ("اندلعت اشتباكات عنيفة بين عناصر تحرير الشام وقوات النظام على جبهة حي الراشدين غربي حلب وفي الريف "
            "الجنوبي تمكنت قوات المعارضة من استعادة السيطرة على قرى الرشادية وحجارة والحويوي عقب معارك مع قوات "
            "النظام حيث تم اسر عنصر واغتنام دبابة .")
    types = _types(text, "2017-12-05")
    assert not any(t == "Riots" for t, _s in types)
    assert ("Battles", "Non-state actor overtakes territory") in types


def test_aircraft_backing_a_ground_deed_are_no_strike() -> None:
    # V-14: the air force backs the troops; before, an air strike was coded
    text = ("وذكرت الوزارة في بيان أن القوات السورية , مدعومة بسلاح الجو الروسي , تمكنت من قتل عدد كبير من "
            "مسلحي التنظيم وتدمير عتاد لهم في دير الزور .")
    assert AIR not in _types(text)


def test_a_campaign_backed_by_aircraft_is_the_campaign() -> None:
    # V-327: the regime's campaign, backed by the Russian air force; before, an air strike. Told as the
    # city's state "for several days" it is a campaign frame, no happening (session 22,
    # background._campaign_named); launched ("وشن ... حملة") it is the campaign's happening, typed as the campaign
    text = ("تشهد مدينة ديرالزور منذ عدة أيام حملة شرسة قام بها نظام الأسد وحلفاؤه بدعم من الطيران الروسي على "
            "الاحياء الواقعة تحت سيطرة داعش حيث احرزت تقدم واضح .")
    assert _types(text) == []
    launched = ("وشن نظام الأسد وحلفاؤه حملة شرسة على مدينة ديرالزور بدعم من الطيران الروسي على الاحياء الواقعة "
                "تحت سيطرة داعش حيث احرزت تقدم واضح .")
    types = _types(launched)
    assert AIR not in types
    assert ("Battles", "Armed clash") in types


def test_strikes_backing_a_ground_deed_are_still_strikes() -> None:
    # "بدعم من غارات جوية": the strike noun tells strikes (passes before and after the change)
    text = ("وذكرت المعارضة المسلحة أن قوات الجيش تقدمت شرق وجنوب بلدة بيت جن بدعم من غارات جوية مكثفة وقصف "
            "مدفعي عنيف .")
    assert AIR in _types(text)


def test_demonstrators_who_attack_riot() -> None:
    # "وهاجم المحتجون في حمص مركزا حكوميا": before, an armed clash beside a peaceful protest
    text = ("8 أبريل 2011 انطلقت تظاهرات معارضة للسلطات السورية في عدد من المدن السورية ( درعا وحمص والقامشلي "
            "واللاذقية ) عقب صلاة الجمعة والتي أطلق عليها ( جمعة الصمود ) وشهد بعضها اشتباكات مع قوات الأمن , حيث "
            "سقط 19 قتيل في محافظة درعا , وهاجم المحتجون في حمص مركزا حكوميا وأحرقوا سيارة تابعة له .")
    a: Analysis = analyse_text(text, "2011-04-09", doc_id="tc", stages=None)
    attack = [e for e in a.events if e.trigger and "هاجم" in e.trigger]
    assert attack and all(e.event_type == "Riots" for e in attack)


def test_chemical_weapons_held_are_no_attack() -> None:
    # V-483: weapons the regime owns; before, a chemical attack in Damascus
    text = ("فالدول الغربية تخشى أن تصل الأسلحة الكيميائية التي يملكها النظام في حالة سقوطه على أيدي الجماعات "
            "المتطرفة في دمشق .")
    assert ("Explosions/Remote violence", "Chemical weapon") not in _types(text, "2013-05-01")


def test_a_chemical_attack_stays_one() -> None:
    # R-411 wording: an attack with chemical weapons told as such (a twin)
    text = "فرنسا تدعو لعقد جلسة طارئة لمجلس الأمن لبحث الهجوم الكيماوي على خان شيخون في إدلب أمس ."
    assert ("Explosions/Remote violence", "Chemical weapon") in _types(text, "2017-04-05")
