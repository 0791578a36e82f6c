"""A happening noun as the second term of a noun of distribution ("وجاء توزيع المجازر جغرافيا بواقع ( 7 ) مجازر في
كل من إدلب ودير الزور") is a tally's breakdown, background with the items it lists (background._breakdown_told,
background_marks.yaml breakdown_heads); a toll told after a distributed count ("توزعوا على أحياء") and a massacre the
page reports stay (session 42; written fixtures on the pattern of a monitor's monthly report)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _subs(text: str, day: str = "2018-01-02") -> list[str]:
    a = analyse_text(text, day, doc_id=f"fixture-{hash(text)}")
    return sorted(e.sub_event_type for e in actual_events_of(a))


def test_a_breakdown_of_massacres_is_background() -> None:
    assert _subs("وجاء توزيع المجازر جغرافيا بواقع ( 5 ) مجازر في كل من حماة وحمص , إضافة إلى ( 3 ) مجازر في "
                 "ريف حلب .") == []


def test_a_massacre_the_page_reports_stays() -> None:
    assert _subs("ارتكبت قوات النظام مجزرة في مدينة دوما اليوم , وقتل فيها 12 مدنيا .") == ["Attack"]


def test_a_toll_whose_victims_are_spread_over_districts_stays() -> None:
    assert _subs("قضى ( 54 ) شخصا جراء القصف على الأحياء الشرقية في مدينة حلب حيث توزعوا على أحياء باب النيرب "
                 "والشعار .", "2016-11-29") == ["Shelling/artillery/missile attack"]
