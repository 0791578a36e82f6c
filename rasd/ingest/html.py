"""One HTML page -> RawPage: trafilatura for main text and metadata, checked, with an lxml fallback.

trafilatura is good but not trusted blindly. After it runs we check that:
- the text is non-trivial (length; Arabic share when the page itself is Arabic), else the
  lxml fallback (<article> / <main> / the block holding most paragraph text) is used;
- no script/style content leaked into the text;
- the title is not just the site name or a fragment cut at a ":" of the real title;
- the site name is not the title;
- the date is plausible (1990 .. today) and supported by the page: structured metadata
  (meta tags, JSON-LD, <time> in the article), the URL, or the main text. A date seen only
  outside the main text (a header ticker, a copyright year) or equal to the crawl date
  without support is rejected.
Every rejection is recorded in ``meta["warnings"]``.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from functools import lru_cache
from html import unescape
from typing import Any, NamedTuple

import lxml.html
import numpy as np
from lxml import etree

from rasd.data import word_data, word_list
from rasd.records import RawPage, ReadError
from rasd.text.dates import url_date

MIN_TEXT_CHARS = 80           # below this the extraction is considered empty
_SKIP_ALWAYS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head",
                "title", "meta", "link", "button", "select", "option", "textarea", "canvas", "map"}
_CHROME = {"nav", "header", "footer", "aside", "form", "menu"}
_BLOCK = {"p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
          "table", "tr", "td", "th", "br", "blockquote", "pre", "figure", "figcaption", "header", "footer",
          "aside", "nav", "dd", "dt", "dl", "address", "center", "hr", "tbody", "thead", "caption"}
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»«]\s+|\s*\|\s*|\s+::\s+")
_GENERIC_TITLES = set(word_list("ingest_words.yaml", "generic_titles"))
_CHROME_NAMES = re.compile(r"(?:^|[\s_-])(?:header|top|topbar|footer|foot|menu|nav|navbar|sidebar|side|"
                           r"widget|ticker|breaking|related|copyright|share|social|banner|ads?)(?:$|[\s_\d-])")
_NON_TEXT_BLOCKS = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)",
                              re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|tr|td|th|h[1-6]|table|section|article|blockquote|center|hr)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EASTERN_DIGIT = re.compile("[٠-٩۰-۹]")
_MONTHS = tuple(tuple(str(name) for name in month) for month in word_data("ingest_words.yaml", "months"))
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
              "date", "dc.date", "dc.date.issued", "sailthru.date", "article.published", "published_time",
              "parsely-pub-date", "publish-date", "article:modified_time", "og:updated_time", "datemodified")


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (<meta charset> / http-equiv)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def html_to_page(html: str, source: str, url: str | None = None, kind: str = "html", *,
                 encoding: str | None = None, crawl_date: str | None = None,
                 warnings: list[str] | None = None) -> RawPage | ReadError:
    """Extract the main text and metadata of one HTML page. Never raises for bad HTML."""
    warnings = list(warnings or [])
    if not html or not html.strip():
        return ReadError(source, "empty HTML")
    tree, complete = _parse_checked(html)
    if tree is None:
        return ReadError(source, "no parsable HTML")
    body = tree.find("body") if tree.tag == "html" else tree
    if body is None:
        body = tree

    page_meta = _page_metadata(tree)
    code = _code_blocks(tree)
    # One parse serves trafilatura and the checks: bare_extraction copies a tree it is given
    # before editing it. <noscript>/<template> hold "enable JavaScript" notices and unrendered
    # markup: trafilatura keeps their text (and on short pages then merges all paragraphs into
    # one line), and they are no visible page text for the checks either.
    for el in list(tree.iter("noscript", "template")):   # (document order, as //noscript|//template)
        el.drop_tree()
    doc = _trafilatura(tree, url, warnings)
    # metadata is read from the same tree (trafilatura copies it before pruning): also for a
    # page whose text trafilatura discards as too short
    info = _trafilatura_metadata(tree, url, warnings)

    text = _plain_table_text(doc.text) if doc is not None and doc.text else ""
    text = _drop_script_leaks(text, code, warnings)

    # --- text checks ---------------------------------------------------------------------
    page_text_value: str | None = None

    def page_text() -> str:             # the whole visible page: only some checks need it
        nonlocal page_text_value
        if page_text_value is None:
            page_text_value = _block_text(body, skip_chrome=False)
        return page_text_value

    fallback: str | None = None

    def get_fallback() -> str:
        nonlocal fallback
        if fallback is None:
            fallback = _fallback_text(body)
        return fallback

    if len(text) < MIN_TEXT_CHARS:
        alt = get_fallback()
        if len(alt) > len(text):
            warnings.append(f"trafilatura text too short ({len(text)} chars): used lxml fallback ({len(alt)} chars)")
            text = alt
    elif _arabic_share(text) < 0.2 and _arabic_share(page_text()) >= 0.5:
        alt = get_fallback()
        if _arabic_share(alt) > 0.5 and len(alt) >= MIN_TEXT_CHARS:
            warnings.append("trafilatura text is not Arabic while the page is: used lxml fallback")
            text = alt
    if not complete or len(text) < MIN_TEXT_CHARS:
        stripped = _regex_text(html)
        if len(stripped) > 2 * max(len(text), MIN_TEXT_CHARS // 2):
            reason = "HTML nested too deep for the parser" if not complete else "no text found in the page structure"
            warnings.append(f"{reason}: text taken by stripping the tags ({len(stripped)} chars)")
            text = stripped
    if not text.strip():
        return ReadError(source, "no text in HTML page")
    if len(text) < MIN_TEXT_CHARS:
        warnings.append(f"very short main text ({len(text)} chars)")

    # --- metadata ------------------------------------------------------------------------
    sitename = _check_sitename(info, page_meta, url, warnings)
    title = _check_title(info, page_meta, sitename, url, warnings)
    page_url = url or (info.url if info is not None else None) or page_meta.get("url")
    date, date_source = _check_date(info, page_meta, page_url, text,
                                    lambda: text + "\n" + _main_region_text(body) + "\n" + (title or ""),
                                    lambda: _block_text(body, True, True), page_text, crawl_date, warnings)
    meta: dict[str, Any] = {}
    author = _check_author(info, sitename, warnings)
    if author:
        meta["author"] = author
    if date:
        meta["date"] = date
        meta["date_source"] = date_source
    if sitename:
        meta["sitename"] = sitename
    description = (info.description if info is not None else None) or page_meta.get("description")
    if description and description.strip():
        meta["description"] = description.strip()
    section = page_meta.get("section") or (info.categories[0] if info is not None and info.categories else None)
    if section:
        meta["section"] = section
    if info is not None and info.tags:
        meta["tags"] = list(info.tags)
    caption = _image_caption(body)
    if caption:
        meta["image_caption"] = caption
    if page_meta.get("lang"):
        meta["lang"] = page_meta["lang"]
    if crawl_date:
        meta["crawl_date"] = crawl_date
    if warnings:
        meta["warnings"] = warnings
    return RawPage(source=source, text=text, html=html, url=page_url, title=title, meta=meta,
                   encoding=encoding, kind=kind)


# --- parsing and text ------------------------------------------------------------------------

def _html_class_lookup() -> etree.ElementNamespaceClassLookup:
    """The element classes of ``lxml.html.HTMLParser`` (HtmlElement; FormElement, InputElement ...
    for the form tags; HtmlComment, HtmlProcessingInstruction, HtmlEntity) chosen inside lxml:
    lxml.html's own lookup is a Python method called for every element proxy lxml creates -- the
    most called Python function of the HTML path (~360 calls per page, most of them inside
    trafilatura and htmldate, which work on copies of rasd's tree and so inherit its parser)."""
    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    # (lxml.html lower-cases the tag name first; libxml2's HTML parser gives lower-case names)
    lookup.get_namespace(None).update(lxml.html.HtmlElementClassLookup._default_element_classes)
    return lookup


_HTML_LOOKUP = _html_class_lookup()


class _HTMLParser(etree.HTMLParser):
    """``lxml.html.HTMLParser`` with the same element classes, looked up in C (_html_class_lookup)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.set_element_class_lookup(_HTML_LOOKUP)


def _parse_checked(html: str) -> tuple[lxml.html.HtmlElement | None, bool]:
    """(tree, complete). libxml2 stops at nesting depth 256 (thousands of unclosed <font>
    tags do that): the tree then misses the rest of the page, and ``complete`` is False."""
    html = _XML_DECL.sub("", html, count=1).replace("\x00", "")
    parser = _HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None, False
    complete = not any("Excessive depth" in entry.message for entry in parser.error_log)
    return root, complete


def _regex_text(html: str) -> str:
    """Text by stripping tags, for markup the parser cannot hold; script/style removed first."""
    html = _NON_TEXT_BLOCKS.sub(" ", html)
    html = _BLOCK_TAG.sub("\n", html)
    text = unescape(_ANY_TAG.sub("", html))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# trafilatura settings of the HTML path (``rasd bench html`` prints them next to the baseline's)
TRAFILATURA_SETTINGS = ("bare_extraction(fast=True, with_metadata=False, include_comments=False, "
                        "include_tables=True, include_images=False, include_links=False, deduplicate=False) "
                        "for the text; trafilatura's metadata readers (meta tags, JSON-LD, title, canonical URL, "
                        "byline/category/tag markup when the page has any) and htmldate find_date("
                        "extensive_search=False, original_date=True)'s markup steps (URL, meta tags, JSON-LD, "
                        "abbr, date-named elements, title/h1, <time>, og:image URL) for the metadata")


@lru_cache(maxsize=2)
def _extractor(today: str):
    """The trafilatura options, built once (building them reads trafilatura's config each time)."""
    from trafilatura.settings import Extractor

    return Extractor(
        output_format="python",
        # fast: no readability/jusText second opinion; rasd checks the result itself (below)
        fast=True, comments=False, tables=True, images=False, links=False, dedup=False,
        # metadata: _trafilatura_metadata, on the tree already parsed
        with_metadata=False,
        # structured dates only (meta, JSON-LD, <time>, URL): htmldate's extensive text
        # search mostly finds copyright years and tickers, and costs 2-3x the time; dates
        # printed in the text are the cleaner's job, with evidence
        date_params={"extensive_search": False, "original_date": True, "max_date": today})


def _trafilatura(tree, url: str | None, warnings: list[str]):
    """trafilatura's main text of a parsed page (it works on its own copy of ``tree``)."""
    import trafilatura

    options = copy.copy(_extractor(dt.date.today().isoformat()))
    options.url = url                   # what Extractor(url=...) sets
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    try:
        return trafilatura.bare_extraction(tree, url=url, options=options)
    except Exception as exc:   # trafilatura failing on odd markup must not stop the page
        warnings.append(f"trafilatura failed ({type(exc).__name__}: {exc}): used lxml fallback")
        return None


# Tags and attribute-value pieces covering everything trafilatura's byline XPaths (AUTHOR_XPATHS,
# case-sensitive) can match: a page with none of them gets no author from those XPaths, so they are
# not run there (they copy the whole tree and test every element with regular expressions: the
# costliest part of its metadata).
_AUTHOR_WORDS = ("uthor", "byl", "yline", "BBL", "username", "screenname", "writer", "zuozhe", "bianji",
                 "xiaobian", "channel-name", "submitted-by", "posted-by", "journalist-name")
_AUTHOR_TAGS = etree.XPath("boolean(//author|//rel)")
_AUTHOR_ATTRS = etree.XPath("//@class|//@id|//@rel|//@itemprop|//@data-testid|//@data-component", smart_strings=False)


def _author_markup(tree) -> bool:
    """True when the page has markup trafilatura's byline XPaths could match: an <author>/<rel>
    element, or one of the attributes they read holding one of _AUTHOR_WORDS (XPath's
    ``contains``). The attribute values are fetched in one XPath and searched joined: ~3x faster
    than testing every element's attributes in XPath. (NUL never occurs in a parsed value, so no
    word spans two values.)"""
    if _AUTHOR_TAGS(tree):
        return True
    values = "\x00".join(_AUTHOR_ATTRS(tree))
    return any(word in values for word in _AUTHOR_WORDS)


# trafilatura takes categories/tags from links only when their href has /category/ or /tag/ (and plurals)
_CATSTAG_LINKS = etree.XPath('//a[contains(@href, "/categor") or contains(@href, "/tag")]')
_SECTION_META = etree.XPath('.//head//meta[@property="article:section" or contains(@name, "subject")][@content]')


def _trafilatura_metadata(tree, url: str | None, warnings: list[str]):
    """trafilatura's page metadata (title, author, URL, date, site name, description, categories,
    tags), read with its own functions in the order of ``trafilatura.metadata.extract_metadata``,
    minus the licence (unused) and minus the byline / category-link XPaths on pages that have no
    markup they could match (the result is the same; they are the slow part)."""
    from trafilatura import metadata as tm
    from trafilatura.utils import line_processing

    try:
        info = tm.examine_meta(tree)
        if info.author and " " not in info.author:   # as trafilatura: a single word is no byline
            info.author = None
        try:
            info = tm.extract_meta_json(tree, info)
        except Exception:   # trafilatura guards its JSON-LD reader the same way
            pass
        if not info.title:
            info.title = tm.extract_title(tree)
        if not info.author and _author_markup(tree):
            info.author = tm.extract_author(tree)
        if not info.url:
            info.url = tm.extract_url(tree, url)
        info.date = _markup_date(tree, info.url, _date_options(dt.date.today().isoformat()))
        if not info.sitename:
            info.sitename = tm.extract_sitename(tree)
        if info.sitename:
            info.sitename = info.sitename.lstrip("@")
            if info.sitename and "." not in info.sitename and not info.sitename[0].isupper():
                info.sitename = info.sitename.title()
        elif info.url and (match := tm.META_URL.match(info.url)):
            info.sitename = match[1]
        links = bool(_CATSTAG_LINKS(tree))
        if not info.categories:
            if links:
                info.categories = tm.extract_catstags("category", tree)
            else:   # trafilatura's fallback when no category link matches
                found = (el.get("content") for el in _SECTION_META(tree))
                info.categories = [r for r in dict.fromkeys(line_processing(x) for x in found if x) if r]
        if not info.tags and links:
            info.tags = tm.extract_catstags("tag", tree)
        info.clean_and_trim()
        return info
    except Exception as exc:   # as for the text: odd markup must not stop the page
        warnings.append(f"trafilatura metadata failed ({type(exc).__name__}: {exc})")
        return None


@lru_cache(maxsize=2)
def _date_options(today: str):
    """htmldate's options of ``find_date(extensive_search=False, original_date=True, max_date=today)``
    (``_extractor``'s date_params), built once a day."""
    from htmldate.utils import Extractor as DateOptions
    from htmldate.validators import get_max_date, get_min_date

    params = _extractor(today).date_params
    return DateOptions(params["extensive_search"], get_max_date(params["max_date"]), get_min_date(None),
                       params["original_date"], "%Y-%m-%d")


# (compiled once: ``tree.xpath(str)`` compiles its expression at every call)
_TITLE_H1 = etree.XPath(".//title|.//h1")


def _markup_date(tree, url: str | None, options) -> str | None:
    """The page date htmldate's ``find_date(tree, extensive_search=False, original_date=True,
    url=url)`` finds in the markup, by its own functions in its order: a full date in the URL
    (the canonical link's when ``url`` is None), the meta tags, JSON-LD, <abbr> dates, elements
    whose class/id/itemprop names a date, <title>/<h1>, <time>, the og:image URL. find_date's
    remaining steps are text searches -- a timestamp pattern over the serialised page, English/
    German/Turkish "published on" forms, and at last any date printed anywhere in the page text
    (a ticker, a copyright year, an event in the running text) -- and cost about half its time on
    a page without a date in its markup: dates printed in the text are the cleaner's job, with
    evidence (``infer_published``), as for the extensive search (``_extractor``)."""
    from copy import deepcopy

    from htmldate import core as hd
    from htmldate.extractors import discard_unwanted, extract_url_date, img_search, json_search
    from htmldate.settings import CLEANING_LIST
    from htmldate.utils import clean_html

    if url is None:
        link = tree.find('.//link[@rel="canonical"]')
        if link is not None:
            url = link.get("href")
    result = extract_url_date(url, options) or hd.examine_header(tree, options) or json_search(tree, options) \
        or hd.examine_abbr_elements(tree, options)
    if result is not None:
        return result
    copied = deepcopy(tree)            # (htmldate prunes its own copy)
    try:
        search_tree = discard_unwanted(clean_html(copied, CLEANING_LIST))
    except ValueError:                 # (as find_date: a rare lxml error leaves the copy as it is)
        search_tree = copied
    return (hd.examine_elements(hd.date_candidates(search_tree, options.extensive), options)
            or hd.examine_elements(_TITLE_H1(search_tree), options)
            or hd.examine_time_elements(search_tree, options)
            or img_search(search_tree, options))


def _is_chrome_box(el) -> bool:
    """A page-furniture box by its class/id (top bar, ticker, menu, sidebar, footer ...)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return bool(names.strip()) and bool(_CHROME_NAMES.search(names))


def _block_text(root, skip_chrome: bool, skip_chrome_boxes: bool = False) -> str:
    """Visible text of ``root`` with a newline at every block boundary; never script/style.

    ``skip_chrome`` drops <nav>/<header>/<footer>/<aside>/<form>; ``skip_chrome_boxes`` also
    drops boxes whose class/id names them as page furniture, outside <article>/<main>.
    """
    parts: list[str] = []
    skip = _SKIP_ALWAYS | (_CHROME if skip_chrome else set())

    def walk(el, in_main: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in skip or not tag:
            return
        in_main = in_main or tag in ("article", "main")
        if skip_chrome_boxes and not in_main and _is_chrome_box(el):
            return
        block = tag in _BLOCK
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child, in_main)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# (XPaths compiled once: ``tree.xpath(str)`` compiles its expression at every call)
_FALLBACK_REGIONS = tuple(etree.XPath(x) for x in ("//article", "//main", "//*[@role='main']"))
_MAIN_REGIONS = etree.XPath("//article|//main|//*[@role='main']")
_TIME_DATES = etree.XPath("//time[@datetime]|//*[@itemprop='datePublished'][@content or @datetime]")


def _fallback_text(body) -> str:
    """Simple main-content guess: largest <article>, else <main>, else the block with most <p> text."""
    for xpath in _FALLBACK_REGIONS:
        candidates = [(len(_block_text(el, True)), el) for el in xpath(body)]
        candidates = [c for c in candidates if c[0] >= MIN_TEXT_CHARS]
        if candidates:
            return _block_text(max(candidates, key=lambda c: c[0])[1], True)
    scores: dict[Any, int] = {}
    for el in body.iter("p", "td", "br"):
        if _inside(el, _SKIP_ALWAYS | _CHROME):
            continue
        parent = el.getparent() if el.tag != "td" else el.getparent()
        if parent is None:
            continue
        text_len = len((el.text_content() if el.tag != "br" else (el.tail or "")).strip())
        scores[parent] = scores.get(parent, 0) + text_len
    if scores:
        best = max(scores, key=scores.get)
        # a table row holds one cell: climb to the table so all rows are kept
        while best.tag in ("tr", "tbody") and best.getparent() is not None:
            best = best.getparent()
        text = _block_text(best, True)
        if len(text) >= MIN_TEXT_CHARS:
            return text
    return _block_text(body, True)


def _inside(el, tags: set[str]) -> bool:
    for anc in el.iterancestors():
        if anc.tag in tags:
            return True
    return False


def _main_region_text(body) -> str:
    """Text of the <article>/<main> region (bylines live there even when trafilatura drops them)."""
    regions = _MAIN_REGIONS(body)
    return "\n".join(_block_text(el, True) for el in regions[:3])


def _plain_table_text(text: str) -> str:
    """trafilatura renders tables as '| a | b |' rows: turn the cells into plain lines."""
    if "|" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped[:1] == "|" and stripped[-1:] == "|":
            inner = stripped[1:-1]
            # an escaped bar "\|" is cell text: a plain split is enough without a backslash
            cells = inner.split("|") if "\\" not in inner else re.split(r"(?<!\\)\|", inner)
            for cell in cells:
                cell = cell.replace("\\|", "|").strip()
                if cell.strip("-: "):       # not a '---' / ':--:' separator cell
                    out.append(cell)
        else:
            out.append(line)
    return "\n".join(out)


def _code_blocks(tree) -> list[str]:
    """Source text of the page's script/style/noscript/template elements."""
    return [el.text for el in tree.iter("script", "style", "noscript", "template") if el.text and el.text.strip()]


def _drop_script_leaks(text: str, code: list[str], warnings: list[str]) -> str:
    """Remove any line that is script/style source (``code``: ``_code_blocks`` of the page; it
    must never reach the text)."""
    if not text:
        return text
    if not code:
        return text
    blob = "\n".join(code)
    kept, dropped = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped) >= 12 and stripped in blob:
            dropped += 1
            continue
        kept.append(line)
    text = "\n".join(kept)
    for chunk in code:   # a script body run into a paragraph
        chunk = chunk.strip()
        if len(chunk) >= 12 and chunk in text:
            text = text.replace(chunk, " ")
            dropped += 1
    if dropped:
        warnings.append(f"dropped {dropped} piece(s) of script/style source from the text")
    return text


# class of each code point up to the last Arabic letter: 1 Arabic letter [\u0621-\u064a], 2 Latin
# letter [A-Za-z\u00c0-\u024f], 0 other; every code point above it is class 0 too
_LETTER_CLASS = np.zeros(0x64B + 1, dtype=np.intp)
_LETTER_CLASS[0x621:0x64B] = 1
_LETTER_CLASS[[*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250)]] = 2


