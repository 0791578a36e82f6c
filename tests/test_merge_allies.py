"""Session 41 (allies): two tellings of one happening (one type, day and place) told with allied actors are one
row: "قوات النظام" in one sentence and "الطيران الحربي الروسي" in the next are one side (actor_alliances.yaml, read
by ``merge._sides_ok`` through ``_DocContext.allied``), within the alliance's country and days, at one place on
one day (``_allies_may_join``). Hand-written text."""

from __future__ import annotations

from analysed import analyse_text


def _rows(text: str, published: str) -> list[tuple[str, str, str]]:
    a = analyse_text(text, published, stages=None)
    return sorted((e.sub_event_type, a.entities[e.location].name_ar if e.location in a.entities else "", e.date_start)
                  for e in a.events if e.modality == "actual")


HEAD = "غارات على إدلب | موقع الأخبار\n"
REGIME = "شنت قوات النظام غارات جوية على مدينة إدلب اليوم الثلاثاء ما أدى إلى مقتل ثلاثة مدنيين .\n"
STRIKER = "وقال مصدر محلي إن الطيران الحربي {} قصف أحياء مدينة إدلب اليوم الثلاثاء .\n"


def test_allied_strikers_tell_one_strike() -> None:
    assert _rows(HEAD + REGIME + STRIKER.format("الروسي"), "2017-09-26") == [
        ("Air/drone strike", "إدلب", "2017-09-26")]


def test_strikers_of_no_alliance_stay_two_strikes() -> None:
    # Turkey's air force is no ally of the regime: two strikes on the city that day
    assert len(_rows(HEAD + REGIME + STRIKER.format("التركي"), "2017-09-26")) == 2


def test_alliance_holds_only_from_its_day() -> None:
    # Russia's air war in Syria began on 30 September 2015: a Russian strike told in 2013 is another happening
    assert len(_rows(HEAD + REGIME + STRIKER.format("الروسي"), "2013-05-07")) == 2


NEARBY = "وقال مصدر محلي إن الطيران الحربي الروسي قصف بلدة سقبا اليوم الثلاثاء ما أدى إلى مقتل خمسة مدنيين .\n"
REGIME_JOBAR = "وصعدت قوات النظام القصف الجوي على حي جوبر اليوم الثلاثاء .\n"


def test_allies_at_two_nearby_places_stay_two_strikes() -> None:
    # Jobar and Saqba lie a few km apart: the regime's strikes on one and Russia's on the other are two happenings
    assert len(_rows("غارات على الغوطة | موقع الأخبار\n" + REGIME_JOBAR + NEARBY, "2017-04-04")) == 2


BATTLE = "سيطرت قوات سوريا الديمقراطية على حي البتاني في مدينة الرقة من تنظيم داعش اليوم الأحد .\n"
CLASH = "واندلعت اشتباكات بين القوات الأمريكية وقوات سوريا الديمقراطية في مدينة الرقة اليوم الأحد .\n"


def test_allies_told_on_two_sides_of_a_fight_are_not_one_side() -> None:
    rows = _rows("معارك الرقة | موقع الأخبار\n" + BATTLE + CLASH, "2017-06-18")
    assert len(rows) == 2

