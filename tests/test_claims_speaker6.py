"""Claims round 6: "قال فيها / أكد فيه" speaks through the document named before it; its speaker is the
document's sender (its genitive, or the subject of the verb that issued it)."""

from analysed import claim_speakers, claims_of


def test_the_subject_of_the_verb_that_issued_the_statement():
    s = claim_speakers("من جهتها , أصدرت الكنيسة الأرثوذكسية بيانا أكدت فيه أن الهجوم إرهابي.")
    assert s["أكدت"][0] == "الكنيسة الأرثوذكسية"


def test_the_sender_of_a_letter_not_its_addressee():
    s = claim_speakers("وبعث أمين مجلس الأمن القومي الإيراني علي شمخاني , رسالة إلى اللواء علي مملوك قال فيها : "
                       "\" إن التعاون الفعال مستمر \".")
    assert s["قال"][0] == "علي شمخاني"


def test_a_speech_before_a_body_is_the_speakers_not_the_bodys():
    s = claim_speakers("وفي 30 مارس 2011 ألقى الرئيس السوري بشار الأسد خطابا أمام مجلس الشعب قال فيه : "
                       "\" إن سورية تتعرض الى مؤامرة كبيرة \".")
    assert "الأسد" in s["قال"][0]


def test_the_genitive_of_the_statement_with_its_title():
    s = claim_speakers("وتأتي تصريحات لافروف بعد يوم من تصريح لوزير الدفاع سيرغي شويغو قال فيه إن روسيا بدأت التأسيس.")
    assert s["قال"][0] == "سيرغي شويغو" and s["قال"][2] == "وزير الدفاع"


def test_a_subject_after_fi_hi_stays_the_verbs_own():
    s = claim_speakers("وجاء ذلك خلال اتصال هاتفي مع أردوغان , أكد فيه بوتين على أن الحل سياسي.")
    assert s["أكد"][0] == "بوتين"



def test_a_described_subject_after_fi_ha_before_what_is_said():
    s = claim_speakers("وكان المتحدث قد قال أمس إنهم أنهوا الحصار في خطوة رأى فيها أهالي دماج أنها مجرد دعاية إعلامية.")
    assert s["رأى"][0] == "أهالي دماج"


def test_a_described_object_after_fi_ha_is_no_subject():
    s = claim_speakers("نشرت ولاية سيناء في تنظيم الدولة الإسلامية مناشير تهدد فيها السكان من مغبة التعاون مع الحكومة .")
    assert not s["تهدد"][0].startswith("السكان")


def test_the_antecedent_of_a_relative_clause_is_the_subject():
    s = claim_speakers("وكان التحالف الذي تقوده الولايات المتحدة قال إن الغارات استهدفت مواقع التنظيم.")
    assert s["قال"][0] == "التحالف"


def test_the_name_inside_the_relative_clause_does_not_speak():
    s = claim_speakers("وكانت الحكومة السورية التي يرأسها عماد خميس قد أعلنت أن الهدنة انتهت.")
    assert s["أعلنت"][0] != "عماد خميس"


def test_a_verb_right_after_the_relative_pronoun_stays_the_relative_clauses():
    s = claim_speakers("ويرى المحللون الذين تحدثت إليهم الصحيفة أن الهدنة انتهت.")
    assert s["ويرى"][0] == "المحللون"


def test_an_outlet_in_construct_with_its_investigation_speaks():
    s = claim_speakers("وأطلق النار عليه في الرأس , ولكن تحقيق بي بي سي أكد أن الغارة قتلت مدنيين.")
    assert s["أكد"][0] == "بي بي سي"


def test_a_postposed_verb_speaks_the_quote_before_it_and_is_continued():
    s = {c.cue: (c.speaker_text, c.content) for c in claims_of("\" إن المتهم مذنب \" , قالت المحامية , وأضافت أن الحكم نهائي.")}
    assert s["قالت"][0] == "المحامية" and s["وأضافت"][0] == "المحامية"


def test_a_postposed_verb_with_its_own_inna_keeps_it():
    c = next(c for c in claims_of("\" خسارة للتحالف العربي \" يقول عبد الباري عطوان , رئيس تحرير جريدة رأي اليوم , "
                                  "إن الخاسر الأكبر هو التحالف.") if c.cue == "يقول")
    assert "خسارة" not in c.speaker_text and c.content.start > 25


def test_a_verb_of_expressing_names_the_subject_the_next_sentence_goes_on_with():
    s = claim_speakers("وتحدثت الناشطة ريم علي عن الحصار. وذكرت أن الأطفال يعانون.")
    assert s["وذكرت"][0] == "ريم علي"


def test_not_when_the_next_verb_disagrees_in_gender():
    s = claim_speakers("نددت وزارة الخارجية الروسية بالمحاولة الانقلابية. يعلن دعمه بالكامل أن الحكومة منتخبة.")
    assert "الخارجية" not in s["يعلن"][0]
