"""An attack on a bus told carrying people who bore no arms is an attack on civilians (ACLED Violence
against civilians), not a battle; a bus of soldiers, or one whose passengers are not told, is left as it was
(real sentence of the breadth set, session 25 typesnon: Karachi, 13 May 2015)."""

from analysed import actual_events_of, analyse_text

KARACHI = ('13 مايو 2015 أعلن تنظيم " الدولة الإسلامية " ( داعش ) مسؤوليته عن الهجوم الذي تعرضت له حافلة {} '
           "في مدينة كراتشي الباكستانية , والذي راح ضحيته 43 شخصا .")


def _types(carried: str) -> list[tuple[str, str]]:
    text = KARACHI.format(carried)
    a = analyse_text(text, "2015-05-14", doc_id=f"fixture-{hash(text)}")
    return [(e.event_type, e.sub_event_type) for e in actual_events_of(a)]


def test_bus_of_civilians_attacked_is_violence_against_civilians():
    assert _types("تقل أفرادا من طائفة الإسماعيلية الشيعية") == [("Violence against civilians", "Attack")]


def test_bus_of_soldiers_or_untold_passengers_stays_a_battle():
    assert _types("تقل جنودا من الجيش الباكستاني") == [("Battles", "Armed clash")]
    assert _types("") == [("Battles", "Armed clash")]
