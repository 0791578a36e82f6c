"""Modality across quoted names, and two constructions of the targeting and suicide triggers (session 36, helper
"modal2").

- a quoted name is one word of its clause: the subjunctive "أن" + imperfect reaches a trigger across a subject
  of quoted names ('أن تشارك كل من فصائل " أحرار الشام " و " جيش إدلب الحر " في تحرير المدينة' is a forecast),
  while a quoted phrase (with a preposition) or a quotation longer than a name keeps its length;
- a suicide bomber told with his belt ("يرتدي حزاما ناسفا") is a bombing when the clause says he blew himself up
  with a past verb ("فجر ... نفسه"), and no bombing when he was stopped or it was only planned;
- a bare targeting verb in a clause that tells an airborne landing ("عملية إنزال جوي ... تستهدف") is the landed
  troops' raid (Battles), not an air strike; a strike word in the clause keeps the air strike.

ACLED: only events that took place are coded (forecasts are not); a suicide bombing is coded when the device went
off; a raid on an armed group's post by ground troops is Battles, an air strike is coded by its own means."""

from __future__ import annotations

from analysed import actual_types

from rasd.extract.modality import quoted_name_positions
from rasd.text.tokens import tokenize

DAY = "2017-03-05"


def _types(text: str) -> set[str]:
    return {t[0] for t in actual_types(text, DAY)}


def _subs(text: str) -> set[str]:
    return {t[1] for t in actual_types(text, DAY)}


FORECAST = ('من المرجح أن تشارك كل من فصائل " أحرار الشام " و " جيش إدلب الحر " في تحرير مدينة معرة النعمان '
            'من تنظيم داعش .')


def test_a_forecast_reaches_its_trigger_across_quoted_names() -> None:
    assert not _types(FORECAST)


def test_the_same_deed_told_done_across_quoted_names_stays() -> None:
    assert _types('شاركت أمس كل من فصائل " أحرار الشام " و " جيش إدلب الحر " في تحرير مدينة معرة النعمان '
                  'من تنظيم داعش .')


def test_an_unquoted_list_of_parties_is_reached_too() -> None:
    # unquoted, the subject is 10 words long, past the subjunctive's reach of 8 words; a "كل من" list of parties
    # as the verb's subject grows the reach (modality.yaml subjunctive_lists; session 36, modal3)
    assert not _types('من المرجح أن تشارك كل من فصائل أحرار الشام و جيش إدلب الحر في تحرير مدينة معرة النعمان '
                      'من تنظيم داعش .')


def _positions(text: str, quote: list[int]) -> list[int] | None:
    toks = tokenize(text)
    return quoted_name_positions(toks, quote, [0] * len(toks))


def test_a_short_quoted_name_counts_as_one_word() -> None:
    # فصائل " أحرار الشام " في: the two quoted tokens share one position
    assert _positions("فصائل أحرار الشام في", [-1, 1, 1, -1]) == [0, 1, 1, 2]


def test_a_quoted_phrase_with_a_preposition_is_no_name() -> None:
    assert _positions("منع قطاع من السكان المحليين من", [-1, 1, 1, 1, 1, -1]) is None


def test_a_quotation_longer_than_a_name_keeps_its_length() -> None:
    assert _positions("قال إن قواتنا ستحرر المدينة قريبا جدا", [-1, 1, 1, 1, 1, 1, 1]) is None


def test_a_bomber_who_blew_himself_up_wearing_a_belt_is_a_suicide_bombing() -> None:
    assert "Suicide bomb" in _subs("فجر انتحاري يرتدي حزاما ناسفا نفسه أمس وسط سوق في مدينة سامراء .")


def test_a_bomber_killed_wearing_a_belt_is_no_bombing() -> None:
    assert "Suicide bomb" not in _subs("أعلنت قيادة العمليات أمس مقتل انتحاري يرتدي حزاما ناسفا شمالي مدينة سامراء .")


def test_a_bomber_stopped_before_he_blew_himself_up_is_no_bombing() -> None:
    assert "Suicide bomb" not in _subs(
        "قتلت القوات الأمنية أمس انتحاريا يرتدي حزاما ناسفا قبل أن يفجر نفسه في سوق مدينة سامراء .")


def test_a_landing_that_targets_a_post_is_a_ground_raid() -> None:
    subs = _subs("نفذت القوات الأمريكية أمس عملية إنزال جوي في ريف دير الزور الشرقي تستهدف أحد مقرات تنظيم داعش .")
    assert "Armed clash" in subs and "Air/drone strike" not in subs


def test_air_strikes_told_with_a_landing_stay_air_strikes() -> None:
    subs = _subs("شن الطيران الحربي أمس غارات جوية بعد عملية إنزال جوي في ريف دير الزور الشرقي تستهدف مقرات "
                 "تنظيم داعش .")
    assert "Air/drone strike" in subs and "Armed clash" not in subs


def test_a_flag_taken_down_is_no_landing() -> None:
    # "إنزال العلم": no landing word after an operation word or before an air adjective
    assert "Armed clash" not in _subs("استهدفت قوات النظام أمس بالمدفعية مدينة دير الزور بعد إنزال العلم .")
