"""Modality of session 44 (helper "types"): a denial told to an outlet ("ينفي لأورينت سيطرة النظام") governs the
report it denies past its addressee in "ل", which reads as "ل" + a first-person imperfect; an accused deed is not
dated by a relative day told before the accusation word; a verb of using that opens its sentence with the weapon
right after it is the passive, a practice and no happening."""

from __future__ import annotations

import pytest
from analysed import analyse_text

from rasd.extract.events.sentences import _regions
from rasd.extract.modality import denial_governs, sentence_cues
from rasd.text.tokens import tokenize


def _at(text: str, trigger: str) -> tuple[list, list[int], int]:
    toks = tokenize(text)
    clause, _quote, _paren = _regions(text, toks)
    return toks, clause, next(k for k, t in enumerate(toks) if t.text == trigger)


def _denial(text: str, trigger: str) -> bool:
    toks, clause, ti = _at(text, trigger)
    return denial_governs(toks, clause, ti, sentence_cues(toks))


@pytest.mark.parametrize("text", [
    "مصدر من البلدة ينفي لأورينت سيطرة النظام عليها ويوضح حقيقة الصور .",
    "نفى قائد ميداني لأورينت سيطرة داعش على القرية أمس .",
    "نفى مصدر عسكري لرويترز سيطرة داعش على القرية أمس .",
])
def test_denial_governs_past_its_addressee(text: str) -> None:
    assert _denial(text, "سيطرة")


def test_a_verb_after_the_denial_still_stops_it() -> None:
    # twin: the denial's object ends at a verb of its own, which tells the taking
    text = "نفت الوزارة الخبر وأكدت سيطرة قوات النظام على القرية أمس ."
    assert not _denial(text, "سيطرة")


def _actual(text: str) -> list[str]:
    return [e.trigger or "" for e in analyse_text(text, "2017-10-15").events if e.modality == "actual"]


# An accused deed is kept only when the charge tells its own day: a relative day told before the accusation word
# dates what the sentence tells first (a meeting) or the charge, not the deed charged.
@pytest.mark.parametrize("text", [
    "ذلك أن اللقاءات التي عقدت أمس في الرياض والردود السعودية على اتهامات الرئيس للرياض باحتجاز رئيس الحكومة , "
    "زادت المشهد تعقيدا .",
    "أمس اتهم ناشطون النظام بقصف بلدة كفرنبل .",
])
def test_a_relative_day_before_the_charge_does_not_date_the_deed(text: str) -> None:
    assert not _actual(text)


def test_a_day_after_the_deed_charged_still_dates_it() -> None:
    # twin: the day follows the deed charged, it is the deed's
    assert _actual("اتهم ناشطون النظام بقصف بلدة كفرنبل أمس .") == ["بقصف"]


def test_a_told_strike_stays_beside_the_charge() -> None:
    text = "قصفت طائرات النظام أمس بلدة كفرنبل , فيما اتهم ناشطون النظام بقصف بلدة كفرنبل بالقنابل العنقودية ."
    assert _actual(text) == ["قصفت"]


# A verb of using that opens its sentence with the weapon right after it is the passive: a practice, no happening.
def test_a_passive_use_of_a_weapon_is_no_happening() -> None:
    assert not _actual("تستخدم قذائف هاون عيار 12 ملم تركية الصنع في جبهات حلب وحماة .")


@pytest.mark.parametrize("text", [
    # twins: a subject before or after the verb makes it active, a deed of the news item
    "ميليشيات الأسد تستخدم غاز الكلور على جبهات الغوطة الشرقية .",
    "تستخدم قوات النظام قذائف الهاون في قصف بلدة كفرنبل .",
])
def test_an_active_use_of_a_weapon_stays(text: str) -> None:
    assert _actual(text)
