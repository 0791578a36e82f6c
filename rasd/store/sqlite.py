"""Embedded SQLite store (WAL). Each document is written atomically (its own transaction, or
its own savepoint inside a ``Store.batch``), so a killed run leaves every document either fully
stored or absent, and re-ingesting the same input changes nothing."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.records import (
    Analysis,
    BoilerplateLine,
    Claim,
    Contradiction,
    Document,
    Entity,
    Event,
    Mention,
    Published,
    Publisher,
    Span,
)
from rasd.text.normalize import normalize
from rasd.text.tokens import _search_terms_reference, search_terms, search_text

SCHEMA_VERSION = "1"


def _j(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


def _unj(v: str | None, default: Any = None) -> Any:
    return json.loads(v) if v else default


# Below this length (titles) the token-by-token definition of the terms is ~10x faster than
# search_text's numpy pass, whose fixed cost is most of a short text's (same string: tests/test_text.py)
_SHORT_FTS = 256


def fts_body(text: str) -> str:
    if len(text) < _SHORT_FTS:
        return " ".join(_search_terms_reference(text))
    return search_text(text)    # == " ".join(search_terms(text))


class Store:
    def __init__(self, path: str | Path = "rasd.db") -> None:
        self.path = str(path)
        # autocommit mode: transactions are explicit (Store.tx), one per document
        self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(resources.files("rasd.store").joinpath("schema.sql").read_text("utf-8"))
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        self._batch: tuple[int, float] | None = None   # (max units per commit, max seconds) while batching
        self._batch_units = 0
        self._batch_started = 0.0
        # while batching, the batch's full-text writes in order: (doc_id, title, body) rows to
        # insert, and (doc_id,) for a document deleted after its row was queued (see _begin_batch)
        self._fts_pending: list[tuple[str, ...]] = []

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of writes (a document and its layers). Inside ``batch`` it is a
        savepoint of the batch's transaction: undone on error, committed with the batch."""
        if self._batch is not None:
            self.db.execute("SAVEPOINT unit")
            mark = len(self._fts_pending)
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK TO unit")
                self.db.execute("RELEASE unit")
                del self._fts_pending[mark:]      # the unit's full-text rows go with it
                raise
            self.db.execute("RELEASE unit")
            self._batch_units += 1
            max_units, max_seconds = self._batch
            if self._batch_units >= max_units or time.monotonic() - self._batch_started >= max_seconds:
                self._commit_batch()
                self._begin_batch()
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    @contextmanager
    def batch(self, max_units: int = 200, max_seconds: float = 2.0) -> Iterator[None]:
        """Group the ``tx`` units inside into few commits (one per ``max_units`` units or
        ``max_seconds``): a commit per document costs more than storing it (the WAL write, a new
        FTS5 segment per commit). Each unit stays atomic (a savepoint), and on leaving -- also by
        an exception or KeyboardInterrupt -- every completed unit is committed; a killed process
        loses only the uncommitted units, each of them entirely."""
        if self._batch is not None:          # already batching: join the outer batch
            yield
            return
        self._batch = (max_units, max_seconds)
        # Each unit's savepoint keeps a sub-journal of the pages it changes; beyond 64 KiB (most
        # documents) SQLite spills it to a temporary file, written and dropped once per document:
        # in memory while batching. What is journalled and committed stays the same; the
        # connection's own settings are back when the batch ends.
        saved = [(name, self._set_pragma(name, value)) for name, value in self.BATCH_PRAGMAS]
        self._begin_batch()
        try:
            yield
        finally:
            self._batch = None
            try:
                self._commit_batch()
            finally:
                for name, value in reversed(saved):
                    self._set_pragma(name, value)

    # (a larger cache_size, 8 MB, saved another ~0.15 CPU s on 2,429 articles for ~8 MB more peak memory: not taken)
    BATCH_PRAGMAS: tuple[tuple[str, str | int], ...] = (("temp_store", "MEMORY"),)

    def _set_pragma(self, name: str, value: str | int | None) -> str | int | None:
        """Set a PRAGMA outside a transaction (None: leave it as it is); its previous value."""
        if value is None or self.db.in_transaction:
            return None
        try:
            prev = self.db.execute(f"PRAGMA {name}").fetchone()[0]
            self.db.execute(f"PRAGMA {name}={value}")
        except sqlite3.OperationalError:      # e.g. busy: only the speed of the batch depends on it
            return None
        return prev

    def _begin_batch(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        # Full-text rows of the batch wait in self._fts_pending: FTS5 writes its pending terms to
        # disk at every savepoint, i.e. once per document; the inserts at commit, with no
        # savepoint between them, write them together (the same index as one INSERT ... SELECT
        # from a temporary table, without copying every body through that table)
        self._fts_pending = []
        self._batch_units = 0
        self._batch_started = time.monotonic()

    def _commit_batch(self) -> None:
        if not self.db.in_transaction:
            return
        ops, self._fts_pending = self._fts_pending, []
        rows: list[tuple[str, ...]] = []
        for op in ops:
            if len(op) == 1:       # deleted within the batch: its queued rows are dropped
                rows = [r for r in rows if r[0] != op[0]]
            else:
                rows.append(op)
        try:
            self.db.executemany("INSERT INTO documents_fts (doc_id, title, body) VALUES (?,?,?)", rows)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")       # the batch's documents are absent, none half-stored
            raise

    # ---- documents -------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def document_id_for_source(self, source: str) -> str | None:
        row = self.db.execute("SELECT id FROM documents WHERE source=?", (source,)).fetchone()
        return row["id"] if row else None

    def put_analysis(self, a: Analysis, also: Callable[[sqlite3.Connection], None] | None = None) -> str:
        """Store a document and all its layers atomically. Returns 'new', 'same' or 'replaced'.

        Same text (same id) from the same source: nothing changes. A source whose text
        changed: the older version and its layers are replaced. The same text from another
        source is stored once, the first source kept (the duplicate pass links re-publications).
        """
        d = a.doc
        with self.tx() as db:
            if db.execute("SELECT 1 FROM documents WHERE id=?", (d.id,)).fetchone():
                return "same"
            status = "new"
            old = db.execute("SELECT id FROM documents WHERE source=?", (d.source,)).fetchone()
            if old:
                self._delete_document(db, old["id"])
                status = "replaced"
            self._insert_document(db, d)
            self._insert_layers(db, a)
            if also is not None:   # e.g. the near-duplicate index, in the same transaction
                also(db)
        return status

    def make_primary(self, a: Analysis, also: Callable[[sqlite3.Connection], None] | None = None) -> str | None:
        """An exact duplicate whose source sorts before the stored copy's becomes the document's
        primary copy, in one transaction: the document is stored again from ``a`` (its source,
        metadata such as the page date, and the layers analysed with them; the same id, text and
        near-duplicate links to it), the former source becomes a further source (``doc_sources``).
        Returns the former source (None: nothing to switch)."""
        d = a.doc
        with self.tx() as db:
            row = db.execute("SELECT source, duplicate_of, dup_kind FROM documents WHERE id=?", (d.id,)).fetchone()
            if row is None or row["source"] == d.source:
                return None
            # the new source may still be stored with an older text of its own (a changed page)
            stale = db.execute("SELECT id FROM documents WHERE source=?", (d.source,)).fetchone()
            if stale:
                self._delete_document(db, stale["id"])
            self._delete_document(db, d.id)
            d.duplicate_of, d.dup_kind = row["duplicate_of"], row["dup_kind"]   # (settled again by `also`)
            self._insert_document(db, d)
            self._insert_layers(db, a)
            db.execute("DELETE FROM doc_sources WHERE source=?", (d.source,))
            db.execute("INSERT OR REPLACE INTO doc_sources (source, doc_id, kind) VALUES (?,?,'exact')",
                       (row["source"], d.id))
            if also is not None:
                also(db)
        return str(row["source"])

    def set_published(self, doc: Document) -> None:
        """A corpus pass re-dated a stored document: write its publication date and warnings."""
        pub = doc.published
        with self.tx() as db:
            db.execute("UPDATE documents SET published=?, published_precision=?, published_evidence=?, "
                       "published_method=?, hijri=?, warnings=? WHERE id=?",
                       (pub.date, pub.precision, pub.evidence, pub.method, pub.hijri,
                        _j(doc.warnings), doc.id))

    def replace_layers(self, a: Analysis) -> None:
        """Re-analysis of a stored document: replace its extracted layers, keep the document."""
        with self.tx() as db:
            for table in ("mentions", "events", "claims"):
                db.execute(f"DELETE FROM {table} WHERE doc_id=?", (a.doc.id,))  # noqa: S608 - fixed names
            self._insert_layers(db, a)

    def _delete_document(self, db: sqlite3.Connection, doc_id: str) -> None:
        db.execute("DELETE FROM documents_fts WHERE doc_id=?", (doc_id,))
        if self._batch is not None:
            self._fts_pending.append((doc_id,))
        db.execute("DELETE FROM lsh_bands WHERE doc_id=?", (doc_id,))
        db.execute("DELETE FROM documents WHERE id=?", (doc_id,))  # layers cascade

    def _insert_document(self, db: sqlite3.Connection, d: Document) -> None:
        p, pub = d.publisher, d.published
        db.execute(
            """INSERT INTO documents (id, source, url, site, kind, title, title_derived,
               publisher_ar, publisher_en, publisher_domain, publisher_evidence,
               published, published_precision, published_evidence, published_method, hijri,
               authors, caption, views, section, lang, text, raw, boilerplate, warnings,
               duplicate_of, dup_kind, analysed_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))""",
            (d.id, d.source, d.url, d.site, d.kind, d.title, int(d.title_derived),
             p.name_ar, p.name_en, p.domain, p.evidence,
             pub.date, pub.precision, pub.evidence, pub.method, pub.hijri,
             _j(d.authors), d.caption, d.views, d.section, d.lang, d.text, d.raw,
             # (the dicts asdict gives, without its recursive copy)
             _j([{"line_no": b.line_no, "text": b.text, "reason": b.reason} for b in d.boilerplate]),
             _j(d.warnings), d.duplicate_of, d.dup_kind),
        )
        row = (d.id, fts_body(d.title or ""), fts_body(d.text))
        if self._batch is not None:       # written when the batch commits, see _begin_batch
            self._fts_pending.append(row)
        else:
            db.execute("INSERT INTO documents_fts (doc_id, title, body) VALUES (?,?,?)", row)

    def _insert_layers(self, db: sqlite3.Connection, a: Analysis) -> None:
        did = a.doc.id
        for e in a.entities.values():
            self._upsert_entity(db, e)
        db.executemany(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(did, m.start, m.end, m.surface, m.norm, m.type, m.entity_id, m.confidence, m.source,
              m.role, m.org_id, _j(m.candidates), m.geo_precision) for m in a.mentions],
        )
        for ev in a.events:
            db.execute(
                "INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (ev.id, did, ev.event_type, ev.sub_event_type, ev.evidence.start, ev.evidence.end,
                 _j(ev.actor1), _j(ev.assoc_actor1), _j(ev.actor2), _j(ev.assoc_actor2),
                 ev.location, ev.geo_precision, ev.date_start, ev.date_end, ev.time_precision,
                 ev.fatalities, int(ev.fatalities_min), _j(ev.quantities), ev.modality,
                 _j(ev.field_evidence), ev.trigger, ev.notes_ar, ev.notes_en, ev.story_id, ev.confidence),
            )
        for c in a.claims:
            db.execute(
                "INSERT OR REPLACE INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (c.id, did, c.content.start, c.content.end, c.speaker_id, c.speaker_text, c.speaker_role,
                 c.cue, c.cue_span.start if c.cue_span else None, c.cue_span.end if c.cue_span else None,
                 c.stance, c.kind, c.medium, c.medium_detail, c.date, _j(c.event_ids),
                 c.relay_id, c.relay_text, _j(c.quantities), int(c.is_question)),
            )
        for x in a.contradictions:
            db.execute("INSERT OR REPLACE INTO contradictions VALUES (?,?,?,?,?,?)",
                       (x.id, x.claim_a, x.claim_b, x.reason, x.detail, "document"))

    def _upsert_entity(self, db: sqlite3.Connection, e: Entity) -> None:
        db.execute(
            "INSERT OR REPLACE INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (e.id, e.type, e.name_ar, e.name_en, _j(e.aliases), _j(e.links), e.description, e.source,
             e.lat, e.lon, e.country, e.admin1, e.admin2, e.admin3, e.level),
        )

    def mark_duplicate(self, doc_id: str, of: str, kind: str) -> None:
        with self.tx() as db:
            db.execute("UPDATE documents SET duplicate_of=?, dup_kind=? WHERE id=?", (of, kind, doc_id))

    def log_error(self, source: str, message: str) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO errors (source, message) VALUES (?,?)", (source, message))

    # ---- reading ---------------------------------------------------------------------------
    def get_document(self, ref: str) -> Document | None:
        """By id, id prefix, or source (file name suffix allowed)."""
        row = self.db.execute("SELECT * FROM documents WHERE id=?", (ref,)).fetchone()
        if row is None:
            row = self.db.execute("SELECT * FROM documents WHERE id LIKE ? ORDER BY id LIMIT 1",
                                  (ref + "%",)).fetchone() if len(ref) >= 6 else None
        if row is None:
            row = self.db.execute(
                "SELECT * FROM documents WHERE source=? OR source LIKE ? OR source LIKE ? ORDER BY source LIMIT 1",
                (ref, "%/" + ref, "%/" + ref.replace("%", "") + "%")).fetchone()
        return row_to_document(row) if row else None

    def iter_documents(self, include_duplicates: bool = True) -> Iterator[Document]:
        q = "SELECT * FROM documents" + ("" if include_duplicates else " WHERE duplicate_of IS NULL")
        for row in self.db.execute(q + " ORDER BY source"):
            yield row_to_document(row)

    def mentions(self, doc_id: str) -> list[Mention]:
        rows = self.db.execute("SELECT * FROM mentions WHERE doc_id=? ORDER BY start", (doc_id,))
        return [Mention(r["start"], r["end_"], r["surface"], r["norm"], r["type"], r["entity_id"],
                        r["confidence"], r["source"], r["role"], r["org_id"], _unj(r["candidates"], []),
                        r["geo_precision"]) for r in rows]

    def entity(self, entity_id: str) -> Entity | None:
        r = self.db.execute("SELECT * FROM entities WHERE id=?", (entity_id,)).fetchone()
        return row_to_entity(r) if r else None

    def events(self, doc_id: str | None = None) -> list[Event]:
        if doc_id:
            rows = self.db.execute("SELECT * FROM events WHERE doc_id=? ORDER BY ev_start", (doc_id,))
        else:
            rows = self.db.execute("SELECT * FROM events ORDER BY date_start, id")
        return [row_to_event(r) for r in rows]

    def claims(self, doc_id: str | None = None) -> list[Claim]:
        if doc_id:
            rows = self.db.execute("SELECT * FROM claims WHERE doc_id=? ORDER BY c_start", (doc_id,))
        else:
            rows = self.db.execute("SELECT * FROM claims ORDER BY doc_id, c_start")
        return [row_to_claim(r) for r in rows]

    def contradictions(self) -> list[Contradiction]:
        return [Contradiction(r["id"], r["claim_a"], r["claim_b"], r["reason"], r["detail"])
                for r in self.db.execute("SELECT * FROM contradictions ORDER BY id")]

    def count(self, table: str, where: str = "", args: Iterable[Any] = ()) -> int:
        assert table.isidentifier()
        return self.db.execute(f"SELECT count(*) FROM {table} {where}", tuple(args)).fetchone()[0]  # noqa: S608

    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for t in ("documents", "mentions", "entities", "events", "claims", "contradictions", "stories", "errors"):
            out[t] = self.count(t)
        out["duplicates"] = self.count("documents", "WHERE duplicate_of IS NOT NULL")
        out["published_known"] = self.count("documents", "WHERE published != 'unknown'")
        out["sites"] = {r[0] or "(none)": r[1] for r in self.db.execute(
            "SELECT site, count(*) FROM documents GROUP BY site ORDER BY count(*) DESC LIMIT 20")}
        return out

    # ---- search ----------------------------------------------------------------------------
    def search(self, query: str, limit: int = 20, offset: int = 0, hide_duplicates: bool = True,
               entity_id: str | None = None) -> tuple[int, list[dict[str, Any]]]:
        """Arabic-aware full-text search. Returns (total, hits) with snippets in original spelling."""
        terms = [t for t in search_terms(query) if t]
        if not terms:
            return 0, []
        match = " AND ".join('"' + t.replace('"', "") + '"' for t in terms)
        where = "documents_fts MATCH ?"
        args: list[Any] = [match]
        join = "JOIN documents d ON d.id = f.doc_id"
        if hide_duplicates:
            where += " AND d.duplicate_of IS NULL"
        if entity_id:
            where += " AND d.id IN (SELECT doc_id FROM mentions WHERE entity_id=?)"
            args.append(entity_id)
        total = self.db.execute(f"SELECT count(*) FROM documents_fts f {join} WHERE {where}", args).fetchone()[0]
        rows = self.db.execute(
            f"SELECT d.id, d.title, d.text, d.published, d.publisher_ar, d.source, bm25(documents_fts) AS score "
            f"FROM documents_fts f {join} WHERE {where} ORDER BY score LIMIT ? OFFSET ?",
            [*args, limit, offset]).fetchall()
        hits = []
        for r in rows:
            hits.append({"id": r["id"], "title": r["title"], "published": r["published"],
                         "publisher": r["publisher_ar"], "source": r["source"],
                         "snippet": snippet(r["text"], terms)})
        return total, hits


