"""Session 43's speed prefilters give exactly the events the plain rules give: ``named_again_dates`` reading the
next dated sentence's took-place days once per sentence (and asking ``_borrowed_day`` / ``_told_day`` only when
there are some), and ``_fate_told`` reading each telling's death verb once, checked against the plain code they
replace on real pages (the samples, the first corpus articles) and the told-day fixtures."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from analysed import analyse_text, real_texts

import rasd.extract.events as events_module
from rasd.extract.events import background as B
from rasd.extract.events import dates as D
from rasd.records import UNKNOWN

FIXTURES = [
    "أفاد مصدر محلي لمراسلة الوكالة , اليوم الثلاثاء , بإعدام مدنيين اثنين على يد تنظيم داعش في مدينة البوكمال . "
    "وأوضح المصدر أن المدنيين نفذ الإعدام بهم , يوم أمس الاثنين , رميا بالرصاص .",
    "أعلنت مديرية الصحة , اليوم الثلاثاء , أن حصيلة التفجير الذي استهدف سوقا في مدينة الناصرية ارتفعت إلى 20 "
    "قتيلا . وقال المدير إن التفجير حدث يوم أمس الاثنين قرب السوق .",
    "أفاد مصدر محلي , اليوم الثلاثاء , بأن تنظيم داعش أعدم أربعة مدنيين في مدينة البوكمال . وأوضح المصدر أن "
    "الانتخابات جرت يوم أمس الاثنين .",
    "رفع المجاهدون لافتة تحية للعقيد الذي استشهد في معركة عرسال . وقتل ثلاثة مدنيين بقصف على دوما .",
]


def _plain_named_again_dates(events: list[Any], sents: list[Any], parts: Any, feed: bool, lex: Any = None) -> None:
    """named_again_dates as merged (s43-m5): every sentence's next dated sentence read per event."""
    if feed:
        return
    at = {id(s): i for i, s in enumerate(sents)}
    for e in events:
        if e.modality != "actual" or id(e.sent) not in at:
            continue
        if e.date_start == UNKNOWN and not e.has_date_expr:
            if not D._named_again_date(e, at[id(e.sent)], sents, parts):
                D._dated_further_on(e, at[id(e.sent)], sents, parts)
        elif D._borrowed_day(e) or lex is not None and D._told_day(e, lex):
            D._dated_further_on(e, at[id(e.sent)], sents, parts)


def _plain_fate_told(c: Any) -> bool:
    """_fate_told as merged (s43-m5): the death verb asked again in the check of every telling."""
    if c.modality != "actual":
        return False
    tellings = [c, *c.merged]
    verbs = {(id(p.sent), v) for p in tellings if (v := B._fate_verb_at(p)) is not None}
    named = [p for p in tellings if B._doer_named(p)]
    return bool(verbs or named) and all(B._fate_verb_at(p) is not None or (id(p.sent), p.ti) in verbs
                                        or p in named for p in tellings)


def _events(text: str) -> list[dict[str, Any]]:
    return [dataclasses.asdict(e) for e in analyse_text(text, "2017-05-23").events]


@pytest.fixture(scope="module")
def texts(samples_dir: Path) -> list[str]:
    return real_texts(samples_dir, 30, cleaned=True) + FIXTURES


def test_prefiltered_paths_give_the_plain_events(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [_events(t) for t in texts]
    monkeypatch.setattr(events_module, "named_again_dates", _plain_named_again_dates)
    monkeypatch.setattr(events_module, "_fate_told", _plain_fate_told)
    plain = [_events(t) for t in texts]
    assert fast == plain
    assert any(e["date_start"] == dt.date(2017, 5, 22).isoformat() for evs in fast for e in evs)
