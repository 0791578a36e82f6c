"""Readers: samples, encodings, bad inputs, WARC, JSONL, unifiedfc, HTML checks."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from rasd.ingest import html as html_mod
from rasd.ingest.encoding import DecodeError, decode, decode_bytes
from rasd.ingest.html import html_to_page
from rasd.ingest.readers import iter_pages, sniff_kind
from rasd.records import RawPage, ReadError

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
UNIFIEDFC = ROOT.parent / "shared" / "data" / "unifiedfc" / "dataset"
FIX = Path(__file__).parent / "fixtures" / "readers"

# What the encoding fixtures hold (written by make_fixtures.py)
NEWS_START = "قال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا الثلاثاء في غارات جوية على مدينة دوما"
NEWS_END = "المصدر: وكالات"


def _load(path: Path):
    """Import a fixture helper script by path (tests/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(*paths: Path | str, **kw) -> list[RawPage | ReadError]:
    return list(iter_pages([str(p) for p in paths], **kw))


def pages(items):
    return [p for p in items if isinstance(p, RawPage)]


def errors(items):
    return [p for p in items if isinstance(p, ReadError)]


# --- samples -------------------------------------------------------------------------------

def test_each_sample_is_one_page_with_the_exact_text():
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples missing")
    files = sorted(SAMPLES.glob("*.txt"))
    assert len(files) == 5
    for path in files:
        items = read(path)
        assert len(items) == 1 and isinstance(items[0], RawPage), items
        page = items[0]
        assert page.text == path.read_bytes().decode("utf-8")
        assert page.kind == "scraped-text" and page.url is None and page.encoding == "utf-8"
        assert page.source == str(path)


def test_sample_folder_skips_yaml_and_md():
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples missing")
    items = read(SAMPLES)
    assert [Path(p.source).name for p in items] == sorted(p.name for p in SAMPLES.glob("*.txt"))


# --- encodings -----------------------------------------------------------------------------

@pytest.mark.parametrize("name, encoding", [
    ("utf8-bom.txt", "utf-8"),
    ("windows-1256.txt", "windows-1256"),
    ("utf16.txt", "utf-16-le"),
    ("utf16le-nobom.txt", "utf-16-le"),
])
def test_encodings_decode_to_the_arabic_text(name, encoding):
    [page] = read(FIX / name)
    assert isinstance(page, RawPage)
    assert page.encoding == encoding
    assert page.text.startswith(NEWS_START)      # no BOM left, right letters
    assert page.text.endswith(NEWS_END)


def test_mojibake_is_repaired_with_a_warning():
    [page] = read(FIX / "mojibake.txt")
    assert page.text.startswith(NEWS_START)
    assert any("mojibake" in w for w in page.meta["warnings"])


def test_declared_latin1_for_cp1256_arabic_is_overridden():
    data = "أعلنت وزارة الدفاع الروسية التوصل إلى اتفاق لوقف إطلاق النار".encode("cp1256")
    text, encoding = decode_bytes(data, declared="iso-8859-1")
    assert encoding == "windows-1256" and text.startswith("أعلنت وزارة")


def test_valid_utf8_wins_over_a_stale_declaration():
    text, encoding = decode_bytes("قصف مدفعي على درعا".encode(), declared="windows-1256")
    assert (text, encoding) == ("قصف مدفعي على درعا", "utf-8")


def test_iso_8859_6_is_told_from_cp1256():
    text, encoding = decode_bytes("قالت الأمم المتحدة إن القتال في الغوطة الشرقية تصاعد".encode("iso8859-6"))
    assert encoding == "iso8859-6" and text.startswith("قالت الأمم المتحدة")


def test_cut_last_character_is_dropped_not_garbled():
    data = "قتل خمسة مدنيين".encode()[:-1]
    decoded = decode(data)
    assert decoded.text == "قتل خمسة مدنيي" and decoded.encoding == "utf-8" and decoded.warnings


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
])
def test_decode_refuses_empty_and_binary(data, message):
    with pytest.raises(DecodeError, match=message):
        decode_bytes(data)


# --- bad inputs: one error each, the run goes on -------------------------------------------

def test_binary_and_empty_give_errors_and_iteration_continues():
    items = read(FIX / "binary.dat", FIX / "empty.txt", FIX / "utf8-bom.txt", "/no/such/file.txt")
    assert [type(i).__name__ for i in items] == ["ReadError", "ReadError", "RawPage", "ReadError"]
    assert items[0].source.endswith("binary.dat") and "binary" in items[0].message
    assert items[1].source.endswith("empty.txt") and "empty" in items[1].message
    assert "no such file" in items[3].message


def test_too_large_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:          # sparse 200 MB file: costs no disk, reading it would be slow
        fh.write("خبر ".encode())
        fh.truncate(200_000_000)
    small = tmp_path / "small.txt"
    small.write_text("خبر قصير عن قصف على إدلب", encoding="utf-8")
    items = read(big, small)
    assert isinstance(items[0], ReadError) and items[0].source == str(big)
    assert "file too large (200 MB > limit 50 MB)" in items[0].message
    assert isinstance(items[1], RawPage)
    # and the limit is the caller's
    [err] = read(small, max_bytes=10)
    assert "too large" in err.message


