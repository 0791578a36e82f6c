"""A place name in a frame that makes it something else than where a thing happened: a backer ("المدعومة من
أنقرة"), a state a force is loyal to ("الموالية لطهران"), an ally ("حلفاء دمشق"), an official close to it ("مسؤول مقرب من دمشق"), a time zone ("بتوقيت بيروت"), a
channel told ("قال ... للميادين") or a capital acting as its government ("وجهت بغداد ضربة", "نفته أنقرة").
Fixtures written for these tests (session 22, roleplace)."""

from analysed import analyse_text

from rasd.extract.events.context import _metonym
from rasd.records import Mention
from rasd.text.normalize import normalize


def _places(text: str) -> set[str]:
    a = analyse_text(text, "2017-10-08")
    return {e.location for e in a.events if e.location}


def _is_metonym(text: str, surface: str) -> bool:
    start = text.index(surface)
    m = Mention(start, start + len(surface), surface, normalize(surface), "PLACE", "x")
    return _metonym(m, text)


def test_a_backer_is_no_place() -> None:
    text = ("أعلن الرئيس التركي في خطاب متلفز السبت شن الفصائل المعارضة المدعومة من أنقرة عملية عسكرية ضد "
            "تنظيم داعش أمس.")
    assert "gn:323786" not in _places(text)


def test_a_time_zone_is_no_place() -> None:
    assert "gn:276781" not in _places("قتل 10 مدنيين في قصف جوي أمس . 21 : 17 بتوقيت بيروت")


def test_a_channel_told_is_no_place() -> None:
    text = "وقال مصدر عسكري للميادين إن الطائرات الحربية قصفت أمس مواقع التنظيم وقتلت 12 عنصرا."
    assert "rasd:mayadin" not in _places(text)


def test_the_town_of_the_channels_name_stays_a_place() -> None:
    # struck, or reached with a glued "ل" and no word of telling before it: the town
    assert "rasd:mayadin" in _places("قصفت الطائرات الحربية أمس مدينة الميادين وقتلت 12 مدنيا.")
    assert "rasd:mayadin" in _places("وصلت التعزيزات أمس للميادين بعد قصف مواقع التنظيم وقتل 12 عنصرا.")


def test_an_ally_or_a_capital_acting_is_no_place() -> None:
    assert "gn:170654" not in _places("قتل 12 عنصرا من قوات حلفاء دمشق في غارة جوية أمس.")
    assert "gn:98182" not in _places("وجهت بغداد أمس ضربة قاسية للمسلحين وقتلت 12 عنصرا.")
    assert "gn:170654" not in _places("وقال مسؤول مقرب من دمشق إن الطائرات قصفت أمس مواقع التنظيم وقتلت 12 عنصرا.")


def test_frames_read_as_no_place() -> None:
    assert _is_metonym("الأمر الذي نفته أنقرة بشدة", "أنقرة")
    assert _is_metonym("قتل عناصر من الميليشيات الموالية لطهران أمس", "طهران")
    assert _is_metonym("وقال محافظ دير الزور للميادين إن 40 شاحنة وصلت", "ميادين")
    assert _is_metonym("انسحاب العراق من حلف بغداد", "بغداد")


def test_places_of_a_happening_stay() -> None:
    assert not _is_metonym("قتل 12 مدنيا في قصف على منطقة سبيكة التابعة لبئر العبد", "بئر العبد")
    assert not _is_metonym("وقع انفجار في دمشق أمس", "دمشق")
    assert not _is_metonym("المعارك في محيط الميادين", "الميادين")
    assert not _is_metonym("اشتباكات على مقربة من حسيا", "حسيا")     # the noun "nearness": near a place
    assert "gn:410142" in _places("قتل 12 مدنيا أمس في قصف على منطقة سبيكة التابعة لبئر العبد.")
