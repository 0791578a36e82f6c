"""When a claim was made: the day nearest its reporting verb, not a stamp or caption earlier in a run-on sentence."""

from rasd.pipeline import analyse
from rasd.records import Document, Published, doc_id_for


def _claims(text: str, published: str | None = None) -> list:
    doc = Document(id=doc_id_for(text), source="t", text=text)
    if published:
        doc.published = Published(date=published, precision="day", method="printed")
    return analyse(doc).claims


def test_the_day_next_to_the_verb_beats_an_earlier_stamp():
    # scraped as one run-on sentence: the page stamp, then the claim told with its own day
    text = ("تاريخ النشر : 16 - 01 - 2018 مجموعة العمل - بيروت قال المرصد السوري لحقوق الإنسان أمس الاثنين "
            "إن طائرات حربية قصفت بلدة سراقب بريف إدلب .")
    dates = {c.date for c in _claims(text, "2018-01-16")}
    assert dates == {"2018-01-15"}


def test_affiliated_is_not_a_reporting_verb():
    text = ("أعلنت السفارة التركية في لبنان أمس الاثنين عن افتتاح مكتب تابع لها مختص باستقبال طلبات "
            "السوريين الراغبين في الحصول على تأشيرة دخول .")
    assert [c.cue for c in _claims(text, "2018-01-16")] == ["أعلنت"]


def test_a_caption_day_far_before_the_verb_is_not_preferred_to_none():
    # no day near the verb: the sentence's first day, as before (the claim is dated, not guessed anew)
    text = ("الرئيس الفرنسي خلال مؤتمر صحفي في باريس الثلاثاء 30 مايو 2017 " + "والحديث طويل " * 15
            + "وقال الرئيس الفرنسي إن بلاده سترد في حال استخدام السلاح الكيميائي في سورية .")
    dates = {c.date for c in _claims(text)}
    assert dates == {"2017-05-30"}