def snippet(text: str, terms: list[str], width: int = 80) -> list[tuple[str, bool]]:
    """A snippet as (segment, highlighted) pairs in the original spelling around the first hit."""
    from rasd.text.tokens import tokenize

    toks = tokenize(text)
    want = set(terms)
    hits = [t for t in toks if t.stem in want or t.norm in want]
    if not hits:
        return [(text[: 2 * width], False)]
    first = hits[0]
    lo = max(0, first.start - width)
    hi = min(len(text), first.end + width)
    out: list[tuple[str, bool]] = []
    pos = lo
    for t in hits:
        if t.start < lo or t.end > hi:
            continue
        if t.start > pos:
            out.append((text[pos:t.start], False))
        out.append((text[t.start:t.end], True))
        pos = t.end
    out.append((text[pos:hi], False))
    return out


def row_to_document(r: sqlite3.Row) -> Document:
    return Document(
        id=r["id"], source=r["source"], text=r["text"], url=r["url"],
        publisher=Publisher(r["publisher_ar"], r["publisher_en"], r["publisher_domain"], r["publisher_evidence"]),
        title=r["title"], title_derived=bool(r["title_derived"]),
        published=Published(r["published"] or "unknown", r["published_precision"] or "unknown",
                            r["published_evidence"], r["published_method"], r["hijri"]),
        authors=_unj(r["authors"], []), caption=r["caption"], views=r["views"], section=r["section"],
        lang=r["lang"] or "ar", site=r["site"],
        boilerplate=[BoilerplateLine(**b) for b in _unj(r["boilerplate"], [])],
        raw=r["raw"], kind=r["kind"] or "", warnings=_unj(r["warnings"], []),
        duplicate_of=r["duplicate_of"], dup_kind=r["dup_kind"],
    )


