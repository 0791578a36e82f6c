"""Events: a happening told over a span of a campaign or of months and years ("خلال العملية العسكرية",
"طيلة فترة الحصار", "خلال السنتين الماضيتين") sums up that span's many happenings: a tally recalled as
context, not one happening of the page's day, so it takes no page date and is no event. Told with a day of
its own in its clause ("اليوم", "أمس"), or during one happening ("خلال الهجوم"), it is the page's news and
is kept. Fixtures written for the test in the wording of news reports, run through the pipeline on a dated
page."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text

STRIKES = ("وقال المتحدث باسم وزارة الدفاع إن الطائرات الروسية شنت أكثر من ألف غارة جوية على مواقع المسلحين "
           "في محافظة إدلب {when} .")

SHELLING = "{when} , قصفت قوات النظام مدينة دوما في الغوطة الشرقية بمئات القذائف المدفعية ."


def _subtypes(template: str, when: str, kind: str) -> list[str]:
    a = analyse_text(template.format(when=when), "2017-12-22", doc_id="span-s17")
    return [e.sub_event_type for e in actual_events_of(a, kind)]


@pytest.mark.parametrize("when", ["خلال العملية العسكرية في سوريا", "خلال السنتين الماضيتين",
                                  "على مدى الأشهر الماضية", "طيلة فترة الحصار", "خلال الحرب"])
def test_strikes_told_over_a_campaign_or_years_are_a_tally_not_news(when: str) -> None:
    assert _subtypes(STRIKES, when, "Explosions/Remote violence") == []


@pytest.mark.parametrize("when", ["اليوم", "أمس الخميس", "خلال الهجوم على المدينة", "خلال الساعات الماضية",
                                  "خلال الأيام الماضية", "خلال المواجهات مع قوات الاحتلال"])
def test_strikes_of_the_page_s_days_or_of_one_attack_are_kept(when: str) -> None:
    assert _subtypes(STRIKES, when, "Explosions/Remote violence") == ["Air/drone strike"]


@pytest.mark.parametrize("when", ["وطيلة فترة الحصار", "وخلال العامين الأخيرين"])
def test_a_span_phrase_fronted_before_the_deed_s_clause_counts(when: str) -> None:
    assert _subtypes(SHELLING, when, "Explosions/Remote violence") == []


@pytest.mark.parametrize("when", ["وصباح اليوم", "وفي وقت سابق اليوم"])
def test_shelling_fronted_by_the_page_s_day_is_kept(when: str) -> None:
    assert _subtypes(SHELLING, when, "Explosions/Remote violence") == ["Shelling/artillery/missile attack"]


def test_a_reporting_day_outside_the_deed_s_clause_does_not_date_a_tally() -> None:
    text = ("وقالت منظمة هيومن رايتس ووتش اليوم إن قوات النظام نفذت هجمات كيميائية على أحياء حلب الشرقية "
            "خلال الشهر الأخير من المعركة .")
    a = analyse_text(text, "2017-02-13", doc_id="span-report-s17")
    assert actual_events_of(a, "Explosions/Remote violence") == []


def test_a_span_set_off_by_a_comma_after_the_deed_counts() -> None:
    text = ("وأعلن وزير الدفاع أن طائراته شنت أكثر من ألف غارة جوية على مواقع المسلحين في محافظة إدلب , "
            "خلال العملية العسكرية في سوريا .")
    a = analyse_text(text, "2017-12-22", doc_id="span-comma-s17")
    assert actual_events_of(a) == []
