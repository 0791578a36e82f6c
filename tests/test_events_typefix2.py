"""Types of session 27 (typefix2; TYPE_OTHER and TYPE_BATTLES rows of the judged breadth samples): a weapon
seized or found by police or troops did not strike; ground taken after the other side withdrew, or with
"no resistance" told in another clause, changed hands without a battle; a drone shot down is a disrupted
weapon, not a clash; a killing verb whose subject is an aircraft is an air strike. Sentences from unifiedfc
articles of the breadth set (R-499, R-169, R-82, R-533, R-411, R-480), each rule with its negative twin; the
whole pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import actual_types

NVT = ("Strategic developments", "Non-violent transfer of territory")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def _types(text: str, published: str = "2017-10-17") -> list[tuple[str, str]]:
    return actual_types(text, published, "tf2")


def test_a_seized_mortar_store_is_no_shelling() -> None:
    # R-499 (Youm7 digest): "and the seizure of a store of anti-tank rounds and mortar shells in Sinai"
    text = ("ضبط الأمن الوطنى 5 إرهابيين إخوان قبل تنفيذ عمليات تخريبية بمحافظة السويس , وضبط مخزن مقذوفات "
            "مضادة للدبابات وقذائف هاون بسيناء , واكتمال الجمعية العمومية فى انتخابات النادى الأهلى .")
    assert not [t for t in _types(text, "2017-11-30") if t[0] == "Explosions/Remote violence"]


def test_a_suicide_vehicle_seized_by_named_police_is_no_bombing() -> None:
    # R-169 (Liveuamap): the seizing force's nisba adjective stands between the verb and the weapon
    text = "استولت قوات الأمن التركية على مركبة أنتحارية في باسليفلر اسطنبول ."
    assert ("Explosions/Remote violence", "Suicide bomb") not in _types(text, "2017-12-13")


def test_a_fired_mortar_still_shells() -> None:
    text = "سقطت قذائف هاون على حي باب توما في دمشق صباح اليوم ."
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in _types(text, "2017-11-30")


def test_a_taking_after_the_other_side_withdrew_is_a_non_violent_transfer() -> None:
    # R-533 (Al Arabiya): Yazidi PMF forces took Sinjar after the Peshmerga withdrew
    text = ("وكانت قوات أيزيدية , منضوية تحت ميليشيات الحشد الشعبي , قد سيطرت في وقت سابق من اليوم على قضاء "
            "سنجار في سهل نينوى بعد انسحاب قوات البيشمركة .")
    assert _types(text) == [NVT]


def test_no_resistance_told_in_another_clause_is_a_non_violent_transfer() -> None:
    # R-533 (France 24): Iraqi forces took the Kirkuk oil fields, "the Kurds withdrew without resistance"
    text = ("وتقدمت القوات العراقية وسيطرت بسرعة على حقول النفط وأكبر قاعدة عسكرية في كركوك , وانسحب الأكراد "
            "من مواقعهم دون مقاومة .")
    assert NVT in _types(text, "2017-10-18")
    assert not [t for t in _types(text, "2017-10-18") if t[0] == "Battles"]


def test_a_taking_after_a_withdrawal_under_fire_stays_a_battle() -> None:
    # the negative twin: fighting told in the sentence
    text = ("وكانت قوات أيزيدية , منضوية تحت ميليشيات الحشد الشعبي , قد سيطرت في وقت سابق من اليوم على قضاء "
            "سنجار في سهل نينوى بعد انسحاب قوات البيشمركة إثر اشتباكات عنيفة .")
    got = _types(text)
    assert NVT not in got and any(t == "Battles" for t, _ in got), got


def test_a_drone_shot_down_is_a_disrupted_weapon() -> None:
    # R-411 (Al-Mada chronology): the Syrian army downs an Israeli reconnaissance drone
    text = ("الجيش السوري يسقط طائرة استطلاع إسرائيلية من دون طيار , بعد خرقها الأجواء السورية في ريف "
            "القنيطرة .")
    assert _types(text, "2017-03-20") == [DISRUPTED]


def test_a_war_plane_shot_down_is_still_a_clash() -> None:
    text = "أسقطت فصائل المعارضة طائرة حربية تابعة لقوات النظام في ريف حماة الشرقي اليوم ."
    got = _types(text, "2017-03-20")
    assert DISRUPTED not in got and ("Battles", "Armed clash") in got, got


def test_a_killing_by_a_drone_is_an_air_strike() -> None:
    # R-480 (Sana'a Center bulletin): "a US drone killed three members of the Southern Movement"
    text = ("غير أن جهود مناهضة تنظيم القاعدة مرت بنكسة في 22 أبريل / نيسان , عندما قتلت طائرة أمريكية بدون "
            "طيار ثلاثة من عناصر الحراك الجنوبي الحليف للحكومة في مديرية الصعيد في محافظة شبوة .")
    assert _types(text, "2017-05-01") == [("Explosions/Remote violence", "Air/drone strike")]


def test_a_killing_by_ground_forces_is_no_air_strike() -> None:
    text = ("عندما قتلت قوات الحوثيين ثلاثة من عناصر الحراك الجنوبي الحليف للحكومة في مديرية الصعيد في "
            "محافظة شبوة في 22 أبريل / نيسان .")
    assert ("Explosions/Remote violence", "Air/drone strike") not in _types(text, "2017-05-01")


def test_artillery_covering_a_ground_advance_is_no_shelling() -> None:
    # V-143 (Al Bawaba): a ground attack on Tal al-Bayda, its fighters killed "while clashing with the forces that
    # tried to advance under artillery cover"
    text = ("أسفر هجوم نفذته قوات من جيش النظام وميليشيات ما يعرف ب - \" الدفاع الوطني \" على موقع \" تلة البيضاء \" "
            "في منطقة جبل الأكراد بريف اللاذقية فجر اليوم عن مقتل أربعة شهداء من فصيل \" الساحلية الثانية \" , اثر "
            "اشتباكهم مع القوات التي حاولت التقدم تحت غطاء مدفعي .")
    got = _types(text, "2016-02-29")
    assert got == [("Battles", "Armed clash")], got


def test_artillery_fire_told_as_such_still_shells() -> None:
    text = "وقصفت قوات النظام بالمدفعية الثقيلة قرى جبل الأكراد في ريف اللاذقية فجر اليوم ."
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") in _types(text, "2016-02-29")


def test_hostages_taken_are_an_abduction() -> None:
    # R-411 (Al-Mada 2017 chronology): "1 February - hostages including doctors taken in a hospital in Istanbul"
    text = "شباط 1 - احتجاز رهائن بينهم أطباء في مستشفى في اسطنبول بتركيا ."
    assert ("Violence against civilians", "Abduction/forced disappearance") in _types(text, "2017-12-30")


def test_a_police_detention_stays_an_arrest() -> None:
    text = "واعتقلت الشرطة التركية 12 مشتبها بهم في مستشفى في اسطنبول يوم الأربعاء ."
    assert ("Violence against civilians", "Abduction/forced disappearance") not in _types(text, "2017-12-30")
