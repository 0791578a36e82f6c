"""What is a claim: a reporting word anchors one only in its reporting sense, with a speaker or something said.
Sentences written for these tests (session 30, claimcue)."""

from analysed import claims_of as _claims


def _cues(text: str) -> list[str]:
    return [c.cue for c in _claims(text)]


def test_transport_is_not_a_relay():
    # "نقل" without "عن <source>": moved, transferred
    assert _cues("وتم نقل الجرحى إلى المستشفى الميداني في المدينة بعد القصف العنيف .") == []
    assert _cues("وقررت الحكومة نقل المهام الأمنية إلى الشرطة المحلية خلال الشهر المقبل .") == []
    relayed = _claims("ونقلت وكالة رويترز عن مسؤول عسكري أن القوات سيطرت على المطار .")
    assert relayed and relayed[0].speaker_text != "unattributed"


def test_deployed_and_published_need_something_said():
    assert _cues("وكانت القوات التي نشرت في القرية قد انسحبت منها صباح اليوم .") == []
    assert _cues("ونشر المرصد صورة تظهر الدمار في السوق الشعبي للمدينة .") == []
    # the article "says" through its own verb: one claim, from يقول
    assert _cues("ونشرت الصحيفة مقالا للوزير يقول فيه إن الحرب ستنتهي قريبا .") == ["يقول"]


def test_is_considered_and_opinion_are_not_claims():
    assert _cues("وتعتبر المدينة من أكبر المدن في الشمال السوري من حيث عدد السكان .") == []
    assert _cues("والآراء الواردة في المقال تعبر عن رأي الكاتب ولا تعبر عن رأي الموقع .") == []
    assert _cues("وأضاف أن القيادي الذي قتل يدعى أبو محمد وكان مسؤولا عن المنطقة .") == ["وأضاف"]
    seen = _claims("ويرى المحلل السياسي سمير حسن أن الاتفاق لن يصمد طويلا .")
    assert [c.cue for c in seen] == ["ويرى"]


def test_the_pages_own_aside_is_no_claim():
    assert _cues("يذكر أن المدينة شهدت اشتباكات عنيفة خلال الأسبوع الماضي بين الطرفين .") == []
    assert _cues("ولم يحقق الطرفان أي تقدم يذكر في المفاوضات الأخيرة .") == []
    # with a subject it is someone's statement
    assert _cues("ويذكر التقرير أن المدينة شهدت اشتباكات عنيفة خلال الأسبوع الماضي .") == ["ويذكر"]


def test_which_indicates_is_the_pages_inference():
    assert _cues("وقد دمرت المباني بالكامل وهو ما يشير إلى أن القصف كان متعمدا .") == []
    assert _cues("وارتفع عدد القتلى وهو ما يهدد مسار المفاوضات الجارية في جنيف .") == []


def test_a_negated_reporting_verb():
    assert _cues("ولم يذكر الوزير في كلمته أي تفاصيل عن الاتفاق الجديد .") == []
    doubt = _claims("ولا يرى المحلل السياسي سمير حسن أن الاتفاق سيصمد طويلا .")
    assert [c.stance for c in doubt] == ["denies"]


def test_questions_report_nothing():
    assert _cues("كيف ترى أن المعارضة ستتعامل مع الاتفاق الجديد ؟") == []


def test_lied_to_is_no_denial_and_the_cognate_object_no_second_claim():
    assert _cues("وقال الناشط إن الحكومة كذبت على شعبها طوال سنوات الحرب .") == ["وقال"]
    denial = _claims("نفى الجيش نفيا قاطعا استخدام أي أسلحة محرمة في المعارك الأخيرة .")
    assert [(c.cue, c.stance) for c in denial] == [("نفى", "denies")]


def test_a_that_clause_after_a_preposition_is_no_content():
    text = "وقال رئيس البلدية لوكالة الأنباء دون أن يذكر اسمه : \" المياه مقطوعة منذ أسبوع \" ."
    said = [c for c in _claims(text) if c.cue == "وقال"]
    assert said and said[0].content.start > text.index(":")


def test_according_to_what_x_said_holds_the_sentence_before():
    text = "قتل خمسة مدنيين في قصف على بلدة سراقب بريف إدلب , بحسب ما أفاد المرصد السوري لحقوق الإنسان ."
    cl = [c for c in _claims(text) if c.cue == "أفاد"]
    assert cl and text[cl[0].content.start:cl[0].content.end].startswith("قتل خمسة")


def test_published_news_is_a_report():
    assert _cues("ونشرت القناة الرسمية للقاعدة عبر حسابها عددا من الأخبار عن انسحاب المقاتلين من المدينة .") \
        == ["ونشرت"]
    assert "نشرتها" in _cues("ونفى القائد الأخبار التي نشرتها وكالة رويترز عن خروج مقاتليه من المدينة .")


def test_an_unnamed_subject_in_construct_still_speaks():
    assert _cues("وأعلنت وزارة الداخلية مقتل ضابط برتبة ملازم في هجوم مسلح على حاجز .") == ["وأعلنت"]


def test_in_that_opens_no_content():
    # "في أن" after a noun is no reported content; the page-furniture "نشرت في" says nothing
    assert _cues("نشرت في , , , أعرب رئيس اللجنة عن أمله في أن يشهد العام المقبل انفراجة في الصراع .") == []


def test_a_cut_place_name_before_inna_keeps_the_content():
    text = "وقال مراسل الجزيرة في إن غارات كثيفة استهدفت مدنا وبلدات في الريف الغربي ."
    said = [c for c in _claims(text) if c.cue == "وقال"]
    assert said and text[said[0].content.start:].startswith("إن غارات")
