"""Event place and actor (round 16, sets D/G/H): a sentence that names a country's people or
forces ("مئات الأفغان", "الشرطة الأفغانية") is about that country, so a capital is not read as a
small homonym village elsewhere (Kabul, not the Israeli village كابول); and a state's forces
named by a branch and the nationality adjective ("المدفعية التركية") are that state's forces,
derived from the KB's "<head> <nisba>" names (force_branches.yaml), not listed per country.
Sentences from unifiedfc articles (set D), each rule with its negative twin."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.knowledge.gazetteer import Gazetteer, load_gazetteer
from rasd.knowledge.geocode import demonym_countries, geocode
from rasd.knowledge.kb import load_kb_files
from rasd.records import Analysis, Document, Entity, Mention
from rasd.text.normalize import normalize

KABUL_AF = "gn:1138958"
# R-102 (set D): a glued title, then the report; Israel is named in the same sentence
KABUL = ("أفغان في كابول يحتجون ضد قرار ترامب حول القدس تظاهر مئات الأفغان فى كابول ضد قرار "
         "الرئيس الأمريكى دونالد ترامب الاعتراف بالقدس عاصمة لاسرائيل .")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _analysis(text: str, surface: str, state: str | None = None) -> Analysis:
    mentions, entities = [], {}
    for i in [k for k in range(len(text)) if text.startswith(surface, k)]:
        mentions.append(Mention(start=i, end=i + len(surface), surface=surface, norm=normalize(surface), type="PLACE"))
    if state:
        i = text.index(state)
        mentions.append(Mention(start=i, end=i + len(state), surface=state, norm=normalize(state), type="STATE",
                                entity_id="israel"))
        entities["israel"] = Entity(id="israel", type="STATE", name_ar=state, country="IL")
    return Analysis(doc=Document(id="d", source="t", text=text), mentions=mentions, entities=entities)


def test_people_of_a_country_choose_its_capital_over_a_homonym_village(gaz: Gazetteer) -> None:
    a = _analysis(KABUL, "كابول", state="اسرائيل")
    geocode(a, gaz)
    assert [m.entity_id for m in a.mentions if m.type == "PLACE"] == [KABUL_AF, KABUL_AF]


def test_people_outweigh_a_nearby_town_of_the_homonym_named_in_another_sentence(gaz: Gazetteer) -> None:
    # the page also reports a protest in Haifa, 10 km from the Israeli كابول
    text = "وتظاهر المئات في حيفا .\n" + KABUL
    a = _analysis(text, "كابول", state="اسرائيل")
    i = text.index("حيفا")
    a.mentions.append(Mention(start=i, end=i + 4, surface="حيفا", norm=normalize("حيفا"), type="PLACE"))
    geocode(a, gaz)
    assert [m.entity_id for m in a.mentions if m.surface == "كابول"] == [KABUL_AF, KABUL_AF]


def test_without_the_people_the_sentence_naming_israel_does_not_give_kabul(gaz: Gazetteer) -> None:
    text = "تظاهر المئات فى كابول ضد قرار ترامب الاعتراف بالقدس عاصمة لاسرائيل ."
    a = _analysis(text, "كابول", state="اسرائيل")
    geocode(a, gaz)
    assert a.mentions[0].entity_id != KABUL_AF


def test_demonyms_adjectives_and_broken_plurals(gaz: Gazetteer) -> None:
    assert demonym_countries(normalize("انتشر جنود أتراك في الباب"), gaz) == {"TR"}
    assert demonym_countries(normalize("اعتقلت الشرطة الأفغانية ثلاثة"), gaz) == {"AF"}
    assert demonym_countries(normalize("قتل جنديان أمريكيان وللأمريكيين قاعدة"), gaz) == {"US"}
    # the home country adds nothing, and a word that merely contains a plural is no people
    assert demonym_countries(normalize("قصفت القوات السورية المدارس ودروس الطلاب"), gaz) == set()


def test_branch_and_nationality_adjective_name_the_states_forces(packaged) -> None:
    assert packaged.generic["المدفعية التركية"] == "turkish-armed-forces"
    assert packaged.generic["الدبابات الإسرائيلية"] == "idf"
    assert packaged.generic["المقاتلات التركية"] == "turkish-air-force"
    # a phrase the KB already gives an entity keeps it
    owners = {eid for s, eid in packaged.aliases() if normalize(s) == normalize("الطائرات الروسية")}
    assert owners == {"russian-aerospace-forces"}


def test_branch_rule_needs_a_nisba_of_state_forces(tmp_path: Path) -> None:
    f = tmp_path / "k.yaml"
    f.write_text(
        "source: test\n"
        "entities:\n"
        "  - {id: tr, type: STATE_FORCES, name_ar: الجيش التركي, name_en: Turkish army, country: TR,"
        " description: x}\n"
        "  - {id: fsa, type: ARMED_GROUP, name_ar: الجيش الحر, name_en: FSA, aliases: [الجيش الوطني],"
        " country: SY, description: x}\n"
        "branches:\n"
        "  - {head: الجيش, words: [المدفعية]}\n", encoding="utf-8")
    kb = load_kb_files([f])
    # the definite form and the indefinite one of headlines (round 17); "الجيش الحر" derives nothing
    assert kb.generic == {"المدفعية التركية": "tr", "مدفعية تركية": "tr"}


def test_turkish_artillery_is_the_actor_of_the_shelling() -> None:
    from rasd.pipeline import analyse
    from rasd.records import Published

    # R-383 (set D) style sentence: the branch named with the nationality adjective shells a village
    text = "وقصفت المدفعية التركية قرية جنديرس بريف عفرين صباح الجمعة ."
    a = analyse(Document(id="d", source="t", text=text, published=Published(date="2018-01-19", precision="day")))
    shelling = [e for e in a.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].actor1 == ["turkish-armed-forces"]


def _events(text: str, published: str) -> list:
    from rasd.pipeline import analyse
    from rasd.records import Published

    a = analyse(Document(id="d", source="t", text=text, published=Published(date=published, precision="day")))
    return [e for e in a.events if e.event_type == "Explosions/Remote violence"]


# R-383 (set D): the shells' aim is the strike's place, and the artillery's nationality its actor
AIMED = ("وسجلت لقطات مصورة للمدفعية التركية عند قرية سوجديجي الحدودية وهي تطلق قذائفها صباح الجمعة "
         "باتجاه منطقة عفرين في شمال غرب سوريا .")


def test_shells_fired_towards_a_place_strike_there() -> None:
    evs = _events(AIMED, "2018-01-19")
    assert [(e.location, e.actor1) for e in evs] == [("rasd:afrin", ["turkish-armed-forces"])]


def test_shells_fired_from_a_place_do_not_strike_there() -> None:
    evs = _events(AIMED.replace("باتجاه منطقة عفرين", "من منطقة عفرين"), "2018-01-19")
    assert all(e.location != "rasd:afrin" for e in evs)


def _all_events(text: str) -> list:
    from rasd.pipeline import analyse

    return analyse(Document(id="d", source="t", text=text)).events


def test_forces_that_back_the_actor_did_not_act() -> None:
    # R-524 (set G): the opposition took al-Bab; the Turkish artillery and aircraft backed it
    evs = _all_events("الباب : اعلنت الفصائل المعارضة التي تدعمها المدفعية والطائرات التركية في شباط / فبراير "
                      "استعادة السيطرة الكاملة على هذه المدينة الواقعة شمال سوريا , والتي كانت اخر معاقل "
                      "تنظيم الدولة الاسلامية في محافظة حلب .")
    assert all("turkish-air-force" not in e.actor1 for e in evs)


def test_forces_named_as_the_subject_act() -> None:
    evs = _all_events("قصفت الطائرات التركية مدينة الباب شمال سوريا .")
    assert [e.actor1 for e in evs] == [["turkish-air-force"]]
