"""Corpus pass: a site's crawl-time ticker taken as a page's publication stamp is demoted."""

import sqlite3

import pytest

from rasd.corpus.crawl_dates import DEMOTED_METHOD, demote_crawl_dates, stamp_text
from rasd.corpus.run import run_corpus_pass
from rasd.pipeline import analyse
from rasd.records import Document, doc_id_for
from rasd.store.sqlite import Store
from rasd.text.dates import infer_published

SITE = "news.example"
TICKER = "الأحد , 21 يناير 2018"          # the site's header: the crawl day
BODY = ["قتل ثلاثة مدنيين أمس في قصف جوي على مدينة حلب شمال سوريا , بحسب المرصد السوري لحقوق الإنسان .",
        "أعلنت وزارة الصحة أمس إصابة عشرين شخصا في انفجار سيارة مفخخة في مدينة إدلب .",
        "قصفت الطائرات أمس مواقع في ريف حمص الشرقي , وفق ناشطين .",
        "اعتقلت قوات الأمن أمس خمسة أشخاص في مدينة درعا جنوب سوريا .",
        "قتل جنديان أمس في هجوم على حاجز عسكري قرب مدينة دير الزور .",
        "أصيب طفل أمس بانفجار لغم في ريف الرقة الشمالي ."]


def _page(store: Store, path: str, body: str, head: str = "", meta: str | None = None) -> str:
    url = f"http://{SITE}/{path}"
    text = f"{head} {body}" if head else body      # the ticker glued to the first line, as scraped
    raw = f"عنوان - نيوز {TICKER} 09 : 46 ص\n{text}"     # every page fetched that day carries the ticker
    doc = Document(id=doc_id_for(text), source=path, text=text, url=url, site=SITE, raw=raw,
                   published=infer_published(text, meta, url=url))
    store.put_analysis(analyse(doc))
    return doc.id


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "c.db")
    ids = {
        # tag pages: no date in the URL, the ticker at the head is taken as their stamp
        "tag1": _page(s, "tags/aleppo", BODY[0], head=f"اخبار حلب - نيوز {TICKER} 10 : 15 ص"),
        "tag2": _page(s, "tags/idlib", BODY[1], head=f"اخبار إدلب - نيوز {TICKER} 09 : 16 ص"),
        # articles: the URL date vetoes the ticker at ingest (undated), but they print it too
        "art1": _page(s, "story/2017/12/8/a/1", BODY[2], head=f"حمص - نيوز {TICKER} 09 : 50 ص"),
        "art2": _page(s, "story/2017/12/9/b/2", BODY[3], head=f"درعا - نيوز {TICKER} 09 : 52 ص"),
        # the URL confirms the stamp: a page published on the crawl day
        "fresh": _page(s, "story/2018/1/21/c/3", BODY[4], head=f"دير الزور - نيوز {TICKER} 09 : 55 ص"),
        # real stamps of another day, on pages without a URL date
        "real": _page(s, "a/7", "2017 / 12 / 8 الساعة 22 : 20\n" + BODY[5]),
        # an HTML metadata date equal to the crawl day
        "meta": _page(s, "a/8", "تظاهر مئات أمس في مدينة الحسكة احتجاجا على الغلاء .", meta="2018-01-21"),
    }
    return s, ids


def _pub(s: Store, doc_id: str) -> tuple[str, str | None]:
    r = s.db.execute("SELECT published, published_method FROM documents WHERE id=?", (doc_id,)).fetchone()
    return r[0], r[1]


def test_fixture_pages_are_dated_as_at_ingest(store):
    s, ids = store
    assert _pub(s, ids["tag1"]) == ("2018-01-21", "printed")
    assert _pub(s, ids["art1"])[0] == "unknown"
    assert _pub(s, ids["fresh"]) == ("2018-01-21", "printed")
    assert _pub(s, ids["real"]) == ("2017-12-08", "printed")
    assert _pub(s, ids["meta"]) == ("2018-01-21", "html-meta")