def _arabic_share(text: str) -> float:
    """Arabic letters among Arabic + Latin letters (_LETTER_CLASS), on a sample (enough for a
    share), counted in one numpy pass (two regex scans for the letter runs cost ~10x more)."""
    codes = np.frombuffer(text[:6000].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    _other, arabic, latin = np.bincount(_LETTER_CLASS.take(np.minimum(codes, 0x64B)), minlength=3).tolist()
    letters = arabic + latin
    return arabic / letters if letters else 0.0


_HAS_FIGCAPTION = etree.XPath("boolean(//figcaption)")
_CAPTIONS = tuple(etree.XPath(x) for x in ("//article//figcaption", "//main//figcaption", "//figcaption"))


def _image_caption(body) -> str | None:
    if not _HAS_FIGCAPTION(body):      # (most pages: one scan instead of three)
        return None
    for xpath in _CAPTIONS:
        for el in xpath(body):
            caption = " ".join(el.text_content().split())
            if caption:
                return caption
    return None


# --- metadata checks -------------------------------------------------------------------------

def _page_metadata(tree) -> dict[str, Any]:
    """Metadata read directly from the markup, used to check trafilatura's values."""
    found: dict[str, Any] = {"dates": []}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if not key or not value:
            continue
        if key in ("og:title", "twitter:title") and "og_title" not in found:
            found["og_title"] = value
        elif key in ("og:site_name", "application-name") and "site_name" not in found:
            found["site_name"] = value
        elif key in ("og:description", "description") and "description" not in found:
            found["description"] = value
        elif key in ("article:section", "section") and "section" not in found:
            found["section"] = value
        elif key in ("og:url",) and "url" not in found:
            found["url"] = value
        if key in _DATE_META:
            found["dates"].append(("meta " + key, value))
    title_el = tree.find(".//title")
    if title_el is not None and title_el.text:
        found["title"] = " ".join(title_el.text.split())
    # the first <h1> in document order (the union //article//h1|//main//h1|//h1 is every <h1>)
    h1 = next(tree.iter("h1"), None)
    if h1 is not None:
        found["h1"] = " ".join(h1.text_content().split())
    for el in _TIME_DATES(tree):
        value = el.get("datetime") or el.get("content")
        where = "time in article" if _inside(el, {"article", "main"}) else "time"
        found["dates"].append((where, value))
    for el in tree.iter("script"):    # (//script[@type='application/ld+json'], without an XPath)
        if el.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                for key in ("datePublished", "dateCreated", "dateModified"):
                    if isinstance(item.get(key), str):
                        found["dates"].append(("json-ld " + key, item[key]))
    lang = tree.get("lang") or tree.get("xml:lang")
    if lang:
        found["lang"] = lang.strip()
    return found


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _site_names(sitename: str | None, url: str | None) -> set[str]:
    names = {_norm(sitename)} if sitename else set()
    if url:
        host = re.sub(r"^https?://", "", url).split("/")[0].lower().removeprefix("www.")
        names |= {host, host.split(".")[0]}
    return {n for n in names if n}


def _check_sitename(doc, page_meta: dict[str, Any], url: str | None, warnings: list[str]) -> str | None:
    sitename = doc.sitename if doc is not None else None
    og_site = page_meta.get("site_name")
    if sitename and _norm(sitename) in {_norm(page_meta.get("title")), _norm(page_meta.get("h1")),
                                         _norm(doc.title if doc is not None else None)} and _norm(og_site) != _norm(sitename):
        warnings.append(f"rejected site name {sitename!r}: it is the page title")
        sitename = None
    elif sitename and len(sitename.split()) > 6 and _norm(og_site) != _norm(sitename):
        warnings.append(f"rejected site name {sitename[:60]!r}: a sentence, not a name (title cut at a dash?)")
        sitename = None
    if not sitename and og_site:
        sitename = og_site
    return sitename


def _check_title(doc, page_meta: dict[str, Any], sitename: str | None, url: str | None,
                 warnings: list[str]) -> str | None:
    sites = _site_names(sitename, url)
    full_titles = [t for t in (page_meta.get("og_title"), page_meta.get("h1"), _strip_site(page_meta.get("title"), sites))
                   if t]
    title = doc.title if doc is not None else None
    if title:
        norm = _norm(title)
        if norm in sites or norm in _GENERIC_TITLES:
            warnings.append(f"rejected title {title!r}: it is the site name")
            title = None
        else:
            # trafilatura cuts titles at ':' / '-' taking the rest for a site name; if the
            # removed part is not the site name, the full title is the real one
            for full in full_titles:
                if len(full) > len(title) and norm in _norm(full) and not _is_site_rest(full, title, sites):
                    warnings.append(f"title {title!r} was a fragment of {full!r}: kept the full title")
                    title = full
                    break
    if not title:
        for candidate in full_titles:
            if _norm(candidate) not in sites and _norm(candidate) not in _GENERIC_TITLES:
                title = candidate
                break
    return title


def _strip_site(title: str | None, sites: set[str]) -> str | None:
    if not title:
        return None
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) > 1:
        kept = [p for p in parts if _norm(p) not in sites]
        if kept and len(kept) < len(parts):
            return " - ".join(kept).strip()
    return title


