"""A place of another clause reached only as a goal, a people's home or a verb's origin is not where the
happening of the trigger's clause took place (session 21, rolesent)."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Entity

ENT = {
    "sarmin": Entity("sarmin", "PLACE", "سرمين", "سرمين", lat=35.90, lon=36.72, level="town", country="SY"),
    "ghanto": Entity("ghanto", "PLACE", "الغنطو", "الغنطو", lat=34.83, lon=36.70, level="town", country="SY"),
}
SURFACES = [("سرمين", "sarmin"), ("الغنطو", "ghanto")]


def _places(text: str) -> list[str | None]:
    return [e.location for e in events_over(text, ENT, SURFACES, "2017-11-28").events]


def test_a_refuge_of_another_clause_does_not_place_the_clashes() -> None:
    # the wanted men fled to Sarmin after the clashes: the clashes were not there
    assert "sarmin" not in _places("اندلعت اشتباكات عنيفة أمس , بينما تمكن عدد من المطلوبين من الفرار , ويرجح أنهم"
                                   " لجأوا إلى مدينة سرمين .")
    assert "ghanto" not in _places("قتل ثلاثة عناصر في اشتباكات عنيفة أمس , وفروا إلى بلدة الغنطو .")


def test_a_place_of_the_triggers_own_clause_stays() -> None:
    # twin: "في" links the town to the clashes
    assert _places("اندلعت اشتباكات عنيفة أمس في مدينة سرمين , بينما تمكن عدد من المطلوبين من الفرار .") == ["sarmin"]


def test_a_locating_from_of_another_clause_still_places_it() -> None:
    # "الجبهات الشمالية من بلدة الغنطو": a part of the town, not an origin (no verb before "من")
    assert _places("قتل ثلاثة عناصر في اشتباكات عنيفة أمس , في الجبهات الشمالية من بلدة الغنطو .") == ["ghanto"]


def test_the_far_end_of_a_span_still_places_it() -> None:
    # "وصولاً إلى X": how far the shelling reached, not a goal of another role (the shared sample 003's e3-3)
    assert "ghanto" in _places("قصفت قوات النظام أمس مواقع التنظيم في ريف حمص , وصولاً إلى بلدة الغنطو .")
