"""People moving is a Strategic development (Other) only as the execution of a deal, an evacuation or a
surrender: crowds, students or civilians going out on their own, an arrival, a handover of nothing named are
no ACLED event (session 22, sdother: judged random samples at 492a9d5, SD/Other right 6 of 32)."""

from __future__ import annotations

from analysed import events_over

from rasd.records import Entity

ENT = {"raqqa": Entity("raqqa", "PLACE", "الرقة", "الرقة", lat=35.95, lon=39.0, level="town", country="SY"),
       "tal": Entity("tal", "PLACE", "التل", "التل", lat=33.6, lon=36.3, level="town", country="SY"),
       "rashidin": Entity("rashidin", "PLACE", "الراشدين", "الراشدين", lat=36.18, lon=37.08, level="town",
                          country="SY")}
SURF = [("الرقة", "raqqa"), ("التل", "tal"), ("الراشدين", "rashidin")]


def _sd(text: str) -> list[str]:
    a = events_over(text, ENT, SURF, "2017-10-16")
    return [e.sub_event_type for e in a.events if e.event_type == "Strategic developments"]


def test_students_leaving_a_town_are_no_event() -> None:
    assert _sd("وأكد مراسلنا خروج عدد من الطلاب الجامعيين من مدينة التل يوم الأحد لتأدية امتحاناتهم .") == []


def test_civilians_leaving_on_their_own_are_no_event() -> None:
    assert _sd("وقال المتحدث إن نحو 3500 مدني غادروا مدينة الرقة يوم السبت .") == []


def test_civilians_leaving_under_a_deal_stay() -> None:
    # twin: the same leaving told as the execution of an agreement
    assert _sd("وقال المتحدث إن نحو 3500 مدني غادروا مدينة الرقة يوم السبت بموجب الاتفاق مع الوجهاء .") != []


def test_an_armed_party_letting_families_go_stays() -> None:
    assert _sd("وبدأ تنظيم داعش يوم السبت بالسماح لبعض العائلات بالخروج من مدينة الرقة .") != []


def test_an_arrival_is_no_event_of_its_own() -> None:
    assert _sd("ووصلت يوم السبت 75 حافلة تقل 5 آلاف شخص إلى الراشدين .") == []


def test_a_handover_of_nothing_named_is_no_event() -> None:
    assert _sd("وأمهل جيش الثورة فصيلا آخر 6 ساعات لتسليم عدد من مسلحيه في الرقة يوم السبت .") == []


def test_a_surrender_stays() -> None:
    # twin: the fighters hand over themselves
    assert _sd("سلم 275 عنصرا من تنظيم داعش يوم الأحد , أنفسهم لقوات سوريا الديمقراطية في الرقة .") != []



def test_a_withdrawal_an_attack_forced_is_no_transfer() -> None:
    got = _sd("وأجبر تنظيم داعش مقاتلي البيشمركة على الانسحاب من مدينة الرقة يوم السبت .")
    assert "Non-violent transfer of territory" not in got, got
    got = _sd("وقصفت المدفعية التركية تحركات عناصر النظام في مدينة الرقة يوم السبت ما أدى إلى انسحابهم .")
    assert "Non-violent transfer of territory" not in got, got


def test_an_agreed_withdrawal_stays_a_transfer() -> None:
    # twin: fighters leaving under a deal
    got = _sd("وخرج مقاتلو البيشمركة من مدينة الرقة يوم السبت بموجب الاتفاق .")
    assert got, got
