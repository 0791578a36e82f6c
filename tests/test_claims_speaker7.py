"""Claims round 7 (session 32): a subject named before the cue (SVO after "وكان", "يذكر أن", with "قد" and an
apposition between commas), a title alone as the subject, a title resolved to the person the page named with it,
and a document speaking ("جاء فيه", "ورد في البيان")."""

from analysed import claim_speakers, claims_of


def _by_cue(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return claim_speakers(text)


def test_a_described_source_after_a_past_auxiliary():
    s = _by_cue("وكان مصدر أمني قد ذكر في تصريح صحفي أمس أن الطائرات دمرت مخزنا للذخيرة.")
    assert s["ذكر"][0] == "مصدر أمني"


def test_a_title_alone_opening_the_clause_is_the_subject():
    s = _by_cue("وزير الداخلية قال إن الأجهزة الأمنية أحبطت هجوما على السفارة.")
    assert s["قال"][0] == "وزير الداخلية"


def test_a_title_whose_gender_disagrees_with_the_verb_is_no_subject():
    s = _by_cue("الأمين العام قالت إن الأجهزة الأمنية أحبطت هجوما على السفارة.")
    assert s["قالت"][0] != "الأمين العام"


def test_a_name_and_its_apposition_then_qad_after_kana():
    s = _by_cue("وكان الفريق سيرغي كورالينكو , رئيس مركز المصالحة الروسي , قد دعا جميع الأطراف إلى وقف القتال.")
    assert s["دعا"][0] == "سيرغي كورالينكو"


def test_a_fronted_subject_after_the_pages_aside():
    s = _by_cue("يذكر أن نائب رئيس الوزراء التركي بكير بوزداغ , أعلن أمس أن بلاده تدرس عملية عسكرية جديدة.")
    assert s["أعلن"][0] == "بكير بوزداغ"


def test_a_title_in_apposition_to_the_name_before_it():
    s = _by_cue("كان حافظ أبو سعدة , عضو المجلس القومي لحقوق الإنسان قد أكد أنه يجب على الوزارة نشر القوائم.")
    assert s["أكد"][0] == "حافظ أبو سعدة"


def test_a_bylines_name_is_no_subject_when_the_verb_has_its_own():
    s = _by_cue("أربيل - باسم فرنسيس أكد مسؤول كردي أن مواجهات اندلعت أمس قرب الحدود.")
    assert s["أكد"][0] == "مسؤول كردي"


def test_a_conjoined_verb_goes_on_with_the_title_opening_the_sentence():
    s = _by_cue("وكان مسؤول أمريكي قال إن المحادثات مستمرة. رئيس الوزراء يجري اتصالا هاتفيا بالرئيس , "
                "ويعلن دعمه للحكومة المنتخبة.")
    assert s["ويعلن"][0] == "رئيس الوزراء"


def test_a_title_alone_is_the_person_the_page_named_with_it():
    s = _by_cue("التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو. "
                "وقال وزير الخارجية إن المحادثات كانت بناءة.")
    assert s["وقال"][:2] == ("سيرغي لافروف", "sergei-lavrov") and s["وقال"][2] == "وزير الخارجية"


def test_a_title_two_people_were_named_with_stays_unresolved():
    s = _by_cue("واستقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في سوتشي. "
                "وقال الرئيس إن التعاون مستمر.")
    assert s["وقال"][1] is None


def test_a_role_in_construct_with_another_title_is_not_that_persons():
    s = _by_cue("وأعلنت مستشارة الرئيس السوري بثينة شعبان أن الحكومة ستفرج عن المعتقلين. "
                "وقال المرصد السوري لحقوق الإنسان إن الاشتباكات تجددت. وأكد الرئيس السوري أن الإصلاحات ستستمر.")
    assert s["وأكد"][1] is None


def test_jaa_fihi_speaks_for_the_sender_of_the_statement():
    s = _by_cue("وأصدرت وزارة الخارجية الروسية بيانا جاء فيه أن موسكو ترفض الاتهامات الغربية.")
    assert s["جاء"][0] == "وزارة الخارجية الروسية"


def test_jaa_fi_bayan_speaks_for_its_genitive_or_its_issuer():
    s = _by_cue("وجاء في بيان صادر عن الجيش الإسرائيلي أن طائراته قصفت موقعا في غزة.")
    assert s["وجاء"][0] == "الجيش الإسرائيلي"
    s = _by_cue("وجاء في البيان , الذي أصدرته الهيئة الأحد الماضي , أنها تدعم الحل السياسي.")
    assert s["وجاء"][0] == "الهيئة"


def test_warada_without_a_document_or_after_a_relative_reports_nothing():
    assert not [c for c in claims_of("وأشار إلى المصطلح الجديد الذي ورد في تقرير الوكالة أن الصواريخ متطورة.")
                if c.cue == "ورد"]
    text = "وقال الوزير إن الهدنة صامدة. وجاء ذلك خلال مؤتمر صحفي عقده في القاهرة. وأضاف أن المحادثات مستمرة."
    s = _by_cue(text)
    assert "وجاء" not in s and s["وأضاف"][0] == s["وقال"][0]


def test_an_unnamed_statement_leaves_the_last_speaker_to_the_next_verb():
    s = _by_cue("وقالت الهيئة الشرعية إن القتال مشروع. وجاء في البيان أن الفتوى ملزمة , وأضافت أن الحوار مطلوب.")
    assert s["وجاء"][0] == "البيان" and s["وأضافت"][0] == s["وقالت"][0]


def test_a_definite_title_takes_up_the_unnamed_one_introduced_since():
    s = _by_cue("وقال المسؤول في حركة المجتمع الديمقراطي آلدار خليل إن الهجوم فشل. "
                "وقال مسؤول تركي كبير إن العملية لم تنته بعد. وأضاف المسؤول أن القوات ستتقدم.")
    assert s["وأضاف"][1] is None


def test_a_name_written_right_after_the_title_is_the_one_meant():
    s = _by_cue("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو وفدا أمريكيا. وشدد رئيس الوزراء رامي الحمد الله "
                "على أن القدس خط أحمر , مشيرا إلى أن الاعتراف الأمريكي باطل.")
    assert s["مشيرا"][0] != "بنيامين نتنياهو"


def test_what_it_says_as_an_object_is_no_document_speaking():
    assert not [c for c in claims_of("وباركت بيانات كثيرة ما جاء فيه حتى كاد أن يتحول إلى وثيقة وطنية.")
                if c.cue == "جاء"]


def test_the_issuer_before_qad_and_an_unnamed_body_after_sadir_an():
    s = _by_cue("وكان التحالف الدولي قد أصدر بيانا منذ يومين جاء فيه أن مجلس المدينة سيتولى الإدارة.")
    assert s["جاء"][0] == "التحالف الدولي"
    s = _by_cue("ورد في بيان صادر عن المركز أن جماعة مسلحة داهمت المقر.")
    assert s["ورد"][0] == "المركز"


def test_the_name_after_the_title_and_an_abbreviated_doctor():
    s = _by_cue("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو وفدا أمريكيا. وأكد رئيس الوزراء د . رامي الحمد الله "
                "أن القدس خط أحمر. وأضاف رئيس الوزراء أن الاعتراف الأمريكي باطل.")
    assert s["وأضاف"][0] != "بنيامين نتنياهو"
