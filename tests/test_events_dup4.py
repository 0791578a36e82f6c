"""Duplicates, session 21 (dup4): a definite deed noun opening the sentence right after a happening of its
family ("وفي مدينة الميادين فجر انتحاري نفسه" then "أسفر التفجير عن مقتل ثلاثين شخصا") tells that happening
again - with no place of its own, or with that happening's place - so its toll and date go to it, not to
the page's first happening of the family (an air strike paragraphs before). Hand-written sentences, with
negatives: a verb opens a deed of its own, a sentence between them, another place named, a numbered list's
entry."""

from __future__ import annotations

from test_events_precision8 import _run

from rasd.records import Analysis

EARLIER_STRIKE = ("وقتل القائد الميداني جراء غارة جوية في 3 آذار / مارس 2016 على مدينة القريتين .\n"
                  "وتحدثت المنظمة في تقريرها عن الأوضاع المعيشية الصعبة في المنطقة .\n")
BLAST = "وفي مدينة الميادين فجر انتحاري نفسه بحزام ناسف وسط سوق شعبي .\n"


def _by_place(a: Analysis) -> dict[str | None, list[tuple[str, int | None]]]:
    out: dict[str | None, list[tuple[str, int | None]]] = {}
    for e in a.events:
        if e.modality == "actual":
            out.setdefault(e.location, []).append((e.event_type, e.fatalities))
    return out


def test_the_blast_told_again_by_its_noun_gives_its_toll_to_the_blast_just_told() -> None:
    text = EARLIER_STRIKE + BLAST + "وأسفر التفجير عن مقتل 24 شخصا ( وكالة , 5 آذار / مارس 2016 ) .\n"
    places = _by_place(_run(text, "unknown"))
    assert places.get("mayadin") == [("Explosions/Remote violence", 24)]
    # the strike keeps its own toll only: the one commander its sentence tells ("وقتل القائد الميداني"), not the 24
    assert [f for _, f in places.get("qaryatayn", [])] == [1]


def test_the_noun_told_again_at_the_same_place_is_one_happening() -> None:
    """The retelling names the blast's own town: no new place, so still the blast just told."""
    text = (EARLIER_STRIKE + BLAST
            + "وأسفر التفجير في مدينة الميادين عن مقتل 24 شخصا ( وكالة , 5 آذار / مارس 2016 ) .\n")
    places = _by_place(_run(text, "unknown"))
    assert places.get("mayadin") == [("Explosions/Remote violence", 24)]
    assert [f for _, f in places.get("qaryatayn", [])] == [1]


def test_a_deed_verb_after_the_blast_is_not_pointed_back() -> None:
    """"فجر انتحاري" opens a deed of its own: only a noun with the article ("التفجير") points back."""
    from rasd.extract.events.merge import _definite
    assert _definite("التفجير") and _definite("والتفجير") and _definite("بالتفجير") and _definite("للتفجير")
    assert not _definite("تفجير") and not _definite("فجر") and not _definite("لتفجير")


def test_a_sentence_between_keeps_the_old_reading() -> None:
    """With another sentence between the blast and "التفجير", the noun is not read as the blast just told."""
    text = (EARLIER_STRIKE + BLAST + "وتحدثت المنظمة في تقريرها عن الأوضاع المعيشية الصعبة في المنطقة .\n"
            "وأسفر التفجير عن مقتل 24 شخصا ( وكالة , 5 آذار / مارس 2016 ) .\n")
    assert ("Explosions/Remote violence", 24) not in _by_place(_run(text, "unknown")).get("mayadin", [])


def test_a_noun_at_another_place_is_not_the_blast_just_told() -> None:
    """"التفجير في مدينة القريتين" names a place the blast just told is not at: not that blast."""
    text = (BLAST + "وأدى التفجير في مدينة القريتين إلى مقتل 24 شخصا ( وكالة , 5 آذار / مارس 2016 ) .\n")
    assert ("Explosions/Remote violence", 24) not in _by_place(_run(text, "unknown")).get("mayadin", [])


def test_a_noun_with_a_relative_clause_of_its_own_time_is_not_the_blast_just_told() -> None:
    """"الغارات التي بدأها ... أمس": strikes defined by their own clause and time (the campaign since
    yesterday), not the blast just told: the toll stays off the blast of the sentence before."""
    text = (BLAST + "وأفاد مسؤول بأن الغارات التي بدأها الطيران الحربي أمس أسفرت عن مقتل 24 شخصا .\n")
    a = _run(text, "2016-03-05")
    blasts = [e for e in a.events if e.sub_event_type == "Suicide bomb"]
    assert len(blasts) == 1 and blasts[0].fatalities is None
