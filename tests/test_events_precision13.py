"""Events round 13 (breadth, set J): a town named before a direction and another place ("مدينة
الميادين جنوب شرق دير الزور") is the event's place, the other its landmark; one side's withdrawal
and the other's taking of the same place on the same day are one happening; deaths over a recent
span in general form ("خلال الأشهر ال - 3 الأخيرة") are a period toll; fighting or taking ground
told after "بعد" past a main clause is what that clause followed (background); a town joined to
its province's countryside ("بلدة X بريف إدلب") is the finer place however far the region's centre.
Hand-written sentences in the corpus's pre-tokenised style, each rule with its negative twin."""

from __future__ import annotations

import pytest
from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "mayadin": ("الميادين", "al-Mayadin", 35.020, 40.452, "town", "Deir ez-Zor"),
    "deir-ez-zor": ("دير الزور", "Deir ez-Zor", 35.336, 40.141, "town", "Deir ez-Zor"),
    "albu-kamal": ("البوكمال", "Albu Kamal", 34.453, 40.918, "town", "Deir ez-Zor"),
    "palmyra": ("تدمر", "Palmyra", 34.560, 38.267, "town", "Homs"),
    "khan-shaykhun": ("خان شيخون", "Khan Shaykhun", 35.442, 36.651, "town", "Idlib"),
    "kafr-zita": ("كفرزيتا", "Kafr Zita", 35.375, 36.601, "town", "Hama"),
    "rif-idlib": ("ريف إدلب", "Idlib countryside", 35.800, 36.650, "region", "Idlib"),
}


def _run(text: str, published: str = "2017-11-20") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)


# --------------------------------------------------------------------------- a landmark after a direction


@pytest.mark.parametrize("text, place", [
    pytest.param("وقتل 12 مدنيا أمس جراء غارات جوية شنتها طائرات التحالف على مدينة الميادين جنوب شرق دير الزور .",
                 "mayadin", id="town-before-a-direction-and-its-landmark"),
    pytest.param("وقتل 12 مدنيا أمس جراء غارات جوية شنتها طائرات التحالف على بلدة الميادين بالقرب من مدينة دير الزور .",
                 "mayadin", id="town-near-a-city"),
])
def test_a_landmark_after_a_direction(text: str, place: str) -> None:
    assert [e.location for e in actual_events(_run(text))] == [place]


def test_an_unknown_village_is_placed_at_its_landmark() -> None:
    # (session 21, near) the village the gazetteer lacks is still the event's place, at the landmark's point
    # with geo_precision 2 (ACLED's nearest known place), no longer the landmark town itself
    a = _run("وقتل 12 مدنيا أمس جراء غارات جوية شنتها طائرات التحالف على قرية الحسينية جنوب شرق دير الزور .")
    events = actual_events(a)
    assert [(a.entities[e.location].name_ar, e.geo_precision) for e in events] == [("الحسينية", 2)]
    village = a.entities[events[0].location]
    assert (village.lat, village.lon) == (PLACES["deir-ez-zor"][2], PLACES["deir-ez-zor"][3])


# --------------------------------------------------------------------------- a handover told from both ends


@pytest.mark.parametrize("text, n, first_type", [
    # one handover; no fight told by either end: a non-violent transfer (merge._unfought_handover)
    pytest.param("وسيطر تنظيم داعش أمس على مدينة تدمر . وانسحبت قوات النظام أمس من مدينة تدمر بشكل مفاجئ .", 1,
                 "Strategic developments", id="withdrawal-and-taking-of-one-town"),
    pytest.param("وسيطر تنظيم داعش أمس على مدينة تدمر . وانسحبت قوات النظام أمس من مدينة البوكمال بشكل مفاجئ .", 2,
                 "Battles", id="withdrawal-from-another-town"),
])
def test_a_handover_told_from_both_ends(text: str, n: int, first_type: str) -> None:
    events = actual_events(_run(text))
    assert len(events) == n
    assert events[0].event_type == first_type


# --------------------------------------------------------------------------- a period toll in general form


@pytest.mark.parametrize("text, n", [
    pytest.param("ووثقت الشبكة مقتل 300 مدني في مدينة الرقة خلال الأشهر ال - 3 الأخيرة .", 0,
                 id="span-after-the-toll"),
    pytest.param("وخلال الأشهر ال - 3 الأخيرة , لقي 200 مدني مصرعهم في مدينة الرقة .", 0,
                 id="span-before-the-toll"),
    pytest.param("ووثقت الشبكة مقتل 300 مدني في مدينة الرقة خلال الشهر الأخير من عام 2017 .", 0,
                 id="a-singular-unit-after-an-opener"),
    pytest.param("وقتل 5 مدنيين بقصف قوات النظام على مدينة الرقة الأسبوع الماضي .", 1,
                 id="last-week-is-a-day-reference"),
])
def test_a_period_toll(text: str, n: int) -> None:
    assert len(actual_events(_run(text, published="2018-01-01"))) == n


# --------------------------------------------------------------------------- what a clause followed


@pytest.mark.parametrize("text, n", [
    pytest.param(("وتعتبر تلك المناطق آخر الجيوب التي يسيطر عليها عناصر داعش بعد استيلاء قوات النظام وحلفائها على "
                  "البوكمال قرب الحدود مع العراق ."), 0,
                 id="taking-ground-after-bad"),
    pytest.param("وسيطرت قوات النظام على مدينة البوكمال أمس بعد معارك عنيفة مع تنظيم داعش .", 1,
                 id="battles-told-with-the-taking"),
    pytest.param("وقالت مصادر محلية إن قوات النظام سيطرت على مدينة البوكمال أمس .", 1,
                 id="taking-ground-told"),
    pytest.param("وأصبحت مدينة البوكمال تحت سيطرة قوات النظام بعد اشتباكات عنيفة مع تنظيم داعش يوم أمس .", 1,
                 id="a-day-in-the-sentence-tells-the-fighting"),
])
def test_fighting_after_bad(text: str, n: int) -> None:
    events = actual_events(_run(text))
    assert len(events) == n
    assert all(e.location == "albu-kamal" for e in events)


# --------------------------------------------------------------------------- a town of its province's countryside


@pytest.mark.parametrize("text, place", [
    pytest.param("وقتل 70 مدنيا أمس في هجوم بالأسلحة الكيميائية على بلدة خان شيخون بريف إدلب .", "khan-shaykhun",
                 id="a-town-of-the-province"),
    pytest.param("وقتل 70 مدنيا أمس في هجوم بالأسلحة الكيميائية على بلدة كفرزيتا بريف إدلب .", "rif-idlib",
                 id="a-town-of-another-province"),
])
def test_a_town_of_its_provinces_countryside(text: str, place: str) -> None:
    assert [e.location for e in actual_events(_run(text))] == [place]
