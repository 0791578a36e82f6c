"""Claims round 5: a described source opening the verb's clause is its subject (SVO); a noun of data or events as
the subject of a reporting verb makes no claim."""

from analysed import claim_speakers, claims_of


def test_a_described_source_before_the_verb_after_but():
    s = claim_speakers("وأضاف التقرير أن الجيش تقدم. لكن مصدرا امنيا سوريا أوضح أن القوات انسحبت من البلدة.")
    assert s["أوضح"][0] == "مصدرا امنيا سوريا"


def test_a_described_source_opening_a_headline():
    assert claim_speakers("مسؤول امريكي يقول ان وزارة الخزانة تنظر في طلب مصري لتجميد الاصول.")["يقول"][0] \
        == "مسؤول امريكي"


def test_an_actor_inside_a_described_source_only_modifies_it():
    s = claim_speakers("وأضافت الوكالة أن القصف تواصل. إلا أن مصادر في المعارضة شددت على أن المركبات لم تحاصر بعد.")
    assert s["شددت"][0] == "مصادر في المعارضة"


def test_a_title_and_a_name_before_the_verb_stay_the_person():
    s = claim_speakers("لكن القيادي مسعود البارزاني قال إن الاستفتاء لا يمكن إلغاؤه.")
    assert s["قال"][0] != "القيادي مسعود البارزاني" and "البارزاني" in s["قال"][0]


def test_a_relative_clause_after_a_described_head_is_no_subject():
    s = claim_speakers("وستعتمد الشركة على آراء المستخدمين في تحديد مصداقية مصادر الأخبار التي تنشر عبر خدمتها "
                       "الإخبارية أن الخبر صحيح.")
    assert not s.get("تنشر", ("",))[0].startswith("مصادر")


def test_data_as_the_subject_makes_no_claim():
    cues = {c.cue for c in claims_of("وأكد الوزير أن الهجوم فشل. وتشير المعطيات إلى أن جماعة الحوثي لا تملك "
                                     "قدرة التمدد. أدلة دامغة تشير إلى أن الأحداث كانت استفزازا.")}
    assert cues == {"وأكد"}


def test_a_participle_after_data_goes_on_with_the_speaker():
    s = claim_speakers("ولفتت وزارة الدفاع الروسية في بيانها , إلى أن معطيات وسائل الرصد تؤكد تدمير جميع المواقع , "
                       "مشيرة إلى أن كل الطائرات عادت إلى قواعدها بسلام .")
    assert "تؤكد" not in s and s["مشيرة"][0] == "وزارة الدفاع الروسية"


def test_a_picture_someone_published_keeps_its_publisher():
    s = claim_speakers("صورة جوية نشرتها وزارة الدفاع الأمريكية تثبت أن المسجد لم يصب بأذى .")
    assert s.get("نشرتها", ("",))[0] != "unattributed"


def test_a_definite_noun_and_its_adjective_close_the_subject_before_a_name():
    s = claim_speakers("وتتهم المعارضة السورية روسيا بمحاولة الالتفاف على مسار جنيف والعمل على تسوية تستثني مصير الأسد .")
    assert s["وتتهم"][0] == "المعارضة السورية"


def test_a_title_then_a_name_after_the_verb_stays_the_person():
    assert claim_speakers("وقال وزير الخارجية الروسي سيرغي لافروف إن العمليات توقفت .")["وقال"][1] == "sergei-lavrov"


def test_a_genitive_heading_run_into_the_text_is_no_speaker():
    s = claim_speakers("تفاصيل استهداف مطار العريش أعلن المتحدث العسكري , عقيد أركان حرب تامر الرفاعي , استشهاد ضابط وإصابة "
                       "آخرين إثر استهداف المطار بأحد القذائف .")
    assert s["أعلن"][0] == "المتحدث العسكري"


def test_was_and_a_body_before_the_verb_stays_the_speaker():
    assert claim_speakers("وكانت وزارة الدفاع الروسية أعلنت أن المذكرة ستدخل حيز التنفيذ .")["أعلنت"][0] \
        == "وزارة الدفاع الروسية"


def test_a_conjoined_verb_continues_its_subject_not_the_place_before_it():
    s = claim_speakers("رئيس الوزراء البريطاني ديفيد كاميرون يحذر من استخدام العنف ضد المتظاهرين في مصر ويقول إن العنف مرفوض .")
    assert s["ويقول"][0] == "ديفيد كاميرون"


def test_after_amma_the_topic_speaks():
    assert claim_speakers("أما روحاني فقال إن دور المجتمع الدولي هو مساعدة الشعب السوري .")["فقال"][0] == "روحاني"

