"""Which of several namesakes a name means, told by the words around it: a division noun of the
countries whose divisions are named after their seat ("محافظة حجة" is Yemen's Hajjah governorate, not
the Palestinian village حجة), and the word "capital" next to a capital's name that a country also bears
("العاصمة تونس" is Tunis, "في العاصمة عمان" Amman, not Tunisia or Oman)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.knowledge.gazetteer import load_gazetteer


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.entity_id) for m in analyse_text(text).mentions if m.type == "PLACE"]


def _town(name: str, country: str) -> str:
    towns = [p for p in load_gazetteer().candidates(name) if p.country == country and p.level == "town"]
    assert towns, f"{name} ({country}) is in the default gazetteer"
    return towns[0].id


def test_governorate_noun_cues_the_seat_town_abroad() -> None:
    hajjah = _town("حجة", "YE")
    got = _places("قتل 17 من قادة الحوثيين في غارات للتحالف على محافظة حجة أمس .")
    assert ("محافظة حجة", hajjah) in got
    # ... with its governorate's precision, the town's point standing for it
    a = analyse_text("قتل 17 من قادة الحوثيين في غارات للتحالف على محافظة حجة أمس .")
    assert [m.geo_precision for m in a.mentions if m.entity_id == hajjah] == [3]


def test_town_noun_alone_does_not_choose_between_the_namesakes() -> None:
    # "مدينة حجة" names a town, and both namesakes are towns: nothing in the text tells which
    got = _places("سقطت قذيفة في مدينة حجة .")
    assert got and all(eid is None for _s, eid in got)


def test_division_seat_needs_a_town_large_enough_and_a_country_with_such_divisions() -> None:
    gaz = load_gazetteer()
    village = [p for p in gaz.candidates("حجة") if p.country == "PS"]
    assert village and not gaz.division_seat(village[0], "محافظه")
    hajjah = gaz.get(_town("حجة", "YE"))
    assert hajjah is not None and gaz.division_seat(hajjah, "محافظه")
    assert not gaz.division_seat(hajjah, "ولايه")     # Yemen's divisions are no wilayat


def test_capital_word_names_the_city_not_the_country_of_its_name() -> None:
    tunis, algiers, amman = _town("تونس", "TN"), _town("الجزائر", "DZ"), _town("عمان", "JO")
    assert ("العاصمة تونس", tunis) in _places("تظاهر الآلاف في العاصمة تونس ضد القرار .")
    assert ("العاصمة الجزائر", algiers) in _places("نظمت الحركة وقفة بالعاصمة الجزائر ضد القرار .")
    assert ("تونس العاصمة", tunis) in _places("في تونس العاصمة تظاهر الآلاف .")
    assert ("العاصمة عمان", amman) in _places("خرج الآلاف في العاصمة عمان بمسيرة حاشدة .")


def test_country_name_without_the_capital_word_stays_the_country() -> None:
    a = analyse_text("تظاهر الآلاف في تونس ضد القرار .")
    assert not [m for m in a.mentions if m.type == "PLACE" and m.entity_id == _town("تونس", "TN")]
    assert any(m.type == "STATE" and "تونس" in m.surface for m in a.mentions)


def test_the_capital_alone_is_the_capital_of_the_country_named_before_it() -> None:
    algiers = _town("الجزائر", "DZ")
    got = _places("ونظم حزب إسلامي كبير في الجزائر وقفة أمام مقره بالعاصمة , رفع خلالها علم فلسطين .")
    assert ("العاصمة", algiers) in got
    # the country named last before it decides; none named in its sentence: no mention at all
    got = _places("قال وزير خارجية تونس إن قذائف سقطت في سوريا وسط العاصمة .")
    assert ("العاصمة", _town("دمشق", "SY")) in got
    assert not [s for s, _e in _places("سقطت قذائف وسط العاصمة .") if "العاصمة" in s]
    # "the capital" followed by its name or adjective is read as that name, not as a bare capital
    assert not [s for s, _e in _places("في الجزائر تظاهر الآلاف في العاصمة الأردنية .") if s == "العاصمة"]


def test_the_capital_inside_a_name_is_no_place() -> None:
    # "أمانة العاصمة" (Sanaa's Capital Secretariat), "درع العاصمة" (a brigade): a noun before it makes
    # "the capital" part of a name, not the capital of the country named before
    got = _places("ضربات للتحالف الذي تقوده السعودية في محافظتي صنعاء وأمانة العاصمة , قتل فيها مدنيون .")
    assert not [s for s, _e in got if s == "العاصمة"]
    got = _places("وللجماعة في سوريا كتائب مثل درع العاصمة , ودرع المسجد .")
    assert not [s for s, _e in got if s == "العاصمة"]


def test_the_marj_area_is_eastern_ghoutas_unless_the_text_puts_it_abroad() -> None:
    # "منطقة المرج": the farmland of Eastern Ghouta (regions.yaml), not a village of the name elsewhere;
    # Libya's al-Marj where the text says so, and the bare word stays no place
    assert _places("ألقت الطائرات براميل متفجرة على منطقة المرج مع استمرار الاشتباكات .") == [
        ("منطقة المرج", "rasd:marj-ghouta")]
    libya = _town("المرج", "LY")
    assert _places("اشتباكات في منطقة المرج شرق ليبيا .")[0] == ("منطقة المرج", libya)
    assert ("مدينة المرج", libya) in _places("وصل المشير خليفة حفتر إلى مدينة المرج شرق ليبيا أمس .")
