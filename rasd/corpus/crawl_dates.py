"""Publication dates that are a site's crawl-time ticker, found across the pages of the site.

At ingest a full date next to a clock ("الأحد , 21 يناير 2018 09 : 46 ص") at a page's head or
foot, a "اليوم <date>" line or a labelled date is taken as the page's publication stamp; only a
date in the page's URL can veto it there. A ticker or date widget in the site's header shows the
day the page was CRAWLED, so on a page whose URL carries no date (a tag page, a home page) it
passes. One page cannot tell the two apart; the site's other pages can: a ticker prints the same
date text on every page of the site fetched that day, whatever each page's own date, while a
page's real stamp recurs only on the pages published that day (a related-items list at most).

Rule (thresholds chosen on the unifiedfc crawl, see MIN_FOREIGN): a page-position date
(method printed / relative / hijri, the URL carrying no date that confirms it) is a crawl-time
date when its date text is printed on at least ``MIN_FOREIGN`` other pages of the same site that
are NOT published that day (another date, or undated), and those are at least ``MIN_FOREIGN_SHARE``
of the site's pages. Such pages are demoted to ``unknown`` (method ``crawl-date``, the old stamp
kept as evidence, a warning naming the reason) and re-analysed, so their events and claims no
longer resolve relative dates against the crawl day. HTML-metadata dates, story-relative dates
and URL-confirmed dates are never touched.

Undated pages (``refuse_crawl_texts``): the events layer takes a full date at the head of a page
with no publication date as the page's day (its title's sentence holds it, a year-less day takes
its year). When the same date text is printed on at least ``MIN_FOREIGN`` other pages of the site
not published that day (the same two thresholds), it is the site's ticker: the page gets a warning
quoting the text and is re-analysed, and the events layer refuses that text as a date
(``rasd.extract.page_dates.crawl_spans``). Its events are then ``unknown`` unless the text dates
them otherwise. A demoted page's warning quotes its stamp the same way.

Idempotent: a demoted page is no longer a candidate, and a page's "foreign" status for a date
does not change when another page is demoted (its date was already not that date). Cheap: one
grouped query over the dated pages, then one text search over the site's pages per (site, stamp
text) group. (The site template counts, ``site_lines``, cannot serve: their line keys turn every
digit to 0 and are hashed, so a ticker's date is not in them.)
"""

from __future__ import annotations

import datetime as dt
import json
import re

from rasd.corpus.dating import redate
from rasd.extract.page_dates import CRAWL_TICKER_NOTE, STAMP_HEAD_CHARS, crawl_texts
from rasd.knowledge.resources import Resources
from rasd.records import Published
from rasd.store.sqlite import Store
from rasd.text.dates import find_dates, url_allows, url_date

# methods of page-position dates (stamps, "today" lines, labels); never html-meta, tweet,
# weekday-cue or story-relative dates
STAMP_METHODS = ("printed", "relative", "hijri")
DEMOTED_METHOD = "crawl-date"
# unifiedfc (2331 pages): youm7.com's header ticker is printed on 31 of its 42 pages of other
# dates (74 %), panet.co.il's on 2 of its 4 (50 %); the 224 other stamp texts of sites with 3+
# pages are on no page of another date. Two pages, a fifth of the site: a related-items list
# naming one other page's date is not enough.
MIN_FOREIGN = 2
MIN_FOREIGN_SHARE = 0.20

_MIN_TEXT = 8      # "1 مايو 2017"; a shorter date text would match too many pages


def stamp_text(evidence: str | None, day: str | None = None) -> str | None:
    """The date as the site prints it in a stamp's evidence, without label or clock: "اخبار حلب -
    اليوم السابع الأحد , 21 يناير 2018 09 : 46 ص" -> "الأحد , 21 يناير 2018". The date of ``day``
    when given (else the first full date); None when there is none."""
    if not evidence:
        return None
    for d in find_dates(evidence):
        if d.precision == "day" and (day is None or d.date_start == day) and len(d.surface) >= _MIN_TEXT:
            return " ".join(d.surface.split())
    return None


def _url_confirms(day: str, url: str | None) -> bool:
    """The page's URL carries a date that allows ``day``: the date is the URL's, not a ticker's."""
    try:
        d = dt.date.fromisoformat(day)
    except ValueError:
        return False
    return url_date(url) is not None and url_allows(d, url)


