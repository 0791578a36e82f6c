"""Happenings the page does not tell as done (session 29, modality4; NONEVENT rows of the judged breadth samples):
a failure ("تعذر"), the chances of a deed ("حظوظ"), a possibility in a split dual ("إمكاني تين"), a start said to
be near ("قرب انطلاق"), a propensity ("قابلية"), where a problem lies ("تكمن في"), a verbal attack ("هجوما
لاذعا"), people looking for work, a present verb giving a reason ("لأنها تهاجم"), an imperfect or a noun joined
to a future verb ("ستنسحب ... وتسلم", "سيزيد من نزف الدماء والاقتتال"), a deed joined by "أو" to one called for,
a "machine of killing", and a denied report that another telling of the same claim must not turn actual. Each has a twin told as done, which stays actual."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text, modality_at


def test_an_impossible_taking_is_a_failure() -> None:
    assert modality_at("تعذر على قوات النظام السيطرة على البلدة بعد أسابيع من المعارك .", "السيطرة") == "failed"


def test_a_cause_told_after_the_failure_is_done() -> None:
    assert modality_at("تعذر إجلاء الجرحى من البلدة بسبب القصف المتواصل .", "القصف") == "actual"


def test_a_failure_named_past_the_negation_reach_is_no_taking() -> None:
    text = "لم تنجح تركيا وحلفاؤها في الأشهر الماضية بالسيطرة على مدينة منبج ومحيطها ."
    assert modality_at(text, "بالسيطرة") == "failed"


def test_the_chances_of_joining_battles_are_a_prospect() -> None:
    text = ("وبما سبق تصبح حظوظ قوات النظام أكبر في مشاركة الوحدات الكردية معارك استعادة الرقة , وهنا يتجلى "
            "التوافق الأميركي الروسي .")
    assert modality_at(text, "معارك") == "hypothetical"


def test_battles_after_a_cause_of_lost_chances_are_told() -> None:
    assert modality_at("تراجعت فرص العمل في المدينة بسبب معارك الأسبوع الماضي .", "معارك") == "actual"


def test_a_possibility_in_a_split_dual_is_no_storming() -> None:
    text = "مطار دير الزور بين إمكاني تين اقتحام تنظيم الدولة الإسلامية وسيطرة نظام الأسد"
    assert modality_at(text, "اقتحام") == "hypothetical"


def test_a_campaign_said_to_be_near_is_planned() -> None:
    assert modality_at("أكدت مصادر محلية قرب انطلاق حملة عسكرية تركية على عفرين .", "حملة") == "planned"


def test_a_propensity_to_kill_is_no_killing() -> None:
    text = "إذ يعتبر الحسن من أشرس ضباط الأسد وأكثرهم قابلية للقتل بدم بارد , من حماة إلى حلب ."
    assert modality_at(text, "للقتل") == "hypothetical"


def test_a_scathing_attack_in_a_speech_is_words() -> None:
    assert modality_at("وشن الرئيس في خطابه هجوما لاذعا على المعارضة .", "هجوما") == "figurative"


def test_a_violent_attack_is_a_deed() -> None:
    assert modality_at("وشن الجيش أمس هجوما عنيفا على مواقع المعارضة في البلدة .", "هجوما") == "actual"


def test_an_imperfect_joined_to_a_future_verb_is_to_come() -> None:
    text = ("وأضافت أحرار الشام أن الفصائل ستنسحب من معبر باب الهوى على الحدود مع تركيا وتسلم السيطرة عليه إلى "
            "إدارة مدنية .")
    assert modality_at(text, "السيطرة") == "planned"


def test_a_perfect_joined_to_a_past_withdrawal_is_done() -> None:
    text = "وأضافت أحرار الشام أن الفصائل انسحبت من معبر باب الهوى وتسلمت الإدارة المدنية السيطرة عليه ."
    assert modality_at(text, "السيطرة") == "actual"


def test_a_noun_joined_to_a_future_verbs_complement_is_to_come() -> None:
    text = "ورأت أن بقاءها سيزيد من نزف الدماء والاقتتال بين الفصائل المسلحة في الغوطة ."
    assert modality_at(text, "والاقتتال") == "planned"


def test_a_noun_joined_to_a_past_verbs_complement_is_told() -> None:
    text = "وأدى بقاؤها إلى نزف الدماء والاقتتال بين الفصائل المسلحة في الغوطة ."
    assert modality_at(text, "والاقتتال") == "actual"


def test_a_denied_claim_stays_denied_when_retold() -> None:
    text = ("وانتقد مجددا وسائل إعلام زعمت أن المقاتلات الروسية شنت ضربات على تدمر , مؤكدا أن الطيران الروسي لا "
            "يستهدف مناطق سكنية .")
    events = analyse_text(text, "2015-10-10", stages=None).events
    assert events and all(e.modality == "denied-only" for e in events)


def test_a_strike_told_before_a_denial_stays_actual() -> None:
    text = "قصفت المقاتلات الروسية مدينة تدمر أمس وقتلت خمسة مدنيين , فيما نفت موسكو استهداف مناطق سكنية ."
    events = analyse_text(text, "2015-10-10", stages=None).events
    assert any(e.modality == "actual" and e.event_type == "Explosions/Remote violence" for e in events)


def test_where_a_problem_lies_is_no_bombing() -> None:
    text = "وقال إن المشكلة تكمن في الانتحاريين والسيارات المفخخة التي يرسلها التنظيم ."
    assert modality_at(text, "المفخخة") == "generic"


def test_a_bombing_after_lies_in_and_a_cause_is_told() -> None:
    text = "وقال إن المشكلة تكمن في نقص الأدوية بعد انفجار السيارة المفخخة أمس ."
    assert modality_at(text, "انفجار") == "actual"


def test_going_out_to_look_for_work_is_no_protest() -> None:
    assert modality_at("وخرج الآلاف إلى الشوارع بحثا عن عمل بعد إغلاق المصانع .", "وخرج") == "figurative"


def test_a_present_verb_giving_a_reason_is_no_attack() -> None:
    text = "فريق ترامب يضع استراتيجية لمواجهة إيران لأنها تهاجم القوات الأمريكية في التنف ."
    assert not actual_events_of(analyse_text(text, "2017-06-22", stages=None))


def test_a_past_verb_giving_a_reason_is_an_attack() -> None:
    text = "فريق ترامب يضع استراتيجية لمواجهة الميليشيات الإيرانية لأنها هاجمت القوات الأمريكية في التنف أمس ."
    assert actual_events_of(analyse_text(text, "2017-06-22", stages=None), "Battles")


def test_a_machine_of_killing_is_no_killing() -> None:
    text = "في الوقت الذي لا يوفر فيه أي آلة من آلات القتل والإرهاب إلا واستخدمها ضدهم , منذ فترة طويلة ."
    assert modality_at(text, "القتل") == "figurative"


def test_a_killing_told_is_a_deed() -> None:
    assert modality_at("وأدى القصف إلى القتل والإرهاب في صفوف المدنيين أمس .", "القتل") == "actual"


def test_a_claim_word_without_that_holds_no_report_denied() -> None:
    # "الادعاء" is the prosecution here: the blast told after it stays actual
    text = "اتهم الادعاء الاتحادي رجلا بتفجير عبوة ناسفة في مدينة حلب أمس . وقتل 9 أشخاص في التفجير في حلب ."
    events = analyse_text(text, "2017-07-10", stages=None).events
    assert any(e.modality == "actual" and e.event_type == "Explosions/Remote violence" for e in events)


def test_a_deed_joined_by_or_to_one_called_for_is_called_for() -> None:
    text = "دعت الفصائل عناصر داعش في مدينة الرقة إلى تسليم أنفسهم أو الخروج من المدينة أمس ."
    assert not actual_events_of(analyse_text(text, "2017-10-17", stages=None))


def test_deeds_told_with_or_are_told() -> None:
    text = "وخرج عناصر داعش من مدينة الرقة أو انسحبوا منها أمس ."
    assert actual_events_of(analyse_text(text, "2017-10-17", stages=None))
