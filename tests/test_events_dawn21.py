""""فجر" is the verb "blew up" and the noun "dawn" (session 21, "types8"): a day right after it, even glued to the
next word of a feed ("فجر اليومنفى"), or a preposition right before it ("مع فجر اليوم الثاني") reads dawn, where
the date layer reads no date span over it. Fixtures written for this rule, with twins where the verb stays a blast."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text, modality_at
from test_events import actual_events, event_types, run_two_towns

IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")


def _blasts(text: str) -> list[tuple[str, str]]:
    return [t for t in event_types(text) if t[0] == "Explosions/Remote violence"]


def test_dawn_glued_to_the_next_feed_item_is_no_blast() -> None:
    text = "قتل 3 مدنيين برصاص قناص في مدينة حلب , فجر اليومنفى الطيران المدني مطالبة الطائرات باستخدام المجال ."
    assert _blasts(text) == []


def test_dawn_after_a_preposition_is_no_blast() -> None:
    text = "مع فجر اليوم الثاني للمعركة قتل 3 مدنيين في مدينة حلب ."
    assert _blasts(text) == []


def test_dawn_before_a_weekday_is_no_blast() -> None:
    text = "قتل 3 مدنيين فجر الجمعة في مدينة حلب ."
    assert _blasts(text) == []


def test_the_verb_with_a_subject_is_still_a_blast() -> None:
    text = "فجر مسلحون عبوة ناسفة على الطريق في مدينة حلب ."
    assert IED in _blasts(text)


def test_the_suicide_verb_is_still_a_blast() -> None:
    text = "وفي 22 مايو فجر انتحاري نفسه في مسجد بمدينة حلب ."
    assert SUICIDE in _blasts(text)



# "until" right before a taking or an exit: an end point aimed at, not a happening told (session 21, "types8")
TAKINGS = ("Non-state actor overtakes territory", "Government regains territory")


def _takings(text: str) -> list[str]:
    a = analyse_text(text, "2017-07-02", doc_id="until")
    return [e.sub_event_type for e in actual_events_of(a, "Battles") if e.sub_event_type in TAKINGS]


def test_standing_by_until_liberation_is_no_taking() -> None:
    text = ("أكد الوزير إدانة بلاده الاعتداء الإرهابي في مدينة الباب مؤكدا على وقوف إيران الدائم إلى جانب الشعب "
            "الفلسطيني حتى تحرير فلسطين .")
    assert _takings(text) == []


def test_fighting_until_liberation_is_no_taking() -> None:
    text = ("دارت اشتباكات عنيفة بين فصائل الجيش الحر وقوات النظام في ريف حلب الشمالي يوم الأحد .\nوأكد القائد "
            "مواصلتهم في محاربة النظام والميليشيات الأجنبية حتى تحرير كامل مدينة الباب .")
    assert _takings(text) == []


def test_standing_by_until_the_exit_is_no_exit() -> None:
    a = analyse_text("وأكد المتحدث وقوف الأهالي في مدينة الباب إلى جانب الفصائل لحين خروج عناصر تنظيم الدولة من "
                     "المدينة .", "2017-07-02", doc_id="until")
    assert actual_events_of(a, "Strategic developments") == []


def test_until_a_taking_told_with_its_verb_is_kept() -> None:
    text = "واستمرت المعارك في ريف حلب الشمالي حتى تمكنت فصائل الجيش الحر من السيطرة على مدينة الباب يوم الأحد ."
    assert _takings(text) != []


def test_a_liberation_told_alone_is_kept() -> None:
    text = "أعلنت فصائل الجيش الحر يوم الأحد تحرير مدينة الباب في ريف حلب الشمالي من تنظيم الدولة ."
    assert _takings(text) != []


# the dead named as bodies handed over or exchanged: no killing told (session 21, "types8")
def _battles(text: str) -> list[str]:
    return [e.sub_event_type for e in actual_events_of(analyse_text(text, "2017-07-24", doc_id="bodies"), "Battles")]


def test_bodies_of_martyrs_exchanged_are_no_toll() -> None:
    text = ("ينقل مراسل القناة عن الحرس الثوري الإيراني تأكيده تسلم جثة الشهيد من داعش في تدمر بعد التأكد من "
            "هويته , ومعلومات عن بدء عملية تبادل جرحى داعش بجثث شهداء إيرانيين وجنود آخرين .")
    assert _battles(text) == []


def test_bodies_handed_after_a_deal_are_no_toll() -> None:
    text = ("انتهت المرحلة الأولى من تنفيذ الاتفاق بين الطرفين برعاية الأمن العام , وذلك بعد استلام الهيئة الصحية "
            "رفات شهداء المقاومة الخمسة وتسليم جثث قتلى الجبهة وعددها 9 للأمن العام في بلدة عرسال .")
    assert _battles(text) == []


def test_bodies_recovered_after_a_strike_keep_the_toll() -> None:
    text = "قصفت الطائرات الحربية مدينة حلب وانتشلت فرق الدفاع المدني ثلاث جثث لشهداء من تحت الأنقاض ."
    a = run_two_towns(text)
    assert any(e.fatalities == 3 for e in actual_events(a))


def test_help_given_to_take_a_city_is_an_aim() -> None:
    assert modality_at("أعلنت واشنطن إمدادها الفصائل بأسلحة أثقل لمساعدتها على السيطرة على مدينة الرقة .",
                       "السيطرة") == "purpose"


def test_help_that_took_a_city_is_told() -> None:
    assert modality_at("ساهمت الغارات في مساعدة الفصائل على السيطرة على مدينة الرقة .", "السيطرة") == "actual"



def _types_on(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in analyse_text(text, "2017-12-13", doc_id="dawnverb").events]


def test_dawn_after_the_attack_verb_is_no_blast() -> None:
    # "شن فجر": the attack launched at dawn; a perfect verb does not follow "شن" with no subject between
    types = _types_on("شمال سوريا : فصائل الجيش الحر تمكنت من صد الهجوم الذي شن فجر مدينة الباب .")
    assert ("Battles", "Armed clash") in types
    assert IED not in types


def test_the_blast_verb_after_its_subject_is_kept() -> None:
    types = _types_on("شمال سوريا : مسلحون فجروا عبوة ناسفة في مدينة الباب .")
    assert IED in types


def test_buildings_captured_are_no_arrest() -> None:
    # "القبض" said of buildings (a translated ticker): their capture, not people arrested or abducted
    types = _types_on("استعادت القوات ثلاثة من أصل ستة مبان تم القبض عليها من قبل تنظيم داعش في حي الميدان بمدينة "
                      "حلب هذا الصباح .")
    assert not any(t[1] in ("Arrests", "Abduction/forced disappearance") for t in types)


def test_people_arrested_stay_an_arrest() -> None:
    types = _types_on("ألقت الشرطة القبض على خمسة مشتبه بهم في مدينة حلب يوم الأحد .")
    assert ("Strategic developments", "Arrests") in types
