"""A killing told by its one or two victims with no number and no named killer (session 38 singlevictim): a
singular victim noun right at the casualty trigger ("قتل مدني برصاص قناص", "لقي شاب مصرعه") or a dual
("مدنيان", "امرأتان") is the toll of one or two, and with its place and day the telling is a happening. A patrol
("دورية") is not the football league ("الدوري") that turns a trigger away as a match. Negative twins: a plural
with no number, a killing with no place, an anniversary, a patrol set up, a real match. Small fixtures of the
general wording; the whole pipeline runs (entities, default gazetteer, events)."""

from __future__ import annotations

from analysed import analyse_text

from rasd.records import Analysis

VAC = ("Violence against civilians", "Attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _events(text: str) -> list[tuple[str, str, int | None]]:
    a: Analysis = analyse_text(text, "2017-09-20", doc_id="sv", stages=None)
    return [(e.event_type, e.sub_event_type, e.fatalities) for e in a.events if e.modality == "actual"]


def test_one_civilian_killed_by_a_sniper_is_a_happening() -> None:
    assert _events("قتل مدني برصاص قناص في مدينة درعا أمس .") == [(*VAC, 1)]


def test_two_civilians_killed_by_a_sniper_count_two() -> None:
    assert _events("قتل مدنيان برصاص قناص في مدينة درعا أمس .") == [(*VAC, 2)]


def test_a_young_man_met_his_death_by_unknown_gunmen() -> None:
    assert _events("لقي شاب مصرعه برصاص مسلحين مجهولين في مدينة درعا أمس .") == [(*VAC, 1)]


def test_a_plural_with_no_number_stays_no_toll() -> None:
    # "مدنيين" is as often the plural as the dual: no count, no happening (as before)
    assert _events("قتل مدنيين برصاص قناص في مدينة درعا أمس .") == []


def test_a_lone_victim_with_no_place_is_no_happening() -> None:
    assert _events("قتل مدني برصاص قناص أمس .") == []


def test_an_anniversary_of_a_killing_is_no_happening() -> None:
    assert _events("أحيا الأهالي في مدينة درعا أمس الذكرى الخامسة لمقتل شاب برصاص قناص .") == []


def test_a_bomb_on_a_patrol_is_a_blast_not_a_match() -> None:
    assert [e[:2] for e in _events("انفجرت عبوة ناسفة بدورية لقوات النظام في مدينة درعا أمس .")] == [IED]
    assert [e[:2] for e in _events("استهدفت عبوة ناسفة دورية للشرطة في مدينة العريش أمس .")] == [IED]


def test_a_league_match_still_turns_the_clash_word_away() -> None:
    assert _events("فاز فريق الشرطة في مباراة الدوري في مدينة العريش أمس بعد مواجهات قوية .") == []


def test_a_death_told_by_a_singular_pronoun_is_a_toll_of_one() -> None:
    assert [e[:2] for e in _events("أطلق مسلحون مجهولون النار على شاب في مدينة درعا أمس ما أدى إلى مقتله .")] == [VAC]


def test_a_plural_pronoun_with_no_number_stays_no_toll() -> None:
    # the shooting itself is told (session 39 detect: "أطلق ... النار على"), but with no toll of one
    assert _events("أطلق مسلحون مجهولون النار على شبان في مدينة درعا أمس ما أدى إلى مقتلهم .") == [(*VAC, None)]


def test_a_victim_with_others_counted_after_him_is_no_toll_of_one() -> None:
    # "و 5 مجندين" joins others to the officer: not a toll of one (the blast is still told); the conscripts are
    # a count of fighters (armed_words.yaml soldiers, session 39), the officer before them is not added to it
    assert _events("قتل ضابط برتبة عقيد و 5 مجندين في انفجار عبوة ناسفة في مدينة العريش أمس .") == [(*IED, 5)]
    assert _events("قتل ضابط برتبة عقيد في انفجار عبوة ناسفة في مدينة العريش أمس .") == [(*IED, 1)]
