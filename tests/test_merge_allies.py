"""Session 41 (allies): two tellings of one happening (one type, day and place) told with allied actors are one
row: "قوات النظام" in one sentence and "الطيران الحربي الروسي" in the next are one side (actor_alliances.yaml, read
by ``merge._sides_ok`` through ``_DocContext.allied``), within the alliance's country and days. A province's main
city told with a bearing ("شرق مدينة السويداء") is its countryside of that bearing ("ريف السويداء الشرقي",
``merge._city_side``), and the countryside stays the place. Hand-written text."""

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


SECTION = ("تطورات الميدان السوري | موقع الأخبار\nالسويداء وريفها :\n- استعاد الجيش السوري السيطرة على عدة قرى وتلال "
           "في ريف السويداء الشرقي بعد معارك مع تنظيم داعش .\n- أقرت مصادر معارضة بسيطرة الجيش السوري على تل سلمان "
           "وتل الأصفر {} مدينة السويداء .\n")


def test_east_of_the_city_is_its_eastern_countryside() -> None:
    assert _rows(SECTION.format("شرق"), "2017-07-10") == [
        ("Government regains territory", "ريف السويداء الشرقي", "2017-07-10")]


def test_west_of_the_city_is_not_its_eastern_countryside() -> None:
    assert len(_rows(SECTION.format("غرب"), "2017-07-10")) == 2
