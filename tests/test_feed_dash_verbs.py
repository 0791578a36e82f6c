"""A feed item whose headline opens with a singular past verb after a dash that ended the item before
("... في شرق دمشق - اعتقل مكتب التحقيقات ..."): the item starts at the verb and does not take the place before
the dash (rasd.extract.feed_items._verb_after_dash). Not after an item's dateline ("ريف حماة - قصفت ..."), nor
before an imperfect verb that goes on with the item ("... من قبل جيش النصر - يظهر ...")."""

from __future__ import annotations

from test_feed_count_heads import _starts_and_places


def test_a_past_verb_after_a_dash_opens_an_item() -> None:
    heads, places = _starts_and_places("وحدات من الجيش المشاركة في العمليات العسكرية في شرق مدينة حمص - "
                                       "اعتقل الأمن التركي أمس عشرة أشخاص في المطار")
    assert heads == ["اعتقل"]
    # the arrests do not take Homs, the item before's place
    assert ("Strategic developments", "حمص") not in places


def test_a_dateline_before_the_dash_is_the_verb_s_own_item() -> None:
    heads, _places = _starts_and_places("حمص - قصفت قوات النظام بالمدفعية الثقيلة أحياء المدينة")
    assert heads == []


def test_an_imperfect_verb_after_a_dash_goes_on_with_the_item() -> None:
    heads, _places = _starts_and_places("فيديو جديد تم تحميله صباح اليوم في مدينة حمص - يظهر إطلاق الصواريخ "
                                        "على مواقع الجيش")
    assert heads == []