def test_crawl_ticker_dates_are_demoted_and_events_redated(store):
    s, ids = store
    before = [e.date_start for e in s.events(ids["tag1"])]
    assert "2018-01-20" in before           # "أمس" resolved against the crawl day
    out = demote_crawl_dates(s)
    assert out == {"crawl_dates_demoted": 2}
    for k in ("tag1", "tag2"):
        assert _pub(s, ids[k]) == ("unknown", DEMOTED_METHOD)
        doc = s.get_document(ids[k])
        assert any("crawl-time ticker" in w and TICKER in w for w in doc.warnings)
        assert doc.published.evidence and TICKER in doc.published.evidence   # the old stamp kept
        assert all(e.date_start != "2018-01-20" for e in s.events(ids[k]))
    # URL-confirmed, other-day stamps and HTML metadata are kept
    assert _pub(s, ids["fresh"]) == ("2018-01-21", "printed")
    assert _pub(s, ids["real"]) == ("2017-12-08", "printed")
    assert _pub(s, ids["meta"]) == ("2018-01-21", "html-meta")


def _dump(s: Store) -> list[tuple]:
    """Every document's publication fields and warnings, and every event's dates (also read by test_crawl_event_dates)."""
    db: sqlite3.Connection = s.db
    docs = db.execute("SELECT id, published, published_precision, published_method, published_evidence, "
                      "warnings FROM documents ORDER BY id").fetchall()
    events = db.execute("SELECT doc_id, event_type, date_start, date_end FROM events ORDER BY doc_id, ev_start").fetchall()
    return [tuple(r) for r in docs] + [tuple(r) for r in events]


def test_idempotent_and_in_the_corpus_pass(store):
    s, ids = store
    first = run_corpus_pass(s)
    assert first["crawl_dates_demoted"] == 2
    state = _dump(s)
    again = run_corpus_pass(s)
    assert again["crawl_dates_demoted"] == 0
    assert _dump(s) == state


def test_stamp_seen_only_on_pages_of_its_own_day_is_kept(tmp_path):
    """Two articles of one day without URL dates, and pages of other days that do not print
    that date: a real stamp shared by the day's pages, not a ticker."""
    s = Store(tmp_path / "k.db")
    day = "الجمعة 8 ديسمبر 2017"
    a = [_page_plain(s, f"n/{i}", BODY[i], f"{day} {10 + i} : 0{i}") for i in range(2)]
    for i in range(2, 6):
        _page_plain(s, f"n/{i}", BODY[i], f"السبت {i} ديسمبر 2017 {10 + i} : 30")
    assert demote_crawl_dates(s) == {"crawl_dates_demoted": 0}
    assert all(_pub(s, x) == ("2017-12-08", "printed") for x in a)


def _page_plain(store: Store, path: str, body: str, stamp: str) -> str:
    url = f"http://{SITE}/{path}"
    text = f"{stamp}\n{body.replace(' أمس', '')}"     # no relative cue: the stamp alone dates it
    doc = Document(id=doc_id_for(text), source=path, text=text, url=url, site=SITE, raw=text,
                   published=infer_published(text, url=url))
    store.put_analysis(analyse(doc))
    return doc.id


def test_stamp_text_drops_the_clock():
    assert stamp_text("اخبار حلب - نيوز الأحد , 21 يناير 2018 09 : 46 ص") == "الأحد , 21 يناير 2018"
    assert stamp_text("2017 / 12 / 8 الساعة 22 : 20") == "2017 / 12 / 8"
    assert stamp_text("2018 - 01 - 20 13 : 20 : 47", "2018-01-20") == "2018 - 01 - 20"
    assert stamp_text("11 : 47 م 11 / 12 / 2017 06 : 01 : 52 م", "2017-12-11") == "11 / 12 / 2017"
    assert stamp_text("2018 - 01 - 20 13 : 20 : 47", "2018-01-21") is None
    assert stamp_text("19 : 53") is None
