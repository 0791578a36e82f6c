"""A station of a town's metro or railway stands in the town: "انفجار في محطة مترو سان بطرسبرغ" happened
in Saint Petersburg, told "في X" as a place abroad must be (R-411#1, the St Petersburg metro blast of 2017)."""
from analysed import actual_events_of, analyse_text


def test_a_blast_in_a_towns_metro_station_is_in_the_town() -> None:
    a = analyse_text("3 - قتلى وجرحى إثر انفجار في محطة مترو سان بطرسبرغ الروسية .", "2017-04-03", doc_id="metro")
    (e,) = actual_events_of(a, "Explosions/Remote violence")
    assert e.location == "gn:498817"
    assert e.date_start == "2017-04-03"
