"""A telling of one item of a page is never merged into another item's row, nor lends it its toll
(_DocContext.item_key: feed item starts, a feed's item cuts, and heading dates on a page of items, read by
compare._merge_in_sentence, candidates._assign_counts and merge._merge_sentence_parts). A listing of posts
glued into one sentence by their "تاريخ النشر" stamps: the next post's tally of documented victims is no toll
of the shelling the post before tells (judged breadth V-295: "حصيلة الضحايا" of one post joined to the next
post's "القصف")."""

from __future__ import annotations

from analysed import analyse_text

HEAD = "مجموعة العمل من أجل فلسطينيي سورية . "
TALLY = (HEAD + "تاريخ النشر : 14 - 01 - 2018 مجموعة العمل - مخيم خان الشيح سقط قصف مدفعي على مخيم خان الشيح "
         "تاريخ النشر : 15 - 01 - 2018 مجموعة العمل - لندن ( 3640 ) ضحية من اللاجئين الفلسطينيين وثقت مجموعة "
         "العمل أسماءهم .")
# twin: two posts each with its own happening, place and toll keep them
TWO = (HEAD + "تاريخ النشر : 14 - 01 - 2018 مجموعة العمل - مخيم خان الشيح قتل ثلاثة مدنيين بقصف مدفعي للنظام على "
       "مخيم خان الشيح تاريخ النشر : 15 - 01 - 2018 مجموعة العمل - درعا اندلعت اشتباكات عنيفة بين فصائل المعارضة "
       "وقوات النظام في مخيم درعا .")


def _rows(text: str) -> list[tuple[str, str, int | None]]:
    a = analyse_text(text, "unknown", doc_id="posts", stages=None)
    return [(e.event_type, a.entities[e.location].name_ar, e.fatalities) for e in a.events
            if e.modality == "actual" and e.location in a.entities]


def test_the_next_posts_tally_is_no_toll_of_this_posts_shelling() -> None:
    rows = _rows(TALLY)
    assert [r for r in rows if r[:2] == ("Explosions/Remote violence", "خان الشيح")]
    assert not [r for r in rows if r[2] == 3640]


def test_each_post_keeps_its_own_happening_and_toll() -> None:
    rows = _rows(TWO)
    assert ("Explosions/Remote violence", "خان الشيح", 3) in rows
    assert [r for r in rows if r[0] == "Battles" and r[1] == "درعا" and not r[2]]
