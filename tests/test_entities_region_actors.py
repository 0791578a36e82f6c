"""Who is named, beyond the Syrian war (session 30): the region's actors in the KB, the bodies every
state has made by rule (state_bodies.yaml), a state whose name has the article ("على السعودية"), an
outlet's name cut from its head word by quote marks ('وكالة " الأناضول "'), the spellings of one word
in names ("مليشيات" / "ميليشيات"), one-word names that take no article ("الحماس" is enthusiasm), a
known name inside a lineage ("محمد بن تميم بن حمد"), a family name told by who is named most.
Sentences written for the tests."""

from __future__ import annotations

import textwrap

from rasd.knowledge.kb import load_kb_files
from rasd.pipeline import analyse
from rasd.records import Document, doc_id_for


def _linked(text: str) -> list[tuple[str, str, str | None]]:
    a = analyse(Document(id=doc_id_for(text), source="t", text=text))
    return [(m.surface, m.type, m.entity_id) for m in a.mentions if m.type != "PLACE"]


def _ids(text: str) -> set[str | None]:
    return {eid for _s, _t, eid in _linked(text)}


def test_a_state_whose_name_has_the_article_is_the_state_after_a_preposition():
    got = _linked("وأطلق الحوثيون صاروخا باليستيا على السعودية مساء أمس .")
    assert ("السعودية", "STATE", "saudi-arabia") in got
    assert ("الحوثيون", "ARMED_GROUP", "houthis") in got
    # after a definite noun it is still the adjective
    assert "saudi-arabia" not in _ids("وقالت الخطوط السعودية إن الرحلات مستمرة .")


def test_an_outlet_cut_from_its_head_word_by_quote_marks():
    got = _ids('ونقلت وكالة " الأناضول " عن مصدر أمني , وقالت قناة " الميادين " إن الهجوم فشل .')
    assert {"anadolu", "al-mayadeen"} <= got
    # the town of that name stays a town
    assert "al-mayadeen" not in _ids("وسيطرت القوات على مدينة الميادين بعد معارك عنيفة .")
    # a party whose name is also a common phrase, after its head word in quotes: the whole name
    # "حزب القوات اللبنانية" is matched through the quotation mark (rasd.text.quoted)
    assert ('حزب " القوات اللبنانية', "ORGANIZATION", "lebanese-forces-party") in _linked(
        'ودعا حزب " القوات اللبنانية " إلى الهدوء .')


def test_the_bodies_every_state_has():
    got = _linked("وأعلنت وزارة الداخلية المصرية مقتل مسلحين , فيما قالت الخارجية العراقية إنها تتابع .")
    assert ("وزارة الداخلية المصرية", "STATE_FORCES", "egypt-interior-ministry") in got
    assert ("الخارجية العراقية", "ORGANIZATION", "iraq-foreign-ministry") in got


def test_region_actors_and_spelling_variants():
    got = _ids("وتقدمت مليشيات إيران , واشتبكت قوات سورية الديمقراطية مع التنظيم , "
               "وأعلن تحالف دعم الشرعية اعتراض صاروخ .")
    assert {"iran-backed-militias", "sdf", "saudi-led-coalition"} <= got


def test_a_one_word_name_with_the_article_is_a_common_noun():
    assert "hamas" not in _ids("نشهد دائما فورة من الحماس والحديث عن المشروع .")
    assert "hamas" in _ids("وقالت حماس إن المصالحة قائمة .")


def test_a_known_name_inside_a_lineage_is_no_mention_of_that_person():
    assert "tamim-bin-hamad" not in _ids("وصل الشيخ محمد بن تميم بن حمد آل ثاني إلى الدوحة .")


def test_a_family_name_alone_is_the_member_named_most():
    text = ("وقال رئيس الوزراء سعد الحريري إن الحكومة ستجتمع . وكان سعد الحريري قد عاد من الرياض . "
            "وفي ذكرى اغتيال رفيق الحريري دعا الجميع إلى الهدوء . وأضاف الحريري أن البلاد بخير .")
    last = [eid for s, _t, eid in _linked(text) if s == "الحريري"]
    assert last == ["saad-hariri"]


def test_state_bodies_merge_into_hand_written_entries_and_link_to_their_state(tmp_path):
    f = tmp_path / "k.yaml"
    f.write_text(textwrap.dedent("""\
        source: test
        entities:
          - {id: testland, type: STATE, name_ar: تستلاند, name_en: Testland, country: TL, description: "A state."}
          - {id: testland-army, type: STATE_FORCES, name_ar: الجيش التستلاندي, name_en: Testland army, description: "Its army."}
        state_bodies:
          countries:
            - {state: testland, m: التستلاندي, en: Testlandic, except: [القوات التستلاندية]}
          bodies:
            - {id: armed-forces, type: STATE_FORCES, en: "{en} armed forces", names: ["الجيش {m}", "القوات المسلحة {f}", "القوات {f}"]}
            - {id: foreign-ministry, type: ORGANIZATION, en: "{en} foreign ministry", names: ["وزارة الخارجية {f}", "وزارة خارجية {name}"]}
        """), encoding="utf-8")
    kb = load_kb_files([f])
    assert "testland-armed-forces" not in kb.entities            # the hand-written army takes its forms
    assert "القوات المسلحة التستلاندية" in kb.get("testland-army").aliases
    assert "القوات التستلاندية" not in kb.get("testland-army").aliases   # (except:)
    fm = kb.get("testland-foreign-ministry")
    assert fm.type == "ORGANIZATION" and fm.links == {"part_of": ["testland"]} and fm.country == "TL"
    assert fm.aliases == ["وزارة خارجية تستلاند"]
    assert kb.inverse("testland", "part_of") == ["testland-foreign-ministry"]


def test_a_state_name_after_a_quoted_outlet_is_its_adjective():
    assert "saudi-arabia" not in _ids('وقالت صحيفة " عكاظ " السعودية إن الاجتماع انتهى .')
