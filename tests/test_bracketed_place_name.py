"""A place name written in brackets after its type word ("بلدة ( المزرعة )", "قرية ( عريقة )") reads as the
cue form the gazetteer indexes, like the unbracketed "بلدة المزرعة" and the quoted "حي « جوبر »"
(text.quoted.cued_bracket_gaps, entities._name_quote_gaps); asides in brackets stay asides."""

from __future__ import annotations

from analysed import analyse_text

from rasd.text.normalize import normalize
from rasd.text.quoted import cued_bracket_gaps

TYPE_WORDS = tuple(normalize(w) for w in ("مدينة", "بلدة", "قرية", "حي"))


def _ids(text: str) -> list[str | None]:
    a = analyse_text(text, "2017-04-28", stages=None)
    return [m.entity_id for m in a.mentions]


def test_a_bracketed_village_reads_as_its_cue_form() -> None:
    plain = _ids("خرجت تظاهرات في بلدة المزرعة غرب السويداء يوم الجمعة .")
    bracketed = _ids("خرجت تظاهرات في بلدة ( المزرعة ) غرب السويداء يوم الجمعة .")
    assert plain == bracketed and len(bracketed) == 2


def test_the_event_takes_the_bracketed_village() -> None:
    a = analyse_text("قصفت طائرات النظام بلدة ( عريقة ) في ريف السويداء الغربي يوم الجمعة مما أدى إلى "
                     "مقتل 3 مدنيين .", "2017-04-28", stages=None)
    b = analyse_text("قصفت طائرات النظام بلدة عريقة في ريف السويداء الغربي يوم الجمعة مما أدى إلى "
                     "مقتل 3 مدنيين .", "2017-04-28", stages=None)
    assert [e.location for e in a.events] == [e.location for e in b.events]
    assert a.events and a.events[0].location and not a.events[0].location.startswith("rasd:rif")


def test_asides_in_brackets_are_no_gaps() -> None:
    for aside in ("مدينة ( رويترز , 15 آذار / مارس 2017 )", "حي ( 18 عاما وقتها )", "قرية ( 11 , 142 )",
                  "بلدتي ( بداما , والناجية )", "منطقة ( AFP )", "قوات ( النظام )"):
        assert cued_bracket_gaps(normalize(aside), TYPE_WORDS) == [], aside


def test_a_bracket_after_a_type_word_with_a_clitic_is_a_gap() -> None:
    text = normalize("وقصفت وبلدة ( الشميطية ) وقرية « الروضة »")
    assert len(cued_bracket_gaps(text, TYPE_WORDS)) == 1


def test_a_bracketed_name_is_no_aside_for_the_event_place() -> None:
    # the name alone is the gazetteer's key: the bracket made it an aside, and the countryside took the strike
    tail = " في ريف إدلب يوم الجمعة مما أدى إلى مقتل 3 مدنيين ."
    places = [[e.location for e in analyse_text("قصفت طائرات النظام بلدة " + name + tail, "2017-04-28",
                                                stages=None).events] for name in ("كفرنبل", "( كفرنبل )")]
    assert places[0] == places[1] == ["rasd:kafranbel"]


def test_a_bracketed_aside_after_a_name_stays_an_aside() -> None:
    a = analyse_text("قصفت طائرات النظام مدينة حلب ( شمال سوريا ) يوم الجمعة مما أدى إلى مقتل 3 مدنيين .",
                     "2017-04-28", stages=None)
    assert [e.location for e in a.events] == ["gn:170063"]