def test_folder_walk_is_sorted_recursive_and_skips_hidden_and_code(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("نص ثان", encoding="utf-8")
    (tmp_path / "1.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / ".dot.txt").write_text("مخفي", encoding="utf-8")
    for name in ("notes.md", "conf.yaml", "tool.py"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    items = read(tmp_path)
    assert [i.text for i in items] == ["نص أول", "نص ثان"]
    # globs
    assert [i.text for i in read(tmp_path / "**" / "*.txt")] == ["نص أول", "نص ثان"]
    [err] = read(tmp_path / "*.none")
    assert "no files match" in err.message


def test_a_crash_inside_a_reader_becomes_an_error(monkeypatch):
    from rasd.ingest import readers

    def boom(*args, **kwargs):
        raise RuntimeError("reader bug")

    monkeypatch.setattr(readers, "_read_single", boom)
    items = read(FIX / "utf8-bom.txt", FIX / "pages.jsonl")
    assert isinstance(items[0], ReadError) and "reader bug" in items[0].message
    assert len(pages(items)) == 2        # the JSONL file was still read


# --- HTML ----------------------------------------------------------------------------------

def test_html_with_scripts_has_no_script_text():
    [page] = read(FIX / "script.html")
    assert page.kind == "html" and page.html is not None
    assert "أعلنت فصائل المعارضة المسلحة سيطرتها" in page.text
    for leaked in ("سكربت التتبع", "function", "نص التنسيق", "onerror", "alert", "document.write",
                   "مكتوب بالسكربت", "جافاسكربت"):
        assert leaked not in page.text
    assert page.title == "اشتباكات في ريف حماة"
    # paragraphs stay on their own lines
    assert page.text.split("\n")[1].startswith("أعلنت فصائل")


def test_truncated_html_still_gives_its_text_and_metadata():
    [page] = read(FIX / "truncated.html")
    assert isinstance(page, RawPage)
    assert NEWS_START in page.text and "وأضاف المرصد في بيان" in page.text
    assert page.meta["sitename"] == "شبكة الخبر"
    assert page.meta["date"] == "2018-02-20" and page.meta["date_source"].startswith("meta")


def test_html_fallback_when_trafilatura_returns_nothing(monkeypatch):
    monkeypatch.setattr(html_mod, "_trafilatura", lambda tree, url, warnings: None)
    html = (FIX / "script.html").read_text(encoding="utf-8")
    page = html_to_page(html, "x.html")
    assert "أعلنت فصائل المعارضة المسلحة سيطرتها" in page.text
    assert "سكربت" not in page.text and "function" not in page.text
    assert any("fallback" in w for w in page.meta["warnings"])


def _article(title: str, head: str = "", byline: str = "", chrome: str = "") -> str:
    body = "".join(f"<p>{s}</p>" for s in [
        "قال مصدر في الدفاع المدني إن فرق الإنقاذ انتشلت جثث خمسة مدنيين من تحت الأنقاض في مدينة أريحا.",
        "وأضاف المصدر أن القصف استهدف سوقاً شعبياً وسط المدينة، وأن عدد الجرحى تجاوز العشرين.",
        "ولم يصدر أي تعليق من الجهة التي نفذت الغارة حتى الآن.",
    ])
    return (f'<html lang="ar"><head><meta charset="utf-8">{head}</head><body>'
            f'<div id="top">{chrome}</div><article><h1>{title}</h1>{byline}{body}</article>'
            f"<footer>جميع الحقوق محفوظة 2019</footer></body></html>")


def test_title_that_is_only_the_site_name_is_rejected():
    head = ('<title>شبكة الخبر</title><meta property="og:site_name" content="شبكة الخبر">'
            '<meta property="og:title" content="شبكة الخبر">')
    page = html_to_page(_article("غارة على سوق في أريحا", head), "p.html", url="https://khabar.example/a/1")
    assert page.title == "غارة على سوق في أريحا"
    assert page.meta["sitename"] == "شبكة الخبر"


def test_title_cut_at_a_colon_is_restored():
    title = "الدفاع المدني: خمسة قتلى في غارة على أريحا"
    page = html_to_page(_article(title, f"<title>{title}</title>"), "p.html")
    assert page.title == title


def test_future_and_ancient_dates_are_rejected():
    for date in ("2999-05-01", "1970-01-02"):
        head = f'<meta property="article:published_time" content="{date}T10:00:00">'
        page = html_to_page(_article("غارة على سوق في أريحا", head), "p.html")
        assert "date" not in page.meta


def _trafilatura_says_date(monkeypatch, date: str) -> None:
    """As if trafilatura's metadata had read ``date`` off the page (a ticker, the crawl day)."""
    real = html_mod._trafilatura_metadata

    def with_date(tree, url, warnings):
        info = real(tree, url, warnings)
        info.date = date
        return info

    monkeypatch.setattr(html_mod, "_trafilatura_metadata", with_date)


def test_ticker_date_outside_the_main_text_is_rejected(monkeypatch):
    # as if trafilatura had taken the header ticker's date for the publication date
    _trafilatura_says_date(monkeypatch, "2019-06-16")
    page = html_to_page(_article("غارة على سوق في أريحا", chrome="الأحد 16 حزيران 2019"), "p.html")
    assert "date" not in page.meta
    assert any("outside the main text" in w for w in page.meta["warnings"])
    # the same date printed in the byline is kept
    page = html_to_page(_article("غارة على سوق في أريحا", byline="<div>نشر في 16/06/2019</div>"), "p.html")
    assert page.meta["date"] == "2019-06-16" and page.meta["date_source"] == "main text"


def test_crawl_date_without_support_is_rejected(monkeypatch):
    _trafilatura_says_date(monkeypatch, "2018-03-01")
    page = html_to_page(_article("غارة على سوق في أريحا"), "p.html", crawl_date="2018-03-01")
    assert "date" not in page.meta and any("crawl date" in w for w in page.meta["warnings"])


def test_layout_tables_become_plain_lines():
    rows = "".join(f'<tr><td class="txt">{s}</td></tr>' for s in [
        "أفادت مصادر محلية بأن قوات النظام قصفت بلدة كفرنبل بالمدفعية الثقيلة صباح اليوم.",
        "وأكدت المصادر سقوط ثلاثة جرحى بين المدنيين ونزوح عشرات العائلات نحو المخيمات.",
    ])
    page = html_to_page(f'<html><body><table>{rows}</table></body></html>', "t.html")
    assert "|" not in page.text and "قصفت بلدة كفرنبل" in page.text


def test_empty_and_unparsable_html_give_errors():
    assert isinstance(html_to_page("   ", "e.html"), ReadError)
    result = html_to_page("<html><body><script>var a = 1;</script></body></html>", "s.html")
    assert isinstance(result, ReadError) and result.source == "s.html"


def test_sniff_kind(tmp_path):
    assert sniff_kind(str(FIX / "crawl.warc.gz")) == "warc"
    assert sniff_kind(str(FIX / "pages.jsonl")) == "jsonl"
    assert sniff_kind(str(FIX / "unifiedfc" / "T-1.json")) == "unifiedfc"
    assert sniff_kind(str(FIX / "unifiedfc")) == "directory"
    assert sniff_kind(str(FIX / "script.html")) == "html"
    assert sniff_kind(str(FIX / "windows-1256.txt")) == "scraped-text"
    saved = tmp_path / "page.txt"          # HTML saved without an .html name
    saved.write_text("<!DOCTYPE html><html><body><p>نص</p></body></html>", encoding="utf-8")
    assert sniff_kind(str(saved)) == "html"
    records = tmp_path / "dump.txt"
    records.write_text(json.dumps({"url": "u", "text": "نص"}) + "\n", encoding="utf-8")
    assert sniff_kind(str(records)) == "jsonl"
    assert sniff_kind(str(tmp_path / "missing")) == "missing"


# --- WARC ----------------------------------------------------------------------------------

def test_warc_gives_two_pages_and_one_error():
    items = read(FIX / "crawl.warc.gz")
    good, bad = pages(items), errors(items)
    assert len(good) == 2 and len(bad) == 1, items
    first, second = good
    assert first.kind == "warc" and first.url == "https://news.example/syria/douma"
    assert first.source.endswith("crawl.warc.gz#urn:uuid:11111111-1111-4111-8111-111111111111")
    assert NEWS_START in first.text and first.title == "غارات على دوما تقتل 12 مدنياً"
    assert first.meta["crawl_date"] == "2018-03-01" and first.meta["date"] == "2018-02-20"
    assert second.encoding == "windows-1256" and "أعلنت فصائل المعارضة" in second.text
    assert bad[0].source.endswith("#urn:uuid:44444444-4444-4444-8444-444444444444")
    assert "truncated" in bad[0].message


def test_warc_with_garbage_in_the_middle_keeps_going(tmp_path):
    fx = _load(FIX / "make_fixtures.py")
    NEWS, page_html, warc_record = fx.NEWS, fx.page_html, fx.warc_record
    good = warc_record("55555555-5555-4555-8555-555555555555", "https://x.example/1",
                       page_html("عنوان", NEWS).encode(), "text/html; charset=utf-8")
    path = tmp_path / "mixed.warc"
    path.write_bytes(good + b"WARC/1.0\r\nnot a header line\r\n\r\n" + good.replace(b"55555555-5555", b"66666666-6666"))
    items = read(path, FIX / "utf8-bom.txt")
    assert len(pages(items)) == 3      # two records + the next file
    [err] = errors(items)
    assert "malformed WARC record" in err.message and str(path) in err.source


def test_warc_cut_inside_a_header_stops_that_file_only(tmp_path):
    data = (FIX / "crawl.warc.gz").read_bytes()
    raw = gzip.decompress(data)
    cut = tmp_path / "cut.warc"
    marker = raw.index(b"WARC/1.0", raw.index(b"33333333"))  # the record after the cp1256 page
    cut.write_bytes(raw[:marker + 30] + b"\r\n\r\n" + raw[:200])
    items = read(cut, FIX / "windows-1256.txt")
    assert len(pages(items)) == 3
    assert errors(items) and all(str(cut) in e.source for e in errors(items))


def test_not_a_warc_is_one_error(tmp_path):
    fake = tmp_path / "fake.warc.gz"
    fake.write_bytes(gzip.compress(b"\x00\x01 junk " * 50))
    [err] = read(fake)
    assert str(fake) in err.source


# --- JSONL / JSON --------------------------------------------------------------------------

def test_jsonl_bad_line_is_an_error_and_the_others_are_read():
    items = read(FIX / "pages.jsonl")
    assert [type(i).__name__ for i in items] == ["RawPage", "ReadError", "RawPage", "ReadError"]
    html_page, bad, text_page, no_field = items
    assert html_page.source.endswith("pages.jsonl#line 1") and html_page.html and NEWS_START in html_page.text
    assert html_page.url == "https://news.example/a" and html_page.kind == "jsonl"
    assert bad.source.endswith("pages.jsonl#line 2") and "invalid JSON" in bad.message
    assert text_page.text.startswith("أعلنت فصائل") and text_page.title == "اشتباكات في ريف حماة"
    assert text_page.html is None and text_page.url == "https://news.example/c"
    assert text_page.kind == "scraped-text"      # raw text gets the scraped-text cleaning
    assert no_field.source.endswith("#line 4")


def test_jsonl_gz_and_truncated_gzip(tmp_path):
    raw = (FIX / "pages.jsonl").read_bytes()
    packed = gzip.compress(raw)
    good = tmp_path / "pages.jsonl.gz"
    good.write_bytes(packed)
    assert len(pages(read(good))) == 2
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) - 30])
    items = read(cut)
    assert errors(items)[-1].message.startswith("corrupt or truncated")


