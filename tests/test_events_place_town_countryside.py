"""A village told before a town's countryside ("في قرية السوسة بريف البوكمال") is where it happened: the
countryside of a town is a region whose mention holds only the town's name, so the town-before-its-region
rule reads it as the region it is (rasd/extract/events/places.py, _countryside_of and _around_town). At
the town itself, the strike's weapon word ("بعدة غارات جوية") took the town and gave the one strike a
second row (breadth R-117#4, judged a duplicate in brsample13). Fixture: that breadth sentence."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

SOUSA, ALBU_KAMAL = "gn:172415", "rasd:albu-kamal"


def _strike_places(text: str) -> list[str | None]:
    a = analyse_text(text, "2017-11-05")
    return [e.location for e in actual_events_of(a, "Explosions/Remote violence") if e.sub_event_type == "Air/drone strike"]


def test_the_village_before_a_towns_countryside_is_the_place() -> None:
    text = ("وأفاد ناشطون باستهداف طيران التحالف ( الأحد ) الأحياء السكنية في قرية السوسة بريف البوكمال بعدة "
            "غارات جوية , إضافة إلى تعرض القرية لقصف مدفعي من قبل قوات النظام .")
    assert _strike_places(text) == [SOUSA]


def test_a_towns_countryside_alone_stays_at_the_town() -> None:
    text = "واستهدف طيران التحالف اليوم الأحد مواقع لتنظيم داعش بريف البوكمال بعدة غارات جوية ."
    assert _strike_places(text) == [ALBU_KAMAL]
