"""A happening named only as where a person a relative clause describes was killed ("العقيد ... الذي استشهد في
معركة عرسال"), or where a thing was taken ("الآلية التي أخذتها النصرة في معركة عرسال"), or by its doer's or suspect's
noun ("هوية منفذ هجوم إسطنبول", "تسلم متهم بتفجير صيدا"), is a happening the reader knows, not the sentence's news
(background._fate_told, event_habitual.yaml fate_*, doer_nouns, suspect_nouns). A time of its own, a toll and wounds
keep it (session 43; written fixtures on the pattern of the judged breadth rows)."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

_HEAD = "الأربعاء 6 كانون الأول 2017 | 10 : 25 مساء بتوقيت دمشق بلدي نيوز - "


def _subs(text: str) -> list[str]:
    a = analyse_text(_HEAD + text, "unknown", doc_id=f"fixture-{hash(text)}")
    return sorted(e.sub_event_type for e in actual_events_of(a))


@pytest.mark.parametrize("text", [
    "عثر المقاتلون على الآلية العسكرية التي أخذتها النصرة في معركة عرسال .",
    "شيع أهالي البلدة الشاب محمد الذي استشهد بالقصف على مدينة دوما .",
])
def test_a_happening_told_as_a_persons_or_things_past_is_background(text: str) -> None:
    assert _subs(text) == []


@pytest.mark.parametrize(("text", "subs"), [
    # (a time of its own in the clause)
    ("عينت الحركة قائدا عاما خلفا لحسان عبود الذي قتل في تفجير استهدف اجتماعا لقياديين بالحركة في ريف إدلب أمس .",
     ["Remote explosive/landmine/IED"]),
    # (a toll)
    ("ارتفع عدد المدنيين الذين قتلوا جراء الغارات الروسية على مدينة دوما إلى 20 .", ["Air/drone strike"]),
    # (the wounded: not a death verb)
    ("تعمل فرق الدفاع المدني على مساعدة الأشخاص الذين أصيبوا جراء القصف المدفعي على مدينة عربين .",
     ["Shelling/artillery/missile attack"]),
    # (the happening told as news in the same sentence)
    ("قتل 10 مدنيين في هجوم انتحاري على سوق في مدينة الباب اليوم , وقتل منفذ الهجوم .", ["Suicide bomb"]),
])
def test_a_time_a_toll_wounds_or_a_news_telling_keep_it(text: str, subs: list[str]) -> None:
    assert _subs(text) == subs


def test_the_doers_noun_names_a_known_attack() -> None:
    # (its toll is the known attack's: the sentence tells who did it)
    assert _subs("كشفت السلطات التركية عن هوية منفذ هجوم إسطنبول الذي وقع على مطعم وراح ضحيته 39 شخصا .") == []
