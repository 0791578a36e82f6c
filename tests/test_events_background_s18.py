"""Events: a plural happening noun with the article in a dependent place ("أمام كثافة الغارات", "تخفيف حدة
المعارك", "بسبب العمليات العسكرية") names happenings the reader already knows (a war's battles, a
campaign's raids; so does one made definite by a possessive, "عبر معاركه"): the page's background, not a happening it reports, so with no time of its own it is no
event. Reported with a verb or an indefinite noun ("اندلعت اشتباكات"), as a subject ("تتواصل الاشتباكات"),
after a partitive ("سلسلة من الضربات") or with a day of its own ("اليوم"), it is the page's news and is
kept. Fixtures written for the test in the wording of news reports and analyses, run through the pipeline
on a dated page."""

from __future__ import annotations

import pytest
from analysed import actual_events_of, analyse_text


def _kinds(text: str, kind: str) -> list[str]:
    a = analyse_text(text, "2017-10-20", doc_id="known-s18")
    return [e.sub_event_type for e in actual_events_of(a, kind)]


@pytest.mark.parametrize("text", [
    "وقال المحلل إن فصائل المعارضة تواجه خيارات محدودة للصمود أمام كثافة الغارات الروسية على ريف إدلب .",
    "وأكد المصدر أن الطريق الدولي مغلق حاليا بسبب الغارات على مدينة إدلب .",
    "وأعلن التحالف أن أهالي مدينة إدلب نزحوا خلال الغارات .",
    "وقال المحلل إن فصائل المعارضة تراجعت أمام غاراته على ريف إدلب .",
])
def test_known_raids_named_in_a_dependent_place_are_background(text: str) -> None:
    assert _kinds(text, "Explosions/Remote violence") == []


@pytest.mark.parametrize("text", [
    "ونجح مسار المحادثات في تخفيف حدة المعارك في مدينة حلب من دون أن يوقفها .",
    "والمتتبع لسير المعارك في مدينة حلب يلاحظ تزايد عدد المقاتلين الأجانب .",
    "لكن التنظيم وعبر معاركه في مدينة حلب عودنا على نسف كل التوقعات .",
])
def test_known_battles_named_in_a_construct_are_background(text: str) -> None:
    assert _kinds(text, "Battles") == []


@pytest.mark.parametrize("text", [
    "وقتل خمسة مدنيين اليوم جراء الغارات الروسية على مدينة إدلب .",
    "وشنت الطائرات الحربية غارات جوية على مدينة إدلب .",
    "وأوضح المرصد أن سلسلة من الضربات الجوية وقعت بعد منتصف الليل وأصابت مدينة إدلب .",
])
def test_raids_reported_as_news_are_kept(text: str) -> None:
    assert _kinds(text, "Explosions/Remote violence") == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "واندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في مدينة حلب .",
    "وتتواصل الاشتباكات العنيفة بين قوات النظام وفصائل المعارضة في مدينة حلب .",
    "حلب : الاشتباكات على جبهة مدينة حلب بين قوات النظام وفصائل المعارضة .",
])
def test_clashes_reported_as_news_are_kept(text: str) -> None:
    assert _kinds(text, "Battles") == ["Armed clash"]


def test_a_toll_s_item_on_a_digest_dated_by_its_page_is_kept() -> None:
    text = ("وقضى في محافظة حماة ( 6 ) أشخاص , بينهم ( 4 ) جراء القصف على مدينة معرة النعمان , "
            "و ( 2 ) في الاشتباكات ضد قوات النظام في مدينة حماة .")
    assert _kinds(text, "Battles") == ["Armed clash"]
