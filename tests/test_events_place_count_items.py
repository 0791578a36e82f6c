"""Places of a casualty breakdown cut by its counts, and a strike's object list after a named subject
(rasd/extract/events/places.py: count_items, _strike_object)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _places(text: str, event_type: str) -> list[str]:
    a = analyse_text(text, "2016-01-20")
    names = {k: e.name_ar for k, e in a.entities.items()}
    return sorted(names.get(e.location or "", "") for e in actual_events_of(a, event_type))


def test_clash_count_item_does_not_take_the_shelled_town_of_another_item() -> None:
    # the clash count "و ( 2 ) في الاشتباكات" names no place: the province framing the toll, not
    # the town shelled in the item before
    text = ("وقضى في محافظة حماة ( 6 ) أشخاص , بينهم ( 4 ) جراء القصف على مدينة معرة النعمان بمحافظة إدلب , "
            "و ( 2 ) في الاشتباكات ضد قوات النظام .")
    clashes = _places(text, "Battles")
    assert clashes and all("معرة النعمان" not in p for p in clashes)
    assert "معرة النعمان" in " ".join(_places(text, "Explosions/Remote violence"))


def test_bare_count_with_a_cause_word_opens_an_item() -> None:
    text = ("وقتل 20 مدنيا في محافظة حلب , 12 جراء القصف على مدينة الباب , و 8 بنيران قناص .")
    from rasd.extract.events.lexicons import lexicon
    from rasd.extract.events.places import count_items
    from rasd.extract.events.sentences import _Sent
    from rasd.records import Span

    s = _Sent(idx=0, span=Span(0, len(text)), line=0, _toks=None, clause=[], quote=[], paren=[], mentions=[],
              dates=[], numbers=[], text=text)
    items, first = count_items(s, lexicon())
    norms = [t.norm for t in s.tokens]
    assert first == -1      # no count in brackets
    assert items[norms.index("12")] == 1 and items[norms.index("8")] == 2
    assert items[norms.index("20")] == 0     # "قتل 20" follows no "و" / comma: the total, not an item


def test_place_in_the_same_count_item_is_kept() -> None:
    # the blast keeps the town of its own item; the clash item before it names none
    text = ("وفي محافظة إدلب قضى ( 4 ) أشخاص , ( 3 ) في الاشتباكات مع قوات النظام و ( 1 ) جراء انفجار عبوة "
            "ناسفة في مدينة سراقب .")
    assert "سراقب" in " ".join(_places(text, "Explosions/Remote violence"))
    clashes = _places(text, "Battles")
    assert clashes and all("سراقب" not in p for p in clashes)


def test_strike_object_list_after_a_named_actor_subject() -> None:
    # "قوات النظام" is the subject, not a place: the towns listed as the object are each hit
    places = _places("قصفت قوات النظام مدن دوما وحرستا وعربين في الغوطة الشرقية .", "Explosions/Remote violence")
    assert {"دوما", "حرستا", "عربين"} <= set(places)


def test_fronted_frame_without_comma_gives_way_to_the_town_inside_it() -> None:
    # "وفي ريف إدلب" frames the sentence with no comma after it: the town struck is where it happened
    places = _places("وفي ريف إدلب قصفت الطائرات الحربية بلدة كفرنبل .", "Explosions/Remote violence")
    assert places == ["كفرنبل"]
    places = _places("أما في محافظة حماة فقضى ( 8 ) أشخاص منهم ( 7 ) جراء القصف على مدينة كفرزيتا .",
                     "Explosions/Remote violence")
    assert places == ["كفرزيتا"]


def test_dual_countryside_reads_both_names_as_countrysides() -> None:
    # "ريفي حمص وإدلب": the dual governs both names; neither is the city
    a = analyse_text("وشنت الطائرات الروسية غارات على ريفي حمص وإدلب .", "2016-01-20")
    places = {a.entities[m.entity_id].name_ar for m in a.mentions if m.type == "PLACE" and m.entity_id}
    assert places == {"ريف حمص", "ريف إدلب"}
