"""Corpus pass: on pages with no publication date, a site's crawl-time ticker at the head dates no event."""


import pytest
from test_corpus_dates import _dump

from rasd.corpus.crawl_dates import refuse_crawl_texts
from rasd.corpus.run import run_corpus_pass
from rasd.extract.page_dates import crawl_spans, find_page_dates, refuse_crawl_dates
from rasd.pipeline import analyse
from rasd.records import Document, doc_id_for
from rasd.store.sqlite import Store

SITE = "baladi.example"
TICKER = "الأحد 21 كانون الثاني / يناير 2018"     # the site bar: the day the pages were fetched
# undated articles (no stamp, no URL date), each with its title printed around the site bar, as scraped
TITLES = ["مقتل ثلاثة مدنيين بقصف جوي على مدينة معرة النعمان",
          "اغتيال قيادي في هيئة تحرير الشام بمدينة إدلب",
          "قوات النظام تسيطر على بلدة أبو الظهور",
          "انفجار سيارة مفخخة في مدينة اعزاز"]
BODIES = ["وقال الدفاع المدني إن القصف استهدف السوق الشعبي في المدينة .",
          "وأطلق مسلحون مجهولون النار على سيارته قرب دوار المدينة .",
          "وتقدمت القوات بعد معارك عنيفة مع فصائل المعارضة في ريف إدلب الشرقي .",
          "وأدى الانفجار إلى مقتل أربعة مدنيين , بحسب ناشطين ."]


def _text(title: str, body: str, bar: str = TICKER) -> str:
    return f"{title} - بلدي {bar} {title} {body}"


def _put(store: Store, path: str, text: str, site: str = SITE) -> str:
    doc = Document(id=doc_id_for(text), source=path, text=text, url=f"http://{site}/{path}", site=site, raw=text)
    store.put_analysis(analyse(doc))
    return doc.id


def _dates(store: Store, doc_id: str) -> list[str]:
    return [e.date_start for e in store.events(doc_id) if e.modality == "actual"]


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    ids = [_put(s, f"archives/{i}", _text(t, b)) for i, (t, b) in enumerate(zip(TITLES, BODIES, strict=True))]
    return s, ids


def test_ticker_dates_the_title_events_before_the_pass(store):
    s, ids = store
    assert all(s.get_document(i).published.date == "unknown" for i in ids)
    assert "2018-01-21" in _dates(s, ids[0])      # what the pass corrects: the fetch day as the event's


def test_ticker_is_refused_on_every_page_of_the_site(store):
    s, ids = store
    out = refuse_crawl_texts(s)
    assert out == {"crawl_texts_refused": 4}
    for i in ids:
        doc = s.get_document(i)
        assert any("crawl-time ticker" in w and TICKER in w for w in doc.warnings)
        assert "2018-01-21" not in _dates(s, i)
    assert _dates(s, ids[0]) and set(_dates(s, ids[0])) == {"unknown"}    # never a guessed day


def test_a_date_the_text_gives_still_dates_its_event(tmp_path):
    s = Store(tmp_path / "d.db")
    for i in range(3):
        _put(s, f"archives/{i}", _text(TITLES[i], BODIES[i]))
    dated = _put(s, "archives/9", _text("غارات على مدينة سراقب",
                                        "وقصفت الطائرات الحربية مدينة سراقب يوم 15 كانون الثاني 2018 , بحسب ناشطين ."))
    run_corpus_pass(s)
    assert "2018-01-15" in _dates(s, dated)
    assert "2018-01-21" not in _dates(s, dated)


def test_a_head_date_on_one_page_only_is_kept(tmp_path):
    """Sham-Times-like: each page prints its own day at the head; no other page of the site prints it."""
    s = Store(tmp_path / "k.db")
    ids = [_put(s, f"p/{i}", _text(t, b, f"الأثنين , {i + 10} شباط , 2016"))
           for i, (t, b) in enumerate(zip(TITLES, BODIES, strict=True))]
    assert refuse_crawl_texts(s) == {"crawl_texts_refused": 0}
    assert "2016-02-10" in _dates(s, ids[0])


def test_two_pages_of_a_larger_site_are_no_ticker(tmp_path):
    """A head date shared by two undated pages of a site of ten: one other page, a story's day, not a ticker."""
    s = Store(tmp_path / "s.db")
    pair = [_put(s, f"p/{i}", _text(TITLES[i], BODIES[i], "8 أيار 2017")) for i in range(2)]
    for i in range(8):
        _put(s, f"q/{i}", f"خبر رقم {i} عن اجتماع في مدينة غازي عنتاب .")
    assert refuse_crawl_texts(s) == {"crawl_texts_refused": 0}
    assert "2017-05-08" in _dates(s, pair[0])


def test_idempotent_in_the_corpus_pass(store):
    s, _ids = store
    first = run_corpus_pass(s)
    assert first["crawl_texts_refused"] == 4
    state = _dump(s)
    assert run_corpus_pass(s)["crawl_texts_refused"] == 0
    assert _dump(s) == state


def test_crawl_spans_edges_and_spacing():
    w = ["date «1 ديسمبر 2017» at the page's head refused ...: a crawl-time ticker"]
    text = "31 ديسمبر 2017 | 1  ديسمبر 2017 خبر"
    assert crawl_spans(text, w) == [(17, 31)]
    assert crawl_spans(text, ["date «1 ديسمبر 2017» elsewhere"]) == []      # no ticker note: nothing


def test_the_tickers_weekday_goes_with_it():
    """"الأحد 04 جمادى الأولى 1439": the site quotes the Hijri date; its weekday is the fetch day's too."""
    text = "أحدث الأخبار Sunday 21st January 2018 - الأحد 04 جمادى الأولى 1439 هيئة الإذاعة قتل 9 مدنيين مساء الخميس"
    w = ["date «04 جمادى الأولى 1439» at the page's head refused as an event date: a crawl-time ticker"]
    dates = find_page_dates(text, None, [])
    assert any(d.kind == "weekday" and d.surface == "الأحد" for d in dates)
    kept = refuse_crawl_dates(dates, crawl_spans(text, w))
    assert [d.surface for d in kept if "الأحد" in d.surface or "1439" in d.surface] == []
    assert any("الخميس" in d.surface for d in kept)


def test_claims_are_not_dated_by_the_ticker(tmp_path):
    """The claims layer reads the same warnings: a statement in the page's head sentence is not dated by the
    fetch day; a day the sentence itself gives still dates it."""
    s = Store(tmp_path / "c.db")
    for i in range(3):
        _put(s, f"archives/{i}", _text(TITLES[i], BODIES[i]))
    said = _put(s, "archives/8", _text("الحكومة المؤقتة تعلن تشكيل هيئة الأركان",
                                       "وقال رئيس الحكومة المؤقتة في بيان إن الهيئة ستبدأ عملها قريبا ."))
    dated = _put(s, "archives/9", _text("الحكومة المؤقتة تسمي رئيسا للأركان",
                                        "وقالت الحكومة السورية المؤقتة في بيان لها اليوم , الاثنين 18 أيلول 2017 , "
                                        "إنها سمت رئيسا لهيئة الأركان ."))

    def claim_dates(doc_id: str) -> set[str]:
        return {c.date for c in s.claims(doc_id)}

    assert "2018-01-21" in claim_dates(said)          # before the pass: the fetch day (the bug)
    refuse_crawl_texts(s)
    assert claim_dates(said) == {"unknown"}
    assert claim_dates(dated) == {"2017-09-18"}
