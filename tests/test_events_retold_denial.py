"""A denial reaches the report it refutes when the two are told in neighbouring sentences (session 26,
nonevent3; NONEVENT rows of the judged breadth samples): "نفت قسد ... أخبار كاذبة . وكانت وكالة الأناضول قد
نشرت خبرا مفاده أن طائرات التحالف قصفت ..." (V-641), "... قالت إن المحاصرين قد سلموا أنفسهم . إلا أن المصدر
كذب هذه الأنباء" and "أعلن سيطرته على البوكمال ... إلا أن التنظيم كذب روايته" (R-565). Each with a negative
twin: a pluperfect report of another story, news not pointed back at. Also a toll whose cause is a road accident
(R-188). The whole pipeline runs."""

from __future__ import annotations

from analysed import analyse_text, modality_at

from rasd.records import Analysis


def _modalities(text: str, published: str = "2017-07-10") -> list[tuple[str, str]]:
    a: Analysis = analyse_text(text, published, doc_id="rd", stages=None)
    return [(e.event_type, e.modality) for e in a.events]


DENIAL = ("نفت \" قوات سوريا الديمقراطية \" عبر صفحتها الرسمية على موقع \" فيسبوك \" تعرضها لقصف من طيران "
          "\" التحالف الدولي \" عن طريق الخطأ في ريف الرقة الشرقي , مضيفة أنها أخبار كاذبة وعارية عن الصحة . ")
RETOLD = ("وكانت وكالة \" الأناضول \" التركية قد نشرت خبرا صباح اليوم مفاده أن طائرات \" التحالف الدولي \" "
          "قصفت عن طريق الخطأ مواقع لقوات سوريا الديمقراطية في قرية العكيرشي بريف الرقة الشرقي , ما أدى إلى "
          "مقتل 40 عنصرا منها .")


def test_a_report_retold_after_its_denial_is_denied() -> None:
    mods = _modalities(DENIAL + RETOLD)
    assert mods and all(m == "denied-only" for _t, m in mods)


def test_a_pluperfect_report_after_a_denial_of_another_story_is_told() -> None:
    text = ("نفى المتحدث باسم الحكومة الأردنية أي نية لإغلاق الحدود مع العراق . "
            "وكانت وكالة رويترز قد ذكرت أن طائرات روسية قصفت بلدة كفرنبل بريف إدلب أمس .")
    assert ("Explosions/Remote violence", "actual") in _modalities(text)


def test_news_a_denial_points_back_at_is_denied() -> None:
    text = ("وأمس الجمعة , بثت شبكات موالية لنظام الأسد صورا لمجموعة من الشباب قالت إن المحاصرين في مدينة "
            "دير الزور قد سلموا أنفسهم جميعا للنظام . إلا أن المصدر كذ ب هذه الأنباء وقال إن من ظهر في الصور هم "
            "مجموعة من المدنيين قاموا بتسليم أنفسهم قبل أربعة أيام .")
    mods = _modalities(text, "2017-11-11")
    assert mods and all(m == "denied-only" for _t, m in mods)


def test_a_claim_whose_account_is_belied_in_its_sentence_is_denied() -> None:
    text = ("وكان نظام الأسد قد أعلن قبل أيام سيطرته على البوكمال وأصدر بيانا رسميا بذلك إلا أن تنظيم "
            "\" الدولة \" كذب روايته ونشر فيديوهات من هناك تثبت عكس ذلك .")
    mods = _modalities(text, "2017-11-11")
    assert mods and all(m == "denied-only" for _t, m in mods)


def test_a_claim_with_no_denial_after_it_is_told() -> None:
    text = ("وكان نظام الأسد قد أعلن قبل أيام سيطرته على البوكمال وأصدر بيانا رسميا بذلك ونشر فيديوهات من "
            "هناك .")
    assert ("Battles", "actual") in _modalities(text, "2017-11-11")


def test_a_toll_of_a_road_accident_is_no_event() -> None:
    # a minibus fell off a bridge in Alexandria
    text = ("لقي سبعة أشخاص مصرعهم وأصيب 7 آخرون نتيجة سقوط حافلة صغيرة من أعلى كوبري بمنطقة ثاني الرمل بشرق "
            "محافظة الإسكندرية المصرية .")
    assert _modalities(text, "2014-10-22") == []


def test_a_toll_of_a_bus_bombing_stays_an_event() -> None:
    text = ("لقي سبعة أشخاص مصرعهم وأصيب 7 آخرون نتيجة تفجير حافلة صغيرة بعبوة ناسفة بمنطقة ثاني الرمل بشرق "
            "محافظة الإسكندرية المصرية .")
    assert _modalities(text, "2014-10-22")


def test_the_deniers_own_account_after_a_verb_of_saying_is_told() -> None:
    # the source belies the regime's news and tells what did happen (civilians surrendered days before)
    text = ("إلا أن المصدر كذب هذه الأنباء وقال إن من ظهر في الصور هم مجموعة من المدنيين قاموا بتسليم أنفسهم "
            "قبل أربعة أيام .")
    assert modality_at(text, "بتسليم") == "actual"
    assert modality_at("إلا أن المصدر كذب الأنباء عن قيام المدنيين بتسليم أنفسهم .", "بتسليم") == "denied-only"


def test_a_pluperfect_report_after_a_denial_pointing_back_is_told() -> None:
    # the source belies the news before it; Orient's own earlier report after it is not what is denied
    text = ("إلا أن المصدر كذب هذه الأنباء . وكانت أورينت نت قد نقلت قبل يومين عن مصدر آخر في دير الزور قوله "
            "إن طائرات روسية قصفت مدينة دير الزور .")
    assert ("Explosions/Remote violence", "actual") in _modalities(text, "2017-11-11")


def test_a_phrase_cues_first_word_alone_denies_nothing() -> None:
    # "لا" opens the cue "لا صحة" but alone it is no denial: the next sentence's pluperfect report stays asserted
    text = ("وقالت وزارة الصحة إن مستشفيات مدينة دوما لا تزال تستقبل جرحى القصف . وكانت وكالة سانا قد ذكرت أن "
            "الطيران الحربي قصف مدينة دوما أمس .")
    mods = _modalities(text)
    assert mods and all(m == "actual" for _t, m in mods)