def test_jsonl_overlong_line(tmp_path):
    path = tmp_path / "long.jsonl"
    lines = [json.dumps({"text": "ا" * 5000}), json.dumps({"text": "نص قصير"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path, max_bytes=2000)
    assert isinstance(items[0], ReadError) and "too long" in items[0].message
    assert items[1].text == "نص قصير"


def test_json_list_of_records(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"url": "u1", "text": "نص أول"}, 5]), encoding="utf-8")
    first, second = read(path)
    assert first.text == "نص أول" and first.url == "u1"
    assert isinstance(second, ReadError) and second.source.endswith("#item 1")


# --- unifiedfc -----------------------------------------------------------------------------

def test_unifiedfc_fixture_gives_pages_with_urls_and_claim_meta():
    items = read(FIX / "unifiedfc")
    assert [p.source.rsplit("/", 1)[1] for p in items] == ["T-1.json#article-0", "T-1.json#article-1", "T-2.json#article-0"]
    first = items[0]
    claim = json.loads((FIX / "unifiedfc" / "T-1.json").read_text(encoding="utf-8"))
    assert first.kind == "unifiedfc" and first.url == "https://news.example/a"
    assert first.text == claim["article"][0]          # pre-tokenised text kept as is
    assert first.meta == {"claim_id": "T-1", "claim": claim["claim"], "stance": "agree",
                          "rationale": [0], "fact": "true"}
    assert items[2].meta["rationale"] == [0, 1]