def _is_site_rest(full: str, fragment: str, sites: set[str]) -> bool:
    """True when what ``full`` has beyond ``fragment`` is only a site name (or nothing).

    "Title | Site", "Site - Title": a short rest after a bar or dash is a site name even when
    the page does not say so; a rest after a colon is part of the title ("Dera'a: ...").
    """
    full_n, frag_n = _norm(full), _norm(fragment)
    at = full_n.find(frag_n)
    before, after = full_n[:at], full_n[at + len(frag_n):]
    rest = " ".join((before + " " + after).split()).strip(" |-–—:·•»«")
    if not rest or rest in sites:
        return True
    if any(site.isascii() and len(site) > 2 and site in rest for site in sites):
        return True
    joint = after[:4] if after.strip() else before[-4:]
    return ":" not in joint and bool(re.search(r"[|\-–—·•»«]", joint)) and len(rest.split()) <= 4


def _check_author(doc, sitename: str | None, warnings: list[str]) -> str | None:
    author = doc.author if doc is not None else None
    if not author:
        return None
    if len(author) > 100 or "http" in author or "@" in author and " " not in author:
        warnings.append(f"rejected author {author[:60]!r}: not a name")
        return None
    if sitename and _norm(author) == _norm(sitename):
        warnings.append(f"rejected author {author!r}: it is the site name")
        return None
    return author


