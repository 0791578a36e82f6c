"""Events round 15 (precision, set L): a bombing or a strike, deaths or a deal told after "بعد"
past a main clause is what that clause followed (background), with the words of its clause near it
(not the means of deaths told first, nor a happening "بعد يومين من" - the page's days);
a rising toll ("ارتفع عدد ضحايا ... إلى") restates the page's violent happening; a definite noun
("الضربة الجوية") names the happening told before again, now placed; being ready for a deed, being
"قاب قوسين" from it or its announcement to come is no deed; an anniversary's happening is not the
day's. Hand-written sentences in the corpus's pre-tokenised style, each rule with its negative twin."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "kirkuk": ("كركوك", "Kirkuk", 35.468, 44.392, "town", "Kirkuk"),
    "homs-gov": ("محافظة حمص", "Homs Governorate", 34.600, 38.000, "admin1", "Homs"),
    "hama": ("حماة", "Hama", 35.131, 36.757, "town", "Hama"),
    "rawda": ("الروضة", "al-Rawda", 31.050, 33.200, "town", "North Sinai"),
    "arish": ("العريش", "al-Arish", 31.132, 33.798, "town", "North Sinai"),
    "foua": ("الفوعة", "al-Foua", 35.995, 36.693, "town", "Idlib"),
    "abu-duhur": ("أبو الضهور", "Abu al-Duhur", 35.737, 37.050, "town", "Idlib"),
    "castello": ("الكاستيلو", "Castello road", 36.250, 37.130, "town", "Aleppo"),
    "hass": ("حاس", "Hass", 35.620, 36.570, "town", "Idlib"),
    "suwayda": ("السويداء", "as-Suwayda", 32.709, 36.566, "town", "As-Suwayda"),
    "atmeh": ("أطمة", "Atmeh", 36.311, 36.666, "town", "Idlib"),
}


def _run(text: str, published: str = "2017-10-20") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)


# --------------------------------------------------------------------------- what a clause followed


@pytest.mark.parametrize("text, n", [
    pytest.param(("واقترح إقليم كردستان وقف إطلاق النار فورا في كركوك بعد مقتل نحو 30 عنصرا من قوات البشمركة "
                  "والقوات العراقية في اشتباكات خلال عملية إعادة فرض الأمن ."), 0,
                 id="deaths-and-their-clashes-after-bad"),
    pytest.param(("وقتل نحو 30 عنصرا من قوات البشمركة والقوات العراقية في اشتباكات في كركوك خلال عملية إعادة "
                  "فرض الأمن ."), 1,
                 id="the-deaths-told"),
    pytest.param(("وعادت الحافلات إلى الفوعة وسط الحصار بعد التفجير الانتحاري الذي استهدف تجمع الحافلات ."), 0,
                 id="a-bombing-after-bad"),
    pytest.param("واستهدف تفجير انتحاري تجمع الحافلات في الفوعة .", 1, id="the-bombing-told"),
    pytest.param(("وعادت الحافلات إلى الفوعة وسط الحصار بعد التفجير الانتحاري الذي استهدف تجمع الحافلات يوم "
                  "أمس ."), 1,
                 id="a-day-in-the-sentence-tells-the-bombing"),
    pytest.param("وقتل مدنيان وأصيب 5 آخرون في مدينة حماة بعد غارات متتالية شنتها الطائرات الحربية .", 1,
                 id="the-means-of-deaths-told-first"),
    pytest.param(("وقال المسؤول للصحفيين في جنيف , بعد يومين من الهجوم الكيماوي في مدينة حماة : أتمنى أن تكون "
                  "نقطة تحول ."), 1,
                 id="two-days-after-is-the-page-s-news"),
    pytest.param(("وقال المسؤول للصحفيين في جنيف , بعد الهجوم الكيماوي في مدينة حماة : أتمنى أن تكون نقطة "
                  "تحول ."), 0,
                 id="a-chemical-attack-after-bad"),
    pytest.param("وخرجت الحافلات من الفوعة بعد إبرام اتفاق يقضي بخروج المسلحين من مضايا .", 0,
                 id="a-deal-after-bad-and-its-carrier-noun"),
    pytest.param("ووقعت الفصائل اتفاقا في الفوعة اليوم .", 1, id="the-deal-told"),
])
def test_happenings_after_bad(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n


def test_the_day_after_tells_the_day_before() -> None:
    # "غداة" (the day after) dates the taking to the day before the main clause: the page's news
    text = "وتطارد قوات سوريا الديمقراطية آخر مسلحي داعش في مدينة حماة غداة سيطرتها عليها ."
    assert len(actual_events(_run(text))) >= 1


@pytest.mark.parametrize("text", [
    pytest.param(("ودمرت الهيئة جرافة قرب مخيم أطمة الحدودي , وسط حالة من الخوف تسود بين قاطني المخيم بعد سقوط "
                  "قذائف مجهولة المصدر على المخيم ."), id="shells-falling"),
])
def test_words_that_name_no_finished_cause(text: str) -> None:
    assert "Explosions/Remote violence" in {e.event_type for e in actual_events(_run(text))}


# --------------------------------------------------------------------------- a rising toll


ROSE = ("قتل متشددون أكثر من 230 شخصا في مسجد الروضة أمس الجمعة عندما فجروا عبوة ناسفة وأطلقوا النار على "
        "المصلين .\nوذكرت مصادر رسمية أن عدد ضحايا حادث الروضة {verb} {n} شهيدا و 125 مصابا .")


def test_a_rising_toll_restates_the_bombing() -> None:
    events = actual_events(_run(ROSE.format(verb="ببلدة العريش ارتفع إلى", n=184)))
    assert len(events) == 1
    assert events[0].event_type == "Explosions/Remote violence"


def test_a_toll_not_told_rising_stays_apart() -> None:
    # "سقط في العريش 18 شهيدا": deaths of their own at another town, not the count updated
    events = actual_events(_run(ROSE.format(verb="معروف , فيما سقط في العريش", n=18)))
    assert len(events) == 2


# --------------------------------------------------------------------------- a definite noun told again


STRIKE = ("قالت مصادر لرويترز يوم الاثنين إن سبعة من مقاتلي حزب الله قتلوا في ضربة جوية بشرق سورية .\n"
          "{second} موقعا لحزب الله في محافظة حمص حيث تقاتل الجماعة تنظيم داعش .")


def test_the_definite_noun_names_the_strike_told_before() -> None:
    events = actual_events(_run(STRIKE.format(second="وأصابت الضربة الجوية"), published="2017-10-02"))
    assert len(events) == 1
    assert events[0].location == "homs-gov"


def test_an_indefinite_noun_is_another_strike() -> None:
    events = actual_events(_run(STRIKE.format(second="وأصابت ضربة جوية أخرى"), published="2017-10-02"))
    assert len(events) == 2


# --------------------------------------------------------------------------- not yet done


@pytest.mark.parametrize("text, n", [
    pytest.param("وقال قائد العمليات إن الجيش سيعلن عن تحرير مدينة حماة قريبا .", 0, id="to-be-announced"),
    pytest.param("وأعلن الجيش السوري تحرير مدينة حماة اليوم .", 1, id="announced"),
    pytest.param("والجيش السوري يحرز تقدما ومطار أبو الضهور العسكري قاب قوسين من تحريره بعد السيطرة عليه ناريا .", 0,
                 id="within-two-bow-lengths"),
    pytest.param(("وقيادة الأركان الروسية تعلن أن الجيش السوري مستعد لانسحاب مرحلي متزامن مع انسحاب المعارضة من "
                  "طريق الكاستيلو ."), 0,
                 id="ready-to-withdraw"),
    pytest.param("وانسحب الجيش السوري من طريق الكاستيلو اليوم .", 1, id="withdrew"),
])
def test_a_deed_not_yet_done(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n


# --------------------------------------------------------------------------- an anniversary


@pytest.mark.parametrize("text, kinds", [
    pytest.param("وخرجت مظاهرات اليوم في بلدة حاس في الذكرى الأولى لمجزرة البلدة .", {"Protests"},
                 id="the-massacre-an-anniversary-recalls"),
    pytest.param("وارتكبت قوات النظام مجزرة في بلدة حاس اليوم .", {"Violence against civilians"},
                 id="the-massacre-told"),
    pytest.param("وخرجت مظاهرات في ذكرى الجلاء في مدينة السويداء .", {"Protests"},
                 id="the-day-s-protest-on-an-anniversary"),
])
def test_an_anniversary(text: str, kinds: set[str]) -> None:
    assert {e.event_type for e in actual_events(_run(text))} == kinds
