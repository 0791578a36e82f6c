"""Where people went or whom a blast struck by their home town is not where the happening was (session 34,
PLACE_OTHER rows of the breadth samples; rasd/extract/events/places.py):

- a goal told by its own word ("إلى", "باتجاه") is where those leaving went, not the ground they left
  ("انسحاب التنظيم منها باتجاه بلدة X", "خروج المقاتلين إلى X");
- people taken out to a place ("البدء بإخراج الجميع إلى X") went there: an agreement on it is not there;
- "استهدف أهالي X" names the people struck by their home town (_people_targeted); their dwellings ("منازل
  أهالي بلدة X") and fire "على أهالي X" are in it;
- a place mention that holds its settlement noun ("بلدة X") is told by the word before that noun.

Fixtures written for the test in the corpus's pre-tokenised style."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

from rasd.records import Entity

TOWNS = syrian_places({
    "idlib": ("إدلب", "Idlib", 35.93, 36.63, "town", "Idlib"),
    "kafraya": ("كفريا", "Kafraya", 35.99, 36.69, "town", "Idlib"),
    "foua": ("الفوعة", "al-Foua", 35.98, 36.70, "town", "Idlib"),
    "madaya": ("مضايا", "Madaya", 33.69, 36.10, "town", "Rif Dimashq"),
    "daraa": ("درعا", "Daraa", 32.62, 36.10, "town", "Daraa"),
})
# a mention whose surface holds its settlement noun, as the geocoder gives "بلدة العبارة"
ABBARA = Entity("abbara", "PLACE", "بلدة العبارة", "al-Abbara", lat=35.95, lon=39.40, level="town", country="SY")


def _places(text: str, towns: list[Entity] = TOWNS) -> list[str | None]:
    return [e.location for e in actual_events(run_with_places(text, towns, "2017-02-21", syrian=True))]


def test_a_withdrawal_is_not_where_the_leavers_went() -> None:
    text = ("سيطرت قوات سوريا الديمقراطية اليوم على ثلاث قرى جديدة , بعد انسحاب تنظيم الدولة منها باتجاه "
            "بلدة العبارة .")
    assert "abbara" not in _places(text, [*TOWNS, ABBARA])
    text = "انسحب مقاتلو التنظيم اليوم من مدينة إدلب باتجاه بلدة العبارة ."
    assert _places(text, [*TOWNS, ABBARA]) == ["idlib"]


def test_an_exit_is_not_at_its_destination() -> None:
    text = "وتم اليوم خروج دفعة من المقاتلين إلى درعا جنوبا ."
    assert "daraa" not in _places(text)
    text = "وتم اليوم خروج دفعة من المقاتلين من بلدة مضايا إلى درعا جنوبا ."
    assert _places(text) == ["madaya"]


def test_people_going_out_to_protest_keep_their_place() -> None:
    text = "خرج الآلاف اليوم إلى شوارع مدينة إدلب في مظاهرة ضد الحصار ."
    assert _places(text) == ["idlib"]


def test_an_agreement_is_not_where_the_evacuees_were_taken() -> None:
    text = "تم الاتفاق اليوم على وقف النار والبدء بإخراج الجميع من مدنيين ومقاتلين إلى ريف إدلب ."
    assert "idlib" not in _places(text)
    # the people carried told with their kinds and a qualifier: 7 words between the carrying and its "إلى"
    text = "تم الاتفاق اليوم على وقف النار والبدء بإخراج الجميع من مدنيين ومقاتلين دون تمييز إلى ريف إدلب ."
    assert "idlib" not in _places(text)


def test_people_struck_are_not_placed_at_their_home_town() -> None:
    text = "قتل 22 شخصا اليوم جراء التفجير الذي استهدف أهالي كفريا والفوعة ."
    places = _places(text)
    assert "kafraya" not in places and "foua" not in places
    text = "أسفر الهجوم الانتحاري الذي استهدف أهالي الفوعة اليوم عن مقتل 10 أشخاص ."
    assert "foua" not in _places(text)


def test_dwellings_of_a_towns_people_are_struck_in_it() -> None:
    text = "استهدف الطيران الحربي اليوم منازل أهالي بلدة كفريا ما أدى إلى مقتل 3 مدنيين ."
    assert set(_places(text)) == {"kafraya"}


def test_fire_on_a_besieged_towns_people_is_in_it() -> None:
    text = "قتل 3 مدنيين اليوم جراء القصف المدفعي على أهالي بلدة كفريا المحاصرين ."
    assert set(_places(text)) == {"kafraya"}


def test_a_struck_settlement_keeps_its_place() -> None:
    # the mention "بلدة العبارة" is still where a strike on it or clashes in it happened
    assert _places("قصفت الطائرات الحربية بلدة العبارة اليوم .", [*TOWNS, ABBARA]) == ["abbara"]
    assert _places("وقعت اشتباكات عنيفة اليوم في بلدة العبارة .", [*TOWNS, ABBARA]) == ["abbara"]