def row_to_entity(r: sqlite3.Row) -> Entity:
    return Entity(r["id"], r["type"], r["name_ar"], r["name_en"], _unj(r["aliases"], []), _unj(r["links"], {}),
                  r["description"], r["source"], r["lat"], r["lon"], r["country"], r["admin1"], r["admin2"],
                  r["admin3"], r["level"])


def row_to_event(r: sqlite3.Row) -> Event:
    return Event(
        id=r["id"], doc_id=r["doc_id"], event_type=r["event_type"], sub_event_type=r["sub_event_type"],
        evidence=Span(r["ev_start"], r["ev_end"]), actor1=_unj(r["actor1"], []),
        assoc_actor1=_unj(r["assoc_actor1"], []), actor2=_unj(r["actor2"], []),
        assoc_actor2=_unj(r["assoc_actor2"], []), location=r["location"], geo_precision=r["geo_precision"],
        date_start=r["date_start"], date_end=r["date_end"], time_precision=r["time_precision"],
        fatalities=r["fatalities"], fatalities_min=bool(r["fatalities_min"]), quantities=_unj(r["quantities"], {}),
        modality=r["modality"], field_evidence=_unj(r["field_evidence"], {}), trigger=r["trigger"],
        notes_ar=r["notes_ar"], notes_en=r["notes_en"], story_id=r["story_id"], confidence=r["confidence"],
    )


def row_to_claim(r: sqlite3.Row) -> Claim:
    return Claim(
        id=r["id"], doc_id=r["doc_id"], content=Span(r["c_start"], r["c_end"]), speaker_id=r["speaker_id"],
        speaker_text=r["speaker_text"], speaker_role=r["speaker_role"], cue=r["cue"],
        cue_span=Span(r["cue_start"], r["cue_end"]) if r["cue_start"] is not None else None,
        stance=r["stance"], kind=r["kind"], medium=r["medium"], medium_detail=r["medium_detail"], date=r["date"],
        event_ids=_unj(r["event_ids"], []), relay_id=r["relay_id"], relay_text=r["relay_text"],
        quantities=_unj(r["quantities"], {}), is_question=bool(r["is_question"]),
    )


__all__ = ["Store", "normalize"]
