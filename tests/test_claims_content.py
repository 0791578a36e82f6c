"""What is said, how and when: a claim's content span, medium and day, on small sentences written for these
tests (session 30, content2)."""

from analysed import claims_of


def _claims(text: str, published: str | None = None) -> dict[str, tuple[str, str | None, str]]:
    return {c.cue: (text[c.content.start:c.content.end], c.medium, c.date) for c in claims_of(text, published)}


def test_the_content_stops_where_a_participle_or_a_joined_verb_reports_again():
    text = ("وقال المتحدث باسم الحكومة إن الوضع في المدينة هادئ تماما , مشيرا إلى أن الطرق مفتوحة . "
            "ويقول ناشطون إن القصف مستمر على الأحياء الشرقية وأضاف هؤلاء أن المشافي خرجت من الخدمة .")
    c = _claims(text)
    assert c["وقال"][0] == "إن الوضع في المدينة هادئ تماما"
    assert c["ويقول"][0] == "إن القصف مستمر على الأحياء الشرقية"


def test_a_joined_verb_without_its_own_content_clause_stays_inside_what_is_said():
    text = ("وقال الوزير إن البيان الذي صدر عن الاجتماع وطالب بانسحاب القوات مرفوض جملة وتفصيلا .")
    assert _claims(text)["وقال"][0].endswith("مرفوض جملة وتفصيلا .")


def test_with_no_complementiser_the_content_starts_after_the_subject_and_the_when():
    text = ("أعلن مسؤولون في قوات الحشد الشعبي , اليوم الاثنين , استئناف المشاركة في معركة تكريت . "
            "وأعلنت وزارة الداخلية السورية عن تشكيل لجنة للتحقيق في أحداث درعا .")
    c = _claims(text)
    assert c["أعلن"][0].startswith("استئناف المشاركة")
    assert c["وأعلنت"][0].startswith("تشكيل لجنة")


def test_the_next_ticker_item_after_a_date_time_stamp_is_not_the_content():
    text = ("أكد مصدر مسؤول أن الحكومة لن تسمح بإعادة فتح السفارة 2017 - 11 - 30 20 : 05 : 44 "
            "كشف رئيس الوزراء أنه قد يتراجع عن الاستقالة .")
    c = _claims(text)
    assert c["أكد"][0] == "أن الحكومة لن تسمح بإعادة فتح السفارة"
    assert c["أكد"][2] == "unknown"      # the stamp is the next item's day


def test_media_named_with_a_suffix_an_outlet_addressed_and_a_speech():
    text = ("وقال المتحدث في تغريدته إن الوضع هادئ . "
            "ويقول عضو في وفد المعارضة لوكالة فرانس برس إن الدبلوماسيين يكررون الدعوة ذاتها . "
            "وصرح الرئيس في كلمة متلفزة بأن البلاد لن تركع .")
    c = _claims(text)
    assert c["وقال"][1] == "tweet"
    assert c["ويقول"][1] == "news agency"
    assert c["وصرح"][1] == "speech"


def test_dialogue_and_a_meeting_are_no_interview_and_a_channel_is_no_news_agency():
    text = ("وكان الوزير قد دعا الثلاثاء إلى إجراء حوار مع الإقليم , معتبرا أن الاستفتاء انتهى . "
            "وذكرت قناة الميادين أن الجيش تقدم في ريف حلب .")
    c = _claims(text)
    assert "interview" not in {m for _, m, _ in c.values()}
    assert c["وذكرت"][1] == "television"


def test_a_continuing_verb_shares_the_statement_and_its_day():
    text = "وقال الحريري أمس في مؤتمر صحفي إن المعارضة موحدة . وأضاف أن الحل سياسي ."
    c = _claims(text, "2017-11-25")
    assert c["وأضاف"][1] == "press conference" and c["وأضاف"][2] == "2017-11-24"


def test_a_day_inside_an_earlier_claim_or_counted_from_another_happening_is_not_the_claims_day():
    text = ("وقال الحريري إن المعارضة ذاهبة إلى جنيف في 28 نوفمبر لعقد محادثات مباشرة , مطالبا بطرح كل المواضيع .")
    assert _claims(text, "2017-11-25")["مطالبا"][2] == "unknown"
