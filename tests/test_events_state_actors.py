"""A country's name that the text does not make an actor (issue #4): the nisba adjective of a counted
noun ("34 مدنيا سوريا" = Syrian civilians), a place phrase ("وفي العراق ,", "جنوبي تركيا"), a word of an
outlet's name ("تايم أوف إسرائيل"). The event keeps its type, place and date; the actor is unknown.
Sentences from unifiedfc articles (the F-L check sets and the breadth set); the whole pipeline runs."""

from __future__ import annotations

from rasd.pipeline import analyse
from rasd.records import Analysis, Document, Published


def _run(text: str, published: str) -> Analysis:
    doc = Document(id="sa", source="sa.txt", text=text, published=Published(published, "day"))
    return analyse(doc)


def _actors(a: Analysis) -> set[str]:
    return {x for e in a.events for x in e.actor1 + e.actor2}


def test_the_nisba_of_counted_victims_is_no_actor() -> None:
    # set J: "34 Syrian civilians" were killed by Russian strikes; Syria did not strike
    a = _run("لقي نحو 34 مدنيا سوريا من بينهم 5 أطفال مصرعهم في غارات روسية على قرية تقع تحت سيطرة تنظيم "
             "الدولة الإسلامية في محافظة دير الزور .", "2017-11-26")
    assert [e.sub_event_type for e in a.events] == ["Air/drone strike"]
    assert not {"syria", "syria-gov-forces"} & _actors(a)     # (nor as its armed forces)


def test_a_country_opening_an_item_is_its_place_not_its_actor() -> None:
    # set F: a digest's item "In Iraq, gunmen attacked ..."
    a = _run("وفي العراق , لقي ضابط برتبة رائد مصرعه وأصيب اثنان من الشرطة في انفجار عبوة ناسفة جنوب الموصل "
             "مركز محافظة نينوى شمال العاصمة بغداد .", "2013-04-04")
    assert a.events and all(e.event_type == "Explosions/Remote violence" for e in a.events)
    assert not {"iraq", "iraqi-armed-forces"} & _actors(a)     # (nor as its armed forces)


def test_a_country_after_a_compass_word_is_no_actor() -> None:
    # set J / L: "a terrorist killed in Gaziantep province, southern Turkey"
    a = _run("مقتل إرهابي بولاية غازي عنتاب جنوبي تركيا أثناء محاولته اقتحام المديرية .", "2017-01-05")
    assert not {"turkey", "turkish-armed-forces"} & _actors(a)     # (nor as its armed forces)


def test_an_outlets_name_is_no_actor() -> None:
    # breadth set: the Times of Israel reports a mortar fired by Syrian soldiers
    a = _run("وكتبت صحيفة \" تايم أوف إسرائيل \" أن قذيفة الهاون , التي أطلقها الجنود السوريون , سقطت على "
             "هضبة الجولان , دون أن تحدث أضرارا .", "2017-04-20")
    assert not {"israel", "idf"} & _actors(a)     # (nor as its armed forces)


def test_a_country_that_acts_stays_the_actor() -> None:
    # breadth set: "the United States strikes al-Qaeda fighters": the state is the actor
    a = _run("الولايات المتحدة تضرب مقاتلين من القاعدة إلى الجنوب الغربي من حلب في 16 آذار / مارس 2017 "
             "قصفت طائرات أمريكية بناية تابعة لتنظيم القاعدة .", "2017-03-17")
    # (a strike: the state acts through its armed forces, ACLED's "Military Forces of the United States";
    # event_state_forces.yaml, session 38)
    assert any("us-armed-forces" in e.actor1 for e in a.events)


def test_the_sdf_spelt_with_waw_is_the_sdf() -> None:
    # set J: "قوات سوريا الديموقراطية" (with و) is the SDF, not the state of Syria
    a = _run("وكانت قوات سوريا الديموقراطية سيطرت الأحد على كامل مدينة الطبقة القديمة .", "2017-05-01")
    assert any(e.actor1 == ["sdf"] for e in a.events)
    assert not {"syria", "syria-gov-forces"} & _actors(a)     # (nor as its armed forces)

