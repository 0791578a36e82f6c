"""A telling that is only a part of a violent happening of its sentence is merged into it, not a row of
its own (rasd/extract/events/merge.py, _merge_sentence_parts): an arrest or abduction of "others"
after the deed that killed some ("مقتل عدد من المسلحين جراء اشتباكات ... والقبض على آخرين": breadth
V-121#0, judged a duplicate in brsample5), and a Strategic developments/Other telling at the violent
happening's place (the tally of an operation, "وإعطاب 3 دبابات": breadth R-487#4, a duplicate in
brsample4), and deaths told with no deed of their own beside a protest (breadth R-411#3, brsample12/13).
Fixtures: those breadth sentences; twins where the taking, the aside or a clash stands alone."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text


def _kinds(text: str, published: str = "2012-03-04") -> list[tuple[str | None, str | None]]:
    return [(e.event_type, e.sub_event_type) for e in actual_events_of(analyse_text(text, published))]


def test_others_captured_in_a_clash_are_the_clash() -> None:
    text = ("مقتل عدد من المتمردين المسلحين جراء اشتباكات مع قوات حفظ النظام يوم أمس والقبض على آخرين ومصادرة "
            "أسلحتهم في دير العصافير بريف دمشق .")
    assert _kinds(text) == [("Battles", "Armed clash")]


def test_an_arrest_told_alone_stays() -> None:
    text = "اعتقلت قوات حفظ النظام يوم أمس خمسة أشخاص في دير العصافير بريف دمشق ."
    assert _kinds(text) == [("Strategic developments", "Arrests")]


def test_an_operations_tally_is_no_strategic_row() -> None:
    text = ("وقال مصدر عسكري إن العمليات في جوبر أدت إلى مقتل أكثر من 150 مسلحا وإصابة المئات فضلا عن تدمير ثلاث "
            "عربات مفخخة وإعطاب 3 دبابات و 4 عربات مدرعة .")
    kinds = _kinds(text, "2017-03-22")
    assert kinds and ("Strategic developments", "Other") not in kinds


def test_deaths_told_with_a_protest_are_its_dead() -> None:
    # breadth R-411#3 (a 2011 chronology): the Daraa deaths, judged a battle wrongly in brsample12
    text = ("29 أبريل 2011 خروج مظاهرات في 35 بلدة سورية منها ادلب ودير الزور والقامشلي وحلب واللاذقية وطرطوس , "
            "واستخدمت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين , ومقتل 16 على الأقل في درعا .")
    kinds = _kinds(text, "2011-04-30")
    assert ("Battles", "Armed clash") not in kinds
    assert ("Protests", "Excessive force against protesters") in kinds


def test_deaths_in_a_clash_beside_a_protest_stay_a_battle() -> None:
    text = "تظاهر المئات اليوم في درعا , وقتل ثلاثة جنود في اشتباكات مع مسلحين في درعا ."
    assert ("Battles", "Armed clash") in _kinds(text, "2011-04-30")
