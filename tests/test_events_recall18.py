"""Events round 18 (recall, "no event at all"): a violent deed told by its own word with its place in
the trigger's clause is an event on a dated page, even when the sentence names no actor, count or day
(the page's days date it); on an undated page such a bare telling stays out (as often the page's
history as its news), and so does a bare arrest. Explosives stored or laid ("بمستودع للعبوات
الناسفة", "مزروعة بالألغام") are no explosion. Sentences from unifiedfc articles (sets H and I, the
breadth and feed sets), each rule with its negative twin; the whole pipeline runs (entities, default
gazetteer, events)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

from rasd.records import Analysis, Event


def _run(text: str, published: str = "unknown") -> Analysis:
    return analyse_text(text, published, doc_id="r18", stages=None)


_actual = actual_events_of


def _place(a: Analysis, e: Event) -> str:
    return a.entities[e.location].name_ar if e.location else ""


# R-264 (set H): a live-feed line
ISTANBUL_ARRESTS = "تم القبض على 6 مشتبه بهم من داعش في اسطنبول"
# V-688 (breadth set): a feed line with no day of its own
SAQBA_SHELLING = "مراسل : قصف مدفعي لقوات الأسد على مدينة سقبا في الغوطة الشرقية بريف دمشق ."


def test_a_bare_arrest_with_its_place_stays_out() -> None:
    # R-264 (set H) and V-154 (set I): most bare arrests of the breadth sets were a biography's or a
    # report's past ("اعتقل عدة مرات", "أثناء الاحتجاز"), so arrests keep needing a second argument.
    # (R-264's line counts its suspects, "6 مشتبه بهم": since suspects are a person count (quantities.yaml)
    # that count is its second argument and it is an event, set H's gold h13-1; with no count it stays out)
    a = _run(ISTANBUL_ARRESTS.replace("6 ", ""), published="2017-08-29")
    assert _actual(a, "Strategic developments") == []
    a = _run(ISTANBUL_ARRESTS, published="2017-08-29")
    assert [dict(e.quantities) for e in _actual(a, "Strategic developments")] == [{"arrested": 6}]
    a = _run("و عرف عن حسين التحاقه بصفوف الثوار منذ البداية , فشارك في تظاهرات حلب و اعتقل عدة مرات .",
             published="2014-01-02")
    assert _actual(a, "Strategic developments") == []


def test_a_shelling_with_its_place_on_a_dated_page_is_an_event() -> None:
    a = _run(SAQBA_SHELLING, published="2017-12-26")
    evs = _actual(a, "Explosions/Remote violence")
    assert [(_place(a, e), e.date_end) for e in evs] == [("سقبا", "2017-12-26")]


def test_the_same_bare_telling_on_an_undated_page_is_no_event() -> None:
    a = _run(SAQBA_SHELLING)
    assert _actual(a, "Explosions/Remote violence") == []


def test_an_explosion_of_a_named_device_with_its_place_is_an_event() -> None:
    # R-411 (feed set): "انفجار" alone may be an accident; the device names the attack
    a = _run("لقي جنديان تركيان مصرعهما وجرح 3 آخرون إثر انفجار عبوة ناسفة في قضاء نصيبين بولاية ماردين .",
             published="2017-06-20")
    assert [e.sub_event_type for e in _actual(a, "Explosions/Remote violence")] == [
        "Remote explosive/landmine/IED"]


def test_explosives_stored_or_laid_are_no_explosion() -> None:
    # R-165 and R-565 (feed set)
    a = _run("الإطاحة بمستودع للعبوات الناسفة في كركوك .", published="2017-12-01")
    assert _actual(a, "Explosions/Remote violence") == []
    a = _run("وأوضحت أن أحياء الرقة مناطق محصنة ومزروعة بالألغام في حي المطحنة .", published="2017-10-16")
    assert _actual(a, "Explosions/Remote violence") == []
