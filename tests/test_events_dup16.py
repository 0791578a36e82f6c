"""Events round 16 (duplicates): a toll told before its means in one sentence is that strike's count
also when it took toll words of its own ("سقوط 20 قتيلا ... خلال غارات جوية"), not when the means is a
glued ticker's next headline; a toll told apart without its means is the same-day happening's count at
its place (not another day's); strikes named again by their definite noun ("الغارات") are the strikes
told before (not "بعشرات الغارات", new ones); a withdrawal and the "وتسليمها" joined to it are one transfer; one
state's strike told by two of its bodies ("الطيران الروسي", "وزارة الدفاع الروسية") at one place on one
day is one event (two states' strikes stay two). Sentences from the unifiedfc corpus (dev sets D, J,
L, H), each rule with its negative twin."""

from __future__ import annotations

import re

from test_events import actual_events, run_with_places, syrian_places

from rasd.extract.events import extract_events
from rasd.records import Analysis, Document, Entity, Mention, Published
from rasd.text.normalize import normalize

# id: (Arabic name, English name, lat, lon, level, province)
PLACES = {
    "hama": ("حماة", "Hama", 35.131, 36.757, "town", "Hama"),
    "zanjili": ("الزنجيلي", "al-Zanjili", 36.355, 43.120, "town", "Nineveh"),
    "latamneh": ("اللطامنة", "al-Latamneh", 35.319, 36.624, "town", "Hama"),
    "hasakah": ("الحسكة", "al-Hasakah", 36.502, 40.747, "town", "Al-Hasakah"),
    "idlib": ("إدلب", "Idlib", 35.930, 36.634, "town", "Idlib"),
    "beit-jinn": ("بيت جن", "Beit Jinn", 33.310, 35.868, "town", "Rif Dimashq"),
    "kirkuk": ("كركوك", "Kirkuk", 35.468, 44.392, "town", "Kirkuk"),
    "jafra": ("الجفرة", "al-Jafra", 35.300, 40.180, "town", "Deir-ez-Zor"),
    "raqqa": ("الرقة", "al-Raqqa", 35.950, 39.010, "town", "Ar-Raqqa"),
    "rif-raqqa-north": ("ريف الرقة الشمالي", "northern al-Raqqa countryside", 36.250, 38.950, "region", "Ar-Raqqa"),
}


def _run(text: str, published: str = "2017-11-17") -> Analysis:
    return run_with_places(text, syrian_places(PLACES), published, syrian=True)


# --------------------------------------------------------------------------- a toll before its means


def test_a_toll_of_two_toll_words_takes_the_strike_after_it() -> None:
    # R-90#6: "سقوط ... قتيلا" are two toll words; the strike after them is their means
    text = ("وأضاف المكتب أن لديه أيضا تقارير عن سقوط ما بين 50 و 80 قتيلا في ضربة جوية لمنطقة الزنجيلي "
            "في 31 أيار / مايو الماضي .")
    events = actual_events(_run(text, "2017-06-10"))
    assert len(events) == 1
    assert events[0].sub_event_type == "Air/drone strike"
    assert events[0].fatalities == 80


def test_a_toll_and_air_strikes_further_in_its_clause() -> None:
    # J V-184#3
    text = ("وفي وقت لاحق اليوم أكد المصدر سقوط 20 قتيلا على الأقل وإصابة العشرات من إرهابيي جبهة النصرة "
            "خلال غارات جوية على أوكارهم في قرى وبلدات اللطامنة .")
    events = actual_events(_run(text))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 20)]


def test_a_glued_ticker_s_next_headline_is_not_the_toll_s_means() -> None:
    # F R-583#8: headlines glued without stops; the chemical weapons of the last one killed no one here
    text = ("سقوط 50 قتيلا بنيران داعش بين النازحين فى الحسكة تركيا تقيم نقاط مراقبة ودخول 30 آلية عسكرية "
            "إلى إدلب الحكومة السورية تطالب تركيا بالانسحاب من إدلب فورا وزير خارجية سوريا يتهم الأكراد "
            "بالسيطرة على مناطق النفط محققون دوليون يحققون حول استخدام الأسلحة الكيماوية فى سوريا")
    events = actual_events(_run(text))
    assert not any(e.sub_event_type == "Chemical weapon" and e.fatalities == 50 for e in events)


# --------------------------------------------------------------------------- a toll told apart


BOMBING = ("قتل نحو 26 مدنيا , بينهم أطفال , اليوم الجمعة , في تفجير سيارة مفخخة استهدف تجمعا للنازحين "
           "قرب الجفرة .\n"
           "وتقع الجفرة جنوبي المدينة وتسيطر عليها الحكومة السورية .\n"
           "ويقيم في المنطقة آلاف النازحين منذ أشهر .\n")


def test_a_toll_told_apart_the_same_day_is_the_bombing_s() -> None:
    # J R-128#9: the observatory's toll, told again without the bombing, the same day at the same place
    text = BOMBING + "وذكر المرصد السوري لحقوق الإنسان أن 26 شخصا على الأقل قتلوا الجمعة في الجفرة .\n"
    events = actual_events(_run(text))
    assert len(events) == 1
    assert events[0].event_type == "Explosions/Remote violence"
    assert events[0].fatalities == 26


