"""Generate realistic news-site HTML pages from the unifiedfc articles (for `rasd bench ingest`).

Each article is wrapped in one of three site templates (modern <article> with OpenGraph and
<time>; div soup with the date only as byline text; an old table layout in windows-1256),
with navigation, a header ticker showing a *different* (crawl-time) date, breaking-news and
related-links boxes made of other articles' titles, a footer, scripts and styles. The
ground truth (what the article body holds, the title, the publication date, author, site)
goes to ``<out_dir>/.truth.jsonl`` (hidden, so reading the folder does not pick it up).

The publication dates and authors are synthetic (unifiedfc has none): deterministic per
article, so the bench is repeatable. Usage:

    python -m rasd.eval.htmlgen ../shared/data/unifiedfc/dataset /tmp/pages 200
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

_MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                  "تشرين الأول", "تشرين الثاني", "كانون الأول"]
_MONTHS_EGYPT = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                 "أكتوبر", "نوفمبر", "ديسمبر"]
_WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_AUTHORS = ["سامر الأحمد", "ليلى حسن", "محمد العلي", "رنا خليل", "عمر الشامي", None]
_SECTIONS = ["سياسة", "أخبار سوريا", "تقارير", "الشرق الأوسط", "عربي ودولي"]
_NAV = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "منوعات", "رأي", "فيديو", "اتصل بنا"]
_CRAWL_DAY = dt.date(2019, 6, 16)   # the "today" a crawler would have seen in the ticker


def iter_articles(dataset_dir: str | Path) -> Iterator[tuple[str, str | None]]:
    """(article text, url) for every article of every claim file, in file order."""
    for path in sorted(Path(dataset_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        urls = data.get("url") or []
        for i, article in enumerate(data.get("article") or []):
            if isinstance(article, str) and article.strip():
                yield article, (urls[i] if i < len(urls) else None)


def _seed(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16)


def _split_title(article: str) -> tuple[str, list[str]]:
    lines = [line.strip() for line in article.split("\n") if line.strip()]
    first = lines[0]
    if 15 <= len(first) <= 200 and len(lines) > 1:
        return first, lines[1:]
    words = first.split()
    return " ".join(words[:12]), lines


def _url_date(url: str | None) -> dt.date | None:
    """A date printed in the article URL (/2017/12/8/) is the real one: keep the truth consistent."""
    match = re.search(r"/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-])", url or "")
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _ar_date(day: dt.date, months: list[str]) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"


def _site(url: str | None, seed: int) -> tuple[str, str]:
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.removeprefix("www.") or f"news{seed % 7}.example"
    return host, host.split(".")[0].capitalize() + " News"


def render_page(article: str, url: str | None, index: int, related: list[str]) -> tuple[str, str, dict]:
    """Return (html, encoding, truth) for one article."""
    seed = _seed(f"{index}:{url}:{article[:200]}")
    title, body = _split_title(article)
    published = _url_date(url) or dt.date(2015, 1, 1) + dt.timedelta(days=seed % 1280)
    hour, minute = seed % 24, (seed // 24) % 60
    author = _AUTHORS[seed % len(_AUTHORS)]
    section = _SECTIONS[seed % len(_SECTIONS)]
    host, sitename = _site(url, seed)
    style = index % 3
    esc = html.escape
    paragraphs = "\n".join(f"<p>{esc(line)}</p>" for line in body)
    related_html = "\n".join(f'<li><a href="/news/{_seed(t) % 99999}">{esc(t)}</a></li>' for t in related)
    nav = "".join(f'<li><a href="/{i}">{esc(n)}</a></li>' for i, n in enumerate(_NAV))
    ticker = f"آخر تحديث: {_ar_date(_CRAWL_DAY, _MONTHS_LEVANT)} - 10:32"
    breaking = esc(related[0]) if related else "لا أخبار عاجلة"
    script_head = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
                   "var adMessage='إعلان: اشترك في النشرة البريدية';</script>")
    script_foot = ("<script>document.querySelectorAll('.share a').forEach(function(a){a.onclick=function(){"
                   "alert('تمت المشاركة');};});</script>")
    style_css = "<style>body{font-family:Tahoma} .ticker{color:red} nav li{display:inline}</style>"
    iso = f"{published.isoformat()}T{hour:02d}:{minute:02d}:00+03:00"
    canonical = url or f"https://{host}/news/{seed % 99999}"
    author_html = f'<span class="author">{esc(author)}</span>' if author else ""
    truth = {
        "url": canonical, "title": title, "date": published.isoformat(), "author": author,
        "sitename": sitename, "section": section, "text": "\n".join(body),
        "style": ["article-og", "div-soup", "table-cp1256"][style],
    }
    if style == 0:
        page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(title)} | {esc(sitename)}</title>
<meta name="description" content="{esc(body[0][:160]) if body else ''}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(sitename)}"><meta property="og:url" content="{esc(canonical)}">
<meta property="article:published_time" content="{iso}"><meta property="article:section" content="{esc(section)}">
<link rel="canonical" href="{esc(canonical)}">{script_head}{style_css}</head>
<body><header><div class="ticker">{ticker}</div><div class="logo"><a href="/">{esc(sitename)}</a></div>
<nav><ul>{nav}</ul></nav></header>
<div class="breaking">عاجل: {breaking}</div>
<main><article><h1>{esc(title)}</h1>
<div class="byline">{author_html} <time datetime="{iso}">{_ar_date(published, _MONTHS_EGYPT)}</time></div>
<figure><img src="/img/{seed % 999}.jpg" alt="" onerror="this.src='/img/default.jpg'">
<figcaption>صورة أرشيفية - {esc(section)}</figcaption></figure>
<div class="article-body">
{paragraphs}
</div>
<div class="share">شارك: <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
</article>
<aside class="related"><h3>اقرأ أيضاً</h3><ul>{related_html}</ul></aside></main>
<footer><p>جميع الحقوق محفوظة © {esc(sitename)} {_CRAWL_DAY.year}</p><ul>{nav}</ul></footer>
{script_foot}</body></html>
"""
        return page, "utf-8", truth
    if style == 1:
        byline = f"نشر في {published.day:02d}/{published.month:02d}/{published.year}"
        page = f"""<!DOCTYPE html>
<html lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(sitename)} - {esc(title)}</title>{script_head}{style_css}</head>
<body><div id="top"><span class="date">{ticker}</span> <a href="/">{esc(sitename)}</a></div>
<div id="menu"><ul>{nav}</ul></div>
<div id="wrapper"><div id="content"><div class="post">
<h2 class="post-title">{esc(title)}</h2>
<div class="meta">{byline} | {esc(author or section)}</div>
<div class="entry">
{paragraphs}
</div></div>
<div class="widget"><h3>الأكثر قراءة</h3><ul>{related_html}</ul></div></div>
<div id="sidebar"><div class="widget">عاجل: {breaking}</div></div></div>
<div id="footer">{esc(sitename)} © {_CRAWL_DAY.year} جميع الحقوق محفوظة</div>
{script_foot}</body></html>
"""
        truth["author"] = author if author else None
        return page, "utf-8", truth
    rows = "\n".join(f"<tr><td class=\"txt\">{esc(line)}</td></tr>" for line in body)
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{esc(title)}</title>{script_head}</head>
<body><table width="100%"><tr><td>{ticker}</td><td><b>{esc(sitename)}</b></td></tr>
<tr><td colspan="2">{' | '.join(_NAV)}</td></tr></table>
<table width="100%"><tr><td width="70%" valign="top"><table>
<tr><td class="title"><font size="4"><b>{esc(title)}</b></font></td></tr>
<tr><td class="date">{_ar_date(published, _MONTHS_LEVANT)}</td></tr>
{rows}
</table></td><td width="30%" valign="top"><b>أخبار ذات صلة</b><br>{'<br>'.join(esc(t) for t in related)}</td></tr></table>
<table><tr><td>{esc(sitename)} - جميع الحقوق محفوظة {_CRAWL_DAY.year}</td></tr></table>{script_foot}</body></html>
"""
    truth["author"] = None
    return page, "windows-1256", truth


def make_pages(dataset_dir: str | Path, out_dir: str | Path, n: int) -> list[Path]:
    """Write up to ``n`` pages as out_dir/page-NNNNN.html and the truth to out_dir/.truth.jsonl."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    articles = []
    for article, url in iter_articles(dataset_dir):
        articles.append((article, url))
        if len(articles) >= n + 4:
            break
    titles = [_split_title(a)[0] for a, _ in articles]
    written: list[Path] = []
    with (out / ".truth.jsonl").open("w", encoding="utf-8") as truth_file:
        for i, (article, url) in enumerate(articles[:n]):
            related = [titles[(i + k) % len(titles)] for k in (1, 2, 3, 4) if len(titles) > 1]
            page, encoding, truth = render_page(article, url, i, related)
            path = out / f"page-{i:05d}.html"
            path.write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
            truth["file"] = path.name
            truth["encoding"] = encoding
            truth_file.write(json.dumps(truth, ensure_ascii=False) + "\n")
            written.append(path)
    return written


def token_prf(predicted: str, truth: str) -> tuple[float, float]:
    """Bag-of-tokens (precision, recall) of an extracted text against the true body."""
    pred, gold = Counter(predicted.split()), Counter(truth.split())
    overlap = sum((pred & gold).values())
    return overlap / max(1, sum(pred.values())), overlap / max(1, sum(gold.values()))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: python -m rasd.eval.htmlgen DATASET_DIR OUT_DIR N")
    pages = make_pages(sys.argv[1], sys.argv[2], int(sys.argv[3]))
    print(f"wrote {len(pages)} pages to {sys.argv[2]}")
