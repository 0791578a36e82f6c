"""Property destroyed in the sentence of a violent deed is that deed's outcome, not a second event typed
Looting/property destruction (event_triggers.yaml destruction_outcome; candidates._sentence_candidates);
"ل" + a destroying or looting noun is a purpose (candidates.PURPOSE_KINDS); setting fire to oneself sets no
property on fire (the arson trigger's reject_clause)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

LOOTING = "Looting/property destruction"


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in actual_events_of(analyse_text(text + "\n", "2017-09-16"))]


def test_targets_destroyed_by_missiles_are_one_missile_strike() -> None:
    # "تدمير مراكز ... بصواريخ مجنحة": the missiles destroyed them; one strike, not a strike and a looting
    subs = _subs("أعلنت وزارة الدفاع الروسية أمس عن تدمير مراكز قيادة وآليات مدرعة ومستودع أسلحة لإرهابيي داعش "
                 "بصواريخ مجنحة قرب مدينة الميادين .")
    assert subs == ["Shelling/artillery/missile attack"]


def test_houses_destroyed_with_the_toll_are_no_event_of_their_own() -> None:
    subs = _subs("وثق المركز أمس مقتل عشرين مدنيا سقط معظمهم في مدينة الباب , وسقط العشرات من الجرحى إضافة إلى "
                 "تدمير أكثر من عشرة منازل في المدينة .")
    assert subs == ["Attack"]


def test_destruction_told_alone_stays_property_destruction() -> None:
    assert _subs("دمرت عناصر التنظيم أمس عشرة منازل لمدنيين في قرية الحسينية بريف دير الزور .") == [LOOTING]
    # "تعرضت ... للتدمير": what the houses suffered, not a purpose
    assert _subs("تعرضت عشرات المنازل أمس للتدمير في قرية الحسينية بريف دير الزور على يد عناصر التنظيم .") == [LOOTING]


def test_looting_as_a_purpose_is_no_event() -> None:
    assert _subs("وأكدت القيادة أن قوات قسد تغرر بالمجندين وتدفعهم لسرقة الأسلحة من مواقعهم في ريف دير الزور .") == []


def test_setting_fire_to_oneself_is_no_arson() -> None:
    assert _subs("حاول رجل الانتحار أمس بإضرام النار في نفسه أمام مبنى البلدية في مدينة صفاقس .") == []
    assert _subs("أضرم مسلحون مجهولون النار أمس في محال تجارية وسط مدينة الحسكة .") == [LOOTING]
