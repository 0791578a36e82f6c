"""Events round 11 (key-fact recall): an undated page's chronicle dates its year-less days by the year
of the full dates among them; two triggers of one word in one sentence at two towns are two events
(not one id); "04 ديسمبر . 2017" is a date; a list of places with a settlement noun before an item
("مدينة دوما وبلدتي كفربطنا وحموريا") is one event per place; a name in quotes (" دوما ") is no quotation.
Hand-written sentences in the corpus's style (pre-tokenised punctuation), each with its twin."""

from __future__ import annotations

import pytest
from test_events import actual_events
from test_events_precision9 import _run

from rasd.text.dates import find_dates

# --------------------------------------------------------------------------- a chronicle's year

CHRONICLE = [
    "في العاشر من يناير , قتل 7 مدنيين في قصف مدفعي على دوما .",
    "16 يناير / كانون الثاني قصفت قوات النظام بلدة كفربطنا بالمدفعية .",
    "في 25 يناير / كانون الثاني 2013 , قتل 5 مدنيين في غارة جوية على حموريا .",
    "في 4 فبراير / شباط قصفت قوات النظام مدينة برزة بالمدفعية .",
]
HEAD = "تقرير عن أعمال العنف خلال السنة الماضية .\n"


@pytest.mark.parametrize("lines, dates", [
    pytest.param(CHRONICLE, ["2013-01-10", "2013-01-16", "2013-01-25", "2013-02-04"],
                 id="year-less-days-take-the-year-of-the-full-date-among-them"),
    # (undated events of a page without a date may merge into a dated one: only the dates are compared)
    pytest.param([CHRONICLE[3], CHRONICLE[0], CHRONICLE[1], CHRONICLE[2]], ["2013-01-25"],
                 id="days-that-go-back-in-the-calendar-are-no-chronicle"),
    pytest.param([CHRONICLE[0], CHRONICLE[1], CHRONICLE[2].replace(" 2013", ""), CHRONICLE[3]], [],
                 id="without-a-full-date-among-them-no-year"),
])
def test_a_chronicle_on_an_undated_page(lines: list[str], dates: list[str]) -> None:
    a = _run(HEAD + "\n".join(lines))
    assert sorted(e.date_start for e in actual_events(a) if e.date_start != "unknown") == dates


def test_a_dated_page_reads_year_less_days_against_its_date() -> None:
    a = _run(HEAD + "\n".join(CHRONICLE), published="2014-03-01")
    days = {e.date_start for e in actual_events(a)}
    assert "2014-01-16" in days and "2013-01-16" not in days


# --------------------------------------------------------------------------- one word, two towns

@pytest.mark.parametrize("text, places", [
    pytest.param("كما انفجرت عبوة ناسفة قرب السوق في مدينة دوما يوم السبت فيما انفجرت دراجة نارية مفخخة في بلدة "
                 "عفرين من دون وقوع إصابات .", ["afrin", "douma"],
                 id="the-same-trigger-word-at-two-towns-is-two-events"),
    pytest.param("كما انفجرت عبوة ناسفة قرب السوق في مدينة دوما يوم السبت فيما انفجرت دراجة نارية مفخخة في مدينة "
                 "دوما من دون وقوع إصابات .", ["douma"],
                 id="at-one-town-it-stays-one"),
])
def test_one_trigger_word_twice_in_a_sentence(text: str, places: list[str]) -> None:
    a = _run(text, published="2017-06-25")
    assert sorted(e.location for e in actual_events(a)) == places


# --------------------------------------------------------------------------- a site's date

@pytest.mark.parametrize("text, iso", [
    pytest.param("مقتل الرئيس السابق 04 ديسمبر . 2017 - 9 : 32 | عدد القراءات", "2017-12-04",
                 id="a-dot-between-a-day-and-month-and-the-year"),
    pytest.param("في ديسمبر . 2017 شهد البلد تظاهرات", None, id="a-month-and-a-sentence-end-before-a-year"),
])
def test_a_dotted_year(text: str, iso: str | None) -> None:
    assert [d.date_start for d in find_dates(text) if d.precision != "year"][:1] == [iso]


# --------------------------------------------------------------------------- lists of places

@pytest.mark.parametrize("text, places", [
    pytest.param("وقال ناشطون إن قوات النظام استهدفت مدينة دوما وبلدتي كفربطنا وحموريا بالمدفعية .",
                 ["douma", "hamouriyah", "kafr-batna"], id="a-settlement-noun-before-a-list-item"),
    pytest.param("وقال ناشطون إن قوات النظام استهدفت مدينة دوما ومناطق كفربطنا بالمدفعية .", ["douma"],
                 id="an-area-noun-is-no-list-item"),
])
def test_a_list_with_settlement_nouns(text: str, places: list[str]) -> None:
    a = _run(text, published="2017-10-27")
    assert sorted(e.location for e in actual_events(a)) == places


# --------------------------------------------------------------------------- names in quotes

@pytest.mark.parametrize("text, places", [
    pytest.param('وقال ناشطون إن قوات النظام قصفت مدينة " دوما " بالمدفعية .', ["douma"],
                 id="a-quoted-name-is-no-quotation"),
    pytest.param('وقال ناشطون إن قوات النظام استهدفت مدينة " دوما " وبلدتي " كفربطنا " و " حموريا " بالمدفعية .',
                 ["douma", "hamouriyah", "kafr-batna"], id="a-list-of-quoted-names"),
    pytest.param('وقال ناشطون إن قوات النظام قصفت المدينة بالمدفعية وهتف المتظاهرون " لن نركع يا دوما " .', [],
                 id="a-place-in-a-slogan-stays-out"),
])
def test_names_in_quotes(text: str, places: list[str]) -> None:
    a = _run(text, published="2017-10-27")
    assert sorted(e.location for e in actual_events(a)) == places
