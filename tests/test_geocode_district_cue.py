"""A district noun ("ناحية", "قضاء") before a town's name that is also a common word cues the town as
"بلدة" does: "قضاء الدبس شمال غربي كركوك" is Dibis, the district named, not the reference town Kirkuk."""

from __future__ import annotations

from analysed import analyse_text

from rasd.knowledge.gazetteer import load_gazetteer


def _place_names(text: str) -> tuple[list[tuple[str, str | None]], list[str | None]]:
    a = analyse_text(text)
    mentions = [(m.surface, m.entity_id) for m in a.mentions if m.type == "PLACE"]
    return mentions, [ev.location for ev in a.events]


def test_district_noun_cues_a_common_word_town() -> None:
    gaz = load_gazetteer()
    dibis = [p for p in gaz.candidates("الدبس") if p.country == "IQ"]
    assert dibis, "the Iraqi town Dibis is in the default gazetteer"
    mentions, places = _place_names("قتل ثلاثة مدنيين بقصف مدفعي على قضاء الدبس شمال غربي كركوك .")
    assert ("قضاء الدبس", dibis[0].id) in mentions
    assert places and places[0] == dibis[0].id
    mentions, _places = _place_names("انتشرت الشرطة المحلية في ناحية الدبس بعد اشتباكات .")
    assert any(eid == dibis[0].id for _s, eid in mentions)


def test_common_word_without_a_cue_stays_no_place() -> None:
    # the bare common word is no place, nor is "ناحية" in its sense "side" before a non-name
    mentions, _places = _place_names("أضاف الدبس إلى الطعام . من ناحية أخرى قصفت الطائرات مدينة الباب .")
    assert all(eid is None or not eid.startswith("gn:97001") for _s, eid in mentions)
    assert not any("الدبس" in s for s, _e in mentions)


def test_district_noun_cues_no_list_village_nor_a_syrian_qadaa() -> None:
    # "قضاء" is also "judgement": no village of a list (al-Milk of Idlib) after it, and no Syrian town
    # (Syria has no qadaa); a nahiya of Nineveh is no Syrian village of its name (Zmar of Aleppo)
    mentions, _places = _place_names("وأخبرهم بقضاء الملك الذي يملك عليهم . هدموا بيوتا وهي جميعا قرى في ناحية زمار .")
    assert not any("الملك" in s or "زمار" in s for s, _e in mentions)
    gaz = load_gazetteer()
    cue_forms = {surface for surface, _pid in gaz.aliases()}
    assert "ناحية السلمية" in cue_forms and "قضاء السلمية" not in cue_forms
