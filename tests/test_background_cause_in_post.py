"""A happening named as the cause of a state ("بسبب القصف والحصار الذي استهدف مخيمهم") is background unless its
sentence tells a toll (background._cause_of_state). On a feed whose posts run on in one sentence, a heading date
("تاريخ النشر : 13 - 01 - 2018") opens a new post: the toll that closes the post glued before it is that post's,
not the cause's (session 41; written fixtures on the pattern of a Palestinian-camps news feed)."""

from __future__ import annotations

from analysed import actual_events_of, analyse_text

_NEXT = "\nتاريخ النشر : 14 - 01 - 2018 مجموعة العمل - درعا شهد مخيم درعا اشتباكات بين قوات النظام وفصائل المعارضة ."


def _types(text: str) -> list[str]:
    a = analyse_text(text, "unknown", doc_id=f"fixture-{hash(text)}")
    return sorted(e.event_type for e in actual_events_of(a))


def test_a_toll_of_the_post_before_does_not_keep_a_cause() -> None:
    text = ("تاريخ النشر : 12 - 01 - 2018 مجموعة العمل - ضحايا قضى الشاب الفلسطيني أحمد سعيد متأثرا بجراح أصيب بها "
            "في مخيم خان الشيح تاريخ النشر : 13 - 01 - 2018 مجموعة العمل - جنوب دمشق يعاني مئات الطلاب في مخيم "
            "اليرموك من توقف المدارس داخل مخيمهم , وذلك بسبب القصف والحصار الذي استهدف مخيمهم ." + _NEXT)
    assert _types(text) == ["Battles"]


def test_a_toll_of_the_same_post_keeps_the_shelling() -> None:
    text = ("تاريخ النشر : 13 - 01 - 2018 مجموعة العمل - جنوب دمشق قضى طفلان في مخيم اليرموك وذلك بسبب القصف "
            "والحصار الذي استهدف مخيمهم ." + _NEXT)
    assert _types(text) == ["Battles", "Explosions/Remote violence"]
