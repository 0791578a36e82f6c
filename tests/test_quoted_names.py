"""Quotation marks inside a group's name (rasd.text.quoted): 'قوات " سوريا الديمقراطية "',
'جبهة « النصرة »', 'هيئة "تحرير الشام"' are matched as the whole name, the mention's span covering
the marks; two quoted names side by side are never joined. Sentences written for the tests."""

from __future__ import annotations

from rasd.knowledge.matcher import key_form
from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Published
from rasd.text.normalize import normalize
from rasd.text.quoted import quote_gaps, squeeze, without_gaps

ISIS = "isis"


def _run(text: str) -> Analysis:
    doc = Document(id="qt", source="qt.txt", text=text, published=Published("2017-05-14", "day"))
    return analyse(doc)


def _linked(a: Analysis) -> list[tuple[str, str | None]]:
    return [(m.surface, m.entity_id) for m in a.mentions if m.type != "PLACE"]


def test_gaps_are_one_mark_between_two_words() -> None:
    t = normalize('قوات " سوريا الديمقراطية " و«النصرة» » «جيش')
    gaps = quote_gaps(t)
    got = [t[s:e] for s, e in gaps]
    # the mark inside the name, its closing mark before "و" (a gap too: only a dictionary name
    # across it makes it transparent) and the mark glued to "و"; "» «" is two marks: no gap
    assert got == [' " ', ' " ', '"']
    assert t[gaps[-1][1]:].startswith("النصره")
    assert quote_gaps("كلمة '' اخرى") == [(4, 8)]        # a doubled mark is one
    assert quote_gaps("لا علامة هنا") == []


def test_squeeze_and_the_offset_map() -> None:
    t = 'ab " cd ef'
    gaps = quote_gaps(t)
    s, at = squeeze(t, gaps)
    assert s == "ab cd ef" and at == [2]
    norm, offs = without_gaps(t, list(range(len(t) + 1)), gaps)
    assert norm == "ab cd ef"
    assert offs == [0, 1, 2, 5, 6, 7, 8, 9, 10]      # the space maps to the gap's start


def test_a_quoted_part_of_the_sdfs_name_links_the_sdf() -> None:
    text = 'سيطرت قوات " سوريا الديمقراطية " على قرية في ريف الرقة الشمالي بعد اشتباكات مع تنظيم داعش .'
    a = _run(text)
    assert ('قوات " سوريا الديمقراطية', "sdf") in _linked(a)
    m = next(m for m in a.mentions if m.entity_id == "sdf")
    assert text[m.start:m.end] == 'قوات " سوريا الديمقراطية'
    assert m.norm == key_form("قوات سوريا الديمقراطية")      # its norm has no quotation mark
    assert all(m.entity_id != "syria" for m in a.mentions)
    ev = [e for e in a.events if "sdf" in e.actor1]
    assert ev and ev[0].sub_event_type != "Government regains territory"


def test_other_quoted_names_and_a_one_word_name_in_quotes() -> None:
    a = _run('وهاجم عناصر جبهة « النصرة » مواقع لمسلحي هيئة "تحرير الشام" , فيما قصف تنظيم " داعش " بلدة .')
    ids = {eid for _s, eid in _linked(a)}
    assert {"jabhat-al-nusra", "hts", ISIS} <= ids
    # "داعش" alone was matched before; "تنظيم داعش" is a name of the KB too: matched whole
    assert ('تنظيم " داعش', ISIS) in _linked(a)
    assert ("داعش", ISIS) in _linked(_run('وقصف " داعش " بلدة في ريف حلب .'))
    a = _run("وقصف ' جيش الإسلام ' مواقع في ريف دمشق .")
    assert any(eid == "jaysh-al-islam" for _s, eid in _linked(a))


def test_two_quoted_names_side_by_side_are_not_joined() -> None:
    # "قوات" closes one quoted name and "سوريا الديمقراطية" opens the next: two marks, no gap
    a = _run('وقال المصدر إن " القوات " " سوريا الديمقراطية " تقدمت .')
    assert all(m.entity_id != "sdf" or not m.surface.startswith("القوات") for m in a.mentions)
    assert 'القوات " " سوريا' not in " ".join(m.surface for m in a.mentions)


def test_a_group_named_in_a_relative_clause_is_not_the_actor() -> None:
    # "تنظيم القاعدة" describes the group (a relative clause after it): the group shot the plane down,
    # quoted or not
    for name in ('تنظيم " القاعدة "', "تنظيم القاعدة"):
        a = _run(f'وقالت جماعة " تحرير الشام " المتشددة , التي يهيمن عليها أعضاء في الفرع السابق ل{name} في '
                 "سوريا , إنها أسقطت طائرة حربية في ريف حماة الشمالي .")
        assert [e.actor1 for e in a.events] == [["hts"]]
    # with no relative clause the nearest earlier actor stays the actor
    a = _run('وقالت مصادر إن جماعة " تحرير الشام " تقدمت , وإن تنظيم " القاعدة " أسقط طائرة حربية في ريف حماة .')
    assert any(e.actor1 == ["al-qaeda"] for e in a.events)