def test_unifiedfc_broken_claim_file(tmp_path):
    shutil.copy(FIX / "unifiedfc" / "T-2.json", tmp_path / "T-2.json")
    (tmp_path / "T-3.json").write_text('{"id": "T-3", "claim": "x", "article": ["نص", ""], "url": ["u"]}',
                                       encoding="utf-8")
    (tmp_path / "T-4.json").write_text('{"id": "T-4", "claim": "x", "article": [', encoding="utf-8")
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["RawPage", "RawPage", "ReadError", "ReadError"]
    assert items[1].url == "u" and items[2].source.endswith("T-3.json#article-1")
    assert items[3].source.endswith("T-4.json") and "invalid JSON" in items[3].message


@pytest.mark.slow
def test_real_unifiedfc_dataset_count():
    if not UNIFIEDFC.is_dir():
        pytest.skip("../shared/data/unifiedfc missing")
    items = read(UNIFIEDFC)
    assert not errors(items)
    assert len(items) == 2429
    assert all(p.url for p in items) and all(p.meta["stance"] in ("agree", "disagree", "discuss", "unrelated")
                                             for p in items)


def test_generated_html_pages_read_back(tmp_path):
    if not UNIFIEDFC.is_dir():
        pytest.skip("../shared/data/unifiedfc missing")
    from rasd.eval.htmlgen import make_pages
    written = make_pages(UNIFIEDFC, tmp_path, 6)
    truth = [json.loads(line) for line in (tmp_path / ".truth.jsonl").read_text(encoding="utf-8").splitlines()]
    items = read(tmp_path)
    assert len(items) == 6 == len(written) and all(isinstance(p, RawPage) for p in items)
    for page, expected in zip(items, truth, strict=True):
        assert os.path.basename(page.source) == expected["file"]
        assert expected["text"] in page.text
        assert page.title == expected["title"]
        assert page.meta.get("date") in (None, expected["date"])   # never a wrong date
        assert "dataLayer" not in page.text and "تمت المشاركة" not in page.text


def test_deeply_nested_broken_html_still_gives_text():
    # thousands of unclosed <font> tags: the parser gives up at depth 256
    sentence = "قال المصدر إن الاشتباكات مستمرة في المنطقة الشرقية من المدينة منذ الصباح. "
    html = ("<html><head><script>var hidden = 'لا يظهر';</script></head><body>" + "<font>" * 400
            + f"<p>{sentence * 3}</p><script>alert('لا يظهر أيضا')</script></body></html>")
    page = html_to_page(html, "deep.html")
    assert isinstance(page, RawPage) and sentence.strip() in page.text
    assert "لا يظهر" not in page.text and "alert" not in page.text


def test_undecodable_bytes_are_one_error(tmp_path):
    import random

    rng = random.Random(7)
    path = tmp_path / "garbled.txt"
    path.write_bytes(bytes(rng.choice([*range(0x80, 0x100), 0x20, 0x20, 0x20]) for _ in range(4000)))
    [err] = read(path)
    assert isinstance(err, ReadError) and err.source == str(path) and "mis-encoded" in err.message


