"""A telling that is only a part of a violent happening of its sentence is merged into it, not a row of
its own (rasd/extract/events/merge.py, _merge_catch_all_asides): an arrest or abduction of "others"
after the deed that killed some ("مقتل عدد من المسلحين جراء اشتباكات ... والقبض على آخرين": breadth
V-121#0, judged a duplicate in brsample5), and a Strategic developments/Other telling at the violent
happening's place (the tally of an operation, "وإعطاب 3 دبابات": breadth R-487#4, a duplicate in
brsample4). Fixtures: those breadth sentences; twins where the taking or the aside stands alone."""

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
