"""Non-events: constructions of Arabic news whose trigger word tells no happening
of its own.

- a suicide bomber killed before he blew himself up, or counted among a battle's dead ("مقتل انتحاري",
  "تمكنت القوات من قتل الإرهابي الانتحاري", "مقتل 150 مسلحا بينهم 7 انتحاريين"), is no suicide bombing;
- captives freed ("يحرر 20 شخصا خطفتهم بوكو حرام") name an earlier abduction, not one of the day;
- a charge dated before its deed ("اتهمت روسيا الثلثاء قسد باستهداف الجيش") dates the charge, not a deed.

ACLED codes a suicide bomb that went off, an abduction on the day it took place, and an accusation only as the
happening it names with that happening's own place and time."""

from __future__ import annotations

import pytest
from analysed import actual_types

DAY = "2018-01-20"


def _subs(text: str) -> set[str]:
    return {t[1] for t in actual_types(text, DAY)}


@pytest.mark.parametrize("text", [
    "أعلنت قيادة العمليات أن القوات الأمنية تمكنت من قتل الإرهابي الانتحاري بعد محاصرته في منطقة زراعية شمالي بغداد .",
    "قال مصدر عسكري إن العمليات في حي جوبر أدت إلى مقتل أكثر من 150 مسلحا بينهم 7 انتحاريين .",
])
def test_a_bomber_killed_is_no_suicide_bombing(text: str) -> None:
    assert "Suicide bomb" not in _subs(text)


@pytest.mark.parametrize("text", [
    "فجر انتحاري نفسه أمس في سوق مدينة الرمادي ما أدى إلى مقتل 10 أشخاص .",
    # the bomber among the dead of a blast the sentence tells
    "قتل 10 أشخاص أمس بينهم الانتحاري في هجوم بسيارة مفخخة في مدينة الرمادي .",
    # a phrase names the deed itself
    "قتل 10 أشخاص أمس في عملية انتحارية في مدينة الرمادي .",
    # a count after the noun: the bomber killed them
    "قتل انتحاري 10 أشخاص أمس في سوق مدينة الرمادي .",
])
def test_a_suicide_bombing_told_stays(text: str) -> None:
    assert "Suicide bomb" in _subs(text)


@pytest.mark.parametrize("text", [
    "الجيش الكاميروني يحرر 20 شخصا خطفتهم جماعة بوكو حرام في الكاميرون أمس .",
    "أعلنت الحكومة الإفراج عن المخطوفين في مدينة كركوك أمس .",
])
def test_captives_freed_are_no_abduction(text: str) -> None:
    assert "Abduction/forced disappearance" not in _subs(text)


@pytest.mark.parametrize("text", [
    "اختطف مسلحون مجهولون أمس 5 مدنيين في بلدة الحراك بريف درعا .",
    # a time word between: the capture told as a deed of its own
    "أفرجت جماعة مسلحة أمس عن الصحفي بعد أن اختطفته قبل يومين في كربلاء .",
    # the capture dated after its word
    "حررت الشرطة العراقية أمس 5 مدنيين خطفهم مسلحون الأسبوع الماضي في مدينة كركوك .",
    # the release sought, not done: the captives are still held
    "اختطف مسلحو الهيئة الليلة الماضية مؤازرة كاملة في حي القابون بدمشق , وتسعى الفصائل لإطلاق سراح المؤازرة التي "
    "تم اختطافها .",
])
def test_an_abduction_told_stays(text: str) -> None:
    assert "Abduction/forced disappearance" in _subs(text)


def test_a_charge_dated_before_its_deed_is_no_strike() -> None:
    text = ("وكانت روسيا اتهمت الثلثاء قوات سوريا الديمقراطية باستهداف الجيش السوري عند نهر الفرات في مدينة دير "
            "الزور .")
    assert not _subs(text)


def test_a_charge_under_a_stamp_before_it_stays() -> None:
    # a feed item's stamp before the accusation word dates the item, not the charge alone
    text = "توقيت النشر 13 : 19 3 تشرين الثاني نوفمبر 2017 اتهامات لقوات النظام بتنفيذ إعدامات ميدانية لمدنيين في دير الزور"
    assert "Attack" in {t[1] for t in actual_types(text, "2017-11-03")}


def test_a_charge_with_the_deed_dated_after_it_stays() -> None:
    text = "اتهم ناشطون قوات النظام بقصف بلدة كفرنبل في ريف إدلب بالبراميل المتفجرة أمس ."
    assert "Air/drone strike" in _subs(text)


@pytest.mark.parametrize("text", [
    "أصيب 15 شخصا أمس في انفجار داخل قسم مكافحة المتفجرات بمدينة الناصرية , وأشارت الشرطة الى ان الانفجار نجم عن "
    "حريق في القسم .",
    "أصيب 3 أشخاص أمس في انفجار ناجم عن تسرب غاز داخل منزل في حي الميدان بدمشق .",
    "قال رئيس المجلس إن الانفجار الذي وقع أمس في مدينة الناصرية هو حادث عرضي وليس عملا إرهابيا .",
    # the accident's toll is no clash either
    "ارتفعت حصيلة قتلى انفجار عرضي لمستودع ذخيرة في مدينة حمص أمس إلى 27 قتيلا .",
])
def test_a_blast_an_accident_caused_is_no_attack(text: str) -> None:
    assert not _subs(text)


def test_a_bombing_that_set_off_a_fire_stays() -> None:
    text = "قتل 5 أشخاص أمس في انفجار سيارة مفخخة في سوق مدينة الصدر ببغداد أدى إلى اندلاع حريق كبير ."
    assert "Remote explosive/landmine/IED" in _subs(text)


QUAKE_LEAD = ("مئات القتلى بزلزال قوي في كرمنشاه الإيرانية . مئات القتلى بزلزال قوي في كرمنشاه الإيرانية أكثر من "
              "2500 مصاب في الاقليم المجاور للعراق , في حين شعر سكان بغداد بالزلزال ")


def test_people_leaving_their_homes_in_a_quake_are_no_protest() -> None:
    assert not _subs(QUAKE_LEAD + "وغادر كثيرون منازلهم الى الشوارع .")


def test_a_protest_on_a_quake_page_stays() -> None:
    assert "Peaceful protest" in _subs(QUAKE_LEAD + "وخرج المئات الى الشوارع للمطالبة بمحاسبة المسؤولين .")