def test_a_toll_of_another_day_stays_apart() -> None:
    text = BOMBING + "وذكر المرصد السوري لحقوق الإنسان أن 12 شخصا قتلوا الثلاثاء في الجفرة .\n"
    assert len(actual_events(_run(text))) == 2


# --------------------------------------------------------------------------- a definite noun names it again


def test_the_strikes_named_again_by_their_definite_noun() -> None:
    # I R-147#4 (I18): "غارات" then "واستهدفت الغارات ... البلدة", neither telling dated
    text = ("وقتل 23 مدنيا بينهم ثمانية أطفال في غارات يرجح أن طائرات التحالف الدولي شنتها على بلدة في ريف "
            "الرقة الشمالي .\n"
            "واستهدفت الغارات بعد منتصف الليل البلدة الواقعة قرب طريق يربط الرقة بمدينة دير الزور .\n")
    events = actual_events(_run(text, "unknown"))
    assert len(events) == 1
    assert events[0].sub_event_type == "Air/drone strike"


def test_dozens_of_strikes_are_new_strikes() -> None:
    # I R-147#10: "بعشرات الغارات الجوية" is the idafa of a count: strikes of their own
    text = ("وقتل 23 مدنيا بينهم ثمانية أطفال في غارات يرجح أن طائرات التحالف الدولي شنتها على بلدة في ريف "
            "الرقة الشمالي .\n"
            "وقصف الطيران الروسي مدينة الرقة بعشرات الغارات الجوية .\n")
    assert len(actual_events(_run(text, "unknown"))) == 2


# --------------------------------------------------------------------------- a withdrawal handed over


def test_a_withdrawal_and_its_handing_over_are_one_transfer() -> None:
    # L R-14#1
    text = ("وقال مصدر عسكري إن مسلحي جبهة النصرة بدأوا إخلاء مواقعهم من بيت جن وتسليمها للجيش السوري "
            "اليوم الجمعة .")
    events = actual_events(_run(text))
    assert len(events) == 1
    assert events[0].sub_event_type == "Non-violent transfer of territory"


def test_a_handing_over_told_apart_stays_its_own() -> None:
    text = ("وقال مصدر عسكري إن مسلحي جبهة النصرة بدأوا إخلاء مواقعهم من بيت جن اليوم الجمعة .\n"
            "وفي الرقة سلمت قوات سوريا الديمقراطية المدينة للمجلس المدني اليوم الجمعة .")
    assert len(actual_events(_run(text))) == 2


# --------------------------------------------------------------------------- one state's two bodies

# actors by their KB ids (the KB's part_of chains tell which state each belongs to)
ACTORS = {"russian-aerospace-forces": "القوات الجوية الروسية", "russian-mod": "وزارة الدفاع الروسية",
          "us-led-coalition": "التحالف الدولي"}


def _run_actors(text: str) -> Analysis:
    """_run with the ACTORS' surfaces as actor mentions of their KB entities."""
    ents = {eid: Entity(eid, "STATE_FORCES", name) for eid, name in ACTORS.items()}
    places = syrian_places(PLACES)
    a = run_with_places("", places)     # the harness's entities and places, then the text with actors
    mentions: list[Mention] = []
    for eid, name in ACTORS.items():
        for m in re.finditer(re.escape(name), text):
            mentions.append(Mention(m.start(), m.end(), name, normalize(name), "STATE_FORCES", eid))
    for p in places:
        for m in re.finditer(re.escape(p.name_ar), text):
            mentions.append(Mention(m.start(), m.end(), p.name_ar, normalize(p.name_ar), "PLACE", p.id,
                                    geo_precision=1))
    doc = Document(id="docactors", source="actors.txt", text=text, published=Published("2017-11-17", "day"))
    out = Analysis(doc=doc, mentions=sorted(mentions, key=lambda m: m.start),
                   entities={**a.entities, **ents, **{p.id: p for p in places}})
    extract_events(out, None)
    return out


def test_one_state_s_strike_told_by_two_of_its_bodies() -> None:
    # H V-328: the same strike told by the Russian air force and, in the next sentence, the Russian MoD
    text = ("ونفذت القوات الجوية الروسية غارات على الرقة اليوم الجمعة .\n"
            "وأعلنت وزارة الدفاع الروسية أنها نفذت غارات على الرقة اليوم الجمعة .")
    events = actual_events(_run_actors(text))
    assert len(events) == 1
    assert events[0].actor1 == ["russian-aerospace-forces"]


def test_two_states_strikes_stay_two() -> None:
    text = ("ونفذت القوات الجوية الروسية غارات على الرقة اليوم الجمعة .\n"
            "ونفذ التحالف الدولي غارات على الرقة اليوم الجمعة .")
    assert len(actual_events(_run_actors(text))) == 2


# --------------------------------------------------------------------------- words, not a raid


def test_attacking_sharply_in_words_is_no_event() -> None:
    # I V-306#4 (I9): "بعد ان هاجم اسرائيل بحدة" (Erdogan's words)
    text = "وأضافا أن أردوغان هاجم إسرائيل بحدة بالأمس في مدينة حماة خلال لقائه رئيس الحكومة الفلسطيني ."
    assert actual_events(_run(text)) == []


def test_an_armed_attack_stays() -> None:
    text = "وهاجم مسلحون حاجزا لقوات النظام بالأمس في مدينة حماة وقتلوا ثلاثة عناصر ."
    assert len(actual_events(_run(text))) == 1
