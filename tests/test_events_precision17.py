"""Events round 17 (precision: background, non-events): a bracketed date is an aside, so a court's
verdict told after it stays a verdict ("قضت محكمة ... اليوم الأحد ( الثاني من تموز / يوليو 2017 )
بإعدام"); the pluperfect of an aside ("وكانت طائرة الكساسبة اسقطت فوق الرقة") with no date is
context, not the page's news; a future said of a happening after its noun ("سيطرة ... على حقول النفط
ستكون كارثية") is no happening. Excerpts from set L (R-109#0, R-120#4), set J (V-144#0, V-479#2), F
(R-117#4) and I (V-154#6, V-143#0), shortened; each rule with its negative twin."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "kerdasa": ("كرداسة", "Kerdasa", 30.032, 31.110, "town", "Giza"),
    "raqqa": ("الرقة", "al-Raqqa", 35.950, 39.009, "town", "Ar-Raqqa"),
    "arsal": ("عرسال", "Arsal", 34.179, 36.421, "town", "Baalbek-Hermel"),
}


def _run(text: str, published: str = "2017-07-02") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)


# --------------------------------------------------------------------------- a bracketed date


COURT = ("قضت محكمة جنايات مصرية اليوم الأحد ( الثاني من تموز / يوليو 2017 ) {verb} عشرين إسلاميا من أنصار "
         "الرئيس السابق في منطقة كرداسة .")


def test_a_verdict_told_after_a_bracketed_date_is_no_killing() -> None:
    # the bracket closing after "2017" used to keep the verdict's clause going: "قضت" and "بإعدام"
    # were cut apart by the date, and the death sentence became an attack
    assert actual_events(_run(COURT.format(verb="بإعدام"))) == []


def test_an_execution_told_after_a_bracketed_date_stays() -> None:
    text = "أعدم مسلحو تنظيم داعش اليوم الأحد ( الثاني من تموز / يوليو 2017 ) عشرين مدنيا في مدينة الرقة ."
    events = actual_events(_run(text))
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_brackets_around_a_number_still_join_their_clause() -> None:
    # "قضى ( 23 ) شخصا": the bracketed count belongs to the deaths' clause (unchanged)
    events = actual_events(_run("وفي مدينة الرقة قضى ( 23 ) شخصا جراء القصف على أحياء المدينة ."))
    assert len(events) == 1
    assert events[0].fatalities == 23


# --------------------------------------------------------------------------- the pluperfect of an aside


@pytest.mark.parametrize("text, n", [
    pytest.param("وكانت طائرة الكساسبة اسقطت فوق الرقة شمالي سوريا .", 0, id="an-aside-undated"),
    pytest.param(("وكانت الفصائل التي شاركت في العملية العسكرية ضد الجيش اللبناني في عرسال قد وقعت اتفاقا بينها "
                  "على توزيع المهام ."), 0, id="an-aside-with-qad"),
    pytest.param("وكانت طائرة الكساسبة اسقطت فوق الرقة أمس .", 1, id="dated-the-page-s-news"),
    pytest.param("وكان الجيش السوري قصف أحياء مدينة الرقة خلال الأيام الماضية .", 1, id="lately-the-page-s-news"),
    pytest.param("وكان الجيش السوري قصف أحياء مدينة الرقة في وقت سابق .", 1, id="earlier-the-page-s-news"),
    pytest.param("وأوضح المصدر أن قوات الجيش السوري التي كانت في مدينة الرقة انسحبت منها .", 1,
                 id="after-a-relative-the-deed-is-told"),
    # a narrative's past progressive, then the deed (tests/test_events.py, round 5)
    pytest.param("وكان مسلح يقود سيارة مفخخة فجر نفسه قرب حاجز في مدينة الرقة ما أدى إلى مقتل 4 مدنيين .", 1,
                 id="a-past-progressive-then-the-deed"),
    # the sample page 000: "واستخدامه الأسلحة المحرمة دوليًا كان آخرها الأسلحة الكيماوية التي راح ضحيتها"
    pytest.param(("واستخدم الجيش السوري الأسلحة المحرمة دوليا في مدينة الرقة كان آخرها الأسلحة الكيماوية التي راح "
                  "ضحيتها أكثر من 40 شهيدا ."), 1, id="the-last-of-a-series-is-the-news"),
])
def test_the_pluperfect_of_an_aside(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n


def test_the_pluperfect_aside_on_an_undated_page() -> None:
    assert actual_events(_run("وكانت طائرة الكساسبة اسقطت فوق الرقة شمالي سوريا .", published="unknown")) == []


# --------------------------------------------------------------------------- a future said after the noun


@pytest.mark.parametrize("text, n", [
    pytest.param("وقال إن سيطرة الجيش السوري على الرقة ستكون كارثية بالنسبة إلينا .", 0, id="will-be-catastrophic"),
    pytest.param("وقال إن سيطرة الجيش السوري على الرقة سيكون لها أثر كبير .", 1,
                 id="will-have-an-effect-the-deed-is-told"),
])
def test_a_future_said_after_the_noun(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n


# --------------------------------------------------------------------------- years gone by, an indictment


@pytest.mark.parametrize("text, n", [
    pytest.param("وتبنى تنظيم داعش عدة هجمات على حواجز للجيش السوري في مدينة الرقة في السنوات القليلة الماضية .", 0,
                 id="attacks-over-the-past-years"),
    pytest.param("وتبنى تنظيم داعش عدة هجمات على حواجز للجيش السوري في مدينة الرقة .", 1, id="attacks-told"),
])
def test_years_gone_by(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n


@pytest.mark.parametrize("text, n", [
    pytest.param("وصدر قرار اتهامي يروي تفاصيل أحداث عرسال ويطلب الإعدام ل 106 متهمين .", 0, id="an-indictment"),
    pytest.param("وأعدم مسلحو التنظيم اليوم 5 عسكريين في جرود عرسال .", 1, id="an-execution"),
])
def test_an_indictment_asks_for_death(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n
