"""A page whose lead names a natural disaster is about it: a toll told there in a sentence with no fighting word and
no trigger of another kind is the disaster's toll, not a conflict event (session 20, "nonevent6"; the earthquake
pages of the breadth set: "أربعة أشخاص لقوا مصرعهم في قضاء دربنديخان" under "زلزال عنيف يضرب الحدود"). Fixtures
written for this rule, with negative twins: a strike's toll on the same page, a toll on a page whose lead names no
disaster, a disaster named only past the lead. (The twins' dead are civilians since session 34: a toll of mere
"persons" with nothing else told is no event on any page, test_events_types_evtype3.)"""

from __future__ import annotations

from test_events import event_types

QUAKE_LEAD = "زلزال عنيف يضرب المنطقة الحدودية ويشعر به سكان المدن المجاورة .\nوارتفع عدد المتضررين من الزلزال في القرى .\n"


def test_a_toll_on_a_quake_page_is_no_event() -> None:
    text = QUAKE_LEAD + "ونقل بيان عن وزير الصحة أن أربعة أشخاص لقوا مصرعهم في مدينة حلب واثنين في ريفها ."
    assert event_types(text) == []


def test_a_toll_count_on_a_quake_page_is_no_event() -> None:
    text = QUAKE_LEAD + "وأعلن وزير الصحة مقتل سبعة أشخاص وإصابة 321 آخرين في مدينة حلب ."
    assert event_types(text) == []


def test_a_strike_toll_on_a_quake_page_is_kept() -> None:
    text = QUAKE_LEAD + "وفي سياق آخر قتل أربعة مدنيين في قصف جوي على مدينة إدلب ."
    assert event_types(text) != []


def test_a_toll_on_a_page_without_a_disaster_is_kept() -> None:
    text = "ونقل بيان عن مصادر محلية أن أربعة مدنيين لقوا مصرعهم في مدينة حلب واثنين في ريفها ."
    assert event_types(text) != []


def test_a_disaster_named_past_the_lead_does_not_count() -> None:
    filler = "وتحدث المسؤولون عن الأوضاع في المنطقة وعن المساعدات الإنسانية والوضع الاقتصادي . " * 12
    text = ("ونقل بيان عن مصادر محلية أن أربعة مدنيين لقوا مصرعهم في مدينة حلب واثنين في ريفها . " + filler
            + "وفي خبر آخر ضرب زلزال جزيرة بعيدة .")
    assert event_types(text) != []


def test_one_figurative_quake_in_the_lead_does_not_count() -> None:
    text = ("أطلقت الفصائل معركة أسمتها زلزال الشمال .\n"
            "ونقل بيان عن مصادر محلية أن أربعة مدنيين لقوا مصرعهم في مدينة حلب واثنين في ريفها .")
    assert event_types(text) != []
