"""Events round 17 (background and non-events): the happening a span counts from ("منذ خروج إدلب عن سيطرة
النظام", "منذ إسقاط الطائرة الروسية") is background, unless its own sentence gives it a day of its own; the
deed a trial or a charge is about ("في قضية اقتحام قسم شرطة كرداسة") is no happening the page reports.
Fixtures: short excerpts of unifiedfc articles (development sets I and L), each with a twin that tells
the happening itself."""

from __future__ import annotations

import pytest
from analysed import modality_at
from test_events import actual_events, run_with_places

from rasd.records import Analysis, Entity

PLACES = [
    Entity("idlib", "PLACE", "إدلب", "Idlib", lat=35.93, lon=36.63, level="town", country="SY"),
    Entity("qalamoun-e", "PLACE", "القلمون الشرقي", "Eastern Qalamoun", lat=33.8, lon=36.9, level="region",
           country="SY"),
    Entity("sinai", "PLACE", "سيناء", "Sinai", lat=30.0, lon=33.8, level="region", country="EG"),
    Entity("aswan", "PLACE", "أسوان", "Aswan", lat=24.09, lon=32.9, level="town", country="EG"),
    Entity("kerdasa", "PLACE", "كرداسة", "Kerdasa", lat=30.03, lon=31.11, level="town", country="EG"),
]


def _run(text: str, published: str = "unknown") -> Analysis:
    return run_with_places(text, PLACES, published)


# --------------------------------------------------------------------------- "منذ" + the happening

@pytest.mark.parametrize("text", [
    # V-108.json#article-2 (set L)
    pytest.param("اليوم , وبعد حوالى سنتين منذ خروج إدلب وريفها عن سيطرة النظام بشكل كامل , لم تتشكل حياة "
                 "سياسية جديدة في المدينة ولا أريافها .", id="since-idlib-left-regime-control"),
    # R-9.json#article-5 (set I)
    pytest.param("ومنذ خروج منطقة القلمون الشرقي عن سيطرة قوات النظام في العام 2013 , اتخذت الأخيرة إجراءات "
                 "عسكرية احترازية كبيرة في المنطقة .", id="since-a-year-long-ago"),
    # R-109.json#article-10 (set L)
    pytest.param("كما انخفض عدد السياح بنسبة 50 % تقريبا منذ إسقاط الطائرة الروسية في سيناء في أكتوبر من العام "
                 "الماضي .", id="since-the-downing-of-a-plane"),
])
def test_the_happening_a_span_counts_from_is_background(text: str) -> None:
    assert not actual_events(_run(text, published="2017-10-30"))
    assert not actual_events(_run(text))


def test_what_happened_since_is_still_told() -> None:
    # the twin: the same happening told as the news ("خرجت ... عن سيطرة النظام" is the page's deed)
    a = _run("وأسقطت الدفاعات الجوية الطائرة الروسية في سيناء اليوم .", published="2017-10-30")
    assert [e.location for e in actual_events(a)] == ["sinai"]


def test_a_since_happening_with_a_day_of_its_own_is_kept_with_that_day() -> None:
    # R-109.json#article-8 (set L): a human-rights roundup; the abduction is told with its own day
    text = ("وفى أسوان تخفى سلطات الانقلاب المهندس عبدالله عبده منذ اختطافه من مقر عمله بشركة إيجيكو بتوشكى "
            "مساء السبت 4 فبراير 2017 دون سند من القانون بشكل تعسفي .")
    assert [(e.location, e.date_start) for e in actual_events(_run(text))] == [("aswan", "2017-02-04")]


# --------------------------------------------------------------------------- a trial's subject



@pytest.mark.parametrize("text, trigger, modality", [
    # R-109.json#article-0 (set L): the headline of a court ruling, and its twin without the case
    pytest.param("أخبار الإعدام لعشرين من أنصار مرسي في قضية اقتحام قسم شرطة كرداسة", "اقتحام", "charged",
                 id="the-case-of-a-storming"),
    pytest.param("مسلحون يشنون اقتحام قسم شرطة كرداسة", "اقتحام", "actual", id="a-storming-told"),
    # R-109.json#article-0: "دينوا بقتل 13 شرطيا عام 2013"
    pytest.param("ودينوا بقتل 13 شرطيا عام 2013 في منطقة كرداسة", "بقتل", "charged_with",
                 id="convicted-of-a-killing"),
    # "منذ يومين" (two days ago) keeps a word between: the happening is the news
    pytest.param("وشنت الفصائل منذ يومين هجوما على مواقع النظام", "هجوما", "actual", id="two-days-ago"),
    pytest.param("ومنذ سيطرة التنظيم على المدينة عام 2014", "سيطرة", "since", id="since-the-capture"),
    pytest.param("قتل 300 مدني منذ بدء الهجوم على الغوطة", "الهجوم", "since_start", id="since-the-start-of"),
])
def test_the_cue_right_before_the_trigger(text: str, trigger: str, modality: str) -> None:
    assert modality_at(text, trigger) == modality


# --------------------------------------------------------------------------- "الفجر" is dawn

RASTAN = [Entity("rastan", "PLACE", "الرستن", "al-Rastan", lat=34.93, lon=36.73, level="town", country="SY")]


def test_dawn_is_no_bombing() -> None:
    # R-411.json#article-3 (set L): a chronology's entry; "منذ الفجر" (since dawn) is no "فجر" (blew up)
    text = ("29 مايو 2011 مقتل خمسة مدنيين وإصابة العشرات بنيران قوات الأمن في مدينتي الرستن وتلبيسة قرب حمص بعد "
            "أن حاصرتاهما الجيش منذ الفجر بالدبابات .")
    evs = actual_events(run_with_places(text, RASTAN))
    assert [(e.location, e.sub_event_type, e.date_start) for e in evs] == [("rastan", "Attack", "2011-05-29")]
    # the verb itself is still a bombing
    twin = "فجر تنظيم داعش جسر الرستن اليوم ."
    assert {e.event_type for e in actual_events(run_with_places(twin, RASTAN, "2017-10-30"))} == {
        "Explosions/Remote violence"}
