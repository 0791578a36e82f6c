"""Publication dates a page cannot give alone, from a dated document of the same story.

A report saying "a statement published yesterday evening" (مساء أمس) is dated by the statement
it reports, when that statement is in the same story with a day-precise date: the report is
then published the day after. Every weekday cue of the page must agree with the result, and
the page is re-analysed so its events and claims resolve their relative dates against it.
"""

from __future__ import annotations

import datetime as dt

from rasd.knowledge.resources import Resources, default_resources
from rasd.pipeline import analyse
from rasd.records import Document, Published
from rasd.store.sqlite import Store
from rasd.text.dates import cues_agree, publication_from_anchor, relative_anchor, url_allows


def date_from_stories(store: Store, res: Resources | None = None) -> dict[str, int]:
    db = store.db
    rows = db.execute(
        "SELECT d.id, sd.story_id FROM documents d JOIN story_docs sd ON sd.doc_id = d.id "
        "WHERE d.published = 'unknown' OR d.published IS NULL").fetchall()
    changed = 0
    for row in rows:
        partners = db.execute(
            "SELECT d.id, d.source, d.published FROM story_docs sd JOIN documents d ON d.id = sd.doc_id "
            "WHERE sd.story_id=? AND d.id != ? AND d.published_precision = 'day'", (row[1], row[0])).fetchall()
        if not partners:
            continue
        doc = store.get_document(row[0])
        assert doc is not None
        cues = relative_anchor(doc.text)
        found: tuple[dt.date, str] | None = None
        for p in partners:
            anchor = dt.date.fromisoformat(p["published"])
            for cue in cues:
                if not cue.publishing:
                    continue
                day = publication_from_anchor(cue, anchor)
                # the same story is a guess about another page: the page's own URL date overrules it
                if day is not None and cues_agree(cues, day) and url_allows(day, doc.url):
                    found = (day, f"«{cue.surface}» of a dated document in the same story ({p['source']}, {anchor})")
                    break
            if found:
                break
        if found is None:
            continue
        doc.published = Published(found[0].isoformat(), "day", found[1], "story-relative")
        redate(store, doc, res)
        changed += 1
    return {"dated_from_story": changed}


def redate(store: Store, doc: Document, res: Resources | None = None) -> None:
    """Store a corpus pass's new publication date of ``doc`` and re-analyse the page, so its
    events and claims resolve their relative dates against it."""
    store.set_published(doc)
    store.replace_layers(analyse(doc, res or default_resources()))
