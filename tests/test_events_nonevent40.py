"""Session 40 (nonevent): rows that report no happening of the page. A deed only hours away ("ساعات
تفصل ... عن"), the deed a party is pressed or forced into ("للضغط على ... لتسليم", "لإجبار ... على
الانسحاب"), a goal "حتى يتم" (not yet reached), chemical stocks loaded onto ships or a chemical
industry, and al-Qaeda named in a group's allegiance are not told done; each rule with its twin that
tells the deed. Hand-written sentences in the corpus's pre-tokenised style."""

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
    pytest.param("والرقة شبه خالية من داعش , وساعات تفصل قوات سوريا الديمقراطية عن إعلان السيطرة على الرقة .", 0,
                 id="hours-separate-from-control"),
    pytest.param("وأيام قليلة تفصل الجيش عن السيطرة على مدينة الطبقة .", 0, id="days-separate"),
    pytest.param("وأعلنت قوات سوريا الديمقراطية اليوم السيطرة على مدينة الرقة .", 1, id="control-announced"),
    pytest.param(("وكثف التحالف قصفه على الرقة للضغط على من بقي من عناصر داعش لتسليم نفسه أو الخروج من مدينة "
                  "الرقة ."), 1, id="pressed-to-leave-only-the-shelling"),
    pytest.param("وخرج عناصر داعش اليوم من مدينة الرقة باتجاه دير الزور .", 1, id="the-exit-told"),
    pytest.param(("وتواصل قوات سوريا الديمقراطية معركتها لإجبار تنظيم داعش على الانسحاب من مدينة الطبقة ."), 0,
                 id="forced-to-withdraw-is-an-aim"),
    pytest.param("وانسحب تنظيم داعش اليوم من مدينة الطبقة .", 1, id="the-withdrawal-told"),
])
def test_deeds_not_yet_done(text: str, n: int) -> None:
    assert len(actual_events(_run(text))) == n


@pytest.mark.parametrize("text, n", [
    pytest.param("وقال رئيس الوزراء : سنواصل العملية في عفرين حتى يتم قتل الإرهابي الأخير .", 0, id="until-killed"),
    pytest.param("وقتل مسلح في اشتباك مع الجيش في عفرين اليوم .", 1, id="killed-told"),
])
def test_a_goal_until_done(text: str, n: int) -> None:
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
