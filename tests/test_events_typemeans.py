"""Types read from the sentence next to the telling (session 27, typemeans): an attack with no means of its own
whose next sentence names the air raids or the artillery it was made with is a strike, not a clash; a massacre
told with a ground attack word whose next sentence names the barrel bombs is an air strike. The guards: the
means of another place's strike, or air backing a ground attack, do not retype it. Sentences from unifiedfc
articles of the breadth set (R-422 Anadolu in an alsafahat digest, V-162 ITIC weekly, V-295 AGPS); the whole
pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis

AIR = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")


def _typed(text: str, published: str = "2017-11-20") -> list[tuple[str, str, str | None]]:
    a: Analysis = analyse_text(text, published, doc_id="tm", stages=None)
    return [(e.event_type, e.sub_event_type, e.location) for e in a.events if e.modality == "actual"]


# the attacks on the Ghouta towns, their means told in the next sentence
ATTACKS = ("وحسب مراسل الأناضول , فقد شنت قوات النظام , هجمات مكثفة على مدن حرستا وعربين ودوما , وبلدات عين ترما "
           "ومسرابا والمرج , في الغوطة الشرقية .\n")
MEANS = ("وأكد أن قوات النظام تشن هجمات عنيفة على الغوطة الشرقية , باستخدام المدافع والقنابل العنقودية , فضلا عن "
         "الغارات الجوية .\n")


def test_attacks_whose_next_sentence_names_air_raids_are_air_strikes() -> None:
    got = _typed(ATTACKS + MEANS)
    assert [t for t in got if t[2] == "rasd:douma"] and all(t[:2] == AIR for t in got if t[2] == "rasd:douma")
    assert not [t for t in got if t[:2] == CLASH]


def test_attacks_with_no_means_told_stay_clashes() -> None:
    # the negative twin: the next sentence names no means
    got = _typed(ATTACKS + "وأكد أن قوات النظام تشن هجمات عنيفة على الغوطة الشرقية .\n")
    assert [t for t in got if t[2] == "rasd:douma" and t[:2] == CLASH]


def test_air_backing_a_ground_attack_told_next_does_not_retype_it() -> None:
    # air raids "وسط" (amid) the attack back the ground fighting
    got = _typed(ATTACKS + "وتأتي الهجمات وسط غارات جوية مكثفة على الغوطة الشرقية .\n")
    assert not [t for t in got if t[2] == "rasd:douma" and t[:2] == AIR]


def test_another_sides_strike_told_next_does_not_retype_the_attack() -> None:
    # V-162 (ITIC weekly): the rebels' offensive north of Hama; the regime's answer from the air is its own
    text = ("وبعد ذلك بيومين بادر ائتلاف لتنظيمات المتمردين بمشاركة هيئة تحرير الشام إلى شن هجوم على بلدة صوران "
            "شمال حماة .\nورد النظام السوري بقصف جوي على بلدة صوران .\n")
    got = _typed(text, "2017-03-21")
    assert [t for t in got if t[:2] == CLASH]


def test_an_rpg_told_next_leaves_the_ground_attack_a_clash() -> None:
    # V-295 (AGPS): IS attacked an opposition post and fired a rocket-propelled grenade at it
    text = ("شن عناصر تنظيم \" داعش \" , مساء اليوم , هجوما على إحدى نقاط المعارضة السورية المسلحة في حي الزين "
            "على أطراف مخيم اليرموك للاجئين الفلسطينيين .\nووفقا لمراسلنا فإن عناصر \" داعش \" استخدموا قذيفة "
            "صاروخية لاستهداف النقطة التابعة للمعارضة ما أسفر عن وقوع ضحية وعدد من الجرحى .\n")
    got = _typed(text, "2018-01-16")
    assert [t for t in got if t[:2] == CLASH]


def test_a_massacre_whose_next_sentence_counts_the_barrel_bombs_is_an_air_strike() -> None:
    # V-44 (VDC monthly report on Aleppo): the ninth and tenth attacks, a massacre in Qadi Askar; the next
    # sentence goes on with the barrels those attacks dropped
    text = ("وكان الهجوم الثامن بتاريخ 25 - 11 - 2013 عند استهداف مدينة السفيرة مدنيين إثر ذلك الهجوم , أم ا الهجوم "
            "التاسع والعاشر فقد كانا بتاريخ 28 - 11 - 2013 حين ارتكبت قوات النظام مجزرة مروعة أخرى في حي قاضي عسكر "
            "ذهب ضحيتها أكثر من ( 15 ) نفسه .\nوفي نفس التاريخ - يوم الخميس - أيضا \" في ريف حلب أربع مرات متتالية "
            "حيث سقط في تلك الهجمات وكان عدد البراميل التي استخدمت في الهجمات الأربعة أربعة براميل متفجرة .\n")
    got = _typed(text, "2013-12-31")
    assert got and {t[:2] for t in got} == {AIR}     # no attack on civilians or clash left at Qadi Askar
