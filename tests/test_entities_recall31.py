"""Who is named, round 3 (session 31, entrecall): a head noun with its name in quotes, an outlet's
short form after a reporter's word, "السلطات" + a nationality adjective, the Turkish press's
letter abbreviations, and a KB alias that was a common verb. Sentences written for the tests."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Document, doc_id_for


def _mentions(text: str) -> list:
    a = analyse(Document(id=doc_id_for(text), source="t", text=text))
    return [m for m in a.mentions if m.type != "PLACE"]


def _found(text: str) -> set[tuple[str, str]]:
    return {(m.surface, m.type) for m in _mentions(text)}


def _ids(text: str) -> set[str | None]:
    return {m.entity_id for m in _mentions(text)}


def test_an_org_head_with_a_quoted_name_names_a_body():
    got = _mentions('وقال الباحث في مركز " الفرات للدراسات الاستراتيجية " إن الخلاف سيتسع .')
    orgs = [m for m in got if m.type == "ORGANIZATION"]
    assert orgs and orgs[0].surface.startswith("مركز") and "الفرات للدراسات الاستراتيجية" in orgs[0].surface
    assert orgs[0].entity_id == "org:مركز-فرات-للدراسات-استراتيجيه"      # no quote mark in the id


def test_an_operations_room_and_an_armed_head_with_quoted_names_are_armed_groups():
    got = _found('وقال القائد العسكري في غرفة عمليات " أهل الجبل " إنهم قصفوا مواقع القوات .')
    assert any(t == "ARMED_GROUP" and "أهل الجبل" in s for s, t in got)
    got = _found('وأعلن لواء " صقور الساحل " أمس السيطرة على التلة .')
    assert any(t == "ARMED_GROUP" and "صقور الساحل" in s for s, t in got)


def test_a_facility_head_with_a_quoted_name_is_a_facility():
    got = _found('وقتل ثلاثة أشخاص إثر قصف استهدف مشفى " عمر الحسن " في المدينة .')
    assert any(t == "FACILITY" and "عمر الحسن" in s for s, t in got)
    assert not any(t == "PERSON" for s, t in got)      # the hospital's namesake is not a person here


def test_a_quoted_name_the_kb_knows_links_to_the_kb():
    assert "dumayr-airbase" in _ids('وسيطرت القوات على مطار " الضمير " العسكري صباح اليوم .')


def test_quotes_without_a_head_or_unclosed_make_no_body():
    assert not any(t in ("ORGANIZATION", "FACILITY") for s, t in _found(
        'وقال " عمران " إن الوضع صعب في المدينة .'))
    assert not any(t == "FACILITY" for s, t in _found(
        'وقال مدير مشفى " في المدينة الكبيرة التي تقع على الطريق الدولي إن الأدوية نفدت .'))


def test_a_reporters_word_before_an_outlets_short_form_names_the_outlet():
    assert "al-jazeera" in _ids("وكان مراسل الجزيرة قد تحدث عن سقوط قتلى في القصف .")
    assert "al-jazeera" not in _ids("وتقع منطقة الجزيرة شرق الفرات .")


def test_authorities_with_a_nationality_adjective_are_that_states_government():
    assert "turkey-government" in _ids("واعتقلت السلطات التركية خمسة أشخاص أمس .")
    assert "syria-gov-forces" in _ids("وحملت السلطات السورية المسؤولية عن حماية المدنيين .")


def test_turkish_press_letter_abbreviations():
    ids = _ids("ورفض الجلوس مع تنظيم إرهابي ( في إشارة إلى ب ي د / بي كا كا ) .")
    assert {"pyd", "pkk"} <= ids


def test_the_verb_afad_is_not_the_turkish_disaster_agency():
    assert "afad" not in _ids("وأفاد المرصد بمقتل ثلاثة عناصر , كما أفاد مصدر محلي بسقوط قذائف .")
    assert "afad" in _ids("ووزعت إدارة آفاد التركية مساعدات على النازحين .")


def test_a_relational_adjective_after_the_closing_quote_stays_in_the_name():
    got = _found('وأكدت وزارة " الهجرة والمهجرين " العراقية أن العائلات عادت .')
    assert any(t == "ORGANIZATION" and s.endswith("العراقية") for s, t in got)
