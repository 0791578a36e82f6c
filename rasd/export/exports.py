"""Exports: ACLED-style CSV, JSON Lines (every layer per document), GeoJSON of events, Parquet.

Everything streams in batches (rows are fetched, mapped and written ``BATCH`` at a time), so
memory stays bounded for 100k events. Exports read the *effective* data: review edits applied,
rejected events left out. One row per merged event (``merged_events``, filled by the corpus
pass); when that table is empty, one row per event.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rasd.export.acled import COLUMNS, acled_row
from rasd.records import Document
from rasd.store.sqlite import Store, row_to_document
from rasd.web import queries as Q
from rasd.web.review import rebuild_event_state

FORMATS = ("acled-csv", "jsonl", "geojson", "parquet")
BATCH = 500
EXTRA = ("rasd_event_ids", "rasd_doc_ids", "review_status")


def _kb_codes() -> tuple[dict[str, int], dict[str, str], dict[str, Any]]:
    """ACLED inter codes, ACLED actor names and entities of the actor knowledge base."""
    try:
        from rasd.knowledge.kb import load_kb

        kb = load_kb()
        return kb.inter, kb.acled_names, kb.entities
    except Exception:   # noqa: BLE001 - a broken user KB must not stop an export; codes stay empty
        return {}, {}, {}


def _groups(db: sqlite3.Connection) -> Iterator[list[tuple[str, list[str]]]]:
    """Batches of (row id, event ids): merged events, or single events when none are merged."""
    merged = db.execute("SELECT 1 FROM merged_events LIMIT 1").fetchone() is not None
    if merged:
        cur = db.execute("SELECT id, event_ids FROM merged_events ORDER BY date_start, id")
        while rows := cur.fetchmany(BATCH):
            yield [(r["id"], json.loads(r["event_ids"] or "[]")) for r in rows]
    else:
        cur = db.execute("SELECT id FROM events WHERE modality IS NULL OR modality != 'denied-only' "
                         f"ORDER BY {Q.DATE_SORT_EV} , id")  # noqa: S608 - fixed fragment
        while rows := cur.fetchmany(BATCH):
            yield [(r["id"], [r["id"]]) for r in rows]


def _confident(e: dict[str, Any], min_confidence: float) -> bool:
    """The event passes the export's confidence floor: the machine's confidence is high enough, or a
    reviewer accepted or edited it."""
    return min_confidence <= 0 or e["status"] in ("accepted", "edited") or (e.get("confidence") or 0.0) >= min_confidence


def iter_rows(db: sqlite3.Connection, min_confidence: float = 0.0) -> Iterator[list[dict[str, Any]]]:
    """Batches of ACLED rows (plus rasd_event_ids, rasd_doc_ids, review_status); with ``min_confidence``,
    a merged row is made of its events that pass it (rows with none left out)."""
    inter, acled_names, kb_entities = _kb_codes()
    for batch in _groups(db):
        ids = [i for _, evs in batch for i in evs]
        events: dict[str, dict[str, Any]] = {}
        for k in range(0, len(ids), 900):
            chunk = ids[k:k + 900]
            for e in Q.list_events(db, Q.EventFilters(ids=chunk, status="any"), len(chunk), with_text=False):
                events[e["id"]] = e
        ent_ids: set[str] = set()
        doc_ids: set[str] = set()
        for e in events.values():
            ent_ids.update(e["actor1"] + e["actor2"] + e["assoc_actor1"] + e["assoc_actor2"])
            if e["location"]:
                ent_ids.add(e["location"])
            doc_ids.add(e["doc_id"])
        names = Q.entity_names(db, ent_ids)
        for i in ent_ids - set(names):   # an actor the store does not hold: the KB may know it
            if i in kb_entities:
                names[i] = {"name_ar": kb_entities[i].name_ar, "name_en": kb_entities[i].name_en}
        docs = _doc_info(db, doc_ids)
        out = []
        for row_id, evs in batch:
            group = [events[i] for i in evs if i in events and events[i]["status"] != "rejected"
                     and _confident(events[i], min_confidence)]
            if not group:
                continue
            row = acled_row(row_id, group, names, docs, inter, acled_names)
            row["rasd_event_ids"] = [e["id"] for e in group]
            row["rasd_doc_ids"] = list(dict.fromkeys(e["doc_id"] for e in group))
            row["review_status"] = ",".join(sorted({e["status"] for e in group}))
            out.append(row)
        if out:
            yield out


def _doc_info(db: sqlite3.Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    ids_l = list(ids)
    for k in range(0, len(ids_l), 500):
        chunk = ids_l[k:k + 500]
        q = ("SELECT id, publisher_en, publisher_ar, publisher_domain, analysed_at FROM documents "  # noqa: S608
             f"WHERE id IN ({','.join('?' * len(chunk))})")
        for r in db.execute(q, chunk):
            out[r["id"]] = {"publisher": r["publisher_en"] or r["publisher_ar"] or r["publisher_domain"],
                            "analysed_at": r["analysed_at"]}
    return out


# ------------------------------------------------------------------------------ writers
def _csv_value(v: Any) -> Any:
    return "" if v is None else v


def write_acled_csv(db: sqlite3.Connection, out: Path, progress: Callable[[int], None] | None = None,
                    min_confidence: float = 0.0) -> int:
    n = 0
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for batch in iter_rows(db, min_confidence):
            w.writerows([[_csv_value(r[c]) for c in COLUMNS] for r in batch])
            n += len(batch)
            if progress:
                progress(len(batch))
    return n


def write_geojson(db: sqlite3.Connection, out: Path, progress: Callable[[int], None] | None = None,
                  min_confidence: float = 0.0) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for batch in iter_rows(db, min_confidence):
            for r in batch:
                geom = ({"type": "Point", "coordinates": [r["longitude"], r["latitude"]]}
                        if r["latitude"] is not None and r["longitude"] is not None else None)
                feat = {"type": "Feature", "id": r["event_id_cnty"], "geometry": geom, "properties": r}
                fh.write((",\n" if n else "") + json.dumps(feat, ensure_ascii=False))
                n += 1
            if progress:
                progress(len(batch))
        fh.write("\n]}\n")
    return n


def _parquet_schema():  # noqa: ANN202 - pyarrow schema
    import pyarrow as pa

    ints = {"year", "time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "timestamp"}
    floats = {"latitude", "longitude"}
    fields = [pa.field(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string()) for c in COLUMNS]
    fields += [pa.field("rasd_event_ids", pa.list_(pa.string())), pa.field("rasd_doc_ids", pa.list_(pa.string())),
               pa.field("review_status", pa.string())]
    return pa.schema(fields)


def write_parquet(db: sqlite3.Connection, out: Path, progress: Callable[[int], None] | None = None,
                  min_confidence: float = 0.0) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(str(out), schema, compression="zstd") as w:
        for batch in iter_rows(db, min_confidence):
            cols = {name: [r[name] for r in batch] for name in schema.names}
            w.write_batch(pa.record_batch(cols, schema=schema))
            n += len(batch)
            if progress:
                progress(len(batch))
    return n


def _plain(x: Any) -> Any:
    """A record as JSON-ready dicts and lists: ``dataclasses.asdict`` without its deep copies
    (the values are only serialised), which was most of the JSONL export's time."""
    names = getattr(type(x), "__dataclass_fields__", None)
    if names is not None:
        return {k: _plain(getattr(x, k)) for k in names}
    if isinstance(x, list | tuple):
        return [_plain(v) for v in x]
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    return x


