"""Merges within a listing of separately dated posts (daily reports, issue #4): an undated telling in
one day's post and one in another day's post are two days' happenings, not one told twice; the same
two tellings in posts of one day stay one event. Fixture in the corpus's pre-tokenised style, the
shape of the daily casualty reports (V-641, V-486: "وقضى في محافظة حماة ( 5 ) أشخاص جراء القصف ...")."""

from __future__ import annotations

from test_events import run_with_places, syrian_places

from rasd.records import Analysis

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {"kafr-zita": ("كفرزيتا", "Kafr Zita", 35.375, 36.601, "town", "Hama")}
LEAD = "مجموعة العمل - ريف حماة .\nوأفاد مراسلنا بوصول تعزيزات جديدة إلى المنطقة .\n"


def _listing(day2: str) -> str:
    return ("التقرير اليومي . تم النشر بتاريخ : 29 / 11 / 2016 13 : 54 " + LEAD
            + "وقضى في بلدة كفرزيتا ( 5 ) أشخاص جراء القصف الجوي .\n"
            + f"تم النشر بتاريخ : {day2} / 11 / 2016 16 : 57 " + LEAD
            + "وقضى في بلدة كفرزيتا ( 3 ) أشخاص جراء القصف الجوي .")


def _run(text: str) -> Analysis:
    return run_with_places(text, syrian_places(PLACES), "unknown", None, syrian=True)


def _strikes(a: Analysis) -> list[tuple[str, int | None]]:
    return sorted((e.date_end, e.fatalities) for e in a.events
                  if e.location == "kafr-zita" and e.event_type == "Explosions/Remote violence")


def test_posts_of_two_days_keep_their_strikes_apart() -> None:
    assert _strikes(_run(_listing("28"))) == [("2016-11-28", 3), ("2016-11-29", 5)]


def test_posts_of_one_day_still_merge() -> None:
    assert len(_strikes(_run(_listing("29")))) == 1
