"""The page's headline or lead retold in its body: one happening, even when the undated telling already
gathered others (its bombers, its dead), as long as the dated telling names its day (merge._lead_retold)."""

from __future__ import annotations

from tests.analysed import actual_events_of, analyse_text

HEADLINE_DATED = (
    "\" سوريا الديمقراطية \" تتقدم وسط الرقة وهجوم انتحاري ضدها في الحسكة الاثنين - 28 أغسطس 2017 م\n"
    "وفي وقت استمرت فيه قوات سوريا الديمقراطية بالتقدم في وسط مدينة الرقة بينما كانت مراكزها هدفا لهجوم عنيف "
    "لانتحاريين من عناصر \" داعش \" في جنوب الحسكة حيث سجل سقوط عدد من القتلى والجرحى .\n")


def test_headline_attack_retold_in_body_is_one_event() -> None:
    # the headline's suicide attack at Hasakah, dated by its day, and the body's undated telling of the
    # same attack (its bombers and its dead): one event of that day, not a second one of the page's week
    a = analyse_text(HEADLINE_DATED, "2017-08-28")
    bombs = [e for e in actual_events_of(a, "Explosions/Remote violence") if e.sub_event_type == "Suicide bomb"]
    assert len(bombs) == 1
    assert (bombs[0].date_start, bombs[0].date_end) == ("2017-08-28", "2017-08-28")

