"""The emit gates' page measures (rasd.extract.events.confidence.PAGE_FEATURES, session 32): how much of the page is
told in the conflict vocabulary. ``page_trigger_sent_share``: the share of its sentences holding a trigger candidate
(before any filter); ``page_emitted_cand_share``: the share of its candidates the stage emits. A report of fighting
tells most sentences in that vocabulary; a page about something else names a strike in one sentence of many."""

from __future__ import annotations

import pytest
from analysed import events_over

import rasd.extract.events.confidence as confidence
from rasd.records import Entity

KAFR = Entity("kafr", "PLACE", "كفرنبل", "Kafranbel", lat=35.53, lon=36.56, level="town", country="SY")
ENTS = {"kafr": KAFR}
SURFACES = [("كفرنبل", "kafr")]
STRIKE = "قتل خمسة مدنيين أمس في غارة جوية على بلدة كفرنبل ."
# a report of the fighting: every sentence tells a strike, a shelling or a clash
REPORT = " ".join([STRIKE, "وقصفت المدفعية أطراف بلدة كفرنبل بعد الغارة .",
                   "واندلعت اشتباكات عنيفة قرب كفرنبل مساء أمس ."])
# a page about the harvest that names the strike once among sentences of another matter
HARVEST = " ".join(["بدأ المزارعون موسم حصاد القمح في السهول الشمالية هذا الشهر .",
                    "وقال مهندس زراعي إن الأمطار كانت وفيرة هذا العام .",
                    "ويأمل المزارعون أن ترتفع أسعار القمح في الأسواق المحلية .",
                    "وتحدث التجار عن صعوبة نقل المحصول إلى المدن .", STRIKE,
                    "ويبيع المزارعون المحصول للمطاحن الخاصة .",
                    "وتنتظر العائلات موسم الزيتون في الخريف ."])


def _page_values(monkeypatch: pytest.MonkeyPatch, text: str) -> list[dict[str, float]]:
    seen: list[dict[str, float]] = []
    score = confidence.score_events

    def recording(pairs, page):
        seen.extend(dict(zip(confidence.ALL_FEATURES, x, strict=True)) for x in confidence.feature_rows(pairs, page))
        return score(pairs, page)

    monkeypatch.setattr(confidence, "score_events", recording)
    events_over(text, ENTS, SURFACES, "2017-03-14")
    return seen


def test_page_features_close_the_feature_list():
    assert confidence.ALL_FEATURES[-len(confidence.PAGE_FEATURES):] == confidence.PAGE_FEATURES


def test_a_page_told_in_conflict_vocabulary_scores_higher_than_one_that_names_a_strike_once(monkeypatch):
    report = _page_values(monkeypatch, REPORT)
    harvest = _page_values(monkeypatch, HARVEST)
    assert report and harvest
    r, h = report[0]["page_trigger_sent_share"], harvest[-1]["page_trigger_sent_share"]
    assert r >= 2 / 3 and h <= 1 / 5          # 3 sentences of 3; 1 of 7
    for f in report + harvest:
        assert 0.0 < f["page_emitted_cand_share"] <= 1.0