def test_warc_http_gzip_and_chunked_bodies(tmp_path):
    fx = _load(FIX / "make_fixtures.py")
    html = fx.page_html("عنوان الخبر", fx.NEWS).encode()

    def record(rid: str, headers: str, body: bytes) -> bytes:
        block = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{headers}\r\n".encode() + body
        return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
                f"WARC-Date: 2018-03-01T10:00:00Z\r\nWARC-Target-URI: https://x.example/{rid[:4]}\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n"
                ).encode() + block + b"\r\n\r\n"

    chunked = b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (html[:300], html[300:])) + b"0\r\n\r\n"
    path = tmp_path / "enc.warc"
    path.write_bytes(record("aaaaaaaa-0000-4000-8000-000000000001", "Content-Encoding: gzip\r\n", gzip.compress(html))
                     + record("bbbbbbbb-0000-4000-8000-000000000002", "Transfer-Encoding: chunked\r\n", chunked)
                     + record("cccccccc-0000-4000-8000-000000000003", "Content-Encoding: gzip\r\n", b"not gzip"))
    items = read(path)
    assert [type(i).__name__ for i in items] == ["RawPage", "RawPage", "ReadError"], items
    assert all(NEWS_START in p.text for p in pages(items))
    assert "corrupt gzip" in items[2].message


def test_template_count_pass_does_not_read_html_files(tmp_path):
    (tmp_path / "a.html").write_bytes(bytes(range(1, 9)) * 200)   # binary: no text to decode
    (tmp_path / "b.html").write_text("<html><body><p>نص</p></body></html>", encoding="utf-8")
    counted = list(iter_pages([str(tmp_path)], extract_html=False))
    assert [type(p) for p in counted] == [RawPage, RawPage] and all(p.text == "" for p in counted)
    read_back = list(iter_pages([str(tmp_path)]))
    assert len(read_back) == 2 and isinstance(read_back[0], ReadError)   # the real read still reports it


def test_html_is_parsed_once_and_trafilatura_gets_a_tree_without_noscript(monkeypatch):
    html = (FIX / "script.html").read_text(encoding="utf-8")
    parses, seen = [], []
    real_parse, real_traf = html_mod._parse_checked, html_mod._trafilatura
    monkeypatch.setattr(html_mod, "_parse_checked", lambda h: parses.append(1) or real_parse(h))

    def traf(tree, url, warnings):
        seen.append(tree.xpath("count(//noscript|//template)"))
        return real_traf(tree, url, warnings)

    monkeypatch.setattr(html_mod, "_trafilatura", traf)
    page = html_to_page(html.replace("</body>", "<noscript>فعّل جافاسكربت</noscript></body>"), "x.html")
    assert parses == [1] and seen == [0]
    assert "أعلنت فصائل المعارضة المسلحة سيطرتها" in page.text and "جافاسكربت" not in page.text


_BYLINE_PAGES = {
    "byline": _article("قصف على أريحا", byline='<div class="author-name">سامر الأحمد</div>'),
    "rel-author": _article("قصف على أريحا", byline='<p>بقلم <a rel="author" href="/a/1">ليلى حسن</a></p>'),
    "category-links": _article("قصف على أريحا", byline='<div class="post-meta"><a href="/category/syria/">سوريا</a></div>'
                                                       '<div class="tags"><a href="/tag/idlib/">إدلب</a></div>'),
    "section-meta": _article("قصف على أريحا", head='<meta property="article:section" content="تقارير">'
                                                   '<meta property="og:site_name" content="شبكة الخبر">'),
    "plain": _article("قصف على أريحا"),
}


@pytest.mark.parametrize("name", sorted(_BYLINE_PAGES))
def test_metadata_matches_trafilaturas_own_extract_metadata(name):
    # rasd reads the metadata with trafilatura's functions but skips the byline and category-link
    # XPaths on pages without markup they could match: the result must be trafilatura's own
    from trafilatura.metadata import extract_metadata

    tree, _ = html_mod._parse_checked(_BYLINE_PAGES[name])
    params = dict(html_mod._extractor("2026-01-01").date_params)
    ours = html_mod._trafilatura_metadata(tree, "https://news.example/2018/03/01/x", [])
    theirs = extract_metadata(tree, "https://news.example/2018/03/01/x", params, True, set())
    for field in ("title", "author", "url", "date", "sitename", "description", "categories", "tags"):
        assert getattr(ours, field) == getattr(theirs, field), field
    if name in ("byline", "rel-author"):
        assert ours.author in ("سامر الأحمد", "ليلى حسن")
    if name == "category-links":
        assert ours.categories == ["سوريا"] and ours.tags == ["إدلب"]


def test_byline_xpaths_run_only_on_pages_with_byline_markup(monkeypatch):
    from trafilatura import metadata as tm

    calls: list[int] = []
    real = tm.extract_author
    monkeypatch.setattr(tm, "extract_author", lambda tree: calls.append(1) or real(tree))
    page = html_to_page(_BYLINE_PAGES["plain"], "p.html")
    assert calls == [] and "author" not in page.meta
    page = html_to_page(_BYLINE_PAGES["byline"], "p.html")
    assert calls == [1] and page.meta["author"] == "سامر الأحمد"


