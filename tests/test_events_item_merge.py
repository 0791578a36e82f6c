"""A telling of one item of a page is never merged into another item's row, nor lends it its toll or actor
(compare._merge_in_sentence groups a sentence's tellings by _DocContext.item_key: feed item starts, a feed's
item cuts, timeline heading dates; candidates._assign_counts; merge._merge_sentence_parts). A listing of
posts glued into one sentence by their "تاريخ النشر" stamps (a listing: heading dates cut items only on a
page of items, never an article's dateline): the shelling a post's closing words recall is
not the next post's battle, and takes no place from it."""

from __future__ import annotations

from analysed import analyse_text

HEAD = "مجموعة العمل من أجل فلسطينيي سورية . "
# one post ends on the shelling its people suffer, the next (glued, stamped) tells a refugee killed in battles
GLUED = (HEAD + "تاريخ النشر : 14 - 01 - 2018 مجموعة العمل - مخيم خان الشيح يعاني الأهالي من أوضاع صعبة بسبب "
         "القصف العنيف تاريخ النشر : 15 - 01 - 2018 مجموعة العمل - ضحايا "
         "قتل اللاجئ أحمد علي خلال المعارك الدائرة في ريف إدلب .")
# twin: two posts each with its own happening and place keep both
TWO = (HEAD + "تاريخ النشر : 14 - 01 - 2018 مجموعة العمل - مخيم خان الشيح قتل ثلاثة مدنيين بقصف مدفعي للنظام على "
       "مخيم خان الشيح تاريخ النشر : 15 - 01 - 2018 مجموعة العمل - درعا اندلعت اشتباكات عنيفة بين فصائل المعارضة "
       "وقوات النظام في مخيم درعا .")


def _rows(text: str) -> list[tuple[str, str, int | None]]:
    a = analyse_text(text, "unknown", doc_id="posts", stages=None)
    return [(e.event_type, a.entities[e.location].name_ar, e.fatalities) for e in a.events
            if e.modality == "actual" and e.location in a.entities]


def test_a_post_recalled_shelling_is_not_the_next_posts_battle() -> None:
    rows = _rows(GLUED)
    # the first post's "القصف" takes no row at the next post's Idlib countryside
    assert not [r for r in rows if r[0] == "Explosions/Remote violence"]
    assert [r for r in rows if r[:2] == ("Battles", "ريف إدلب")]


def test_each_post_keeps_its_own_happening_and_toll() -> None:
    rows = _rows(TWO)
    assert ("Explosions/Remote violence", "خان الشيح", 3) in rows
    assert [r for r in rows if r[0] == "Battles" and r[1] == "درعا" and not r[2]]
