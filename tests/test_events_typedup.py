"""Types and non-events of session 26 (typedup; TYPE_OTHER and NONEVENT rows of the judged breadth samples):
an armed group holding a commander or the members of another armed group makes an arrest (ACLED Arrests), not
an abduction of civilians; a massacre told with its aircraft is an air strike; "في ظل سيطرة" (under the control
of) is a state, not a taking; "منعنا من التقدم وتحرير" (we were kept from advancing and liberating) tells no
liberation. Sentences from unifiedfc articles of the breadth set (V-370, V-154, V-421, R-411, V-486, V-184,
V-295, R-347), each rule with its negative twin; the whole pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import actual_types


def _types(text: str, published: str = "2017-12-06") -> list[tuple[str, str]]:
    return actual_types(text, published, "td")


ARREST = ("Strategic developments", "Arrests")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")


def test_an_armed_group_arresting_an_enemy_commander_is_an_arrest() -> None:
    # V-370: the FSA detains an IS commander at Jarablus
    text = ("في سياق آخر , ألقى عناصر الجيش السوري الحر , اليوم الأربعاء , القبض على قيادي عامل في صفوف "
            "تنظيم \" الدولة \" على أطراف مدينة جرابلس بريف حلب الشرقي .")
    assert _types(text) == [ARREST]


def test_an_armed_group_arresting_another_groups_members_is_an_arrest() -> None:
    # V-421: HTS's campaign against figures of al-Qaeda (another armed group named after the detainees)
    text = ("شنت \" هيئة تحرير الشام \" حملة اعتقالات واسعة , الإثنين , طالت عددا من الشخصيات السلفية "
            "الجهادية التابعة لتنظيم \" القاعدة \" في إدلب .")
    assert _types(text, "2017-11-28") == [ARREST]


def test_an_armed_group_detaining_civilians_stays_an_abduction() -> None:
    # V-486 / R-411: civilians, and protest organisers behind the group's own fighters ("مسلحو قسد")
    text = "اعتقلت \" قسد \" مدنيين في حي النشوة بمدينة الحسكة واقتادتهم إلى التجنيد الإجباري ."
    assert _types(text) == [ABDUCTION]
    text = ("اعتقل مسلحو \" قسد \" عددا من منظمي تظاهرة مناصرة للقدس خرجت في مدينة منبج في ريف حلب الشمالي "
            "الشرقي .")
    assert ABDUCTION in _types(text)


def test_a_massacre_by_the_air_coalition_is_an_air_strike() -> None:
    # R-117 (Liveuamap, Eldorar): "the international coalition committed a massacre", 17 killed
    text = ("مصادر الدرر الإعلامية : ارتكب التحالف الدولي مذبحة للمدنيين في قرية الحسينية في ريف دير الزور , "
            "مما أدى إلى مقتل 17 شخصا .")
    assert _types(text, "2017-04-18") == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_massacre_by_hand_stays_an_attack() -> None:
    # the same wording with an execution told: the killing is by hand
    text = "ارتكب عناصر التنظيم مجزرة بحق عائلة في قرية الحسينية بريف دير الزور بعد إعدامهم ميدانيا ."
    assert _types(text) == [("Violence against civilians", "Attack")]


def test_under_control_is_a_state() -> None:
    # V-295: refugees in al-Raml camp live in calm "under the regime's control"
    text = ("يعيش اللاجئون الفلسطينيون السوريون في مخيم الرمل بمدينة اللاذقية حالة من الاستقرار الأمني "
            "والهدوء في ظل سيطرة النظام على المخيم وجميع المناطق المحيطة به .")
    assert _types(text, "2018-01-20") == []
    # a taking told with its day stays
    assert _types("سيطرت قوات النظام اليوم على مخيم الرمل في مدينة اللاذقية .", "2018-01-20") == [
        ("Battles", "Government regains territory")]


def test_kept_from_liberating_is_no_liberation() -> None:
    # a faction's statement complains it was kept from advancing and liberating its land
    text = ("وقال البيان إن البنتاغون \" منعنا من التقدم وتحرير أرضنا من داعش والتزامنا البقاء في معسكر التنف \" "
            ".")
    assert _types(text, "2017-08-01") == []
