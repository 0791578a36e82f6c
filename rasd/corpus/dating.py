"""Publication dates a page cannot give alone, from a dated document of the same story.

A report saying "a statement published yesterday evening" (مساء أمس) is dated by the statement
it reports, when that statement is in the same story with a day-precise date: the report is
then published the day after. Every weekday cue of the page must agree with the result, and
the page is re-analysed so its events and claims resolve their relative dates against it.
A page reporting a happening (an event or a day written in full) in the weeks after the day so
found tells of a later stage of the story than its sister article: it is left undated.
"""

from __future__ import annotations

import datetime as dt
import re

from rasd.knowledge.resources import Resources, default_resources
from rasd.pipeline import analyse
from rasd.records import Document, Published
from rasd.store.sqlite import Store
from rasd.text.dates import cues_agree, find_dates, publication_from_anchor, relative_anchor, url_allows

# days after the day found within which a happening the page reports makes it a later stage of
# the story (V-342#4: the 14 April evacuation against a sister article of 4 April); a date months
# after is rather the site's crawl-day ticker ("الأحد , 21 يناير 2018" at the head of pages of
# November) or another story, and does not refuse the day
LATER_STAGE_DAYS = 31


def event_days(store: Store, doc_id: str) -> list[dt.date]:
    """The start days of the events the stored page dates: on an undated page only a date written
    in full dates an event. Events, not every written date: a related-items list or a planned
    meeting's day is no happening of the page."""
    rows = store.db.execute("SELECT date_start FROM events WHERE doc_id=? AND date_start GLOB '[0-9]*'",
                            (doc_id,)).fetchall()
    return sorted({dt.date.fromisoformat(r[0][:10]) for r in rows})


_CLOCK_AFTER = re.compile(r"\s*[|,-]?\s*\d{1,2}\s*:\s*\d{2}")


def written_days(text: str) -> list[dt.date]:
    """The days the page writes in full (with their year), stamps next to a clock left out: "الأحد ,
    21 يناير 2018 09 : 49 ص" is a site's ticker or a related item's stamp, not a day the page
    tells of. V-342#4 writes "الثلاثاء 11 أبريل 2017" but dates no event by it."""
    return sorted({dt.date.fromisoformat(d.date_start) for d in find_dates(text, None)
                   if d.date_start and d.kind in ("absolute", "range") and not _CLOCK_AFTER.match(text, d.end)})


def later_stage(days: list[dt.date], day: dt.date) -> bool:
    """A page reporting a happening in the weeks after ``day`` was not published on ``day``."""
    return any(day < d <= day + dt.timedelta(days=LATER_STAGE_DAYS) for d in days)


def direct_links(store: Store, similar: list[tuple[str, str]]) -> dict[str, set[str]]:
    """The documents each document is itself similar to (or a near-duplicate of), not reached
    through a chain of story-mates: a chain may pass through a weak link (R-128#3, a DW report
    of 17 November, was moved to 8 December through four pages of two sites)."""
    links: dict[str, set[str]] = {}
    pairs = list(similar) + [tuple(r) for r in store.db.execute(
        "SELECT id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL")]
    for a, b in pairs:
        links.setdefault(a, set()).add(b)
        links.setdefault(b, set()).add(a)
    return links


def date_from_stories(store: Store, res: Resources | None = None,
                      similar: list[tuple[str, str]] | None = None) -> dict[str, int]:
    """``similar``: the story pass's candidate pairs; when given, only a story-mate directly
    similar to the page can date it."""
    db = store.db
    links = direct_links(store, similar) if similar is not None else None
    rows = db.execute(
        "SELECT d.id, sd.story_id FROM documents d JOIN story_docs sd ON sd.doc_id = d.id "
        "WHERE d.published = 'unknown' OR d.published IS NULL").fetchall()
    changed = refused = 0
    for row in rows:
        partners = db.execute(
            "SELECT d.id, d.source, d.published FROM story_docs sd JOIN documents d ON d.id = sd.doc_id "
            "WHERE sd.story_id=? AND d.id != ? AND d.published_precision = 'day'", (row[1], row[0])).fetchall()
        if links is not None:
            partners = [p for p in partners if p["id"] in links.get(row[0], ())]
        if not partners:
            continue
        doc = store.get_document(row[0])
        assert doc is not None
        cues = relative_anchor(doc.text)
        if not any(c.publishing for c in cues):
            continue
        happened = event_days(store, doc.id) + written_days(doc.text)
        # every day a publishing cue gives with a partner's date; a page telling of a happening in
        # the weeks after one of them is later than it, and than any earlier one (R-52#8: refused for
        # 1 Dec by its 19 Dec, it is not of 16 Nov either)
        candidates: list[tuple[dt.date, str]] = []
        for p in partners:
            anchor = dt.date.fromisoformat(p["published"])
            for cue in cues:
                if not cue.publishing:
                    continue
                day = publication_from_anchor(cue, anchor)
                # the same story is a guess about another page: the page's own URL date overrules it
                if day is not None and cues_agree(cues, day) and url_allows(day, doc.url):
                    candidates.append((day, f"«{cue.surface}» of a dated document in the same story "
                                            f"({p['source']}, {anchor})"))
        later = [d for day, _ in candidates for d in happened
                 if day < d <= day + dt.timedelta(days=LATER_STAGE_DAYS)]
        found = next(((day, why) for day, why in candidates if not later or day >= max(later)), None)
        if found is None:
            refused += bool(candidates)
            continue
        doc.published = Published(found[0].isoformat(), "day", found[1], "story-relative")
        redate(store, doc, res)
        changed += 1
    return {"dated_from_story": changed, "story_dates_refused_later_page": refused}


def redate(store: Store, doc: Document, res: Resources | None = None) -> None:
    """Store a corpus pass's new publication date of ``doc`` and re-analyse the page, so its
    events and claims resolve their relative dates against it."""
    store.set_published(doc)
    store.replace_layers(analyse(doc, res or default_resources()))