def document_record(store: Store, d: Document, min_confidence: float = 0.0) -> dict[str, Any]:
    """One document with every layer: metadata, mentions, entities, effective events (with
    review status; those under ``min_confidence`` left out), claims (with review marks),
    contradictions, story."""
    db = store.db
    mentions = store.mentions(d.id)
    events = [e for e in Q.list_events(db, Q.EventFilters(doc_id=d.id, status="any"), 10_000, with_text=False)
              if _confident(e, min_confidence)]
    claims = store.claims(d.id)
    ids = {m.entity_id for m in mentions if m.entity_id} | {c.speaker_id for c in claims if c.speaker_id}
    for e in events:
        ids.update(e["actor1"] + e["actor2"] + e["assoc_actor1"] + e["assoc_actor2"])
        if e["location"]:
            ids.add(e["location"])
    entities = Q.entity_names(db, ids)
    verdicts = Q.verdicts(db, "claim", [c.id for c in claims])
    _, contradictions = Q.list_contradictions(db, claim_ids=[c.id for c in claims])
    doc = _plain(d)
    doc.pop("raw", None)
    for e in events:
        for k in ("doc_title", "doc_publisher", "doc_published"):
            e.pop(k, None)
        e["evidence_text"] = d.text[e["ev_start"]:e["ev_end"]]
    return {
        **doc,
        "mentions": [_plain(m) for m in mentions],
        "entities": entities,
        "events": events,
        "claims": [{**_plain(c), "content_text": d.text[c.content.start:c.content.end], "review": verdicts.get(c.id)}
                   for c in claims],
        "contradictions": [{k: v for k, v in x.items() if k not in ("a", "b")} for x in contradictions],
        "story_id": Q.doc_story(db, d.id),
    }


def write_jsonl(db_path: str, out: Path, progress: Callable[[int], None] | None = None,
                min_confidence: float = 0.0) -> int:
    store = Store(db_path)
    n = 0
    try:
        cur = store.db.cursor()     # a second cursor: per-document queries run on the connection meanwhile
        cur.execute("SELECT * FROM documents ORDER BY rowid")
        with out.open("w", encoding="utf-8") as fh:
            while rows := cur.fetchmany(100):
                for r in rows:
                    fh.write(json.dumps(document_record(store, row_to_document(r), min_confidence), ensure_ascii=False, default=str) + "\n")
                    n += 1
                if progress:
                    progress(len(rows))
    finally:
        store.close()
    return n


def export(db_path: str, fmt: str, out_path: str, progress: Callable[[int], None] | None = None,
           min_confidence: float = 0.0) -> int:
    """Write the export ``fmt`` (acled-csv | jsonl | geojson | parquet) to ``out_path``.
    Returns the number of rows (documents for jsonl, events otherwise). ``min_confidence``: only
    events whose learned confidence is at least this (reviewed-in events always)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    out = Path(out_path)
    store = Store(db_path)
    try:
        Q.ensure_web_schema(store.db)
        rebuild_event_state(store.db)     # the cache of review edits, fresh from `edits`
    finally:
        store.close()
    if fmt == "jsonl":
        return write_jsonl(db_path, out, progress, min_confidence)
    store = Store(db_path)
    try:
        writer = {"acled-csv": write_acled_csv, "geojson": write_geojson, "parquet": write_parquet}[fmt]
        return writer(store.db, out, progress, min_confidence)
    finally:
        store.close()
