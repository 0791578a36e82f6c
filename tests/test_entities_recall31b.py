"""Who is named, round 4 (session 31, entrecall2): facilities named without quotes, a kunya the
gazetteer has as a village, a kunya glued to its given name, a role's place before a name, people
listed with و, outlets the NER reads as organisations, the page's own outlet, and KB additions.
Sentences written for the tests."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Document, Publisher, doc_id_for


def _mentions(text: str, publisher: Publisher | None = None) -> list:
    doc = Document(id=doc_id_for(text), source="t", text=text)
    if publisher is not None:
        doc.publisher = publisher
    return [m for m in analyse(doc).mentions if m.type != "PLACE"]


def _found(text: str, publisher: Publisher | None = None) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in _mentions(text, publisher)}


def _ids(text: str) -> set[str | None]:
    return {m.entity_id for m in _mentions(text)}


def test_a_facility_head_a_name_and_a_facility_adjective_name_a_facility():
    got = _found("وسيطرت القوات على حقل التيم النفطي ومحطة الهيل للغاز ومطار السين العسكري .")
    assert {("حقل التيم النفطي", "FACILITY"), ("محطة الهيل للغاز", "FACILITY"),
            ("مطار السين العسكري", "FACILITY")} <= got


def test_a_facility_head_and_a_known_place_name_a_facility():
    assert ("سد القريتين", "FACILITY") in _found("وسيطرت على جبل محسة وسد القريتين ومناطق أخرى .")


def test_a_facility_head_without_a_name_or_adjective_names_nothing():
    got = _found("وقصفت الطائرات محطة وقود في المدينة ومطار المدينة ومشفى حلب أمس .")
    assert not any(t == "FACILITY" for _s, t in got)
    # محطة needs its adjective: with a place alone it is a stop or a station of a channel
    assert not any(t == "FACILITY" for _s, t in _found("ووصل الركاب إلى محطة حلب صباحا ."))


def test_a_kunya_the_gazetteer_has_as_a_village_is_a_person_before_a_role():
    got = _found("وقال أبو طلحة القائد العسكري في الحركة إن الهجوم فشل .")
    assert ("أبو طلحة", "PERSON") in got


def test_a_kunya_glued_to_its_given_name_is_a_person():
    assert any(t == "PERSON" and s.startswith("أبوخالد") for s, t in _found("والتقت الجماعة أبوخالد السوري في تركيا ."))
    # "ابوظبي" is no kunya: ظبي is no given name
    assert not any(t == "PERSON" for s, t in _found("ووصل الوفد إلى ابوظبي أمس ."))


def test_a_role_its_place_and_a_given_name():
    assert ("مثنى التميمي", "PERSON") in _found("وقال محافظ ديالى مثنى التميمي إن الهجوم فشل .")


def test_people_listed_with_wa_after_a_named_person():
    got = _found("والتقى الرئيس بشار الأسد وعلي مملوك وهيثم حقي في دمشق .")
    assert ("هيثم حقي", "PERSON") in got
    # a given name alone after و is no name, and a common noun after و ends the list
    got = _found("والتقى الرئيس بشار الأسد وعلي في دمشق .")
    assert not any(s == "علي" for s, _t in got)


def test_an_outlet_the_ner_reads_as_an_organisation_after_a_media_cue():
    got = _mentions("وقال جيراسيموف لصحيفة ( كومسومولسكايا برافدا ) اليوم إن الهجوم فشل .")
    assert any(m.type == "MEDIA" and "برافدا" in m.surface for m in got)


def test_the_pages_own_outlet_in_quotes_or_after_a_title_separator():
    pub = Publisher(name_ar="النهار", name_en="An-Nahar", domain="annahar.com")
    text = ('اتفاق جهنمي - محمد نمر - النهار\nويقول المقدم فارس البيوش ل - " النهار " : " هذا الاتفاق خطير " .\n'
            "وفي النهار التالي عاد الهدوء .")
    got = [m for m in _mentions(text, pub) if m.type == "MEDIA"]
    assert len(got) == 2 and all(m.entity_id == "an-nahar" for m in got)   # not "the day"
    pub = Publisher(name_ar="نون بوست", name_en="Noon Post", domain="noonpost.org")
    got = _found("تعقب الشيشان | نون بوست المواد التي يقوم بإعدادها فريق تحرير نون بوست .", pub)
    assert ("نون بوست", "MEDIA") in got and ("نون بوست", "ORGANIZATION") not in got


def test_kb_people_and_outlets_added():
    assert "beji-caid-essebsi" in _ids("وقال الرئيس التونسي الباجي قائد السبسي إن التجربة نجحت .")
    assert "murat-karayilan" in _ids("وقال مراد قريلان إن الهجوم فشل .")
    assert "rbc" in _ids("ونقلت وكالة آر بي كا الروسية عن مصدر قوله إن الاتفاق انهار .")
    assert "fayez-al-dwairi" in _ids("واعتبر الخبير العسكري فايز الدويري أن الحوار فشل .")


def test_a_quoted_or_headed_name_ending_in_a_media_word_is_an_outlet():
    got = _found('وطن نيوز | عرض فيديو\nوقال الخوذاني في منشور تابعه " مأرب برس " إن الميليشيا استدعت الناشطة .')
    assert {("وطن نيوز", "MEDIA"), ("مأرب برس", "MEDIA")} <= got
    # unquoted inside a sentence it is left to the lists and the NER
    assert ("الشبكة برس", "MEDIA") not in _found("وقال إن الشبكة برس الأخبار كل يوم .")


def test_wa_ala_is_no_listed_person_and_a_research_body_is_no_outlet():
    got = _found("والصلاة والسلام على نبينا محمد وعلى آله وصحبه ومن والاه .")
    assert not any(s == "على آله" for s, _t in got)
    pub = Publisher(name_ar="معهد واشنطن", name_en="The Washington Institute", domain="washingtoninstitute.org")
    assert not any(t == "MEDIA" for _s, t in _found("تقرير جديد - معهد واشنطن لسياسة الشرق الأدنى .", pub))


def test_a_facility_named_by_its_place_keeps_the_place_for_the_events():
    doc = Document(id=doc_id_for("x"), source="t", text="وسيطرت القوات العراقية على مطار الموصل صباح اليوم .")
    got = {(m.surface, m.type) for m in analyse(doc).mentions}
    assert {("مطار الموصل", "FACILITY"), ("الموصل", "PLACE")} <= got
