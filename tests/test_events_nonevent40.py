"""Session 40 (nonevent): rows that report no happening of the page. The deed a party is to be forced
into ("لإجبار ... على الانسحاب"), chemical stocks shipped away or a chemical industry, al-Qaeda named in a
group's allegiance, and a deed told "during" a campaign or a span of days ("واستعاد خلالها") are not
happenings of the page's day; each rule with its twin that tells the deed. Hand-written sentences in the
corpus's pre-tokenised style."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "raqqa": ("الرقة", "Raqqa", 35.950, 39.010, "town", "Ar-Raqqa"),
    "tabqa": ("الطبقة", "Tabqa", 35.836, 38.548, "town", "Ar-Raqqa"),
    "latakia": ("اللاذقية", "Latakia", 35.523, 35.792, "town", "Lattakia"),
    "beit-jinn": ("بيت جن", "Beit Jinn", 33.309, 35.881, "town", "Rural Damascus"),
    "afrin": ("عفرين", "Afrin", 36.512, 36.869, "town", "Aleppo"),
}


def _run(text: str, published: str = "2017-10-14") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)


@pytest.mark.parametrize("text, n", [
    pytest.param(("وتواصل قوات سوريا الديمقراطية معركتها لإجبار تنظيم داعش على الانسحاب من مدينة الطبقة ."), 0,
                 id="forced-to-withdraw-is-an-aim"),
    pytest.param("وانسحب تنظيم داعش اليوم من مدينة الطبقة .", 1, id="the-withdrawal-told"),
])
def test_a_deed_forced_into(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n


@pytest.mark.parametrize("text, n", [
    pytest.param(("وتحقق فريق البعثة المشتركة من المواد الكيميائية قبل تحميلها في مرفأ اللاذقية على متن سفينتي "
                  "شحن ."), 0, id="stocks-loaded-on-ships"),
    pytest.param("وقصفت طائرات النظام مدينة اللاذقية بغاز الكلور اليوم .", 1, id="chlorine-used"),
])
def test_chemical_stocks_shipped(text: str, n: int) -> None:
    events = actual_events(_run(text))
    assert sum(e.event_type == "Explosions/Remote violence" for e in events) == n


@pytest.mark.parametrize("text, n", [
    pytest.param(("وشنت فصائل بقيادة هيئة تحرير الشام ( أسستها جبهة النصرة الموالية للقاعدة ) هجوما على "
                  "بيت جن ."), 0, id="al-qaeda-is-no-base"),
    pytest.param("وأنشأت القوات التركية قاعدة عسكرية قرب عفرين اليوم .", 1, id="a-base-established"),
])
def test_al_qaeda_is_no_base(text: str, n: int) -> None:
    events = actual_events(_run(text))
    assert sum(e.sub_event_type == "Headquarters or base established" for e in events) == n


@pytest.mark.parametrize("text, n", [
    pytest.param(("ويأتي التقدم في إطار عملية عسكرية واسعة بدأها الجيش مؤخرا في ريف الرقة واستعاد خلالها السيطرة "
                  "على قرى عدة ."), 0, id="during-a-campaign"),
    pytest.param("وكانت المعركة عبارة عن 19 يوما استولت خلالها القوات على الأحياء الشرقية من الطبقة .", 0,
                 id="during-nineteen-days"),
    pytest.param(("واندلعت اشتباكات عنيفة بين المقاتلين وقوات النظام في مدينة الطبقة اليوم , سيطر خلالها "
                  "المقاتلون على حاجزين ."), 1, id="during-one-clash-is-the-day-s-taking"),
    pytest.param("واستعاد الجيش اليوم السيطرة على قرى عدة في ريف الرقة .", 1, id="the-retaking-told"),
])
def test_a_deed_during_a_campaign(text: str, n: int) -> None:
    events = actual_events(_run(text))
    assert sum(e.event_type == "Battles" for e in events) == n


@pytest.mark.parametrize("text, n", [
    pytest.param("وأكدت شركة للصناعات الكيميائية وقوع انفجارين في منشأة تابعة لها قرب اللاذقية اليوم .", 0,
                 id="a-chemical-industry-is-no-weapon"),
    pytest.param("وأكدت مصادر طبية وقوع هجوم كيميائي على أحياء في اللاذقية اليوم .", 1, id="a-chemical-attack"),
])
def test_chemical_industry(text: str, n: int) -> None:
    events = actual_events(_run(text))
    assert sum(e.sub_event_type == "Chemical weapon" for e in events) == n