def test_metadata_kept_when_trafilatura_discards_the_text(monkeypatch):
    # the metadata no longer rides on trafilatura's text extraction: a page whose text it
    # drops still has its title, site name and date (checked as usual)
    monkeypatch.setattr(html_mod, "_trafilatura", lambda tree, url, warnings: None)
    page = html_to_page((FIX / "truncated.html").read_text(encoding="utf-8"), "t.html")
    assert page.meta["sitename"] == "شبكة الخبر" and page.title == "غارات على دوما تقتل 12 مدنياً"
    assert page.meta["date"] == "2018-02-20" and page.meta["date_source"].startswith("meta")


_OLD_AUTHOR_XPATH = None


def _author_markup_by_one_xpath(tree) -> bool:
    """The byline-markup test as one XPath over every element (what _author_markup replaces)."""
    from lxml import etree

    global _OLD_AUTHOR_XPATH
    if _OLD_AUTHOR_XPATH is None:
        _OLD_AUTHOR_XPATH = etree.XPath(
            "//author|//rel|//*[(@class|@id|@rel|@itemprop|@data-testid|@data-component)[{}]]".format(
                " or ".join(f"contains(., '{w}')" for w in html_mod._AUTHOR_WORDS)))
    return bool(_OLD_AUTHOR_XPATH(tree))


@pytest.mark.parametrize("markup", [
    "", '<div class="post-author">x</div>', '<span id="byline">x</span>', '<a rel="author">x</a>',
    '<p itemprop="author">x</p>', '<div data-testid="Byline">x</div>', '<i data-component="bianji">x</i>',
    "<author>x</author>", "<rel>x</rel>", '<div class="Author">x</div>', '<div title="author">x</div>',
    '<div class="au" id="thor">x</div>', '<div class="writer-box"><p class="meta">x</p></div>',
    '<div data-author="x" class="posted-on">x</div>', '<div class="BBL">x</div>', '<div class="bbl">x</div>',
])
def test_author_markup_same_as_the_single_xpath(markup):
    for page in (_article("قصف على أريحا", byline=markup), f"<html><body><div>{markup}</div></body></html>"):
        tree, _ = html_mod._parse_checked(page)
        assert html_mod._author_markup(tree) == _author_markup_by_one_xpath(tree), markup


def test_arabic_share_counts_what_the_letter_regexes_match():
    import random
    import re

    arabic, latin = re.compile("[\u0621-\u064a]+"), re.compile("[A-Za-z\u00c0-\u024f]+")

    def share(text: str) -> float:
        text = text[:6000]
        a = sum(map(len, arabic.findall(text)))
        letters = a + sum(map(len, latin.findall(text)))
        return a / letters if letters else 0.0

    rng = random.Random(5)
    edges = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0xBF, 0xC0, 0x24F, 0x250, 0x620, 0x621, 0x64A,
             0x64B, 0x660, 0xFEFB, 0x1F600]
    texts = ["", "abc", "قال المرصد", "x" * 7000 + "ب", "ب" * 5999 + "abc"]
    texts += ["".join(chr(rng.choice(edges)) for _ in range(rng.randint(1, 300))) for _ in range(200)]
    for text in texts:
        assert html_mod._arabic_share(text) == share(text)


def test_date_found_in_the_main_text_only_through_the_region_text():
    # the extracted text is searched first, then the whole main text (text, <article> text, title):
    # a date printed only in the <article> byline that trafilatura dropped is still "main text"
    day = "2018-03-01"
    page = (f'<html><head><meta name="x" content="y"></head><body><article><p class="d">1 آذار 2018</p>'
            f'<p>{"قال المرصد السوري إن غارات جوية استهدفت المدينة. " * 4}</p></article></body></html>')
    doc = type("Info", (), {"date": day})()
    body = html_mod._parse_checked(page)[0].find("body")
    text = "قال المرصد السوري إن غارات جوية استهدفت المدينة."
    for extracted, expected in ((text, "main text"), (text + "\nالخميس 1 آذار 2018", "main text")):
        got = html_mod._check_date(doc, {"dates": []}, None, extracted,
                                   lambda e=extracted: e + "\n" + html_mod._main_region_text(body) + "\n",
                                   lambda: "", lambda: "", None, [])
        assert got == (day, expected)
    warnings: list[str] = []
    got = html_mod._check_date(doc, {"dates": []}, None, text, lambda: text + "\n\n", lambda: "عام 2017",
                               lambda: "1 آذار 2018 تحديث", None, warnings)
    assert got == (None, None) and "found only outside the main text" in warnings[0]


def test_first_h1_and_caption_in_document_order():
    page = ('<html><body><header><h1>شبكة الخبر</h1></header><article><h1>قصف على أريحا</h1>'
            '<figure><figcaption>صورة من أريحا</figcaption></figure><p>نص</p></article></body></html>')
    tree, _ = html_mod._parse_checked(page)
    assert html_mod._page_metadata(tree)["h1"] == "شبكة الخبر"      # the first <h1>, as the union XPath gave
    assert html_mod._image_caption(tree.find("body")) == "صورة من أريحا"
    tree, _ = html_mod._parse_checked("<html><body><p>نص</p></body></html>")
    assert "h1" not in html_mod._page_metadata(tree) and html_mod._image_caption(tree.find("body")) is None


