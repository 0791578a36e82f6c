"""Feed items glued with only a space whose next item opens with a past verb and its subject ("... قرب سبيكة
غرب العريش سيناء اجتمع زعماء القبائل السورية في هاتاي التركية ."): the verb starts an item, so the explosion
keeps its own place (al-Arish), not the next item's Hatay (unifiedfc V-688 #4, R-169 #4, V-607 #0 style).
A verb that follows its subject (an imperfect, a plural, a verb with no subject after it) starts none.
Short excerpts behind the glued ticker of test_feed_headings."""

from __future__ import annotations

from test_feed_headings import FEED, _events, _starts

# V-688 #4: a bomb on an armoured vehicle near al-Arish, then the tribal leaders' meeting in Hatay
ARISH = ("استشهاد آمين شرطة و إصابة 3 جنود فى انفجار عبوة بمدرعة قرب سبيكة غرب العريش سيناء اجتمع زعماء "
         "القبائل السورية في هاتاي التركية .")
# the same item told alone (the place it must keep)
ARISH_ALONE = "استشهاد آمين شرطة و إصابة 3 جنود فى انفجار عبوة بمدرعة قرب سبيكة غرب العريش سيناء ."
# a place inside the subject of an imperfect / a plural verb: one item
PEOPLE = "الناس في شمال سوريا يقبلون بشدة على صناديق الاقتراع . سكان مدينة الباب رفعوا علم الثورة ."
# a place inside a relative clause that is the verb's subject: one item
OPERATION = "العملية العسكرية التي بدأتها تركيا ضد الأكراد في عفرين جاءت نتيجة الاستفزازات الأميركية ."
# a lone preposition opens the verb's clause: the place is the verb's
FRONTED = "وفي مدينة حلب قتلت الغارات الروسية خمسة مدنيين ."
# "إنّ" and its subject: the verb is that subject's predicate
PARTICLE = "وقال مراسل الجزيرة إن أحياء في حلب تعرضت اليوم لقصف من طائرات النظام ."
# no subject after the verb: its subject (the strikes) came before the place
TOLL = "هيومان رايتس ووتش : غارات التحالف الدولي بالقيادة الأمريكية بالقرب من الرقة قتلت 84 مدنيا ."
# V-688 #4: the downing item ends at the eastern Hama front; the next opens with a verb and a plural subject
L39 = ("فوج الدفاع الجوي يتمكن من اسقاط طائرة حربية نتيجة استهدافها بالمضادات الأرضية على جبهة ريف حماة الشرقي "
       "هاجم متمردون سوريون طائرة جوية سورية في شمال محافظة حماة .")
# a day word closes the item before the verb (as before an item's actor)
TODAY = ("مقتل ثلاثة مدنيين بقصف مدفعي على مدينة حماة اليوم اعتقلت القوات الأمنية عددا من المطلوبين في "
         "مدينة الموصل .")


def _explosions(text: str) -> set[str | None]:
    return {e.location for e in _events(text) if e.evidence.start >= len(FEED)
            and e.event_type == "Explosions/Remote violence" and e.modality == "actual"}


def test_a_past_verb_and_its_subject_after_a_place_start_an_item() -> None:
    text = FEED + ARISH
    assert text.index("اجتمع زعماء") in _starts(text)


def test_a_past_verb_with_a_plural_subject_or_after_a_day_word_starts_an_item() -> None:
    text = FEED + L39
    assert text.index("هاجم متمردون") in _starts(text)
    text = FEED + TODAY
    assert text.rindex("اعتقلت القوات") in _starts(text)


def test_the_explosion_keeps_the_place_of_its_own_item() -> None:
    alone = _explosions(FEED + ARISH_ALONE)
    assert alone and None not in alone
    assert _explosions(FEED + ARISH) == alone       # not Hatay (fd:TR-31-هاتاي) from the meeting item


def test_a_verb_after_its_subject_starts_no_item() -> None:
    for item in (PEOPLE, OPERATION, FRONTED, PARTICLE, TOLL):
        text = FEED + item
        assert not [k for k in _starts(text) if k >= len(FEED)], item
