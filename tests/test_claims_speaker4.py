"""Who speaks, round 4: a name after a verb and a preposition or a verbal noun is its object, not its speaker; a verb
whose content is its object has its subject before that object; a participle after a verb of answering continues
that verb's subject; new cues need their reporting sense; small sentences written for these tests."""

from analysed import claim_speakers as _speakers
from analysed import claims_of


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker_text, c.cue, text[c.content.start:c.content.end]) for c in claims_of(text)]


def test_a_name_after_a_preposition_is_the_verbs_object():
    text = ("أكد القيادي في حماس إسماعيل هنية عدم الرغبة في الحرب . "
            "وأشار إلى عمل مصر وقطر لتقويض الصدام بين الطرفين . "
            "وأوضح في كلمة أمس أن المقاومة لن تسمح بذلك .")
    speakers = _speakers(text)
    assert speakers["وأشار"][0] == "إسماعيل هنية"
    assert speakers["وأوضح"][0] == "إسماعيل هنية"


def test_a_name_in_construct_with_a_verbal_noun_is_the_verbs_object():
    text = "وكان قد أعلن النصر على تنظيم داعش في الأسابيع الأخيرة بعد معارك طويلة ."
    assert all(s != "تنظيم داعش" and "داعش" not in s for s, _, _ in _said(text))


def test_a_given_name_before_a_person_opens_the_subject():
    assert _speakers("وقال طارق أبو السعد إن الجماعة انتهت .")["وقال"][0] != "unattributed"


def test_an_unknown_body_before_the_object_speaks():
    text = "من جهتها , أعلنت السلطات العراقية اليوم السيطرة على قضاء سنجار بعد انسحاب البشمركة ."
    assert _speakers(text)["أعلنت"][0] == "السلطات العراقية"


def test_the_subject_ends_at_the_objects_attached_pronoun():
    text = "أكدت اللجنة الرباعية التزامها الثابت بتحقيق حل الدولتين ."
    assert _speakers(text)["أكدت"][0] == "اللجنة الرباعية"


def test_a_title_and_its_name_in_apposition_before_the_object():
    text = "وصرح رئيس الوفد , محمد علوش , بقرار عدم المشاركة في الجولة المقبلة ."
    speaker, _, role = _speakers(text)["وصرح"]
    assert (speaker, role) == ("محمد علوش", "رئيس الوفد")


def test_a_noun_that_heads_no_speaker_stays_the_object():
    # "واتهم الحكومة": the subject is dropped, the government is accused
    assert "الحكومة" not in {s for s, _, _ in _said("واتهم الحكومة بالفساد وسوء الإدارة في المحافظة .")}


def test_a_participle_of_saying_continues_the_verb_of_answering():
    text = "ورد الوزير على سؤال الصحفيين قائلا : \" لن نتراجع عن قرارنا أبدا \" ."
    assert _speakers(text)["قائلا"][0] == "الوزير"


def test_stress_reports_with_its_content_and_not_as_tightening():
    said = _said("وشدد الرئيس التركي على أن العملية ستستمر حتى النهاية .")
    assert said and said[0][0] == "الرئيس التركي" and said[0][2].startswith("أن العملية")
    assert _said("شدد الجيش الحصار على المدينة منذ أسابيع .") == []


def test_expected_and_recognised_are_no_reports():
    assert _said("يتوقع أن تنتهي المعارك خلال أيام قليلة .") == []
    assert _said("اعترف الرئيس الأمريكي بالقدس عاصمة لإسرائيل .") == []


def test_an_outlets_name_holds_no_cue():
    text = "يقول عبد الباري عطوان , رئيس تحرير جريدة رأي اليوم , إن الخاسر الأكبر هو التحالف العربي ."
    assert [s for s, _, _ in _said(text)] == ["عبد الباري عطوان"]


def test_after_a_definite_title_an_indefinite_noun_is_the_object():
    text = "وأكدت المتحدثة باسم الخارجية دعم الولايات المتحدة الحاسم لمفاوضات جنيف بشأن سورية ."
    assert _speakers(text)["وأكدت"][0] == "المتحدثة باسم الخارجية"


def test_a_given_name_alone_before_a_person():
    assert _speakers("وقال مكسيم ليتفينوف إن الحرب انتهت .")["وقال"][0] == "مكسيم ليتفينوف"


def test_a_name_ends_the_subject_before_the_object():
    text = "فيما أعلنت بغداد تحقيق النصر النهائي على التنظيم في التاسع من ديسمبر ."
    assert _speakers(text)["أعلنت"][0] == "بغداد"


