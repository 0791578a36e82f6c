"""Strategic developments that are no ACLED event: people's flight told on its own ("نزح آلاف المدنيين
من المدينة") is no event (ACLED codes the violence or the deal that moved them)."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Entity

ENT = {"jarablus": Entity("jarablus", "PLACE", "جرابلس", "جرابلس", lat=36.8, lon=38.0, level="town", country="SY"),
       "raqqa": Entity("raqqa", "PLACE", "الرقة", "الرقة", lat=35.95, lon=39.0, level="town", country="SY")}
SURF = [("جرابلس", "jarablus"), ("الرقة", "raqqa")]


def _types(text: str) -> list[tuple[str, str]]:
    a = events_over(text, ENT, SURF, "2017-11-06")
    return [(e.event_type, e.sub_event_type) for e in a.events]


def test_flight_told_on_its_own_is_no_event() -> None:
    assert _types("وأكد مصدر محلي نزوح مئات العائلات من مدينة جرابلس إلى الرقة يوم الأحد .") == []
    assert _types("نزح أكثر من 5000 مدني من مدينة جرابلس يوم السبت .") == []


def test_the_violence_that_drove_people_out_stays() -> None:
    # twin: the shelling is the event, the flight it caused is not
    got = _types("قصفت الطائرات الحربية مدينة جرابلس مما أدى إلى نزوح مئات العائلات نحو الرقة .")
    assert got and all(t == "Explosions/Remote violence" for t, _s in got), got


ENT_IDLIB = {"idlib": Entity("idlib", "PLACE", "إدلب", "إدلب", lat=35.93, lon=36.63, level="town", country="SY")}


def _agreements(text: str) -> list[str]:
    a = events_over(text, ENT_IDLIB, [("إدلب", "idlib")], "2017-12-12")
    return [e.sub_event_type for e in a.events if e.sub_event_type == "Agreement"]


def test_an_agreement_about_no_conflict_matter_is_no_event() -> None:
    assert _agreements("وفي إدلب وقعت أكاديمية العلوم الصحية اتفاقا مع إدارة جامعة إدلب حول الإسعافات يوم الأحد .") == []


def test_an_agreement_of_conflict_parties_on_a_ceasefire_stays() -> None:
    # twin: the same signing about a ceasefire between armed parties
    assert _agreements("وفي إدلب وقعت فصائل المعارضة اتفاقا مع هيئة تحرير الشام لوقف القتال يوم الأحد .") == ["Agreement"]
