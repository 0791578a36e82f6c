"""Who speaks, round 3: relay chains ("نقلت X عن Y قوله إن"): the frame noun قوله is no second report, an unnamed
outlet is still the relay, and an unnamed source's content starts at what is said; small sentences written for
these tests."""

from analysed import claims_of


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker_text, c.relay_text, text[c.content.start:c.content.end] if c.content else "")
            for c in claims_of(text)]


def test_the_frame_noun_after_a_relay_is_no_second_report():
    text = "ونقلت وكالة رويترز عن مصدر عسكري قوله إن القوات تقدمت نحو المدينة ."
    said = _said(text)
    assert len(said) == 1
    assert said[0][:2] == ("مصدر عسكري", "وكالة رويترز")


def test_an_unnamed_source_of_a_relay_is_not_part_of_what_is_said():
    text = "ونقلت وكالة رويترز عن مصدر عسكري قوله إن القوات تقدمت نحو المدينة ."
    assert _said(text)[0][2].startswith("إن القوات")


def test_an_unnamed_outlet_relays():
    text = "ونقلت وكالات أنباء روسية أمس عن المتحدث باسم الكرملين ديمتري بيسكوف قوله إن الرئيس سيزور القاهرة ."
    said = _said(text)
    assert [s[1] for s in said] == ["وكالات أنباء روسية"]
    assert said[0][2].startswith("إن الرئيس")


def test_a_definite_outlet_relays():
    text = "ونقلت الصحيفة عن مصادر مطلعة أن الأجهزة الأمنية أبلغت الكويت بالخطة ."
    assert _said(text)[0][:2] == ("مصادر مطلعة", "الصحيفة")


def test_a_later_report_keeps_its_own_content():
    text = "ونقلت عنه الصحيفة تحميله السلطة المسؤولية عن الهجوم , مضيفا : \" السلطة تعمل مع الحركة لإشعال المنطقة \" ."
    assert any(s[2].startswith("\" السلطة") for s in _said(text))
    assert sum(1 for s in _said(text) if s[2].startswith("\" السلطة")) == 1