def test_a_kunya_goes_on_after_a_title():
    speaker, _, role = _speakers("وأعلن القيادي أبو محمد الجولاني السيطرة على المدينة .")["وأعلن"]
    assert (speaker, role) == ("أبو محمد الجولاني", "القيادي")


def test_a_quoted_name_after_its_head_noun_speaks():
    text = "نشرت بوابة \" الأهرام \" الإلكترونية خبرا عن إلقاء القبض على الممثل ."
    # the outlet's whole name "بوابة الأهرام" is read through the quotation mark (rasd.text.quoted)
    assert _speakers(text)["نشرت"][0] == 'بوابة " الأهرام'
    assert _speakers("نشرت صحيفة \" الأهرام \" الإلكترونية خبرا عن إلقاء القبض على الممثل .")["نشرت"][0] in (
        "الأهرام", 'صحيفة " الأهرام')


def test_one_of_a_groups_members_speaks_for_it():
    text = "وقبيل تنفيذ الحكم , أوضح أحد عناصر تنظيم الدولة أن الحشد قام بإحراق أربعة مدنيين ."
    assert _speakers(text)["أوضح"][0] != "unattributed"


def test_a_pronoun_on_the_opener_continues_the_last_speaker():
    text = ("وقال الرئيس التركي رجب طيب أردوغان إن العملية مستمرة . "
            "وقال إنه لا تعارض بين العمل السياسي والمقاومة , ولكنه شدد على أن العمل السياسي ليس بديلا عنها .")
    speakers = _speakers(text)
    assert speakers["شدد"][0] == speakers["وقال"][0] != "unattributed"


def test_an_impersonal_verb_before_an_adverbial_is_the_pages_own():
    assert _said("ويتوقع خلال الخطاب أن يتوجه بحديثه إلى المرشد الأعلى .") == []


def test_after_the_titles_name_a_definite_noun_is_the_object():
    text = "واعتبر الرئيس المشترك لحزب PYD صالح مسلم العملية في حقيقتها استهدافا للكرد ."
    speaker, _, role = _speakers(text)["واعتبر"]
    assert (speaker, role) == ("صالح مسلم", "الرئيس المشترك لحزب PYD")


def test_a_title_phrase_ending_in_a_title_leads_up_to_the_name():
    from rasd.extract.claims.lexicons import lexicon
    from rasd.extract.claims.speaker_after import _subject_gap
    from rasd.records import Mention

    class _Ctx:
        lex = lexicon()
    body = Mention(start=0, end=5, surface="الخارجية", norm="الخارجيه", type="ORGANIZATION")
    assert _subject_gap(_Ctx(), ["مساعد", "وزير"], body)
    assert not _subject_gap(_Ctx(), ["سيطره"], body)
    assert not _subject_gap(_Ctx(), ["النصر", "علي"], body)


def test_a_speech_act_without_content_names_the_participles_speaker():
    text = ("وكانت وزارة الدفاع الروسية قد شددت أكثر من مرة على أهمية معركة دير الزور , "
            "موضحة أن تحرير المحافظة سوف يعني دحر تنظيم داعش في سورية .")
    said = _said(text)
    assert [(s, cue) for s, cue, _ in said] == [("وزارة الدفاع الروسية", "موضحة")]


def test_strict_as_an_adjective_is_no_cue():
    text = "وأفاد المنسق الإعلامي فراس الدبس بأن المستوطنين اقتحموا المسجد بحراسة مشددة من قوات الاحتلال ."
    assert [cue for _, cue, _ in _said(text)] == ["وأفاد"]


def test_a_number_of_people_speak():
    assert _speakers("كما أعلن عدد من أبناء العشائر بريف الرقة عن تشكيل عسكري جديد .")["أعلن"][0] != "unattributed"


def test_a_verb_before_a_participle_of_saying_names_its_speaker():
    text = "ونشر أبو مالك شيبة الحمد , أحد منظري التنظيم تغريدات على حسابه , مؤكدا أن عملا واحدا كفيل بالضغط ."
    assert _speakers(text)["مؤكدا"][0] == "أبو مالك شيبة الحمد"


def test_a_relatives_pronoun_before_the_subject():
    text = "لكن الاقتراح الذي اعلن عنه إيمانويل ماكرون في سبتمبر الماضي لم يجد أحدا ."
    assert _speakers(text)["اعلن"][0] == "إيمانويل ماكرون"


def test_a_verb_of_narrating_opens_the_subject_of_a_participle():
    text = "وتروي المحامية إيزابيل كوتان , تفاصيل المؤامرة , قائلة : \" استدعي عبد الله مجددا \" ."
    assert _speakers(text)["قائلة"][0] == "إيزابيل كوتان"
