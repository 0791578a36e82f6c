"""The page-genre model (rasd/extract/events/genre.py): does a page report happenings of its own?"""
from __future__ import annotations

import pytest

from rasd.extract.events import genre
from rasd.records import Event, Span

NEWS = ("قتل خمسة مدنيين وأصيب عشرة آخرون اليوم الثلاثاء في غارة جوية استهدفت سوقا شعبيا في مدينة إدلب , "
        "بحسب ما أفاد مراسلنا . وقال مصدر في الدفاع المدني إن الطائرات قصفت السوق صباح اليوم , "
        "وأضاف أن فرق الإنقاذ انتشلت الجثث . وذكرت وكالة الأناضول أن اشتباكات عنيفة اندلعت أمس في ريف حلب .")
ANALYSIS = ("هل يمكن أن تتغير السياسة الأمريكية في سوريا ? نحن نعتقد أن المستقبل يحمل مرحلة جديدة , "
            "ولكن يجب أن نقرأ تاريخ هذه الحقبة بعناية . ربما تكون الاستراتيجية الحالية قد وصلت إلى نهايتها , "
            "وليس من الواضح كيف ستتصرف الإدارة . إن قراءة المشهد تبدو صعبة , لماذا ? لأن السياسة ليست ثابتة .")


def test_measures_read_the_cues() -> None:
    news = genre.page_measures("غارة على إدلب", NEWS)
    analysis = genre.page_measures("قراءة في السياسة الأمريكية", ANALYSIS)
    assert news["happening"] > analysis["happening"]
    assert news["news_day"] > analysis["news_day"]
    assert news["agency"] > 0 and analysis["agency"] == 0
    assert analysis["opinion"] > news["opinion"]
    assert analysis["questions"] > 0 and news["questions"] == 0
    assert news["title_happening"] == 1.0 and analysis["title_happening"] == 0.0
    # a clitic و / ب is stripped before a listed word ("وأضاف", "بحسب" are read as أضاف, حسب)
    assert genre.page_measures("", "وأضاف بحسب")["reporting"] == 1000.0


def test_terms_mark_title_and_lead() -> None:
    terms = genre.page_terms("غارة على إدلب", NEWS)
    assert "t:غاره" in terms or "t:غارة" in terms
    assert any(t.startswith("l:") for t in terms)
    # only the lead's first words are terms
    assert len([t for t in terms if t.startswith("l:")]) <= genre.LEAD_WORDS


def test_committed_model_scores_a_report_above_an_analysis() -> None:
    news = genre.genre_score("مقتل خمسة مدنيين في غارة على إدلب", NEWS)
    analysis = genre.genre_score("قراءة في السياسة الأمريكية", ANALYSIS)
    assert news is not None and analysis is not None
    assert news > analysis
    assert analysis < genre.load_model().threshold < news


def _event(start: int, end: int, date: list[int] | None = None) -> Event:
    fe = {"date": date} if date else {}
    return Event(id="e", doc_id="d", event_type="Battles", sub_event_type="Armed clash", evidence=Span(start, end),
                 field_evidence=fe)


@pytest.mark.parametrize(("score", "start", "date", "dropped"), [
    (0.1, 800, None, True),          # a page that reports nothing of its own, deep in its body, undated
    (0.1, 200, None, False),         # its lead: may tell the day's happening it was written on
    (0.1, 800, [820, 830], False),   # dated within its own evidence: judged on its date
    (0.1, 800, [10, 20], True),      # a date lent from elsewhere on the page is not its own
    (0.9, 800, None, False),         # a report of the day keeps its body
])
def test_told_in_body(monkeypatch: pytest.MonkeyPatch, score: float, start: int, date: list[int] | None,
                      dropped: bool) -> None:
    monkeypatch.setattr(genre, "_page_score", lambda title, text: score)
    text = "ا" * 1000
    assert genre.told_in_body("", text, _event(start, start + 100, date)) is dropped


def test_model_file_matches_code() -> None:
    model = genre.load_model()
    assert model is not None
    assert len(model.coef) == len(model.mean) == len(model.scale) == len(genre.MEASURES)
    assert 0 < model.threshold < 1 and 0 < model.body_share < 1


def test_an_oped_names_an_undated_deed_deep_in_its_body() -> None:
    # an op-ed's prose (no cue of a report) and then a strike told with no time of its own: the page genre scores
    # it under the threshold and turns the deed away; the same deed with its day ("أمس") is judged on its date
    from test_events import actual_events
    from test_events_analysis_pages import DEAD, _run
    from test_events_no_report_pages import HEADLINE, OPED

    assert genre.genre_score(HEADLINE, OPED + DEAD) < genre.load_model().threshold
    assert not [e for e in actual_events(_run(OPED + DEAD, HEADLINE)) if e.evidence.start >= len(OPED)]
    dated = DEAD.replace("وقصفت", "وقصفت أمس")
    assert [e for e in actual_events(_run(OPED + dated, HEADLINE)) if e.evidence.start >= len(OPED)]


def test_a_short_page_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # under min_words words the rates and the lead are a few words: no genre reading, nothing turned away
    model = genre.load_model()
    short = " ".join(["كلمة"] * (model.min_words - 1))
    genre._page_score.cache_clear()
    assert genre._page_score("", short) == 1.0
    assert genre._page_score("", ANALYSIS * 12) < model.threshold
