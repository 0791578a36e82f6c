"""A town told only as the reference point of a place the text names ("قرب بلدة تل عبطة جنوب تلعفر",
"في بلدة معر شورين بالقرب من مدينة إدلب") locates that place: the event is at the named place, the known
one when the gazetteer has it, else the name itself at the town's point with ACLED's geo_precision 2."""
from analysed import analyse_text

from rasd.knowledge.geocode import named_before_outside
from rasd.records import Analysis


def _event_places(a: Analysis) -> set[tuple[str, int | None]]:
    return {(a.entities[e.location].name_ar, e.geo_precision) for e in a.events if e.location}


def test_unknown_village_south_of_a_town_is_the_event_place() -> None:
    a = analyse_text("انفجرت عبوة ناسفة بعربة للحشد قرب بلدة تل عبطة جنوب تلعفر وقتل ثلاثة عناصر .", "2017-06-10")
    assert _event_places(a) == {("تل عبطة", 2)}
    ent = next(a.entities[e.location] for e in a.events)
    town = next(e for e in a.entities.values() if e.name_ar == "تلعفر")
    assert (ent.lat, ent.lon, ent.country) == (town.lat, town.lon, town.country)


def test_quoted_area_name_before_a_direction() -> None:
    a = analyse_text('قتل خمسة أشخاص بقصف مدفعي استهدف منطقة " الجحشي " جنوب صنعاء .', "2017-12-04")
    assert _event_places(a) == {("الجحشي", 2)}


def test_known_place_before_the_direction_wins_over_the_town() -> None:
    a = analyse_text("ارتكب مسلحون مجزرة في مسجد الروضة بمنطقة مركز بئر العبد غرب مدينة العريش .", "2017-11-24")
    assert {name for name, _prec in _event_places(a)} == {"بئر العبد"}


def test_a_town_with_no_named_place_before_it_stays_near() -> None:
    a = analyse_text("وتدور اشتباكات عنيفة جنوب مدينة مارع مع قوات سوريا الديمقراطية .", "2016-06-01")
    assert _event_places(a) == {("مارع", 2)}


def _named(before: str) -> str | None:
    text = before + " البلدة"
    span = named_before_outside(text, len(before) + 1)
    return text[span[0]:span[1]] if span else None


def test_names_read_before_a_direction_or_nearness() -> None:
    assert _named("أن القصف وقع في بلدة معر شورين بالقرب من مدينة") == "معر شورين"
    assert _named("سيطرة القوات على قرى الكوير في ناحية الطيبة , شمال مدينة") == "الطيبة"
    assert _named("في بلدة خان شيخون الواقعة إلى الجنوب من مدينة") == "خان شيخون"
    # no settlement noun, a list's "و" item, a preposition in the name, a neighbourhood: no name
    assert _named("اشتباكات جرت جنوب مدينة") is None
    assert _named("قرى رسم حميدة والهبرة الغربية جنوب شرق") is None
    assert _named("اشتباكات في منطقة رأس النبع على طريق جنوب") is None
    assert _named("سقطت قذيفتان على حي القصاع شرق مدينة") is None


def test_names_read_before_a_side_of_the_outskirts() -> None:
    # "شرق مشارف X" (east of the outskirts of X): a direction before the word of nearness is one phrase
    assert _named("جنوب إدلب : تم قصف قرية طمانه شرق مشارف") == "طمانه"
    assert _named("سيطرت الفصائل على بلدة تل صوان جنوب أطراف") == "تل صوان"
    assert _named("سيطرت الفصائل على بلدة تل صوان شمال شرق أطراف") == "تل صوان"
    # a side after "في" is a part of the outskirts, no outside phrase that a name before it could hold
    assert _named("سيطرت الفصائل على بلدة تل صوان في شرق أطراف") is None


def test_unknown_village_by_a_side_of_the_outskirts_is_the_event_place() -> None:
    a = analyse_text("انفجرت عبوة ناسفة بعربة للحشد قرب قرية عين الجحش شرق أطراف تلعفر وقتل ثلاثة عناصر .",
                     "2017-06-10")
    assert _event_places(a) == {("عين الجحش", 2)}


def test_a_side_of_the_outskirts_with_no_name_stays_near_the_town() -> None:
    a = analyse_text("وتدور اشتباكات عنيفة جنوب أطراف مدينة مارع مع قوات سوريا الديمقراطية .", "2016-06-01")
    assert _event_places(a) == {("مارع", 2)}
