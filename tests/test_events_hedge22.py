"""Deeds the page does not tell as done, and happenings that are no conflict event (session 22, "hedge"):
a rumour or disputed news ("وسط أنباء عن إعدامهم"), a possibility ("بين إمكانيتين"), a negotiation ("يفاوضون ...
على تسليم"), a decision with its origin adjective between ("قرار أميركي بدعم معركة"), people going out into the
streets on an earthquake page, an official's trip, mines named but not gone off, aircraft searching or landing.
Fixtures written for these rules (wording after breadth pages), each with a negative twin."""

from __future__ import annotations

import pytest
from analysed import events_over, modality_at

from rasd.records import Entity


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    pytest.param("وقد تم اقتيادهم إلى جهة مجهولة وسط توارد أنباء عن إعدامهم .", "إعدامهم", "rumoured",
                 id="amid-reports"),
    pytest.param("والآن النظام يروج لخبر سيطرته على البلدة وينشر صورا لأسرى .", "سيطرته", "rumoured",
                 id="promotes-news"),
    pytest.param("تدور اشتباكات في ظل تضارب الأنباء عن سيطرة أحد الطرفين على القرى .", "سيطرة", "rumoured",
                 id="conflicting-reports"),
    pytest.param("مطار دير الزور بين إمكانيتين اقتحام التنظيم وسيطرة النظام .", "اقتحام", "hypothetical",
                 id="two-possibilities"),
    pytest.param("وأن الوجهاء يفاوضون قوات سوريا الديمقراطية على تسليم المدينة وانسحاب التنظيم دون قتال .", "تسليم",
                 "planned", id="negotiating"),
    pytest.param("أسفرت التطورات عن صدور قرار أميركي بدعم معركة عاصفة الجزيرة .", "معركة", "unrealised",
                 id="decision-origin-adjective"),
])
def test_a_deed_not_told_done(text: str, trigger: str, expected: str) -> None:
    assert modality_at(text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    # a plain report of news is the page's news
    pytest.param("وأفادت الأنباء عن تجدد الاشتباكات في البلدة صباح اليوم .", "الاشتباكات", id="plain-report"),
    pytest.param("وتحدثت مصادر محلية عن إعدام قوات النظام عشرة مدنيين .", "إعدام", id="sources-speak-of"),
    # a decision told as the cause of a deed done: the deed is told
    pytest.param("بقرار من القيادة انسحبت القوات من البلدة .", "انسحبت", id="by-decision"),
    # a plain noun after the decision is no adjective of origin
    pytest.param("صدر القرار أمس وقصفت الطائرات البلدة .", "وقصفت", id="decision-then-verb"),
])
def test_a_deed_told_done(text: str, trigger: str) -> None:
    assert modality_at(text, trigger) == "actual"


ENT = {"baghdad": Entity("baghdad", "PLACE", "بغداد", "بغداد", lat=33.3, lon=44.4, level="town", country="IQ"),
       "ramallah": Entity("ramallah", "PLACE", "رام الله", "رام الله", lat=31.9, lon=35.2, level="town", country="PS"),
       "daraa": Entity("daraa", "PLACE", "درعا", "درعا", lat=32.6, lon=36.1, level="town", country="SY"),
       "latakia": Entity("latakia", "PLACE", "ريف اللاذقية", "ريف اللاذقية", lat=35.6, lon=35.9, level="town",
                         country="SY")}
SURF = [("بغداد", "baghdad"), ("رام الله", "ramallah"), ("درعا", "daraa"), ("ريف اللاذقية", "latakia")]


def _types(text: str) -> list[tuple[str, str]]:
    a = events_over(text, ENT, SURF, "2017-11-13")
    return [(e.event_type, e.sub_event_type) for e in a.events if e.modality == "actual"]


QUAKE_LEAD = "زلزال قوي يضرب غرب إيران . وأدى الزلزال إلى مقتل المئات وإصابة الآلاف . "


def test_streets_on_an_earthquake_page_are_no_protest() -> None:
    assert _types(QUAKE_LEAD + "وشعر سكان بغداد بالزلزال وغادر كثيرون منازلهم إلى الشوارع اليوم .") == []


def test_a_protest_on_an_earthquake_page_stays() -> None:
    # twin: what the crowd demands makes it a protest
    got = _types(QUAKE_LEAD + "وخرج الآلاف في بغداد إلى الشوارع اليوم للمطالبة بإغاثة المنكوبين .")
    assert ("Protests", "Peaceful protest") in got, got


def test_an_officials_trip_is_no_event() -> None:
    assert _types("أفادت وسائل إعلام بأن الرئيس محمود عباس غادر رام الله عصر اليوم متجها إلى القاهرة .") == []


def test_a_force_leaving_after_an_officials_word_stays() -> None:
    # twin: the minister speaks, the army leaves ("أن" opens the army's own clause)
    got = _types("أعلن وزير الدفاع أن الجيش غادر درعا اليوم .")
    assert got, got


def test_mines_named_as_a_defence_are_no_explosion() -> None:
    assert _types("زرع التنظيم آلاف الألغام والعبوات الناسفة في شوارع درعا بهدف إعاقة تقدم الجيش .") == []
    assert _types("وتمر طرق التهريب قرب درعا بحقول الألغام .") == []


def test_a_mine_that_went_off_stays() -> None:
    got = _types("انفجر لغم أرضي بسيارة قرب درعا اليوم ما أدى إلى مقتل شخصين .")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in got, got


def test_aircraft_searching_strike_nothing() -> None:
    assert _types("وأفاد ناشطون في ريف اللاذقية أن طائرات مروحية روسية , بدأت بعملية البحث عن الطائرة وطاقمها .") == []


def test_aircraft_that_bomb_stay() -> None:
    got = _types("قصفت طائرات مروحية روسية ريف اللاذقية اليوم .")
    assert ("Explosions/Remote violence", "Air/drone strike") in got, got
