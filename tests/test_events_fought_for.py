"""Events: a taking told in one sentence with the fighting that won it, the fighting introduced by "after"
("بعد معارك ضارية استمرت أربعة أشهر , أعلنت قسد ... سيطرتها على مدينة الرقة", "سيطرت قوات النظام ... على
بلدتي معردس والإسكندرية ... وذلك إثر معارك ... استمرت منذ مساء الأحد") is one happening, the taking leading
with its place and day, however the fighting is dated (its months or days up to the taking) or placed.
Fighting told in a clause of its own ("ودارت اشتباكات") is not joined by this rule. And the civilians a battle
killed are no third side of it that would keep its retelling apart. Excerpts from the unifiedfc corpus
(breadth set V-7#4, V-44#3, V-458#1, V-442#2, V-143#1), run through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Analysis, Event


def _battles(text: str, published: str = "unknown") -> tuple[Analysis, list[Event]]:
    a = analyse_text(text, published, doc_id="fought-for")
    return a, actual_events_of(a, "Battles")


def _place(a: Analysis, e: Event) -> str:
    return a.entities[e.location].name_ar if e.location in a.entities else ""


RAQQA = ("بعد معارك ضارية استمرت أربعة أشهر , أعلنت \" قوات سوريا الديمقراطية \" , وهي تحالف الفصائل الكردية "
         "العربية المدعوم من واشنطن , الثلاثاء 17 تشرين أول / أكتوبر 2017 , سيطرتها بشكل كامل على مدينة الرقة \" "
         "معقل تنظيم ( داعش ) الأبرز في سوريا \" ; بعد طرد عناصر التنظيم من آخر نقاط تمركزهم وتحديدا المشفى "
         "الوطني والملعب البلدي ودوار النعيم .")


def test_months_of_fighting_before_the_taking_are_the_taking() -> None:
    # V-7#4: the four months' fighting is dated July-October, the taking 17 October: one event, the taking's day
    _a, battles = _battles(RAQQA)
    assert [(e.sub_event_type, e.date_start, e.date_end) for e in battles] == [
        ("Non-state actor overtakes territory", "2017-10-17", "2017-10-17")], battles


def test_fighting_after_the_taking_with_its_span_is_the_taking() -> None:
    # V-44#3: "بعد يوم من سيطرتهم على المدينة ... إثر معارك ... دامت أكثر من شهر"
    _a, battles = _battles("سوريا , الباب : انتشار لمقاتلي الجيش الحر في مدينة الباب بحلب , شمالي البلاد , يوم "
                           "24 شباط 2017 , بعد يوم من سيطرتهم على المدينة بشكل كامل , إثر معارك مع تنظيم \" الدولة "
                           "الإسلامية \" دامت أكثر من شهر , ضمن عملية \" درع الفرات \" .")
    assert [(e.sub_event_type, e.date_start) for e in battles] == [
        ("Non-state actor overtakes territory", "2017-02-23")], battles


HAMA = ("في محافظة حماة , سيطرت قوات النظام والمليشيات المساندة لها ظهر أمس على بلدتي معردس والإسكندرية , "
        "بالإضافة إلى تلة الدوير في ريف حماة الشمالي , وذلك إثر معارك عنيفة مع فصائل المعارضة استمرت منذ مساء "
        "الأحد , وسط قصف بعشرات الغارات الجوية من الطيران الروسي والسوري .")


def test_the_taking_keeps_its_day_and_place_and_gains_the_other_side() -> None:
    # V-458#1 (published Tuesday 4 April 2017): taken "ظهر أمس" (3 April) after fighting since Sunday evening
    a, battles = _battles(HAMA, "2017-04-04")
    assert len(battles) == 1, battles
    e = battles[0]
    assert (e.sub_event_type, e.date_start, _place(a, e)) == (
        "Government regains territory", "2017-04-03", "محافظة حماة"), (e, _place(a, e))
    assert e.actor2 == ["syrian-armed-opposition"], e.actor2


def test_fighting_read_at_another_town_of_the_province_is_the_taking() -> None:
    # V-442#2: "مواجهات" took Manbij from the road named after it; the villages of al-Bab's countryside hold
    a, battles = _battles("حيث سيطرت قوات الجيش الحر على قريتي العجمي ودويرى في ريف مدينة الباب , يوم 25 تشرين "
                          "الثاني 2016 , بعد مواجهات مع تنظيم \" الدولة الإسلامية \" , وقطعت الفصائل الطريق "
                          "الواصلة بين مدينتي منبج والباب .")
    assert [(e.sub_event_type, _place(a, e)) for e in battles] == [
        ("Non-state actor overtakes territory", "الباب")], [(e.sub_event_type, _place(a, e)) for e in battles]


def test_fighting_told_in_its_own_clause_is_not_joined_by_this_rule() -> None:
    # twin of V-7#4 without "بعد": the fighting is a clause of its own, two events as before (told over days: four
    # months of fighting in a clause of its own are a campaign's course, background since session 34: _told_over_span)
    _a, battles = _battles(RAQQA.replace("بعد معارك ضارية استمرت أربعة أشهر ,", "دارت معارك ضارية استمرت أربعة أيام ,"))
    assert len(battles) == 2, battles



DEIR_EZ_ZOR = ("تمكنت مليشيات النظام , خلال الساعات ال - 48 الماضية , من السيطرة على معظم أحياء مدينة ديرالزور , "
               "باستثناء قسم صغير من حيي الرشدية والحويقة شمالي للمدينة , حيث ما زال عناصر \" الدولة الإسلامية \" "
               "يتمركزون فيهما .\nسيطرة مليشيات النظام جاءت بعد معارك عنيفة مع التنظيم , استمرت لأيام , رافقها قصف "
               "جوي مكثف من طائرات حربية روسية , مهدت للمليشيات الدخول إلى تلك الأحياء .\nوتسببت المعارك بين الطرفين , "
               "بمقتل وجرح أكثر من 50 عنصرا من مليشيات النظام , بينما خسر التنظيم أكثر من 40 عنصرا بين قتيل وجريح , "
               "معظمهم من العناصر المحلية , وما تزال المعارك مستمرة في حيي الحويقة والرشدية , آخر معاقل \" الدولة "
               "الإسلامية \" في المدينة .\n")
EXECUTIONS = ("مدير \" شبكة ديرالزور 24 \" الإعلامية عمر أبو ليلى , قال ل - \" المدن \" , إن مليشيات النظام , قامت بعد "
              "دخولها إلى حيي الحميدية والعرضي , بتنفيذ عمليات إعدام ميدانية بحق مجموعة من المدنيين الذين لم يتمكنوا "
              "من المغادرة نتيجة القصف المكثف , ومنهم ثلاثة أشخاص من ذوي الاحتياجات الخاصة , من عائلة واحدة .")


def test_civilians_killed_are_no_third_side_of_a_battle() -> None:
    # V-143#1: "وتسببت المعارك بين الطرفين" retells the fighting for Deir ez-Zor; the civilians the taking
    # gained from the executions told after it ("بحق مجموعة من المدنيين") are victims, not a third side
    # that would set the two tellings apart
    _a, battles = _battles(DEIR_EZ_ZOR + EXECUTIONS)
    assert [e.sub_event_type for e in battles] == ["Government regains territory"], battles
