"""Event sub-types from the means the sentence names (issue #4, TYPE_BATTLES): a toll word ("قتلوا",
"مقتل") whose clause names the deaths' cause ("في انفجار بمسجد", "من ضحايا القذيفة") is typed by that
cause, not as the toll word's default armed clash; aircraft that drop barrels ("المروحيات تسقط
براميل متفجرة") strike, they are not shot down; bombers and dual aircraft ("ست قاذفات بعيدة المدى
قصفت", "قنابل ألقتها طائرتان") make a strike an air strike. Sentences from unifiedfc articles of the
breadth set (R-188, R-632, R-128, R-147, R-150, V-149), each rule with its negative twin; the whole
pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis


def _types(text: str) -> list[tuple[str, str]]:
    a: Analysis = analyse_text(text, "2017-09-20", doc_id="mt", stages=None)
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == "actual"]


AIR = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")


def test_a_toll_takes_the_explosion_its_clause_names() -> None:
    # the weak "انفجار" gives no event of its own; the toll is the bombing's
    text = ("فى مجال آخر قالت وكالة الطوارئ الرسمية في نيجيريا إن نحو 20 شخصا قتلوا وأصيب 90 آخرون في "
            "انفجار بمسجد في مدينة مايدوغوري بشمال البلاد .")
    assert _types(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_a_toll_of_a_shell() -> None:
    # "من ضحايا القذيفة" names a shell fired from a warship
    text = ("مقتل طفل واحد وجرح العشرات من ضحايا القذيفة التسيارية التي أطلقت من سفينة حربية على كفر "
            "ساجنا بريف إدلب الجنوبي")
    assert _types(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_a_toll_of_clashes_stays_a_clash() -> None:
    # V-149 wording: the first cause after the toll is the clashes, the blast is another death's
    text = "مقتل 5 عناصر من قوات النظام في الاشتباكات على جبهة حرستا أمس ."
    assert _types(text) == [CLASH]


def test_aircraft_dropping_barrels_strike() -> None:
    # the helicopters drop barrels; before, "تسقط" read as a shoot-down (a clash)
    assert _types("المروحيات تسقط براميل متفجرة على بلدة كفر زيتا .") == [AIR]


def test_an_aircraft_brought_down_stays_a_clash() -> None:
    # the jet is what was brought down, by a missile
    # (the "طائرة حربية" phrase gives an air-strike reading of its own, left as it was)
    text = "إذ أسقطت فصائل تديرها تركيا طائرة حربية بصاروخ محمول على الكتف قرب مدينة عفرين أمس ."
    assert CLASH in _types(text)


def test_bombers_strike_from_the_air() -> None:
    # "قاذفات" are bombers; before, the bare "قصفت" stayed shelling
    text = ("قالت وزارة الدفاع الروسية إن ست قاذفات بعيدة المدى قصفت أهدافا لتنظيم الدولة قرب بلدة البوكمال "
            "في محافظة دير الزور السورية امس الأربعاء .")
    assert _types(text) == [AIR]
    # the same verb with artillery keeps its shelling
    text = "قصفت مدفعية النظام أهدافا لتنظيم الدولة قرب بلدة البوكمال في محافظة دير الزور امس الأربعاء ."
    assert _types(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_bombs_dropped_by_two_aircraft() -> None:
    # "قنابل ألقتها طائرتان" is an air strike, not a grenade
    text = "قتل سبعة مدنيين على الأقل جراء قنابل ألقتها طائرتان روسيتان على مدينة الميادين أمس ."
    assert _types(text) == [AIR]


def test_a_toll_told_as_the_outcome_of_a_blast() -> None:
    # "ما أسفر عن مقتل 3": the bomb told before the outcome verb caused the deaths
    text = "كما انفجرت قنبلة بمطعم في مدينة الفلوجة في محافظة الأنبار , ما أسفر عن مقتل 3 أشخاص وإصابة 16 ."
    assert _types(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_a_toll_told_as_the_outcome_of_gunfire_keeps_its_type() -> None:
    # shots are no remote means, the toll keeps the toll word's type
    text = ("وس معت أصوات إطلاق نار في اللاذقية بعد انتهاء خطاب الرئيس أدى إلى مقتل شخصين .")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in _types(text)
    assert all(t[0] != "Explosions/Remote violence" for t in _types(text))


def test_a_toll_of_artillery_fire() -> None:
    # the general killed "جراء قصف مدفعي" (before: a clash)
    text = ("أعلنت وزارة الدفاع الروسية عن مقتل الفريق فاليري أسابوف جراء قصف مدفعي لمقاتلي تنظيم الدولة "
            "الإسلامية قرب دير الزور .")
    assert _types(text) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
