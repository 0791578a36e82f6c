"""The deed a revenge avenges ("انتقاما للمجازر", "انتقام ا من مذبحة") is the motive of the sentence's news, an
earlier happening recalled, not one the page reports (background._revenge_motive; BACKGROUND rows of the breadth
samples, session 38). Kept: the avenged deed told with a day of its own after the cue, and an answer ("ردا على"),
mostly to the same day's deed. Made-up sentences of the general construction."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

from rasd.text.normalize import normalize

STRIKE = "Explosions/Remote violence"
CIVILIANS = "Violence against civilians"

NEWS = "قصفت فصائل المعارضة مواقع قوات النظام في مدينة حلب الليلة بصواريخ غراد {motive} التي ارتكبت في محافظة إدلب ."


def _types(motive: str) -> list[str]:
    a = analyse_text(NEWS.format(motive=motive), "2017-12-26", doc_id=f"revenge-{motive}")
    return sorted(e.event_type for e in actual_events_of(a))


@pytest.mark.parametrize("motive", ["انتقاما للمجازر", "ثأرا للمجازر", "انتقاما من المجازر"])
def test_the_massacres_a_revenge_avenges_are_no_event(motive: str) -> None:
    # the shelling is the page's news; the massacres are only its motive
    assert _types(motive) == [STRIKE]


def test_the_split_tanween_alif_is_the_same_cue() -> None:
    # the corpus's tokeniser writes "انتقام ا": the same adverbial of purpose
    text = "قصفت فصائل المعارضة مواقع قوات النظام في مدينة حلب الليلة بصواريخ غراد انتقام ا من مجازر في محافظة إدلب ."
    a = analyse_text(text, "2017-12-26", doc_id="revenge-split")
    assert sorted(e.event_type for e in actual_events_of(a)) == [STRIKE]


def test_an_answer_keeps_the_deed_it_answers() -> None:
    # twin: "ردا على" is not read as a revenge; the massacres stay a row of their own
    assert _types("ردا على المجازر") == sorted([STRIKE, CIVILIANS])


def test_an_avenged_deed_with_its_own_day_stays() -> None:
    # twin: the avenged strike is told with its own day ("أمس"): a dated happening the page reports
    text = ("قصفت فصائل المعارضة مواقع قوات النظام في مدينة حلب الليلة بصواريخ غراد انتقاما لمقتل 12 مدنيا في غارة "
            "على مدينة إدلب أمس .")
    a = analyse_text(text, "2017-12-26", doc_id="revenge-dated")
    assert sorted(e.date_start for e in actual_events_of(a, STRIKE)) == ["2017-12-25", "2017-12-26"]


def test_a_revenge_merged_with_the_deed_it_avenges_keeps_its_own_row() -> None:
    # the revenge killing and the avenged massacre are told in one clause and merged: the row was headed by the
    # massacre; the revenge is split off as its own row (its trigger, its place) and the massacre is turned away
    text = "قتل مسلحون 20 سجينا داخل سجن في مدينة الموصل انتقام ا من مذبحة في سجن آخر في مدينة تكريت ."
    a = analyse_text(text, "2017-01-06", doc_id="revenge-merged")
    rows = actual_events_of(a)
    assert [normalize(e.trigger) for e in rows] == [normalize("قتل")]
    assert rows[0].date_start == "2017-01-06"