def _ascii_digits(text: str) -> str:
    """Arabic-Indic digits as ASCII ones (str.translate walks every character: only when needed)."""
    return text.translate(_DIGITS) if _EASTERN_DIGIT.search(text) else text


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = re.search(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", _ascii_digits(value))
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


class _DateForms(NamedTuple):
    """The printed forms of one date (_date_forms) as two regexes that find the same texts as
    their alternation, faster: every form holds the year, the first one starting with it, the
    three others ending with it; a regex that starts with a literal is searched by a fast scan
    for it (the alternation is tried at every position)."""

    year: str
    year_first: re.Pattern[str]           # the form starting with the year
    year_last_reversed: re.Pattern[str]   # the other forms, each reversed: on the reversed text


def _date_forms(day: dt.date) -> list[str]:
    """Printed forms of one date: 2018-03-01, 1/3/2018, 01.03.2018, 1 آذار 2018, March 1, 2018 ...
    (regexes, case-insensitive); the first one starts with the year, the others end with it."""
    y, m, d = day.year, day.month, day.day
    dd, mm = rf"0?{d}", rf"0?{m}"
    months = "|".join(re.escape(name) for name in _MONTHS[m - 1])
    return [
        rf"{y}\s*[-/.]\s*{mm}\s*[-/.]\s*{dd}(?!\d)",
        rf"(?<!\d){dd}\s*[-/.]\s*{mm}\s*[-/.]\s*{y}",
        rf"(?<!\d){dd}\s*(?:من\s+)?(?:شهر\s+)?(?:{months})(?:\s*[/(،,]\s*[^\d\n]{{2,14}}?\)?)?\s*[،,]?\s*(?:عام\s+|سنة\s+)?{y}",
        rf"(?:{months})\s+{dd}\s*,?\s*{y}",
    ]


@lru_cache(maxsize=4096)   # pages of one site share dates; compiling is the costly part
def _date_pattern(day: dt.date) -> _DateForms:
    """_date_forms of ``day`` as _DateForms."""
    y, m, d = day.year, day.month, day.day
    # forms 2-4 written backwards, piece by piece (a lookbehind before becomes a lookahead after)
    dr, mr = f"{str(d)[::-1]}0?", f"{str(m)[::-1]}0?"
    months_r = "|".join(re.escape(name[::-1]) for name in _MONTHS[m - 1])
    reversed_tails = [
        rf"\s*[-/.]\s*{mr}\s*[-/.]\s*{dr}(?!\d)",
        rf"(?:\s+ماع|\s+ةنس)?\s*[،,]?\s*(?:\)?[^\d\n]{{2,14}}?\s*[/(،,]\s*)?(?:{months_r})(?:\s+رهش)?(?:\s+نم)?\s*{dr}(?!\d)",
        rf"\s*,?\s*{dr}\s+(?:{months_r})",
    ]
    return _DateForms(str(y), re.compile(_date_forms(day)[0], re.I),
                      re.compile(str(y)[::-1] + "(?:" + "|".join(f"(?:{t})" for t in reversed_tails) + ")", re.I))


def _printed(forms: _DateForms, text: str) -> bool:
    """One of the date's printed forms found in ``text``, its digits read as ASCII. Every form
    holds the year's four digits: a text without them is not searched."""
    text = _ascii_digits(text)
    if forms.year not in text:
        return False
    return forms.year_first.search(text) is not None or forms.year_last_reversed.search(text[::-1]) is not None


def _check_date(doc, page_meta: dict[str, Any], url: str | None, extracted: str, main_text: Callable[[], str],
                content_text: Callable[[], str], page_text: Callable[[], str], crawl_date: str | None,
                warnings: list[str]) -> tuple[str | None, str | None]:
    """(date, where it is supported) or (None, None). The texts are callables: most dates are
    settled by the metadata or the URL before any page text is needed. ``main_text`` starts with
    ``extracted`` (the page's main text), then a line break: a date printed in ``extracted`` is
    printed in ``main_text`` (the line break is no digit), so ``extracted`` alone is searched first."""
    raw = doc.date if doc is not None else None
    day = _parse_date(raw)
    if day is None:
        return None, None
    today = dt.date.today()
    if day > today:
        warnings.append(f"rejected date {raw}: in the future")
        return None, None
    if day.year < 1990:
        warnings.append(f"rejected date {raw}: before 1990")
        return None, None
    crawl_day = _parse_date(crawl_date)
    if crawl_day and day > crawl_day:
        warnings.append(f"rejected date {raw}: after the crawl date {crawl_day}")
        return None, None
    # supported by structured metadata?
    for where, value in page_meta["dates"]:
        if _parse_date(value) == day:
            return day.isoformat(), where
    found = url_date(url)      # the dates layer's one reader of URL dates
    if found and (found[0] == day if found[1] == "day" else found[0].timetuple()[:2] == day.timetuple()[:2]):
        return day.isoformat(), "url"
    forms = _date_pattern(day)
    if _printed(forms, extracted) or _printed(forms, main_text()):
        if crawl_day == day:
            warnings.append(f"date {day} equals the crawl date but is printed in the main text")
        return day.isoformat(), "main text"
    if crawl_day == day:
        warnings.append(f"rejected date {raw}: equals the crawl date and is not in the page metadata or main text")
        return None, None
    if _printed(forms, content_text()):
        return day.isoformat(), "page text"
    if _printed(forms, page_text()):
        warnings.append(f"rejected date {raw}: found only outside the main text (ticker/crawl-time date?)")
    else:
        warnings.append(f"rejected date {raw}: not supported by the page metadata, URL or main text")
    return None, None