def test_date_forms_found_as_their_alternation_finds_them():
    # _printed searches the form starting with the year and, on the reversed text, the reversed
    # forms ending with it: the same texts as the one alternation of _date_forms
    import datetime as dt
    import random
    import re

    rng = random.Random(11)

    def ws() -> str:
        return rng.choice(["", " ", "  ", "\n", "\t"])

    positives = 0
    for _ in range(60):
        day = dt.date(rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28))
        alternation = re.compile("|".join(f"(?:{f})" for f in html_mod._date_forms(day)), re.I)
        y, m, d = day.year, day.month, day.day
        for _ in range(60):
            dd, mm = rng.choice([str(d), f"{d:02d}", f"1{d}"]), rng.choice([str(m), f"{m:02d}", f"{m}3"])
            month = rng.choice(html_mod._MONTHS[m - 1] + html_mod._MONTHS[rng.randint(0, 11)])
            sep = rng.choice("-/.,x")
            core = rng.choice([
                f"{y}{ws()}{sep}{ws()}{mm}{ws()}{sep}{ws()}{dd}", f"{dd}{ws()}{sep}{ws()}{mm}{ws()}{sep}{ws()}{y}",
                f"{dd}{ws()}{rng.choice(['', 'من '])}{rng.choice(['', 'شهر '])}{month}"
                f"{rng.choice(['', ' / شباط)', '(فبراير', ', ' + 'x' * 15])}{ws()}{rng.choice(['', '،'])}{ws()}"
                f"{rng.choice(['', 'عام ', 'سنة '])}{y}",
                f"{month}{rng.choice([' ', ''])}{dd}{ws()}{rng.choice(['', ','])}{ws()}{y}"])
            text = rng.choice(["", "5", "قال ", "\n"]) + core + rng.choice(["", "5", " x", "0"])
            if rng.random() < 0.3:
                i = rng.randrange(len(text) + 1)
                text = text[:i] + rng.choice(["", "1", " ", "-"]) + text[i + 1:]
            if rng.random() < 0.2:
                text = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
            expected = alternation.search(html_mod._ascii_digits(text)) is not None
            positives += expected
            assert html_mod._printed(html_mod._date_pattern(day), text) == expected, (day, text)
    assert positives > 300


def test_the_readers_warnings_are_stored_with_the_document(tmp_path, monkeypatch):
    import io

    from rasd.ingest.run import ingest
    from rasd.store.sqlite import Store

    _trafilatura_says_date(monkeypatch, "2019-06-16")      # a header ticker's date, rejected
    html = _article("غارة على سوق في أريحا", chrome="الأحد 16 حزيران 2019")
    reader_warnings = html_to_page(html, "p.html").meta["warnings"]
    assert any("outside the main text" in w for w in reader_warnings)
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    store = Store(tmp_path / "w.db")
    ingest([str(tmp_path / "p.html")], store, err=io.StringIO())
    (stored,) = [json.loads(w) for (w,) in store.db.execute("SELECT warnings FROM documents")]
    assert all(w in stored for w in reader_warnings)


def test_page_metadata_dates_in_document_order_and_json_ld_only_from_its_scripts():
    # <time datetime> and itemprop=datePublished in document order (as their union XPath gives
    # them), JSON-LD dates only from <script type="application/ld+json"> (not from other scripts)
    page = ('<html><head><script type="application/ld+json">{"datePublished": "2018-03-02"}</script>'
            '<script>var x = {"datePublished": "2001-01-01"};</script></head><body>'
            '<span itemprop="datePublished" content="2018-03-01"></span>'
            '<article><time datetime="2018-03-03">3 آذار</time></article>'
            '<script type="application/json">{"dateCreated": "2002-02-02"}</script></body></html>')
    tree, _ = html_mod._parse_checked(page)
    assert html_mod._page_metadata(tree)["dates"] == [
        ("time", "2018-03-01"), ("time in article", "2018-03-03"), ("json-ld datePublished", "2018-03-02")]


def test_nested_noscript_and_template_are_dropped_with_their_text():
    page = ("<html><body><article><p>" + "قال المرصد السوري إن غارات جوية استهدفت المدينة. " * 4 + "</p>"
            "<noscript><p>فعّل جافاسكربت <template>نموذج</template></p></noscript>"
            "<template><p>قالب</p></template></article></body></html>")
    page_out = html_to_page(page, "x.html")
    assert not isinstance(page_out, ReadError)
    assert "جافاسكربت" not in page_out.text and "قالب" not in page_out.text and "نموذج" not in page_out.text


def test_parsed_tree_has_lxml_html_classes_chosen_without_its_python_lookup(monkeypatch):
    """The reader's tree carries lxml.html's element classes (FormElement for <form> ...), also on
    the copies trafilatura and htmldate make, without lxml.html's Python lookup being called."""
    import copy

    import lxml.html

    def python_lookup(*args):
        raise AssertionError("lxml.html's Python class lookup was called")

    monkeypatch.setattr(lxml.html.HtmlElementClassLookup, "lookup", python_lookup)
    page = ("<html><body><form><input name='q'><textarea>نص</textarea><select><option>1</option></select>"
            "<label>بحث</label></form><p>خبر قصير عن الحدث</p></body></html>")
    tree, complete = html_mod._parse_checked(page)
    assert complete and tree is not None
    for root in (tree, copy.copy(tree), copy.deepcopy(tree)):
        kinds = {el.tag: type(el) for el in root.iter()}
        assert kinds["form"] is lxml.html.FormElement
        assert kinds["input"] is lxml.html.InputElement
        assert kinds["textarea"] is lxml.html.TextareaElement
        assert kinds["select"] is lxml.html.SelectElement
        assert kinds["label"] is lxml.html.LabelElement
        assert kinds["p"] is lxml.html.HtmlElement and kinds["option"] is lxml.html.HtmlElement
    assert tree.find(".//p").text_content() == "خبر قصير عن الحدث"
    # comments and processing instructions, when a parser keeps them, get lxml.html's classes too
    kept = html_mod._HTMLParser()
    root = lxml.html.document_fromstring("<html><body><!-- تعليق --><p>x</p></body></html>", parser=kept)
    assert any(isinstance(el, lxml.html.HtmlComment) for el in root.iter())


