"""A page that keeps few events for its length and attributes little (a feature, an analysis, an op-ed, a
review) names the happenings it neither dates nor counts as the background of what it argues
(background._sparse_page / _told_bare; analysis_pages.yaml ``sparse_*``; session 22, "recalled"). Hand-written
pages: an analysis of some 500 words with a few report cues and one undated happening, and its twins that date
the happening, count its dead, attribute densely or are short."""

from __future__ import annotations

import pytest
from test_events import run_with_places

from rasd.records import Analysis

# an analysis's prose: no trigger, no day; one sentence in eight quotes someone ("وقال")
ARGUED = "ويرى كثير من المراقبين أن المشهد السياسي في المنطقة معقد ويحتاج إلى حلول طويلة الأمد ."
QUOTED = "وقال أحد الباحثين إن المشهد السياسي في المنطقة معقد ويحتاج إلى حلول طويلة الأمد ."


def _page(happening: str, quoted_every: int = 12, sentences: int = 36) -> str:
    prose = [QUOTED if i % quoted_every == 0 else ARGUED for i in range(sentences)]
    return " ".join(prose[:18] + [happening] + prose[18:])


def _places(text: str) -> list[str | None]:
    a: Analysis = run_with_places(text, [], "2017-12-06")
    return [e.location for e in a.events if e.modality == "actual"]


def test_an_undated_uncounted_happening_on_a_sparse_page_is_background() -> None:
    assert _places(_page("وسرعان ما تفاقمت المعارك بين الفصائل في مدينة عفرين .")) == []


@pytest.mark.parametrize("text", [
    pytest.param(_page("وتفاقمت المعارك بين الفصائل في مدينة عفرين أمس ."), id="dated"),
    pytest.param(_page("وقتل 5 مقاتلين في المعارك بين الفصائل في مدينة عفرين ."), id="counted"),
    pytest.param(_page("وسرعان ما تفاقمت المعارك بين الفصائل في مدينة عفرين .", quoted_every=2), id="attributed"),
    pytest.param("وسرعان ما تفاقمت المعارك بين الفصائل في مدينة عفرين .", id="a-short-item"),
])
def test_a_dated_counted_attributed_or_short_telling_stays(text: str) -> None:
    assert _places(text) == ["afrin"]
