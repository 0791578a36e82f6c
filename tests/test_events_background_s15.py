"""Session 15 (background told inside news reports): a happening named to compare with ("كما حدث في
جرابلس عندما انسحب", "في تكرار لمجازر حلب"), the happening a span counts from told through a clause or
a word before it ("منذ أن سيطر", "ومنذ إحكام التنظيم سيطرته"), and the pluperfect of an aside whose date
the page cannot read ("وكانت الشرطة قد فرقت تظاهرة في 30 كانون الثاني الماضي") are background, not news.
Fixtures written for these tests (the wording of breadth-set news reports, shortened), each rule with its
twin that tells the happening as the page's news."""

from __future__ import annotations

import pytest
from analysed import modality_at
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "raqqa": ("الرقة", "al-Raqqa", 35.950, 39.009, "town", "Ar-Raqqa"),
    "jarabulus": ("جرابلس", "Jarabulus", 36.817, 38.011, "town", "Aleppo"),
}


def _run(text: str, published: str = "2017-07-02") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)




# --------------------------------------------------------------------------- a happening compared with

@pytest.mark.parametrize("text, trigger, modality", [
    pytest.param("ويعاني التنظيم من الهزائم كما حدث في جرابلس عندما انسحب مقاتلوه دون قتال", "انسحب", "compared",
                 id="as-happened-in-when"),
    pytest.param("وقتل عشرون مدنيا في الرقة في تكرار لمجازر حلب والغوطة", "لمجازر", "compared",
                 id="a-repetition-of-massacres"),
    pytest.param("ويخشى الأهالي تهجيرا على غرار ما حصل في داريا بعد حصارها", "حصارها", "compared",
                 id="after-the-manner-of"),
    # "كما حدث انفجار": an explosion also happened, the page's news
    pytest.param("وقتل ثلاثة مدنيين بقصف على الرقة كما حدث انفجار في المدينة", "انفجار", "actual",
                 id="also-an-explosion"),
    # "على غرار ذلك": likewise, then the news
    pytest.param("وعلى غرار ذلك قصفت الطائرات مدينة الرقة", "قصفت", "actual", id="likewise"),
])
def test_a_comparison_names_an_earlier_happening(text: str, trigger: str, modality: str) -> None:
    assert modality_at(text, trigger) == modality


def test_a_compared_happening_is_no_event() -> None:
    text = "ويخشى الأهالي من الحصار , كما حدث في جرابلس عندما قصفت قوات النظام المدينة بالمدفعية ."
    assert actual_events(_run(text)) == []
    # the twin: the shelling told as the news
    twin = "وقصفت قوات النظام مدينة جرابلس بالمدفعية ."
    assert [e.location for e in actual_events(_run(twin))] == ["jarabulus"]


# --------------------------------------------------------------------------- since, told through a clause

@pytest.mark.parametrize("text, trigger, modality", [
    pytest.param("ومنذ إحكام التنظيم سيطرته على الرقة يجبر الشباب على القتال", "سيطرته", "since_told",
                 id="since-the-tightening-of-control"),
    pytest.param("ومنذ إعلان قوات التحالف معركة الرقة تعرض المدنيون للقصف", "معركة", "since_told",
                 id="since-the-battle-was-announced"),
    pytest.param("وشنت قوات التحالف معركة الرقة منذ إعلان الخطة", "معركة", "actual", id="the-battle-told"),
])
def test_since_told_through_a_clause(text: str, trigger: str, modality: str) -> None:
    assert modality_at(text, trigger) == modality


def test_since_the_capture_is_no_event() -> None:
    text = "ومنذ إحكام التنظيم سيطرته على مدينة الرقة يقوم بإجبار الشباب على حمل السلاح ."
    assert actual_events(_run(text)) == []


# --------------------------------------------------------------------------- a pluperfect aside, its date unread

@pytest.mark.parametrize("text, n", [
    pytest.param("وكانت قوات النظام قد قصفت مدينة الرقة في 30 كانون الثاني الماضي .", 0, id="a-day-of-another-month"),
    pytest.param("وكانت قوات النظام قد قصفت مدينة الرقة في منتصف الشهر الماضي .", 0, id="last-month"),
    pytest.param("وكانت قوات النظام قد قصفت مدينة الرقة قبل يومين .", 1, id="two-days-ago-the-page-s-news"),
    pytest.param("وكانت قوات النظام قد قصفت مدينة الرقة الثلاثاء الماضي .", 1, id="last-tuesday-the-page-s-news"),
])
def test_a_pluperfect_aside_whose_date_the_page_cannot_read(text: str, n: int) -> None:
    assert len(actual_events(_run(text, published="unknown"))) == n


def test_a_pluperfect_aside_told_days_ago_stays() -> None:
    # "قبل أيام" (days ago, uncounted) may be the page's week: the news retold
    text = "وكانت قوات النظام قد أعلنت قبل أيام سيطرتها على مدينة الرقة ."
    assert len(actual_events(_run(text, published="unknown"))) == 1


# --------------------------------------------------------------------------- recall formulas, more forms

@pytest.mark.parametrize("text, n", [
    pytest.param("يذكر أنه قصفت قوات النظام مدينة الرقة بالمدفعية .", 0, id="with-the-pronoun"),
    pytest.param("هنا تجدر الإشارة إلى أن قوات النظام قصفت مدينة الرقة بالمدفعية .", 0, id="after-huna"),
    pytest.param("والجدير ذكره أن قوات النظام قصفت مدينة الرقة بالمدفعية .", 0, id="the-dhikruhu-form"),
    pytest.param("يذكر أنه قصفت قوات النظام مدينة الرقة بالمدفعية أمس .", 1, id="dated-yesterday-the-page-s-news"),
    pytest.param("وقصفت قوات النظام مدينة الرقة بالمدفعية .", 1, id="told-the-page-s-news"),
])
def test_recall_formulas(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n
