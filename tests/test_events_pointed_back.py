"""Events: a trigger noun a demonstrative points back to ("واندلعت تلك الاشتباكات في قرية خشام", "قسد بهذه
السيطرة باتت ...", "وتأتي هذه المجزرة") names the happening told just before on the page: one event,
whatever place or actors its own sentence gives. The happening told first keeps its place. Not a verb or an
indefinite noun after "ذلك" ("بعد ذلك اعتقلت"), and not a happening told pages before or at a place that
cannot be its own. Excerpts from the unifiedfc corpus (breadth set R-147#3, R-654#1, R-147#10), run
through the pipeline."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Analysis


def _battles(text: str) -> tuple[Analysis, list[str]]:
    a = analyse_text(text, doc_id="pointed-back")
    names = {k: (e.name_ar or "") for k, e in a.entities.items()}
    return a, [names.get(e.location or "", "") for e in actual_events_of(a, "Battles")]


CLASHES = ("شهد اليومان الماضيان اشتباكات بين قوات نظام بشار الأسد مع \" قوات سوريا الديمقراطية \" في منطقتين "
           "بريف دير الزور الشرقي , ماينذر بتصاعد حدة الخلافات والتي جاءت بعد تبادل الطرفين اتهامات بالخيانة .\n")


def test_those_clashes_at_a_village_are_the_clashes_told_before() -> None:
    # R-147#3: the lede's clashes in the eastern Deir ez-Zor countryside, then where "تلك الاشتباكات" broke out
    _a, places = _battles(CLASHES + "واندلعت تلك الاشتباكات في قرية خشام والبصيرة التي تسيطر عليها قوات \" سوريا "
                          "الديمقراطية \" في ريف دير الزور الشرقي , دون ورود معلومات عن حجم الخسائر بينها .")
    assert places == ["ريف دير الزور الشرقي"], places


def test_without_the_demonstrative_the_two_sentences_stay_as_before() -> None:
    # the same second sentence with no pointer: its clashes are not made the lede's by this rule
    _a, places = _battles(CLASHES + "واندلعت اشتباكات في قرية خشام والبصيرة التي تسيطر عليها قوات \" سوريا "
                          "الديمقراطية \" في ريف دير الزور الشرقي , دون ورود معلومات عن حجم الخسائر بينها .")
    assert len(places) == 2, places


def test_by_this_taking_is_the_taking_told_before_and_keeps_its_place() -> None:
    # R-654#1: "بهذه السيطرة" is the villages' taking; Albukamal is where the SDF drew near, not a second taking
    _a, places = _battles("في المنطقة الشرقية , ومن دير الزور , قالت مصادر إعلامية محلية , إن قوات سورية "
                          "الديمقراطية \" قسد \" , سيطرت اليوم الجمعة على قرى \" القهاوي والجبل والكشكية وجب "
                          "البحرة \" في ريف دير الزور الشرقي , عقب مواجهات مع عناصر تنظيم \" الدولة \" , استمرت "
                          "طيلة اليومين الفائتين .\nوأوضحت المصادر أن \" قسد \" بهذه السيطرة باتت على بعد 50 كم "
                          "جنوب شرقي مدينة الميادين , واقتربت أكثر من البوكمال شرقا .")
    assert places == ["ريف دير الزور الشرقي"], places


def test_this_massacre_is_the_strike_that_made_it() -> None:
    # R-147#10: the Russian strike on al-Jurdhi (23 dead), then "وتأتي هذه المجزرة ..."
    a = analyse_text("وبالتزامن مع هذه التطورات , يواصل الطيران الحربي متعدد الجنسيات ارتكاب المجازر بحق "
                     "المدنيين في شرقي البلاد , وآخرها مجزرة بلدة \" الجرذي الغربي \" في ريف دير الزور الشرقي , "
                     "إذ أسفر قصف جو ي روسي عن سقوط 23 قتيلا , إضافة إلى إصابة عشرات المدنيين بينهم نساء و "
                     "أطفال .\nوتأتي هذه المجزرة بعد أيام قليلة من الاتفاق الكردي الروسي , والذي أعلنت فيه "
                     "ميليشيا \" وحدات حماية الشعب \" الكردية التنسيق مع الروس في دير الزور .", doc_id="pointed-back")
    violent = [(e.event_type, e.fatalities) for e in actual_events_of(a)
               if e.event_type in ("Explosions/Remote violence", "Violence against civilians")]
    assert violent == [("Explosions/Remote violence", 23)], violent
