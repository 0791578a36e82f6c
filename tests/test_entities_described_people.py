"""People described by a plural nisba ("ناشطون سوريون") are not a named person, whatever the NER says."""

from rasd.pipeline import analyse
from rasd.records import Document, doc_id_for


def _persons(text: str) -> list[str]:
    a = analyse(Document(id=doc_id_for(text), source="t", text=text))
    return [m.surface for m in a.mentions if m.type == "PERSON"]


def test_activists_and_diplomats_described_by_nationality():
    # real excerpts (unifiedfc); the CRF tags both plural phrases as PERS in this context
    assert _persons("وقوات الأمن السورية تطلق النار على متظاهرين في منطقة دوما بدمشق وتقتل 10 أشخاص .\n"
                    "2 أبريل 2011 قال ناشطون سوريون أن السلطات شنت حملة اعتقالات في كل من درعا وحمص "
                    "وذلك على خلفية المظاهرات التي شهدتها المحافظتان أمس .") == []
    assert _persons("ويسعى ساسة من السنة والشيعة على حد سواء لكسب وده من حين لآخر بما في ذلك بعض ممن "
                    "يزدرونه . ويقول دبلوماسيون أمريكيون سابقون إن ثروة الخنجر الضخمة وعلاقاته الوثيقة "
                    "بدول الخليج وتركيا تسمح له بأن يكون قوة سرية ومستمرة .") == []


def test_a_named_person_with_a_name_in_un_is_kept():
    assert "ميشال عون" in _persons("وقال الرئيس اللبناني ميشال عون إن الحكومة ستجتمع غدا لبحث الأزمة .")
