"""The scene of a happening, not a place of another role (session 24, the PLACE_OTHER causes of brsample9;
rasd/extract/events/places.py): the guns' position told "الموجودة قرب X" (_stationed_at), the town a strike
told by its target ("على X") was fired from ("من بلدة Y", _fired_from_after_target), a quoted list of village
names (_quoted_list_name), and a village the gazetteer does not know told in the trigger's own clause, which
no known town of another clause stands for (_unknown_own_village). Fixtures written for the test in the style
of the breadth set's digests and tickers (Al-Araby, Asharq Alarabi, Al-Nour, Rozana)."""

from __future__ import annotations

from test_events import actual_events, run_with_places, syrian_places

TOWNS = syrian_places({
    "al-bab": ("الباب", "al-Bab", 36.37, 37.52, "town", "Aleppo"),
    "tadef": ("تادف", "Tadef", 36.35, 37.53, "town", "Aleppo"),
    "kafraya": ("كفريا", "Kafraya", 35.99, 36.69, "town", "Idlib"),
    "maarat-misrin": ("معرة مصرين", "Maarat Misrin", 36.01, 36.67, "town", "Idlib"),
    "idlib": ("إدلب", "Idlib", 35.93, 36.63, "town", "Idlib"),
    "um-wadi": ("ام وادي", "Um Wadi", 35.72, 37.18, "town", "Aleppo"),
    "rif-aleppo-south": ("ريف حلب الجنوبي", "south Aleppo countryside", 35.90, 37.10, "region", "Aleppo"),
    "jarabulus": ("جرابلس", "Jarabulus", 36.82, 38.01, "town", "Aleppo"),
})


def _places(text: str, unknown: tuple[str, ...] = ()) -> list[str | None]:
    """The places of the actual events; ``unknown`` are place names the gazetteer does not know (a place
    mention with no entity)."""
    return [e.location for e in actual_events(run_with_places(text, TOWNS, "2017-11-05", unknown=unknown))]


def test_the_guns_near_a_town_are_not_where_they_struck() -> None:
    text = "وقال إن المدفعية التركية الموجودة قرب مدينة الباب استهدفت أمس تحركات عناصر النظام في بلدة تادف ."
    assert _places(text) == ["tadef"]


def test_a_strike_on_the_town_near_it_stays() -> None:
    text = "استهدفت المدفعية التركية أمس مواقع قوات النظام قرب مدينة الباب ."
    assert _places(text) == ["al-bab"]


def test_the_town_the_mortars_were_fired_from() -> None:
    # the digest's item names the struck town only in its heading; the town after "من" is the guns'
    text = "قصف بمدفع الهاون على المدينة أمس من بلدة كفريا وسجل سقوط ثلاث قذائف ولا أنباء عن إصابات ."
    assert "kafraya" not in _places(text)


def test_a_partitive_from_keeps_the_target() -> None:
    text = "قصفت قوات النظام أمس على أحياء من مدينة إدلب بالمدفعية ."
    assert _places(text) == ["idlib"]


def test_a_quoted_list_of_villages_names_the_places() -> None:
    text = ('الجيش وحلفاؤه يواصلون عملياتهم في ريف حلب الجنوبي ويسيطرون أمس على قرى " المزيونة - العلية - ام وادي " '
            'بعد مواجهات مع " جبهة النصرة " .')
    assert _places(text) == ["um-wadi"]


def test_an_unknown_village_of_the_clash_is_not_the_unit_seat() -> None:
    text = ('قالت غرفة العمليات إن الكتيبة الأمنية المسؤولة في مدينة جرابلس , لاحقت المجموعة أمس والاشتباك معها '
            'بالقرب من قرية السكرية .')
    assert "jarabulus" not in _places(text, ("قرية السكرية",))


def test_a_known_town_of_the_clause_stays_beside_an_unknown_village() -> None:
    text = "اندلعت اشتباكات أمس في مدينة جرابلس بين فصيلين , وامتدت إلى قرية السكرية ."
    assert _places(text, ("قرية السكرية",)) == ["jarabulus"]


def test_a_list_after_kull_min_is_the_target() -> None:
    text = "كثف الطيران الحربي اليوم من غاراته على كل من قرى وبلدات جرابلس وتادف ."
    assert _places(text)[:1] == ["jarabulus"]
