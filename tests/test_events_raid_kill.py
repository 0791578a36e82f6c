"""Events stage: a raid or arrest and a killing joined to it by "و" in one sentence are one happening coded by
the killing (ACLED: Battles, or Violence against civilians when the dead are civilians), not an arrest; an
arrest told "during" a protest of its sentence is the protest's intervention (ACLED codes the arrests with the
protest), not an Arrests row beside it. Hand-written sentences with hand-made places."""

from __future__ import annotations

from test_events import run_with_places

from rasd.records import Entity, Event

PLACES = [Entity("arish", "PLACE", "العريش", "Arish", lat=31.13, lon=33.80, level="town", country="EG",
                 admin1="North Sinai"),
          Entity("tunis", "PLACE", "تونس", "Tunis", lat=36.80, lon=10.18, level="town", country="TN", admin1="Tunis")]


def _events(text: str) -> list[Event]:
    return [e for e in run_with_places(text + "\n", PLACES, "2017-05-16").events if e.modality == "actual"]


def _types(text: str) -> list[tuple[str, str]]:
    return sorted((e.event_type, e.sub_event_type) for e in _events(text))


def test_a_raid_that_killed_a_gunman_is_a_battle_not_an_arrest() -> None:
    assert _types("داهمت قوات الأمن منزلا في العريش أمس وقتلت مسلحا كان يختبئ فيه .") == [("Battles", "Armed clash")]


def test_a_raid_that_killed_civilians_is_violence_against_civilians() -> None:
    evs = _events("داهمت قوات الأمن منزلا في العريش أمس وقتلت مدنيين اثنين .")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in evs] == [
        ("Violence against civilians", "Attack", 2)]


def test_a_raid_alone_stays_an_arrest() -> None:
    assert _types("داهمت قوات الأمن منزلا في العريش أمس واعتقلت شابين .") == [("Strategic developments", "Arrests")]


def test_arrests_and_deaths_during_protests_are_the_protest_met_by_force() -> None:
    evs = _events("مقتل ستة أشخاص واعتقال 900 خلال احتجاجات على رفع أسعار الوقود في تونس أمس .")
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in evs] == [
        ("Protests", "Excessive force against protesters", 6)]


def test_arrests_during_a_protest_are_a_protest_with_intervention() -> None:
    assert _types("اعتقلت الشرطة 50 متظاهرا خلال احتجاجات في تونس أمس .") == [
        ("Protests", "Protest with intervention")]


def test_an_arrest_after_a_protest_stays_its_own() -> None:
    assert _types("اعتقلت الشرطة شابا في تونس أمس على إثر مظاهرة .") == [
        ("Protests", "Peaceful protest"), ("Strategic developments", "Arrests")]



def test_a_killing_past_a_comma_is_not_the_raids() -> None:
    # the campaigns' dead ("وقتل فيها"), told after a comma: their own row with their count, not the raids'
    evs = run_with_places("وقال الادعاء إن المداهمات في العريش لا صلة لها بحملات دارت هذا الشهر , وقتل فيها "
                          "شخصان يعتقد أنهما متشددان في العريش .\n", PLACES, "2017-05-16").events
    assert any(e.event_type == "Battles" and e.fatalities == 2 for e in evs)
