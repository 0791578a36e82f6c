"""Events: one strike told by two of its words in one clause - the verbal noun and its weapon ("جراء
استهداف الطيران الحربي الروسي بغارتين"), the aircraft and its verb ("قام اليوم صباحا الطيران الروسي
بقصف") - is one event, whatever actor each word took (the dateline's agency "مكتب أخبار سوريا", the
target): the actor is the one the aircraft names, else the one told between the two words. Two
aircraft of two forces in one sentence ("بقصف جوي من طيران النظام ... وقصف مماثل من الطيران الروسي")
stay two strikes. A taking and the clashes "بعد" which it was won, dated by one month in one sentence,
are one happening too. Excerpts from the unifiedfc corpus (breadth set V-184#0, V-352#8, R-583#8), run
through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Analysis


def _strikes(text: str, published: str = "unknown") -> tuple[Analysis, list[tuple[str, list[str]]]]:
    a = analyse_text(text, published, doc_id="one-strike")
    return a, [(e.sub_event_type, e.actor1) for e in actual_events_of(a, "Explosions/Remote violence")]


def test_a_strike_and_its_weapon_after_a_dateline_agency_are_one() -> None:
    # V-184#0: "استهداف" took Syria from the agency's name, "بغارتين" the Russian air force
    _a, strikes = _strikes("مكتب أخبار سوريا - إدلب لقي خمسة مدنيين مصرعهم وأصيب 20 آخرون , مساء اليوم , جراء "
                           "استهداف الطيران الحربي الروسي بغارتين بالصواريخ الفراغية , بلدة معرة مصرين الخاضعة "
                           "لسيطرة المعارضة بريف إدلب الشمالي .", "2017-02-21")
    assert len(strikes) == 1, strikes
    assert strikes[0][1] == ["russian-aerospace-forces"]


def test_the_agent_told_between_the_verbal_noun_and_the_weapon_struck() -> None:
    # V-184#0: the opposition shelled the regime's posts; "القوات النظامية" of the first clause is not the striker
    _a, strikes = _strikes("مكتب أخبار سوريا - اللاذقية شيعت القوات النظامية , اليوم , عنصرين في صفوفها بمدينة "
                           "اللاذقية الخاضعة لسيطرتها , كانا قتلا أمس في ريف المدينة الشمالي , جراء استهداف "
                           "فصائل المعارضة مواقع تابعة للنظام بقذائف الدبابة .", "2017-02-21")
    assert len(strikes) == 1, strikes
    assert strikes[0][1] == ["syrian-armed-opposition"]


def test_two_forces_aircraft_in_one_sentence_stay_two_strikes() -> None:
    # V-352#8: the regime's air strikes and "قصف مماثل" by the Russian aircraft
    _a, strikes = _strikes("استشهد وجرح عشرات المدنيين ( الخميس ) بقصف جوي مكثف من طيران النظام الحربي والمروحي "
                           "وقصف مماثل من الطيران الروسي على قرى وبلدات ريف إدلب الجنوبي وحماة الشمالي .")
    assert sorted(a[0] for s in strikes for a in [s[1]] if a) == ["russian-aerospace-forces", "syrian-air-force"], strikes


def test_a_taking_and_the_clashes_that_won_it_dated_by_a_month_are_one() -> None:
    # R-583#8: the month ("بداية الشهر الجاري") dates both; "بعد معارك عنيفة" is how Mrat was taken
    a, _ = _strikes("وقال قائد عسكري في قوات سوريا الديمقراطية إن قوات مجلس دير الزور العسكري سيطرت على "
                           "بلدة مراط بريف دير الزور الشرقي بعد معارك عنيفة مع مسلحي داعش الذين اعتمدوا على "
                           "المفخخات والانفاق في وقف تقدم قواتنا التي سيطرت على قرية الملحة قرب بلدة الصور التي "
                           "سيطرت عليها قواتنا بداية الشهر الجاري .", "2017-10-17")
    battles = [e.sub_event_type for e in actual_events_of(a, "Battles")]
    assert "Non-state actor overtakes territory" in battles
    assert "Armed clash" not in battles, battles
