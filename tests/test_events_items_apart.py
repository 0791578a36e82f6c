"""A count told in a later entry of a page of items does not join the happening an earlier sentence told
(merge._items_apart, read by merge._attach_and_merge): a heading date between them ("تاريخ النشر : 13 - 01 - 2018"
glued inside the next sentence, or heading it) or a post's start opens another entry. The next post's tally of
documented victims is no toll of the shelling the post before names as the cause of a state, so that telling
stays the background it is (judged breadth V-295: "بسبب القصف والحصار الذي استهدف مخيمهم" kept through the
next post's "حصيلة الضحايا")."""

from __future__ import annotations

from analysed import analyse_text

HEAD = "مجموعة العمل من أجل فلسطينيي سورية . "
FIRST = "تاريخ النشر : 12 - 01 - 2018 مجموعة العمل - إسطنبول يعاني اللاجئون في تركيا من صعوبة التنقل بين المدن .\n"
TALLY = (" تاريخ النشر : 13 - 01 - 2018 مجموعة العمل - لندن ( 3640 ) حصيلة الضحايا الفلسطينيين الذين تمكنت مجموعة "
         "العمل من توثيقهم بينهم ( 463 ) امرأة .")
# a state's cause ("بسبب القصف والحصار"), the next post's tally glued to the post's last sentence
CAUSE = (HEAD + FIRST + "تاريخ النشر : 13 - 01 - 2018 مجموعة العمل - جنوب دمشق يعاني المئات من طلاب مخيم اليرموك من "
         "توقف المدارس داخل مخيمهم , وذلك بسبب القصف والحصار الذي استهدف مخيمهم .\n"
         "وأضاف مراسلنا أن الطلاب يلتحقون بمدارس بلدة يلدا" + TALLY)
# twin: the toll told in the post's next sentence, no heading between, is the shelling's
TOLL = (HEAD + FIRST + "تاريخ النشر : 13 - 01 - 2018 مجموعة العمل - مخيم خان الشيح سقطت قذائف هاون على مخيم خان الشيح "
        "صباح اليوم .\nوقتل ثلاثة مدنيين وأصيب خمسة آخرون" + TALLY)


def _rows(text: str) -> list[tuple[str, int | None]]:
    a = analyse_text(text, "unknown", doc_id="posts", stages=None)
    return [(e.event_type, e.fatalities) for e in a.events if e.modality == "actual"]


def test_the_next_posts_tally_keeps_no_state_cause_as_news() -> None:
    assert _rows(CAUSE) == []


def test_a_toll_told_next_in_its_own_post_stays_the_happenings() -> None:
    assert ("Explosions/Remote violence", 3) in _rows(TOLL)
