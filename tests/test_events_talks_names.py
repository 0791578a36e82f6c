"""Ordinary words and names read as places. A place outside the theatre that names talks or a deal ("مسار أستانا",
"محادثات جنيف", "جنيف 8", "الاتفاق الذي أبرم في آستانة") is not where a happening took place; a place of the theatre
after the same nouns keeps its reading. The dual of a place noun ("القريتين", the two villages just named) is not the
town of that name (al-Qaryatayn). Fixtures written for these tests (session 22, nonloc; after brsample8a #65, #58)."""

from types import SimpleNamespace

from analysed import analyse_text

from rasd.extract.events.context import _DocContext, _dual_noun, _gazetteer
from rasd.records import Mention
from rasd.text.normalize import normalize


def _places(text: str) -> set[str]:
    a = analyse_text(text, "2017-10-17")
    return {e.location for e in a.events if e.location}


class _Places(dict):
    def get(self, key: str, default: object = None) -> object:
        return _gazetteer(None).get(key) if key else default


def _names_talks(text: str, surface: str, place_id: str) -> bool:
    start = text.index(surface)
    m = Mention(start, start + len(surface), surface, normalize(surface), "PLACE", place_id)
    return _DocContext.names_talks(SimpleNamespace(entities=_Places()), m, text)


def _dual_noun_at(text: str, surface: str) -> bool:
    start = text.index(surface)
    return _dual_noun(Mention(start, start + len(surface), surface, normalize(surface), "PLACE", "rasd:qaryatayn"), text)


def test_the_venue_of_a_deal_is_not_the_place_of_the_operation() -> None:
    text = ("وأعلن الرئيس التركي رجب طيب إردوغان نشر القوات يوم السبت قائلا إن تركيا تشن عملية مهمة مع جماعات "
            "معارضة تدعمها في إطار اتفاق عدم التصعيد الذي أبرم في آستانة .")
    assert "rasd:astana" not in _places(text)


def test_talks_named_by_their_venue() -> None:
    assert _names_talks("وقصفت الطائرات مناطق خفض التصعيد المتفق عليها في مسار أستانا", "أستانا", "rasd:astana")
    assert _names_talks("قتل 12 مدنيا بعد يوم من انتهاء محادثات جنيف", "جنيف", "rasd:geneva")
    assert _names_talks("بات واضحا أن \" جنيف 8 \" لم يحقق أي تقدم", "جنيف", "rasd:geneva")
    assert _names_talks("الوفد الروسي إلى مباحثات \" أستانة 7 \" عرض الثلاثاء", "أستانة", "rasd:astana")
    assert _names_talks("نعمل على تكامل مباحثات جنيف وسوتشي", "سوتشي", "rasd:sochi")       # the second of a pair
    assert _names_talks("لم تتوصل 5 جولات من المفاوضات التي عقدت في جنيف إلى حل", "جنيف", "rasd:geneva")


def test_a_happening_at_the_venue_and_a_theatre_place_stay() -> None:
    # a happening told at the town itself
    assert not _names_talks("قتل 12 شخصا في هجوم بسكين نفذه رجل أمس في مدينة جنيف", "جنيف", "rasd:geneva")
    assert "rasd:geneva" in _places("قتل 12 شخصا في هجوم بسكين نفذه رجل أمس في مدينة جنيف.")
    # a town of the theatre after a noun of deals is the truce's own town
    assert not _names_talks("خرج المقاتلون أمس من الرستن وفق اتفاق الرستن", "الرستن", "rasd:rastan")
    # a day after the name is a date, not a round ("موسكو 5 يونيو")
    assert not _names_talks("قصفت الطائرات أمس جنيف 5 يونيو", "جنيف", "rasd:geneva")


def test_the_two_villages_just_named_are_not_the_town_of_that_name() -> None:
    # "القريتين" = "the two villages" (the pair just named) and al-Qaryatayn (Homs)
    text = ("قالت مصادر إن تنظيم داعش سيطر أمس على قريتي طويليعة والملحة غربي كركوك , وذلك بعد انسحاب قوات "
            "البيشمركة من القريتين إثر معارك عنيفة .")
    assert "rasd:qaryatayn" not in _places(text)
    assert _dual_noun_at("وانتهت المواجهات باستعادة السيطرة على القريتين المذكورتين", "القريتين")
    assert _dual_noun_at("وقتل عدد من عناصر الميليشيات في هاتين القريتين", "القريتين")


def test_the_town_of_the_dual_name_stays() -> None:
    assert "rasd:qaryatayn" in _places("سيطر تنظيم داعش أمس على مدينة القريتين في ريف حمص الجنوبي الشرقي بعد معارك "
                                       "مع قوات النظام .")
    assert not _dual_noun_at("قصفت الطائرات أمس القريتين في ريف حمص", "القريتين")
    assert not _dual_noun_at("سيطر على قريتي حران وحردانة ثم تقدم نحو مدينة القريتين", "القريتين")


def test_an_axe_is_not_fes() -> None:
    # "فأس" (axe) normalises to "فاس" (Fes): an ordinary word, a place only with a cue
    text = "أعلن تنظيم داعش مسؤوليته عن الهجوم الذي نفذه لاجئ أفغاني مسلح بفأس في أحد قطارات ألمانيا أمس وأصاب 5 أشخاص ."
    assert "gn:2548885" not in _places(text)
    assert "gn:2548885" in _places("قتل 3 أشخاص أمس في هجوم مسلح في مدينة فاس المغربية .")
