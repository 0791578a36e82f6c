"""The bombardment named as known is no strike of the page's day (BACKGROUND rows of the breadth samples, session 27):
a displaced man "خرج من حى الدرعية جنوب مدينة الرقة عقب اشتداد القصف الجوى على المدينة" recalls the months of the
Raqqa air campaign. A war's definite verbal noun ("القصف") in a dependent place, with no time, count or toll of its
own, is read as a definite plural is (rasd.extract.events.background _known_masdar_told, _named_as_known).
Short excerpt of an allowed unifiedfc page (V-625 #6, Youm7 6 Nov 2017) and twins."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

CAMPS = ("أكدت مصادر محلية أن قوات سوريا الديمقراطية تجند الشباب في مخيمات النازحين . "
         "ويروى \" عبد الكريم الحسين \" وهو أحد الفارين من المخيمات تفاصيل ما يجرى فيها , مؤكدا أنه تمكن من الخروج "
         "بعد دفع مبلغ 1200 دولار أمريكى , مشيرا إلى أنه خرج من حى الدرعية جنوب مدينة الرقة عقب اشتداد القصف الجوى "
         "على المدينة .")
STRIKES = "Explosions/Remote violence"


def test_the_bombardment_a_refugee_fled_is_no_strike() -> None:
    # V-625 #6: the intensified air bombardment of Raqqa he left after is the campaign, not a strike of 6 Nov
    a = analyse_text(CAMPS, "2017-11-06", doc_id="camps")
    assert not actual_events_of(a, STRIKES)


def test_the_bombardment_told_with_its_day_stays() -> None:
    # twin: "أمس" gives the strike its own day: the page's news
    text = CAMPS.replace("عقب اشتداد القصف الجوى على المدينة", "عقب القصف الجوى على المدينة أمس")
    a = analyse_text(text, "2017-11-06", doc_id="camps-day")
    assert actual_events_of(a, STRIKES)


def test_a_victims_count_by_the_bombardment_stays() -> None:
    # a rights group's list: the dead counted in the clause are the shelling's toll, the page's news
    text = "وقضى في العاصمة دمشق ( 2 ) أحدهما جراء القصف على حي جوبر ."
    a = analyse_text(text, "2017-12-20", doc_id="jobar-toll")
    assert actual_events_of(a, STRIKES)


def test_the_bombardment_backing_an_advance_stays() -> None:
    # "مدعومة بالقصف الجوي الروسي": the air support of the deed the sentence reports (V-362 #9, judged right)
    text = ("ووسعت القوات النظامية , مدعومة بالقصف الجوي الروسي , نطاق سيطرتها على الضفة الشرقية لنهر الفرات "
            "بعد القضاء على آخر تجمعات داعش في قرية مراط بدير الزور .")
    a = analyse_text(text, "2017-09-21", doc_id="marrat")
    assert actual_events_of(a, STRIKES)
