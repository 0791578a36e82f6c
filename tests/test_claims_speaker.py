"""Who speaks: the subject of a reporting verb, known entity or not (VSO, SVO, apposition, a dropped
subject continued), on small sentences written for these tests."""

from analysed import claim_speakers as _speakers


def test_an_unknown_body_after_the_verb_speaks_not_the_previous_speaker():
    text = ("قال وزير الخارجية سيرجي لافروف إن الحل سياسي . "
            "وقالت المفوضية في بيان إن الهيئة مؤسسة عسكرية لها ارتباط أمني .")
    assert _speakers(text)["وقالت"][0] == "المفوضية"


def test_a_described_source_the_lexicon_lacks():
    text = "واعتبرت أوساط إعلامية في واشنطن أن الحديث عن القرار مناورة سياسية ."
    assert _speakers(text)["واعتبرت"][0] == "أوساط إعلامية"


def test_a_title_then_an_unknown_name():
    text = "وتقول الباحثة في معهد الشرق الأوسط رندة سليم \" لا أعتقد أن الوفد قادر على ذلك \" ."
    speaker, _, role = _speakers(text)["وتقول"]
    assert speaker == "رندة سليم" and role == "الباحثة في معهد الشرق الأوسط"


def test_a_name_in_apposition_between_commas():
    text = ("وقال عضو لجنة الخارجية والأمن البرلمانية , الجنرال أيال بن رؤوبين , إن احتمال الرد "
            "السوري متدن .")
    speaker, _, role = _speakers(text)["وقال"]
    assert speaker == "أيال بن رؤوبين" and role.startswith("عضو لجنة الخارجية")


def test_the_subject_stops_at_a_relative_and_the_content_after_it_is_no_speaker():
    text = "قال السوريون الذين غادروا عرسال إلى إدلب إنهم عادوا بسبب الوضع في المخيمات ."
    assert _speakers(text)["قال"][0] == "السوريون"


def test_adverbs_and_prepositions_after_the_verb_leave_the_subject_dropped():
    for filler in ("أيضا", "أمس", "ساخرا", "للصحفيين"):
        text = f"قالت وزارة الدفاع الروسية إن الطائرات عادت . وقالت {filler} إن القوات ستبقى في المنطقة ."
        assert _speakers(text)["وقالت"][0] == "وزارة الدفاع الروسية", filler


def test_svo_subject_before_the_verb_not_its_object_after():
    text = "يذكر أن الدول اتفقت على الهدنة , إلا أن الحكومة السورية تتهم المعارضة المسلحة هناك بانتهاكها ."
    assert _speakers(text)["تتهم"][0] == "الحكومة السورية"


def test_a_dropped_subject_continues_the_verb_of_expressing_before_it():
    text = ("قالت وزارة الدفاع الروسية إن الطائرات عادت . "
            "وأعرب ليبرمان عن تقديره لجنود الجيش أمام الحدود , وقال : عندما تلتقي الجنود فإنك على يقين .")
    assert _speakers(text)["وقال"][0] == "ليبرمان"


def test_a_definite_noun_naming_the_last_speaker_again():
    text = ("أعلنت وزارة الخارجية الروسية أن الوزير سيزور أنقرة الأسبوع المقبل . "
            "وأضافت الوزارة أن الوزيرين ناقشا الأزمة السورية .")
    assert _speakers(text)["وأضافت"][:2] == ("وزارة الخارجية الروسية", "russian-foreign-ministry")


def test_a_spokesman_of_a_known_body_keeps_his_title_as_role():
    text = "وقال المتحدث باسم الكرملين إن المشاركة في المؤتمر يجب أن تكون شاملة ."
    speaker, _, role = _speakers(text)["وقال"]
    assert speaker == "الكرملين" and role == "المتحدث باسم"


def test_an_object_after_a_verb_of_describing_is_no_speaker():
    text = ("قالت زعيمة الحزب مارين لوبان إن أوروبا أخطأت . "
            "ووصفت العقوبات على روسيا بأنها غير عادلة وسخيفة .")
    assert _speakers(text)["ووصفت"][0] != "العقوبات"
