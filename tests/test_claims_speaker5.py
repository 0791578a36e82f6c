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
