"""One happening told twice on a page: the headline or lead retold in its body, even when the undated telling already
gathered others (its bombers, its dead), as long as the dated telling names its day (merge._lead_retold);
a campaign and the aircraft that flew it in one clause (compare._one_strike)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

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



CAMPAIGN_BY_AIRCRAFT = (
    "ويأتي رفد ميليشيا حزب الله اللبناني بمسلحين وعتاد إلى سوريا , بالتزامن مع بدء حملة همجية من القصف الجوي "
    "الوحشي المكثف من قبل الطيران الروسي على إدلب وريفها .\n")


def test_campaign_and_its_aircraft_in_one_clause_are_one_strike() -> None:
    # "حملة ... من القصف الجوي ... من قبل الطيران الروسي": the campaign (typed by the bombing merged into
    # it) and the aircraft that flew it are one strike, whatever actor the aircraft's telling took
    # (here the militia told earlier in the sentence); the aircraft names who struck
    a = analyse_text(CAMPAIGN_BY_AIRCRAFT, "2016-02-20")
    strikes = actual_events_of(a, "Explosions/Remote violence")
    assert len(strikes) == 1
    assert strikes[0].actor1 == ["russian-aerospace-forces"]
