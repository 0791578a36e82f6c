"""A campaign named as the frame of a page's news ("تتواصل العملية العسكرية", "دخلت حملة قوات النظام أسبوعها
الثالث", "بعد سلسلة من العمليات العسكرية") is no happening of a day: ACLED codes a campaign's clashes and strikes,
each on its day, never the campaign (background._campaign_named; the campaign_* words of
rasd/data/lexicons/event_habitual.yaml; session 22, "campaign"). Hand-written sentences, with twins that launch
the campaign, date it or count its dead, and an operation noun that names one deed."""

from __future__ import annotations

import pytest
from test_events import run_with_places

from rasd.records import Analysis


def _run(text: str, published: str = "2017-12-06") -> Analysis:
    return run_with_places(text, [], published)


def _actual(a: Analysis) -> list[tuple[str, str | None, str]]:
    return [(e.sub_event_type, e.location, e.date_start) for e in a.events if e.modality == "actual"]


@pytest.mark.parametrize("text", [
    pytest.param("وتتواصل العملية العسكرية لقوات النظام في مدينة عفرين .", id="the-operation-goes-on"),
    pytest.param("ودخلت حملة قوات النظام على مدينة عفرين أسبوعها الثالث .", id="the-campaign-enters-its-third-week"),
])
def test_a_campaign_named_without_launch_day_or_toll_is_no_happening(text: str) -> None:
    assert _actual(_run(text)) == []


def test_a_campaign_launched_is_the_happening_of_its_day() -> None:
    """"أطلقت ... عملية عسكرية": the launching verb makes the campaign's start a happening."""
    a = _run("وأطلقت قوات النظام عملية عسكرية في مدينة عفرين .")
    assert [(sub, place) for sub, place, _d in _actual(a)] == [("Armed clash", "afrin")]


def test_a_campaign_told_with_a_day_of_its_own_stays() -> None:
    a = _run("وتتواصل العملية العسكرية لقوات النظام في مدينة عفرين اليوم الأحد .")
    assert _actual(a) == [("Armed clash", "afrin", "2017-12-03")]


def test_a_campaign_told_with_its_toll_stays() -> None:
    a = _run("وتتواصل العملية العسكرية لقوات النظام في مدينة عفرين وقتل فيها 12 مدنيا .")
    assert [place for _s, place, _d in _actual(a)] == ["afrin"]


def test_an_operation_noun_naming_one_deed_is_no_campaign() -> None:
    """"عملية انتحارية" is one suicide bombing, not a campaign: only "عملية عسكرية" names one."""
    a = _run("ونفذت قوات النظام عملية انتحارية في مدينة عفرين .")
    assert [(sub, place) for sub, place, _d in _actual(a)] == [("Suicide bomb", "afrin")]
