"""Events: on a page without a date, a happening its own clause dates months or about a year back from
the page's own time ("قبل شهرين", "قبل ثلاثة أشهر", "قبل نحو عام", "قبل أكثر من عام") or to a month named as
past ("في أبريل الماضي") is background, as a past year counted back ("العام الماضي") already was:
_long_before would drop it on a dated page. A month back ("قبل شهر", "الشهر الماضي"), weeks or days back,
a month named bare ("في أبريل"), a span's start after "منذ", and the page's own year stay: they may be the
page's weeks. Fixtures written for the test in the wording of breadth news reports (an arrest recalled in a
relative clause, a withdrawal told with its time), run through the pipeline."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

WITHDRAWAL = ("وقالت مصادر محلية إن قوات البيشمركة الكردية انسحبت {when} من جسر الزرقا الاستراتيجي بالقرب من "
              "كركوك شمالي العراق .")

ARREST = ("وعثر الأهالي على جثة الشاب محمد العلي , الذي اعتقله عناصر تنظيم داعش {when} في مدينة الرقة , "
          "وعليها آثار تعذيب .")


def _subtypes(template: str, when: str, kind: str) -> list[str]:
    a = analyse_text(template.format(when=when), doc_id="long-ago-s16")
    return [e.sub_event_type for e in actual_events_of(a, kind)]


@pytest.mark.parametrize("when", ["قبل شهرين", "قبل ثلاثة أشهر", "قبل نحو عام", "قبل أكثر من عام",
                                  "قبل حوالي ستة أشهر"])
def test_a_withdrawal_months_or_a_year_back_on_an_undated_page_is_background(when: str) -> None:
    assert _subtypes(WITHDRAWAL, when, "Strategic developments") == []


@pytest.mark.parametrize("when", ["قبل شهر", "نهاية الشهر الماضي", "قبل ثلاثة أسابيع", "قبل أيام", "هذا العام",
                                  "أمس"])
def test_a_withdrawal_of_the_page_s_weeks_is_kept(when: str) -> None:
    assert _subtypes(WITHDRAWAL, when, "Strategic developments") == ["Non-violent transfer of territory"]


def test_an_arrest_recalled_two_months_back_is_background() -> None:
    assert _subtypes(ARREST, "قبل شهرين", "Violence against civilians") == []


def test_an_arrest_told_with_yesterday_is_kept() -> None:
    assert _subtypes(ARREST, "أمس", "Violence against civilians") != []


@pytest.mark.parametrize("when", ["في أبريل الماضي", "مطلع يوليو الماضي", "في شهر آذار المنصرم", "في مايو الماضي"])
def test_a_withdrawal_in_a_month_named_as_past_is_background(when: str) -> None:
    # the last such month before the page: half a year back on average, whatever the page's unknown day
    assert _subtypes(WITHDRAWAL, when, "Strategic developments") == []


@pytest.mark.parametrize("when", ["في أبريل", "الشهر الماضي"])
def test_a_month_not_named_as_past_or_the_page_s_last_month_is_kept(when: str) -> None:
    assert _subtypes(WITHDRAWAL, when, "Strategic developments") == ["Non-violent transfer of territory"]


def test_months_back_that_date_a_span_s_start_do_not_make_the_deed_background() -> None:
    # (the age rule's point: the months back date the span's start, not the deed. Told with "منذ بدء هجوم" the strikes
    # are the campaign's course, a status line dropped as a tally's telling since session 34 (judged BACKGROUND on the
    # breadth samples: test_background_since_start); "منذ أن بدأت" keeps the span's start without that phrase)
    text = ("وتقدمت قوات الجيش شرق بلدة بيت جن بدعم من غارات جوية مكثفة منذ أن بدأت هجوما رئيسيا قبل أكثر من "
            "شهرين للسيطرة على المنطقة .")
    a = analyse_text(text, doc_id="since-start-s16")
    assert [e.sub_event_type for e in actual_events_of(a, "Explosions/Remote violence")] == ["Air/drone strike"]
