"""A happening noun conjoined behind a cause link with a noun of a standing state or a campaign ("بسبب الحصار
والقصف", "بسبب القصف والحصار") names the lasting conditions a state comes from, not one strike of the page's day
(background._with_standing_cause, event_habitual.yaml span_nouns); a toll in the sentence keeps it, and a bare
"بسبب القصف" is not decided by this rule (session 42; written fixtures on the pattern of a camps news feed)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

_HEAD = "تاريخ النشر : 9 - 03 - 2018 مجموعة العمل - الغوطة الشرقية "


def _subs(text: str) -> list[str]:
    a = analyse_text(_HEAD + text, "unknown", doc_id=f"fixture-{hash(text)}")
    return sorted(e.sub_event_type for e in actual_events_of(a))


def test_siege_then_shelling_as_a_state_cause_is_background() -> None:
    assert _subs("يعاني من تبقى من الأهالي في مدينة دوما من أوضاع صحية صعبة , إثر توقف المشافي عن عملها داخل "
                 "المدينة , وذلك بسبب الحصار والقصف من جهة النظام .") == []


def test_shelling_then_siege_as_a_state_cause_is_background() -> None:
    assert _subs("يعاني الطلاب في مدينة دوما من توقف المدارس عن عملها , وذلك بسبب القصف والحصار من جهة قوات "
                 "النظام .") == []


def test_shelling_alone_as_a_cause_is_left_to_the_other_rules() -> None:
    assert _subs("يعاني الطلاب في مدينة دوما من توقف المدارس عن عملها , وذلك بسبب القصف من جهة قوات النظام .") \
        == ["Shelling/artillery/missile attack"]


def test_a_toll_keeps_the_shelling() -> None:
    assert _subs("قضى ثلاثة مدنيين في مدينة دوما , وذلك بسبب الحصار والقصف من جهة النظام .") \
        == ["Shelling/artillery/missile attack"]
