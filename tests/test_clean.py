"""clean(): boilerplate removal and page metadata on the five samples and small fixtures."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from rasd.ingest.boilerplate import (
    SiteTemplates,
    fast_line_key,
    load_line_rules,
    registered_domain,
    rule_form,
    site_of,
)
from rasd.ingest.clean import clean
from rasd.ingest.metadata import (
    author_from_line,
    publisher_for_url,
    publisher_named_in_text,
    statement_issuer,
)
from rasd.records import Published, RawPage
from rasd.text.normalize import line_key

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
UNIFIEDFC = ROOT.parent / "shared" / "data" / "unifiedfc" / "dataset"
FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def _samples() -> dict[str, RawPage]:
    if not SAMPLES.is_dir():
        pytest.skip("shared samples missing")
    return {p.name: RawPage(source=str(p), text=p.read_text("utf-8")) for p in sorted(SAMPLES.glob("*.txt"))}


def _expected() -> dict[str, dict]:
    data = yaml.safe_load((SAMPLES / "expected.yaml").read_text("utf-8"))
    return {d["doc"]: d["metadata"] for d in data["documents"]}


def _ws(s: str) -> str:
    return " ".join(s.split())     # the pages use NBSP where expected.yaml has a space


def _folder_templates(raws: list[RawPage]) -> SiteTemplates:
    t = SiteTemplates()
    for r in raws:
        t.add_page(site_of(r), r.source, r.text.splitlines())
    return t


@pytest.fixture(scope="module")
def samples() -> dict[str, RawPage]:
    return _samples()


@pytest.mark.parametrize("mode", ["single", "folder"])
def test_samples_body_and_metadata(samples: dict[str, RawPage], mode: str) -> None:
    expected = _expected()
    templates = _folder_templates(list(samples.values())) if mode == "folder" else None
    for name, raw in samples.items():
        exp = expected[name]
        doc = clean(raw, templates)
        assert doc.text.startswith(exp["body_starts"]), (name, doc.text[:80])
        assert doc.text.endswith(exp["body_ends"]), (name, doc.text[-80:])
        assert doc.title == exp["title"] or (exp["title"] is None and doc.title_derived), name
        assert doc.url == exp.get("url"), name
        pub = exp["publisher"]
        assert doc.publisher.name_ar == pub["name_ar"], (name, doc.publisher)
        if "name_en" in pub:
            assert doc.publisher.name_en == pub["name_en"], name
        if "domain" in pub:
            assert doc.publisher.domain == pub["domain"] and doc.site == pub["domain"], name
        assert doc.views == exp.get("views"), name
        assert doc.caption == exp.get("caption"), name
        assert doc.section == exp.get("section"), name
        body_lines = {_ws(x) for x in doc.text.split("\n")}
        removed = {_ws(b.text) for b in doc.boilerplate}
        for line in exp.get("boilerplate", []):
            if line in {"the 8 ticker headlines", "the url line"}:
                continue
            assert _ws(line) not in body_lines, (name, line)
            assert _ws(line) in removed, (name, line)
        assert doc.id and doc.raw == raw.text and doc.source == raw.source


def test_ticker_is_template_only_in_folder_mode(samples: dict[str, RawPage]) -> None:
    raws = list(samples.values())
    ticker = samples["001_ccd135a118f501bf.txt"].text.splitlines()[1:9]
    folder = clean(samples["000_91baa5340ac027c7.txt"], _folder_templates(raws))
    single = clean(samples["000_91baa5340ac027c7.txt"])
    for doc, reason in ((folder, "template"), (single, "header")):
        removed = {b.text: b.reason for b in doc.boilerplate}
        for line in ticker:
            assert removed.get(line.strip()) == reason
            assert line.strip() not in doc.text
        assert any(b.reason == "rule:url" and b.text.startswith("http://anapress.net/a/") for b in doc.boilerplate)
    # the statement page (no URL) is never compared with anapress.net pages
    assert clean(samples["003_91ee6903be612cb3.txt"], _folder_templates(raws)).site is None


def test_statement_page(samples: dict[str, RawPage]) -> None:
    doc = clean(samples["003_91ee6903be612cb3.txt"])
    assert doc.title_derived and doc.title.startswith("كشف جيش الإسلام في بيان له")
    assert doc.title not in ("القيادة العامة", "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ")
    assert doc.publisher.name_ar == "جيش الإسلام" and doc.publisher.evidence == "statement header"
    # the closing date lines stay as the end of the body
    assert doc.text.split("\n")[-2:] == ["الواقع في 2018/04/23", "الموفق لـ 1439/08/07"]


def test_statement_issuer_found_by_structure_not_name() -> None:
    lines = ["مقدمة الخبر عن البيان.", "", "المكتب الإعلامي", "بيان رقم 14", "", "بسم الله الرحمن الرحيم",
             "لواء الفرقان", "", "نص البيان الطويل هنا وفيه تفاصيل كثيرة عن الأحداث الأخيرة في المنطقة."]
    assert statement_issuer(lines) == ("لواء الفرقان", 6)
    assert statement_issuer(["القيادة العامة لحركة نور الدين الزنكي", "بسم الله الرحمن الرحيم"])[0] == \
        "حركة نور الدين الزنكي"
    assert statement_issuer(["خبر عادي", "جيش الإسلام", "نص."]) is None


def test_named_publisher_needs_a_self_cue() -> None:
    assert publisher_named_in_text(["وأضافت زاخاروفا، وفق وكالة سبوتنيك الروسية، أن ..."]) is None
    p = publisher_named_in_text(["حلب - خاص - عنب بلدي", "قال ناشطون لـ \"عنب بلدي\" إن"])
    assert p is not None and p.name_ar == "عنب بلدي" and p.domain is None and p.evidence.startswith("named in text")
    # the lines are searched in one pass: each name is read back in its own line (cue, evidence),
    # blank lines and line ends are no part of any name
    p = publisher_named_in_text(["", "  ", "قصف على ريف حلب", "", "حلب - خاص - عنب بلدي", "وكالة سبوتنيك"])
    assert p is not None and p.name_ar == "عنب بلدي" and p.evidence == "named in text: خاص - عنب بلدي"
    p = publisher_named_in_text(["وكالة سبوتنيك", "قال مراسل عنب بلدي"])
    assert p is not None and p.evidence == "named in text: مراسل عنب بلدي"
    assert publisher_named_in_text(["قال مراسل", "عنب بلدي إن"]) is None     # the cue is on another line
    p = publisher_for_url("https://www.bbc.com/arabic/middleeast-123")
    assert p.name_en == "BBC Arabic" and p.domain == "bbc.com"
    assert publisher_for_url("http://unknown-site.org/x").name_ar is None


def test_quoted_sentence_shared_by_two_sites_is_not_template() -> None:
    raws = [RawPage(source=str(p), text=p.read_text("utf-8")) for p in sorted(FIXTURES.glob("site_*.txt"))]
    templates = _folder_templates(raws)
    quote = 'وقال الدفاع المدني في بيان إن "الأسواق الشعبية تعرضت لقصف مباشر خلال ساعات الذروة في المدينة".'
    docs = {Path(r.source).name: clean(r, templates) for r in raws}
    assert quote in docs["site_a_1.txt"].text.split("\n")
    assert quote in docs["site_b_1.txt"].text.split("\n")
    assert not templates.is_template("example-news-b.net", quote)
    for name in ("site_a_1.txt", "site_a_2.txt"):
        reasons = {b.text: b.reason for b in docs[name].boilerplate}
        assert reasons["غارات جديدة على ريف إدلب الجنوبي"] == "template"
        assert docs[name].site == "example-news-a.com"
    assert docs["site_a_1.txt"].title == "قصف مدفعي على بلدة كفرنبل"
    assert docs["site_a_1.txt"].caption is None          # "كفرنبل - خاص" is a dateline
    assert docs["site_b_1.txt"].title == "تقرير: التصعيد في الشمال السوري"
    assert docs["site_b_1.txt"].authors == []


def test_copies_of_a_page_do_not_become_template() -> None:
    text = (FIXTURES / "site_a_1.txt").read_text("utf-8")
    t = SiteTemplates()
    t.add_page("example-news-a.com", "a", text.splitlines())
    t.add_page("example-news-a.com", "b", text.splitlines())     # same article under another id
    assert t.n_pages("example-news-a.com") == 1


def test_templates_save_load_roundtrip() -> None:
    raws = [RawPage(source=str(p), text=p.read_text("utf-8")) for p in sorted(FIXTURES.glob("site_*.txt"))]
    t = _folder_templates(raws)
    db = sqlite3.connect(":memory:")
    db.executescript((ROOT / "rasd" / "store" / "schema.sql").read_text("utf-8"))
    t.save(db)
    t2 = SiteTemplates()
    t2.load(db)
    assert t2.n_pages("example-news-a.com") == 2
    assert t2.is_template("example-news-a.com", "تعرف على أسعار الخبز في دمشق اليوم")
    assert t2.counts == t.counts and t2.fingerprints == t.fingerprints


def test_line_rules() -> None:
    rules = load_line_rules()
    cases = {
        "مشاهدة": "views", "1,245 قراءة": "views", "10:49": "time", "منذ 3 ساعات": "time",
        "الأحد 21 يناير 2018": "date", "2018/04/23": "date", "حجم الخط:": "font-size",
        "زر الذهاب إلى الأعلى": "back-to-top", "العودة للأعلى": "back-to-top", "تويتر فيسبوك واتساب": "share",
        "طباعة": "share", "مقالات ذات صلة": "related", "اقرأ أيضاً:": "related", "الأكثر قراءة": "related",
        "http : / / p . dw . com / p / 2pzgk": "url", "بالفيديو": "media-intro",
        "شاهد لحظة سقوط الصاروخ على المبنى:": "media-intro", "جميع الحقوق محفوظة © 2018": "copyright",
        "اشترك في النشرة البريدية": "newsletter", "الوسوم: سوريا، حلب، إدلب": "tags",
    }
    for line, name in cases.items():
        assert rules.match(rule_form(line)) == name, line
    body = ["الواقع في 2018/04/23", "حصيلة القصف", "المفاوضات جارية", "شارك في المعركة 300 مقاتل من الفصائل",
            "أسلحتنا الثقيلة في الغوطة الشرقية أحرقناها جميعها وهذا الدليل:", "جيش الإسلام"]
    for line in body:
        assert rules.match(rule_form(line)) is None, line


def test_fast_line_key_equals_line_key(samples: dict[str, RawPage]) -> None:
    for raw in samples.values():
        for line in raw.text.splitlines():
            assert fast_line_key(line) == line_key(line)


def test_domains_and_site_of() -> None:
    assert registered_domain("https://www.anapress.net/a/1") == "anapress.net"
    assert registered_domain("http://www.almanar.com.lb/x") == "almanar.com.lb"
    assert registered_domain("https://arabic.rt.com/middle_east/1") == "rt.com"
    assert registered_domain("not a url") is None
    page = RawPage(source="x", text="عنوان\nhttp : / / anapress . net / a / 1\nنص.")
    assert site_of(page) == "anapress.net"


def test_author_lines() -> None:
    assert author_from_line("بقلم: أحمد محمد") == "أحمد محمد"
    assert author_from_line("إعداد: منير البويطي") == "منير البويطي"
    assert author_from_line("تقرير: التصعيد في الشمال السوري") is None


def test_extracted_html_page_uses_reader_metadata() -> None:
    raw = RawPage(source="p.html", kind="html", url="https://www.enabbaladi.net/archives/1",
                  title="قصف على إدلب", text="قصف على إدلب\nقصفت الطائرات مدينة إدلب صباح اليوم.\nشارك\n2,300 مشاهدة",
                  meta={"author": "فريق التحرير", "image_caption": "دخان فوق إدلب (عنب بلدي)", "section": "أخبار"})
    doc = clean(raw)
    assert doc.text == "قصفت الطائرات مدينة إدلب صباح اليوم."
    assert doc.title == "قصف على إدلب" and not doc.title_derived
    assert doc.publisher.name_ar == "عنب بلدي" and doc.site == "enabbaladi.net"
    assert doc.authors == ["فريق التحرير"] and doc.caption == "دخان فوق إدلب (عنب بلدي)"
    assert doc.section == "أخبار" and doc.views == 2300


def test_unifiedfc_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    if not UNIFIEDFC.is_dir():
        pytest.skip("unifiedfc corpus missing")
    try:                                    # date inference is tested elsewhere; keep this test fast
        import rasd.text.dates as dates
        monkeypatch.setattr(dates, "infer_published", lambda body, meta_date=None, url=None: Published())
    except ImportError:
        pass
    raws = []
    for path in sorted(UNIFIEDFC.glob("*.json"))[:40]:
        data = json.loads(path.read_text("utf-8"))
        for i, (text, url) in enumerate(zip(data["article"], data["url"], strict=False)):
            raws.append(RawPage(source=f"{path.name}#{i}", text=text, url=url, kind="unifiedfc"))
    templates = SiteTemplates()
    for r in raws:
        templates.add_page(site_of(r), r.url, r.text.splitlines())
    n_copyright = 0
    for r in raws:
        doc = clean(r, templates)
        assert doc.text.strip() and doc.title_derived and doc.site
        assert "جميع الحقوق محفوظة" not in doc.text.split("\n")[-1] or len(doc.text.split("\n")[-1].split()) > 30
        n_copyright += sum(b.reason == "rule:copyright" for b in doc.boilerplate)
        for b in doc.boilerplate:
            assert b.text not in doc.text.split("\n")
    assert n_copyright > 10
