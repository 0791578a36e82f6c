"""Towns abroad beyond the Arab League's 15,000 line (foreign_places.yaml conflict_countries,
small_town_countries, g_as_jim_countries): breadth chronologies name a town of a war abroad and the
event fell back to the country (R-99: Garissa -> Kenya; R-487: Sokna -> Libya; R-188: Rada'a ->
Yemen; R-411: St Petersburg -> Russia). Such towns are read only with a cue: their names also write
persons and words ("مرادي" Moradi / Maradi, "فلافيا" Flavia / Lafia), and a small town needs its
country named next to it as well ("دولة زيدية في اليمن" is no village). A Syrian village and a
province abroad keep their names."""

from __future__ import annotations

from analysed import analyse_text, place_countries

from rasd.knowledge.gazetteer import default_gazetteer


def test_a_small_town_with_its_type_word_and_country() -> None:
    # R-188#4 (addrbnews archive, item of 12-11-2014)
    a = analyse_text("أفادت مصادر عسكرية وقبلية أن عشرات الأشخاص قتلوا في هجوم استهدف الحوثيين اليوم في مدينة رداع بوسط اليمن .")
    assert place_countries(a, "رداع") == ["YE"]
    # R-487#8 (Al-Bilad year in review, 2 Jan 2015)
    a = analyse_text("مقتل 17 شخصا جراء هجوم مسلح على بوابة أمنية تابعة للجيش الوطني الليبي في مدينة سوكنة وسط ليبيا .")
    assert place_countries(a, "سوكنة") == ["LY"]


def test_a_small_town_without_its_country_or_type_word_is_no_place() -> None:
    # a Syrian village of no list does not become the Yemeni namesake by its type word
    assert place_countries(analyse_text("قصفت قوات النظام قرية رداع في ريف حماة ."), "رداع") in ([], [None])
    # "a Zaydi state in Yemen", the country without a type word
    a = analyse_text("كانت صعدة معقلا لمؤسس أول دولة زيدية في اليمن .")
    assert "YE" not in place_countries(a, "زيدية")


def test_a_conflict_country_town_with_its_country() -> None:
    # R-99#9 (Assakina chronology, 15 May 2015)
    a = analyse_text("فجرت انتحارية نفسها في داماتورو عاصمة ولاية يوبي بشمال نيجيريا فقتلت سبعة أشخاص .")
    assert place_countries(a, "داماتورو") == ["NG"]
    # R-99#8 (2 Apr 2013): the Egyptian-style ج of the g ("جاريسا"; GeoNames writes "غاريسا")
    a = analyse_text("لقي جنديان كينيان مصرعهما في هجوم نفذه مسلحون مجهولون في مدينة جاريسا الواقعة بشمال شرق كينيا .")
    assert place_countries(a, "جاريسا") == ["KE"]


def test_a_conflict_country_town_name_that_writes_a_person_needs_a_cue() -> None:
    # R-317 (an Iranian analyst Moradi), R-198 (Flavia Pansieri): Niger's Maradi, Nigeria's Lafia
    assert "NE" not in place_countries(analyse_text("ونصح مرادي الإخوان بالقبول بالأمر الواقع ."), "مرادي")
    a = analyse_text("ذكر بيان أن نائبة المفوضة السامية فلافيا بانسيري ستقوم بزيارة توغو .")
    assert "NG" not in place_countries(a, "فلافيا")


def test_the_province_keeps_its_name_before_its_seat() -> None:
    # D V-255: the province Bamyan, not a tie with its seat (now a town read with a cue)
    a = analyse_text('غادر قرية " فولادي " في ولاية " باميان " الأفقر في أفغانستان بحثا عن عمل .')
    gaz = default_gazetteer()
    ids = [m.entity_id for m in a.mentions if m.type == "PLACE" and "باميان" in m.surface]
    assert ids and all(i is not None and gaz.places[i].level == "admin1" for i in ids)
    # a small town ("الضالع" the seat) leaves the bare name to the province al-Dhale
    a = analyse_text("وأكدت اللجنة الأمنية في محافظات عدن و لحج و الضالع و أبين أنها اتخذت هذا القرار .")
    assert place_countries(a, "الضالع") == ["YE"]


def test_saint_is_written_san_too() -> None:
    # R-411#1 (AlMada 2017 review, item of 3 Apr)
    a = analyse_text("3 - قتلى وجرحى إثر انفجار في محطة مترو سان بطرسبرغ الروسية .")
    assert place_countries(a, "سان بطرسبرغ") == ["RU"]