_MARKUP_DATE_PAGES = {
    "canonical URL": '<html><head><link rel="canonical" href="https://example.com/news/2018/03/01/a.html"></head>'
                     '<body><p>خبر عن الحدث</p></body></html>',
    "meta tag": '<html><head><meta property="article:published_time" content="2018-03-01T10:00:00+03:00"></head>'
                '<body><p>خبر عن الحدث</p></body></html>',
    "JSON-LD": '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
               '"datePublished": "2018-03-01T10:00:00Z"}</script></head><body><p>خبر عن الحدث</p></body></html>',
    "time": '<html><body><article><time datetime="2018-03-01">1 آذار 2018</time><p>خبر عن الحدث</p></article>'
            '</body></html>',
    "date-named element": '<html><body><div class="post-date">01/03/2018</div><p>خبر عن الحدث</p></body></html>',
}


@pytest.mark.parametrize("where", sorted(_MARKUP_DATE_PAGES))
def test_markup_date_is_htmldates_date_for_a_date_in_the_markup(where):
    import datetime as dt

    from htmldate import find_date

    today = dt.date.today().isoformat()
    tree, _ = html_mod._parse_checked(_MARKUP_DATE_PAGES[where])
    expected = find_date(tree, extensive_search=False, original_date=True, max_date=today)
    assert expected == "2018-03-01"
    assert html_mod._markup_date(tree, None, html_mod._date_options(today)) == expected


def test_a_timestamp_in_the_running_text_is_no_markup_date():
    """htmldate's find_date takes a timestamp printed anywhere in the page (here an event's time in
    the running text); the reader's markup date does not: printed dates are the cleaner's."""
    import datetime as dt

    from htmldate import find_date

    page = ("<html><body><p>قال المرصد إن القصف على أحياء المدينة استمر حتى 2018-03-01 12:30:00 وأدى إلى "
            "سقوط ضحايا بين المدنيين وتدمير عدد من المنازل في الحي الشرقي</p></body></html>")
    today = dt.date.today().isoformat()
    tree, _ = html_mod._parse_checked(page)
    assert find_date(tree, extensive_search=False, original_date=True, max_date=today) == "2018-03-01"
    assert html_mod._markup_date(tree, None, html_mod._date_options(today)) is None
    assert "date" not in html_to_page(page, "p.html").meta


def _table_page(date_row: str, ticker: str) -> str:
    """An old table-layout page: site bar, headline, a date row, the article's rows; no date markup."""
    body = "".join(f"<tr><td>{s}</td></tr>" for s in (
        "قال ناشطون إن قصفاً مدفعياً استهدف بلدة كفرنبل في ريف إدلب الجنوبي وأسفر عن سقوط جرحى بين المدنيين.",
        "وأضاف الناشطون أن فرق الدفاع المدني عملت على إسعاف المصابين ونقلهم إلى المشافي الميدانية في المنطقة.",
        "ويأتي القصف في ظل تصعيد تشهده المنطقة منذ أسابيع مع استمرار الاشتباكات على خطوط التماس القريبة."))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>قصف على كفرنبل</title>'
            f'</head><body><table><tr><td>{ticker}</td><td><b>أخبار الشمال</b></td></tr></table>'
            f'<table><tr><td class="title"><b>قصف على كفرنبل</b></td></tr>{date_row}{body}</table></body></html>')


def test_date_printed_under_the_headline_dates_a_page_without_date_markup():
    from rasd.ingest.clean import clean

    page = html_to_page(_table_page('<tr><td class="date">الاثنين 18 حزيران 2018</td></tr>', "أهلاً بكم"), "t.html")
    assert "date" not in page.meta                    # no markup date: the reader has none
    published = clean(page).published
    assert (published.date, published.method) == ("2018-06-18", "printed")
    assert published.evidence == "الاثنين 18 حزيران 2018"
    # a date above the headline (the site bar's clock) is no publication date
    page = html_to_page(_table_page("", "آخر تحديث: الأحد 16 حزيران 2019 - 10:32"), "t.html")
    assert clean(page).published.date == "unknown"


def test_site_chrome_before_the_headline_leaves_the_body():
    from rasd.ingest.clean import clean

    doc = clean(html_to_page(_table_page('<tr><td class="date">الاثنين 18 حزيران 2018</td></tr>', "أهلاً بكم"), "t.html"))
    # the table layout hides the article's container: the extractor's text starts with the site bar and the
    # headline; the body starts at the article's first sentence
    assert doc.text.startswith("قال ناشطون إن قصفاً مدفعياً")
    assert {(b.reason, b.text) for b in doc.boilerplate} >= {("header", "أخبار الشمال"), ("header:title", "قصف على كفرنبل")}
