"""A reporter's word in construct with an outlet ("قال مراسل الجزيرة") makes the outlet the speaker, the reporter
its role, as "قال المتحدث باسم X" does for a spokesman; a source that only spoke to an outlet stays described."""

import pytest
from analysed import claim_speakers


@pytest.mark.parametrize(("text", "cue", "speaker_id"), [
    ("وقال مراسل الجزيرة في حلب إن الطائرات الروسية قصفت المدينة صباح اليوم.", "وقال", "al-jazeera"),
    ("وأفاد مراسل وكالة الأناضول بأن قوات النظام تقدمت في ريف حماة.", "وأفاد", "anadolu"),
])
def test_outlet_speaks_through_its_reporter(text: str, cue: str, speaker_id: str) -> None:
    _surface, eid, role = claim_speakers(text)[cue]
    assert eid == speaker_id
    assert role == "مراسل"


def test_a_source_speaking_to_an_outlet_is_not_its_staff() -> None:
    surface, eid, _role = claim_speakers("وقال مصدر لـ الجزيرة إن الطائرات قصفت المدينة.")["وقال"]
    assert eid is None
    assert surface.startswith("مصدر")
