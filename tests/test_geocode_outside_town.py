"""A town the text names after a direction or a word of nearness that the place mention leaves out ("جنوب
مدينة مارع", "إلى الجنوب من كركوك", "قرب دوما") is where the happening was near, not in: the event takes
ACLED's geo_precision 2 there, and keeps 1 where the direction names a part of the town ("في شرق مدينة حلب")."""
from analysed import analyse_text

from rasd.knowledge.geocode import told_outside
from rasd.records import Analysis


def _event_places(a: Analysis) -> set[tuple[str, int | None]]:
    return {(a.entities[e.location].name_ar, e.geo_precision) for e in a.events if e.location}


def test_direction_before_a_town_is_near_it() -> None:
    a = analyse_text("وتدور اشتباكات عنيفة جنوب مدينة مارع مع قوات سوريا الديمقراطية .", "2016-06-01")
    assert _event_places(a) == {("مارع", 2)}


def test_direction_noun_after_a_distance_is_near_the_town() -> None:
    a = analyse_text("انفجرت سيارة ملغمة يقودها انتحاري إلى الجنوب من كركوك قرب حاجز لقوات الأمن .", "2017-06-10")
    assert _event_places(a) == {("كركوك", 2)}


def test_capital_and_its_nisba_between_direction_and_name() -> None:
    a = analyse_text("قتل ثمانية أشخاص بهجوم انتحاري استهدف نقطة تفتيش شمال العاصمة العراقية بغداد .", "2015-01-22")
    assert _event_places(a) == {("بغداد", 2)}


def test_near_word_before_a_town() -> None:
    a = analyse_text("قتل ثلاثة مدنيين بقصف مدفعي على مزارع قرب دوما .", "2017-03-01")
    assert _event_places(a) == {("دوما", 2)}


def test_a_part_of_the_town_stays_the_town() -> None:
    # "في شرق مدينة حلب" is the eastern part of the city: still the town itself
    a = analyse_text("قتل خمسة مدنيين بقصف جوي على الأحياء المحاصرة في شرق مدينة حلب .", "2016-11-20")
    assert _event_places(a) == {("حلب", 1)}


def test_a_town_with_no_direction_stays_precise() -> None:
    a = analyse_text("قتل خمسة مدنيين بقصف جوي على مدينة مارع .", "2016-06-01")
    assert _event_places(a) == {("مارع", 1)}


def _outside(before: str) -> bool:
    text = before + " البلدة"
    return told_outside(text, len(before) + 1)


def test_words_that_put_a_town_outside_or_inside() -> None:
    assert _outside("اشتباكات جرت جنوب مدينة")
    assert _outside("قصفت طائرات أمريكية مواقع إلى الجنوب الغربي من")
    assert _outside("قتل ثلاثة مدنيين بالقرب من")
    assert _outside("سيطرت القوات على قرى غربي")
    # a part of the town: "في", "بـ", a neighbourhood or a side named before the direction
    assert not _outside("تقدمت القوات في الجانب الشرقي من")
    assert not _outside("سقطت قذيفتان على حي \" القصاع \" شرق مدينة")
    assert not _outside("قتلوا في أحد أحياء جنوب العاصمة اليمنية")
    assert not _outside("قصف على أحياء بشمال")
    assert not _outside("قصف جوي على الأحياء المحاصرة في شرق")
    assert not _outside("وفي جنوب")      # "وفي جنوب العاصمة دمشق": in its southern part


def test_compound_directions_and_clitics() -> None:
    assert _outside("سيطرت القوات على أربع قرى شمال - شرقي")
    assert _outside("دارت اشتباكات عنيفة وبالقرب من")
    assert _outside("قصف الطيران مواقع بمحيط")
    # "في جنوب غرب العريش خلف حي المساعيد": a part of the town, also with a compound direction
    assert not _outside("سمع السكان قصفا في جنوب غرب")


def test_a_direction_ending_the_item_before_is_not_the_towns() -> None:
    # a feed's items: the direction closes one item, the next opens with its own place
    assert not _outside("قصفت الطائرات مواقع في الريف شمال .\n")
    assert not _outside("تقدمت القوات نحو الريف الجنوبي قرب\n")
    assert _outside("اشتباكات .\nودارت معارك جنوب مدينة")
