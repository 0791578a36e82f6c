"""Types of session 28 (typebattles2; TYPE_BATTLES rows of the judged breadth samples): gunmen firing on unarmed
people are violence against civilians, not a battle (ACLED Battles need two organised armed sides); a toll's
cause told after a comma ("..., نتيجة انفجار لغم") types it; a toll whose party is the protesters is force used
against a protest; a suicide bomber caught before he blew himself up made no bombing. Sentences from unifiedfc
articles of the breadth set (R-473, R-202, V-433, R-117, R-411, R-632, R-99), each rule with its negative twins;
the whole pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import actual_types

VAC = ("Violence against civilians", "Attack")
CLASH = ("Battles", "Armed clash")


def _types(text: str, published: str = "2017-10-17") -> list[tuple[str, str]]:
    return actual_types(text, published, "tb2")


def test_gunfire_in_a_cinema_is_an_attack_on_civilians() -> None:
    # R-473 / V-521 (Middle East Online, 20 Jul 2012): the Colorado cinema shooting
    text = ("14 قتيلا على الاقل و 50 جريحا في اطلاق قنابل مسيلة للدموع وفتح النار داخل صالة عرض مكتظة بولاية "
            "كولورادو .")
    assert _types(text, "2012-07-20") == [VAC]


def test_a_man_who_opened_fire_at_a_celebration_attacked_civilians() -> None:
    # V-433 (SPA year review): the Brazil new-year shooting
    text = ("لقى 12 شخصا حتفهم عندما أطلق رجل النار أثناء الاحتفال بالسنة الجديدة في البرازيل , ثم بعد ذلك أطلق "
            "النار على نفسه .")
    assert _types(text, "2017-01-02") == [VAC]


def test_an_attack_word_whose_sentence_tells_the_shooting_further_on() -> None:
    # R-202 (Sky News Arabia): the San Bernardino headline; the police named as the teller are no victims
    text = ("14 قتيلا بهجوم كاليفورنيا ومقتل مشتبه بهما واعتقال آخر أعلنت شرطة مدينة سان برناردينو بولاية "
            "كاليفورنيا الأميركية مقتل رجل وامرأة مشتبه بهما في ارتكاب عملية إطلاق النار , التي وقعت في المدينة , "
            "وأسفرت عن مقتل 14 شخصا وإصابة 17 آخرين .")
    got = _types(text, "2015-12-03")
    assert VAC in got and CLASH not in got


def test_people_shot_dead_in_a_street() -> None:
    assert _types("قتل ثلاثة أشخاص بإطلاق نار في حي الميدان بدمشق .") == [VAC]


def test_fire_on_a_checkpoint_or_on_fighters_stays_a_clash() -> None:
    # the twins: soldiers, police or fighters are the victims or the target
    assert _types("أطلق مسلحون النار على حاجز للجيش في ريف درعا ما أدى إلى مقتل جنديين .") == [CLASH]
    assert _types("قتل 4 من مقاتلي الفصائل بعد أن أطلقت قوات النظام النار عليهم في ريف حلب .") == [CLASH]
    # R-99 (Assakina chronology): the police truck fired on in Punjab
    text = ("وفي باكستان , قتل شخصان وجرح 4 عناصر من الشرطة الباكستانية بإطلاق نار على شاحنة تابعة للشرطة تنقل "
            "مساجين في إقليم البنجاب شمال شرق البلاد .")
    assert _types(text, "2013-04-30") == [CLASH]


def test_a_ceasefire_breach_is_no_shooting_at_people() -> None:
    assert _types("قتل 5 أشخاص في خرق لوقف إطلاق النار في ريف حماة .") == [CLASH]


def test_a_landmine_told_after_a_comma_types_the_toll() -> None:
    # R-117 (center-lcrc digest): three soldiers killed by a landmine IS left behind
    text = ("وأضافت الشبكة , أن 3 من عناصر النظام قتلوا في بلدة الزباري بريف ديرالزور الشرقي , نتيجة انفجار لغم "
            "أرضي من مخلفات تنظيم داعش في البلدة . في وقت ي عاد رسم الخرائط الميدانية في سورية نتيجة هجمات واسعة "
            "يشن ها النظام على مناطق المعارضة في ريف دمشق وجنوب إدلب , أصدر الرئيس بشار الأسد قرارا بتعديل وزاري .")
    assert _types(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_a_clash_told_before_the_comma_keeps_the_toll_a_clash() -> None:
    text = "قتل 5 جنود في اشتباكات مع مسلحي المعارضة قرب بلدة كفرنبل , إثر انفجار لغم أرضي ."
    assert _types(text) == [CLASH]


def test_deaths_of_the_protesters_are_force_against_the_protest() -> None:
    # R-411 (Assakina chronology): "and at least 16 killed in Daraa" after the security forces dispersed protests
    text = ("29 أبريل 2011 خروج مظاهرات في 35 بلدة سورية منها ادلب ودير الزور والقامشلي وحلب واللاذقية وطرطوس , "
            "واستخدمت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين , ومقتل 16 على الأقل في درعا , ومجلس حقوق "
            "الإنسان التابع للأمم المتحدة يتبنى قرار بإدانة سورية .")
    got = _types(text, "2011-04-30")
    assert ("Protests", "Excessive force against protesters") in got and CLASH not in got


def test_a_suicide_bomber_caught_made_no_bombing() -> None:
    # R-632 (Liveuamap): the SDF caught an IS suicide bomber with his car
    text = "قوات سوريا الديمقراطية فى دير الزور تلتقط انتحاريا لداعش مع سيارته ."
    assert ("Explosions/Remote violence", "Suicide bomb") not in _types(text, "2017-09-22")
    blast = "فجر انتحاري نفسه في سوق مدينة الرمادي مما أدى إلى مقتل 5 أشخاص ."
    assert ("Explosions/Remote violence", "Suicide bomb") in _types(blast, "2017-09-22")


def test_gunfire_told_before_the_toll_it_caused() -> None:
    # R-411 (Assakina chronology, 30 Mar 2011): gunfire heard in Latakia after the speech killed two
    text = "وسمعت أصوات إطلاق نار في مدينة اللاذقية بعد انتهاء خطاب الرئيس أدى إلى مقتل شخصين ."
    assert _types(text, "2011-03-31") == [VAC]