def demote_crawl_dates(store: Store, res: Resources | None = None) -> dict[str, int]:
    """Demote page-position publication dates that are a site's crawl-time ticker (see the module
    docstring) to ``unknown`` and re-analyse those pages."""
    db = store.db
    # one grouped query: page-position dated pages per (site, day), with the site's page count
    groups = db.execute(
        "SELECT d.site, d.published, group_concat(d.id, char(31)) AS ids, s.n "
        "FROM documents d JOIN (SELECT site, COUNT(*) AS n FROM documents WHERE site IS NOT NULL "
        "GROUP BY site) s ON s.site = d.site "
        "WHERE d.published_precision = 'day' AND d.published_method IN (?, ?, ?) AND s.n >= ? "
        "GROUP BY d.site, d.published", (*STAMP_METHODS, MIN_FOREIGN + 1)).fetchall()
    flagged: list[tuple[str, str, str]] = []      # (doc id, stamp text, reason)
    for g in groups:
        site, day, n_site = g["site"], g["published"], g["n"]
        by_text: dict[str, list[str]] = {}
        for doc_id in g["ids"].split("\x1f"):
            row = db.execute("SELECT url, published_evidence FROM documents WHERE id=?", (doc_id,)).fetchone()
            if _url_confirms(day, row["url"]):
                continue
            text = stamp_text(row["published_evidence"], day)
            if text:
                by_text.setdefault(text, []).append(doc_id)
        for text, ids in by_text.items():
            # pages of the site printing the same date text while not published that day
            # (instr finds the text, the pattern checks its edges: "1 ديسمبر 2017" is not "31 ديسمبر 2017")
            edged = re.compile(rf"(?<![0-9\u0660-\u0669]){re.escape(text)}(?![0-9\u0660-\u0669])")
            foreign = sum(1 for (raw,) in db.execute(
                "SELECT COALESCE(raw, text) FROM documents WHERE site=? AND COALESCE(published, '') != ? "
                "AND instr(COALESCE(raw, text), ?) > 0",
                (site, day, text)) if edged.search(raw))
            if foreign >= MIN_FOREIGN and foreign >= MIN_FOREIGN_SHARE * n_site:
                reason = (f"publication date {day} demoted: its stamp «{text}» is also printed on {foreign} "
                          f"pages of {site} (of {n_site}) not published that day: {CRAWL_TICKER_NOTE}")
                flagged.extend((i, text, reason) for i in ids)
    for doc_id, _text, reason in flagged:
        doc = store.get_document(doc_id)
        if doc is None:
            continue
        old = doc.published
        doc.published = Published(evidence=old.evidence, method=DEMOTED_METHOD)
        doc.warnings = [*doc.warnings, reason]
        redate(store, doc, res)
    return {"crawl_dates_demoted": len(flagged)}


def _head_texts(head: str) -> dict[str, str]:
    """The full dates at a page's head as printed (see ``stamp_text``), with their days."""
    out: dict[str, str] = {}
    for d in find_dates(head):
        if d.precision == "day" and d.date_start and len(d.surface) >= _MIN_TEXT:
            out.setdefault(" ".join(d.surface.split()), d.date_start[:10])
    return out


def refuse_crawl_texts(store: Store, res: Resources | None = None) -> dict[str, int]:
    """On pages with no publication date, refuse as an event date a head date text the site prints
    on other pages not published that day (see the module docstring) and re-analyse those pages."""
    db = store.db
    rows = db.execute(
        "SELECT d.id, d.site, substr(d.text, 1, ?) AS head, d.warnings, s.n "
        "FROM documents d JOIN (SELECT site, COUNT(*) AS n FROM documents WHERE site IS NOT NULL "
        "GROUP BY site) s ON s.site = d.site "
        "WHERE (d.published IS NULL OR d.published = 'unknown') AND s.n >= ?",
        (STAMP_HEAD_CHARS, MIN_FOREIGN + 1)).fetchall()
    foreign_of: dict[tuple[str, str, str], int] = {}
    flagged: dict[str, list[str]] = {}       # doc id -> reasons
    for row in rows:
        site, n_site = row["site"], row["n"]
        known = set(crawl_texts(json.loads(row["warnings"] or "[]")))
        for text, day in _head_texts(row["head"] or "").items():
            if text in known:
                continue
            key = (site, text, day)
            if key not in foreign_of:
                edged = re.compile(rf"(?<![0-9\u0660-\u0669]){re.escape(text)}(?![0-9\u0660-\u0669])")
                foreign_of[key] = sum(1 for (raw,) in db.execute(
                    "SELECT COALESCE(raw, text) FROM documents WHERE site=? AND COALESCE(published, '') != ? "
                    "AND instr(COALESCE(raw, text), ?) > 0", (site, day, text)) if edged.search(raw))
            others = foreign_of[key] - 1      # the page itself is one of them (undated)
            if others >= MIN_FOREIGN and others >= MIN_FOREIGN_SHARE * n_site:
                flagged.setdefault(row["id"], []).append(
                    f"date «{text}» at the page's head refused as an event date: it is also printed on {others} "
                    f"other pages of {site} (of {n_site}) not published {day}: {CRAWL_TICKER_NOTE}")
    for doc_id, reasons in flagged.items():
        doc = store.get_document(doc_id)
        if doc is None:
            continue
        doc.warnings = [*doc.warnings, *reasons]
        redate(store, doc, res)
    return {"crawl_texts_refused": sum(len(v) for v in flagged.values())}
