"""A cause told after its toll ("كانا قتلا أمس في ريف برات , جراء استهداف فصائل المعارضة موقعهم"):
the cause happened on the toll's day, though the sentence also tells the funeral's "اليوم"
(``dates._toll_cause_date``). Breadth V-184#0 (brsample2: two soldiers killed 'yesterday' by tank
shells, left undated although the archive's day gives it). Hand-written fixtures in the corpus's
pre-tokenised style, the rule with its negative twin."""

from __future__ import annotations

from analysed import actual_dates_at
from test_events import run_with_places, syrian_places

PLACES = {
    "barat": ("برات", "Barat", 36.450, 37.450, "town", "Latakia"),
}

FUNERAL = ("شيعت القوات النظامية , اليوم , عنصرين في صفوفها , كانا قتلا أمس في بلدة برات , "
           "جراء قصف فصائل المعارضة مواقع تابعة للنظام بقذائف الدبابات .")


def test_the_cause_of_a_toll_takes_the_tolls_day() -> None:
    a = run_with_places(FUNERAL, syrian_places(PLACES), "2017-02-21", syrian=True)
    assert ("2017-02-20", "2017-02-20") in actual_dates_at(a, "barat")


def test_without_the_cause_word_the_two_days_leave_it_undated() -> None:
    text = FUNERAL.replace("جراء قصف", "ثم قصفت")
    a = run_with_places(text, syrian_places(PLACES), "2017-02-21", syrian=True)
    assert ("2017-02-20", "2017-02-20") not in actual_dates_at(a, "barat")
