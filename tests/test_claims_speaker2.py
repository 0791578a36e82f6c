"""Who speaks, round 2: a dropped subject continues the sentence's opening verb (cue or not), a fronted
adverbial leaves the verb after it subjectless, a relative after a comma names its antecedent, and a
circumstantial participle after the verb is no subject; small sentences written for these tests."""

from analysed import claim_speakers as _speakers


def test_a_participle_continues_the_opening_verb_that_is_no_cue():
    text = ("قال وزير الخارجية سيرجي لافروف إن الحل سياسي . "
            "وانتقد المتحدث باسم الحكومة , كريم الحداد , القرار الأخير , مضيفا أنه يشكل تناقضا صارخا .")
    assert _speakers(text)["مضيفا"][0] == "كريم الحداد"


def test_a_conjoined_verb_after_a_fronted_adverbial_and_an_opening_verb():
    text = ("قال وزير الخارجية سيرجي لافروف إن الحل سياسي . "
            "وفي عددها الصادر أمس , تناولت وزارة الخارجية الروسية زيارة الرئيس إلى موسكو , ولفتت إلى أن الزيارة رمزية .")
    assert _speakers(text)["ولفتت"][0] == "وزارة الخارجية الروسية"


def test_a_verb_after_a_fronted_adverbial_continues_the_last_speaker():
    text = ("وأكد الرئيس الروسي فلاديمير بوتين أن الحل سياسي . "
            "وحول اتهام الحكومة باستخدام الأسلحة , قال إن تلك الاتهامات لا أساس لها .")
    speakers = _speakers(text)
    assert speakers["قال"][0] == speakers["وأكد"][0] != "unattributed"


def test_a_relative_after_a_comma_names_its_antecedent():
    text = ("وأيد الوزير مساعي المبعوث الأممي إلى سوريا ستيفان دي ميستورا , "
            "الذي قال إنه قدم مقترحا متوازنا للحل .")
    assert _speakers(text)["قال"][0] == "ستيفان دي ميستورا"


def test_a_circumstantial_participle_after_the_verb_leaves_the_addressee_out():
    text = ("قال الرئيس الإيراني حسن روحاني إن الحل سياسي . "
            "وقال متوجها إلى الرئيس الأمريكي دونالد ترامب \" لن تنجحوا في ذلك \" .")
    assert _speakers(text)["وقال"][0] == "حسن روحاني"


def test_the_one_spoken_to_stands_before_the_subject():
    text = "ومن واشنطن , قالت لي سلمى حداد , الباحثة في معهد الدراسات , إن الوضع معقد ."
    assert _speakers(text)["قالت"][0] == "سلمى حداد"


def test_a_name_shaped_like_a_participle_is_still_the_subject():
    text = "قالت ماريا زاخاروفا , المتحدثة باسم وزارة الخارجية الروسية , إن العدوان سيؤدي إلى تغيرات مخيفة ."
    assert _speakers(text)["قالت"][0] == "ماريا زاخاروفا"


def test_a_verb_without_a_comma_after_an_opening_event_verb_keeps_the_last_speaker():
    text = ("وقال رئيس الوزراء التركي أحمد داود أوغلو إن العمليات ستستمر . "
            "وسيطر تنظيم الدولة الإسلامية على أجزاء واسعة من شمال سوريا وقال إن العمليات مستمرة .")
    assert _speakers(text)["وقال"][0] == "أحمد داود أوغلو"


def test_a_fronted_subject_with_a_parenthesis_before_the_verb():
    text = "المحامية زينة المصري , في تصريحات لراديو محلي , قالت إن القضية ستحال إلى المحكمة ."
    speaker, _, role = _speakers(text)["قالت"]
    assert speaker == "زينة المصري" and role == "المحامية"


def test_a_title_then_a_given_name_and_a_nisba():
    speaker, _, role = _speakers("وقال العقيد وليد السالم إن القوات تقدمت نحو المدينة .")["وقال"]
    assert speaker == "وليد السالم" and role == "العقيد"


def test_a_dateline_outlet_is_no_subject():
    text = "بغداد - الجورنال نيوز اتهمت لجنة الشهداء في البرلمان العراقي البلديات بالمراوغة ."
    assert _speakers(text).get("اتهمت", ("",))[0] != "الجورنال نيوز"


def test_a_fronted_title_then_a_name_between_commas():
    text = "مدير المكتب السياسي للواء المعتصم , مصطفى سيجري , قال لموقع محلي إن الفتاوى باطلة ."
    speaker, _, role = _speakers(text)["قال"]
    assert speaker == "مصطفى سيجري" and role == "مدير المكتب السياسي للواء المعتصم"


def test_a_title_going_on_with_a_link_word_is_no_nisba_name():
    text = "يقول الخبير في شؤون الحركات الإسلامية الدكتور سميح حمودة إن العلاقة قديمة ."
    assert _speakers(text)["يقول"][0] != "شؤون الحركات الإسلامية"


def test_a_conjunct_between_commas_is_no_apposed_name():
    text = "الهيئة العليا المكونة من الائتلاف , وفصائل عسكرية , وشخصيات مستقلة , اعتبرت أن روسيا تقوض الأمم المتحدة ."
    assert _speakers(text)["اعتبرت"][0] != "وفصائل عسكرية"


def test_a_participle_does_not_continue_a_verb_of_the_other_gender():
    text = ("قال وزير الخارجية سيرجي لافروف إن الحل سياسي . "
            "وأبرمت وزارة الخارجية الروسية اتفاقا مع الفصائل , موضحا أن بنوده ستنفذ خلال شهرين .")
    assert _speakers(text)["موضحا"][0] != "وزارة الخارجية الروسية"


def test_a_quoted_subject_after_a_fronted_adverbial():
    text = ("وقالت وزارة الدفاع الروسية إن الجيش تقدم . "
            "في موازاة ذلك , أفاد \" المرصد السوري لحقوق الإنسان \" بأن القوات النظامية تقدمت .")
    assert _speakers(text)["أفاد"][0] != "وزارة الدفاع الروسية"


def test_a_feminine_participle_of_the_first_form_continues_a_feminine_verb():
    text = ("قال وزير الخارجية سيرجي لافروف إن الحل سياسي . "
            "وبالمثل رفضت وزارة الخارجية الإيرانية الوجود الأمريكي في سوريا , نافية أن يكون ذلك بالتنسيق معها .")
    assert _speakers(text)["نافية"][0] == "وزارة الخارجية الإيرانية"


def test_a_feminine_demand_verb_takes_the_feminine_noun_after_it_as_subject():
    text = "وطالبت المنظمة طرفي النزاع إلى الابتعاد عما يؤدي إلى اشتعال الأوضاع مجددا ."
    assert _speakers(text)["وطالبت"][0] == "المنظمة"



def test_a_feminine_description_verb_keeps_its_object():
    text = ("أدانت المديرة العامة لليونسكو إيرينا بوكوفا جريمة قتل الكاتب , "
            "ووصفت الجريمة بأنها اعتداء خطير على حرية التعبير .")
    assert _speakers(text)["ووصفت"][0] != "الجريمة"
