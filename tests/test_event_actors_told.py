"""Who did it, read from constructions of Arabic news the actor rules missed (session 38, actors): an agent
cue in its doer's gender ("غارة شنتها طائرة إسرائيلية"), the second side of a clash named behind its head
noun ("بين قوات النظام ومجموعات المعارضة"), the origin of a strike's shells ("مصدرها جبهة النصرة"), and the
nationality adjective of a merged telling's strike phrase ("واستهدف الهجوم الإسرائيلي"). Each also checks that
no actor is filled where the text names none."""

from __future__ import annotations

from rasd.records import Document, Event, Published


def _events(text: str) -> list[Event]:
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2017-10-22", precision="day")))
    return a.events


def _violent(text: str) -> list[Event]:
    return [e for e in _events(text) if e.event_type in ("Battles", "Explosions/Remote violence")]


def test_a_feminine_agent_cue_names_the_striker_not_the_victims_group() -> None:
    text = ("قتل ثلاثة من عناصر قوات النظام اليوم الأحد في غارة شنتها طائرات التحالف الدولي على مواقع في "
            "ريف دير الزور .")
    evs = _violent(text)
    assert evs
    assert all(e.actor1 == ["us-led-coalition"] for e in evs)


def test_clash_sides_with_a_head_noun_before_the_second() -> None:
    text = "اندلعت اليوم الأحد اشتباكات عنيفة بين قوات النظام ومجموعات المعارضة المسلحة في مدينة درعا ."
    evs = [e for e in _violent(text) if e.event_type == "Battles"]
    assert evs
    assert evs[0].actor1 == ["syria-gov-forces"]
    assert "syrian-armed-opposition" in evs[0].actor2


def test_clash_sides_told_with_from_one_side() -> None:
    text = ("شهد مخيم اليرموك اليوم الأحد اندلاع اشتباكات متقطعة بين تنظيم داعش من جهة وهيئة تحرير الشام في "
            "المخيم جنوب دمشق .")
    evs = [e for e in _violent(text) if e.event_type == "Battles"]
    assert evs
    assert evs[0].actor1 == ["isis"]
    assert "hts" in evs[0].actor2


def test_no_second_side_when_another_clause_follows() -> None:
    text = ("اندلعت اليوم الأحد اشتباكات عنيفة بين قوات النظام ومسلحين , واتهمت هيئة تحرير الشام النظام بخرق "
            "الهدنة في مدينة درعا .")
    evs = [e for e in _violent(text) if e.event_type == "Battles"]
    assert all("hts" not in e.actor1 + e.actor2 for e in evs)


def test_the_origin_of_the_shells_fired_them() -> None:
    text = ("سقطت اليوم الأحد عدة قذائف هاون على بلدة حضر في ريف القنيطرة مصدرها \" جبهة النصرة \" , دون "
            "وقوع إصابات .")
    evs = [e for e in _violent(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert evs
    assert evs[0].actor1 == ["jabhat-al-nusra"]


def test_an_origin_that_is_a_place_names_no_actor() -> None:
    text = ("سقطت اليوم الأحد عدة قذائف هاون على بلدة حضر في ريف القنيطرة مصدرها الأراضي اللبنانية , دون "
            "وقوع إصابات .")
    evs = [e for e in _violent(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert all(not e.actor1 for e in evs)


def test_a_merged_tellings_adjective_names_the_striker() -> None:
    # the verb's telling names no striker; its subject "الهجوم الإسرائيلي", merged into it, does
    text = "واستهدف الهجوم الإسرائيلي اليوم الأحد مواقع عسكرية في بلدة قلعة جندل بريف دمشق ."
    evs = _violent(text)
    assert evs
    assert all(e.actor1 == ["idf"] for e in evs)


def test_the_one_named_side_of_a_clash_is_actor1() -> None:
    text = ("قتل 18 شخصا اليوم الأحد جراء اشتباكات مسلحة بين قوات النظام ومسلحين موالين لها من جهة , ومقاتلين "
            "أكراد من جهة أخرى في مدينة الحسكة .")
    evs = [e for e in _violent(text) if e.event_type == "Battles"]
    assert evs
    assert all(e.actor1 == ["syria-gov-forces"] for e in evs)


def test_mines_planted_by_a_group() -> None:
    text = ("قتل أربعة مدنيين اليوم الأحد إثر انفجار عدة ألغام أرضية زرعها تنظيم داعش على أطراف بلدة أبو خشب "
            "في ريف دير الزور .")
    evs = [e for e in _violent(text) if e.event_type == "Explosions/Remote violence"]
    assert evs
    assert all(e.actor1 == ["isis"] for e in evs)


def test_a_state_that_struck_is_coded_as_its_armed_forces() -> None:
    text = "أطلقت إسرائيل اليوم الأحد عدة صواريخ على موقع عسكري في ريف دمشق , ما أدى إلى أضرار مادية ."
    from rasd.pipeline import analyse

    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2017-10-22", precision="day")))
    evs = [e for e in a.events if e.event_type == "Explosions/Remote violence"]
    assert evs and all(e.actor1 == ["idf"] for e in evs)
    assert "idf" in a.entities      # (stored with the page, so that the store names it)


def test_a_state_keeps_its_name_outside_battles_and_strikes() -> None:
    from types import SimpleNamespace

    from rasd.extract.events.actors import state_forces
    from rasd.knowledge.kb import load_kb
    from rasd.records import Span

    ctx = SimpleNamespace(kb=load_kb())
    agreement = Event("e1", "d", "Strategic developments", "Agreement", Span(0, 5), actor1=["turkey"])
    state_forces(agreement, ctx, {})     # type: ignore[arg-type]
    assert agreement.actor1 == ["turkey"]
    clash = Event("e2", "d", "Battles", "Armed clash", Span(0, 5), actor1=["turkey"], actor2=["pkk"])
    state_forces(clash, ctx, {})         # type: ignore[arg-type]
    assert clash.actor1 == ["turkish-armed-forces"] and clash.actor2 == ["pkk"]


def test_names_joined_before_from_one_side_are_one_side() -> None:
    text = ("قتل عدد من عناصر المشاة اليوم الأحد في المعارك الدائرة بين هيئة تحرير الشام وجيش العزة من جهة وقوات "
            "النظام من جهة ثانية في ريف حماة الشمالي .")
    evs = [e for e in _violent(text) if e.event_type == "Battles"]
    assert evs
    assert all("syria-gov-forces" not in e.actor1 for e in evs)
    assert any("syria-gov-forces" in e.actor2 for e in evs)
