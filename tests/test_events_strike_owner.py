"""The force a strike word names as its genitive or behind "لـ" struck (issue #4, wrong actors):
"بقصف مدفعي لقوات النظام", "قصف الجيش التركي مركز ...", "بقصف مدفعي للجيش السوري الحر" after the victims'
group. The base read it as the target (actor2) or took the victims' group as actor1. The object of a
light verb ("قامت ... بقصف مواقع") and a target behind a target noun stay targets. Sentences from
unifiedfc articles of the breadth set; the whole pipeline runs."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Published


def _run(text: str, published: str) -> Analysis:
    doc = Document(id="so", source="so.txt", text=text, published=Published(published, "day"))
    return analyse(doc)


def _strikes(a: Analysis) -> list:
    return [e for e in a.events if e.event_type == "Explosions/Remote violence"]


def test_the_owner_behind_lam_shelled() -> None:
    # "two civilians were killed by artillery shelling of the regime forces and Hezbollah"
    a = _run("وأفاد مراسل بلدي نيوز بريف دمشق , أن مدنيين اثنين استشهدا , وأصيب آخرون بجروح , اليوم السبت , "
             "بقصف مدفعي لقوات النظام وميليشيا \" حزب الله \" على قريتي عين الفيجة وبسيمة بوادي بردى بريف دمشق .",
             "2017-01-07")
    ev = _strikes(a)
    assert ev and all(e.actor1[:1] == ["syria-gov-forces"] for e in ev)
    assert all("syria-gov-forces" not in e.actor2 for e in ev)


def test_the_verbs_subject_shelled() -> None:
    # V-486: "on 18 February the Turkish army shelled the centre of Afrin canton"
    a = _run("18 شباط 2016 قصف الجيش التركي مركز مقاطعة عفرين وقرى هكجه التابعة لناحية شيه في مقاطعة عفرين "
             "بالمدافع .", "2016-02-25")
    ev = _strikes(a)
    assert ev and all(e.actor1 == ["turkish-armed-forces"] for e in ev)


def test_the_owner_not_the_victims_group() -> None:
    # V-184: "four SDF members were wounded by artillery shelling of the Free Syrian Army"
    a = _run("جرح أربعة عناصر من \" قوات سوريا الديمقراطية \" ( قسد ) السبت , بقصف مدفعي للجيش السوري الحر على "
             "مواقع الأولى في مطار منغ العسكري شمال مدينة حلب شمالي سوريا .", "2017-07-30")
    ev = _strikes(a)
    assert ev and ev[0].actor1 == ["fsa"]
    assert "fsa" not in ev[0].actor2


def test_the_object_of_a_light_verb_stays_the_target() -> None:
    # "the Russian air force bombed IS positions": the noun after "قامت ... بقصف" is what was struck
    a = _run("وفي 30 سبتمبر 2015 قامت القوات الجوية الروسية بقصف مواقع داعش في ريف حمص .", "2015-10-01")
    ev = _strikes(a)
    assert ev and all("isis" not in e.actor1 for e in ev)
