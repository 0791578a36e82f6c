"""`rasd events | claims | contradictions | stories`: list and filter what the pipeline extracted."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from typing import Any

import click

from rasd.store.sqlite import Store, row_to_claim, row_to_event

db_option = click.option("--db", default=lambda: os.environ.get("RASD_DB", "rasd.db"), show_default="rasd.db")


def _name(store: Store, eid: str | None, cache: dict[str, str]) -> str:
    if not eid:
        return "-"
    if eid not in cache:
        e = store.entity(eid)
        cache[eid] = e.name_ar if e else eid
    return cache[eid]


def _entity_ids(store: Store, name: str) -> list[str]:
    """Entity ids whose id, Arabic/English name or alias matches ``name`` (normalised)."""
    from rasd.text.normalize import normalize

    n = normalize(name).strip()
    out = []
    for r in store.db.execute("SELECT id, name_ar, name_en, aliases FROM entities"):
        names = [r["id"], r["name_ar"] or "", r["name_en"] or "", *json.loads(r["aliases"] or "[]")]
        if any(normalize(x).strip() == n for x in names if x):
            out.append(r["id"])
    return out


def _where_doc(store: Store, doc: str | None, where: list[str], args: list[Any]) -> None:
    """Restrict a listing to one document (id, id prefix or source name)."""
    if doc:
        d = store.get_document(doc)
        where.append("doc_id = ?")
        args.append(d.id if d else doc)


def _echo_json(rows: list[Any]) -> None:
    click.echo(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))


@click.command()
@db_option
@click.option("--type", "etype", default=None, help="event_type or sub_event_type (substring)")
@click.option("--actor", default=None, help="actor name or entity id")
@click.option("--place", default=None, help="place name or entity id")
@click.option("--since", default=None, help="date_start >= YYYY-MM-DD")
@click.option("--until", default=None, help="date_start <= YYYY-MM-DD")
@click.option("--doc", default=None, help="only this document")
@click.option("--min-confidence", "min_conf", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="only events whose learned confidence (the probability the page reports it) is at least this")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def events(db: str, etype: str | None, actor: str | None, place: str | None, since: str | None,
           until: str | None, doc: str | None, min_conf: float, limit: int, as_json: bool) -> None:
    """List events, filtered by type, actor, place, date range and confidence."""
    store = Store(db)
    where, args = ["1=1"], []  # type: tuple[list[str], list[Any]]
    if etype:
        where.append("(event_type LIKE ? OR sub_event_type LIKE ?)")
        args += [f"%{etype}%", f"%{etype}%"]
    if since:
        where.append("date_start != 'unknown' AND date_end >= ?")
        args.append(since)
    if until:
        where.append("date_start != 'unknown' AND date_start <= ?")
        args.append(until)
    _where_doc(store, doc, where, args)
    if min_conf > 0:
        where.append("confidence >= ?")
        args.append(min_conf)
    if place:
        ids = _entity_ids(store, place) or [place]
        where.append(f"location IN ({','.join('?' * len(ids))})")
        args += ids
    rows = [row_to_event(r) for r in store.db.execute(
        f"SELECT * FROM events WHERE {' AND '.join(where)} ORDER BY date_start, id", args)]
    if actor:
        ids = set(_entity_ids(store, actor) or [actor])
        rows = [e for e in rows if ids & set(e.actor1 + e.actor2 + e.assoc_actor1 + e.assoc_actor2)]
    rows = rows[:limit]
    cache: dict[str, str] = {}
    if as_json:
        _echo_json(rows)
        return
    for e in rows:
        date = e.date_start if e.date_end in (e.date_start, None) else f"{e.date_start}..{e.date_end}"
        a1 = ", ".join(_name(store, x, cache) for x in e.actor1) or "-"
        a2 = ", ".join(_name(store, x, cache) for x in e.actor2) or "-"
        click.echo(f"{date:23s} {e.event_type} / {e.sub_event_type} [{e.modality}] @ {_name(store, e.location, cache)}"
                   f" | {a1} → {a2}" + (f" | fatalities {e.fatalities}" if e.fatalities is not None else "")
                   + f" | confidence {e.confidence:.2f}")
        if e.notes_en:
            click.echo(f"    {e.notes_en}")
    click.echo(f"{len(rows)} events")


@click.command()
@db_option
@click.option("--speaker", default=None, help="speaker name or entity id")
@click.option("--stance", type=click.Choice(["asserts", "denies"]), default=None)
@click.option("--doc", default=None)
@click.option("--questions", is_flag=True, help="include interview questions")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def claims(db: str, speaker: str | None, stance: str | None, doc: str | None, questions: bool, limit: int,
           as_json: bool) -> None:
    """List attributed claims."""
    store = Store(db)
    where, args = ["1=1"], []  # type: tuple[list[str], list[Any]]
    if not questions:
        where.append("is_question=0")
    if stance:
        where.append("stance=?")
        args.append(stance)
    _where_doc(store, doc, where, args)
    rows = [row_to_claim(r) for r in store.db.execute(
        f"SELECT * FROM claims WHERE {' AND '.join(where)} ORDER BY doc_id, c_start", args)]
    if speaker:
        ids = set(_entity_ids(store, speaker))
        from rasd.text.normalize import normalize

        rows = [c for c in rows if c.speaker_id in ids or normalize(speaker) in normalize(c.speaker_text)]
    rows = rows[:limit]
    if as_json:
        _echo_json(rows)
        return
    texts: dict[str, str] = {}
    for c in rows:
        if c.doc_id not in texts:
            texts[c.doc_id] = store.db.execute("SELECT text FROM documents WHERE id=?", (c.doc_id,)).fetchone()[0]
        content = " ".join(texts[c.doc_id][c.content.start:c.content.end].split())
        click.echo(f"{c.speaker_text} [{c.stance}, {c.kind}, {c.medium or '-'}, {c.date}] «{content[:160]}»")
    click.echo(f"{len(rows)} claims")


@click.command()
@db_option
@click.option("--scope", type=click.Choice(["document", "corpus"]), default=None)
@click.option("--json", "as_json", is_flag=True)
def contradictions(db: str, scope: str | None, as_json: bool) -> None:
    """List contradictions: both sides with speakers and evidence."""
    store = Store(db)
    q = "SELECT * FROM contradictions" + (" WHERE scope=?" if scope else "") + " ORDER BY id"
    rows = store.db.execute(q, (scope,) if scope else ()).fetchall()
    out = []
    for r in rows:
        sides = []
        for cid in (r["claim_a"], r["claim_b"]):
            c = store.db.execute("SELECT c.*, d.text FROM claims c JOIN documents d ON d.id=c.doc_id WHERE c.id=?",
                                 (cid,)).fetchone()
            if c is None:
                continue
            sides.append({"claim": cid, "doc": c["doc_id"], "speaker": c["speaker_text"], "stance": c["stance"],
                          "date": c["date"], "medium": c["medium"],
                          "evidence": " ".join(c["text"][c["c_start"]:c["c_end"]].split())})
        out.append({"id": r["id"], "reason": r["reason"], "detail": r["detail"], "scope": r["scope"], "sides": sides})
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for x in out:
        click.echo(f"[{x['id']}] {x['reason']} ({x['scope']}): {x['detail']}")
        for s in x["sides"]:
            click.echo(f"   {s['speaker']} {s['stance']} ({s['medium'] or '-'}, {s['date']}): «{s['evidence'][:160]}»")
    click.echo(f"{len(out)} contradictions")


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def stories(db: str, as_json: bool) -> None:
    """List stories (documents reporting the same happening) and their merged events."""
    store = Store(db)
    out = []
    for s in store.db.execute("SELECT * FROM stories ORDER BY date_start, id").fetchall():
        docs = store.db.execute(
            "SELECT d.id, d.title, d.publisher_ar, d.published, d.source FROM story_docs sd "
            "JOIN documents d ON d.id = sd.doc_id WHERE sd.story_id=? ORDER BY d.published", (s["id"],)).fetchall()
        merged = store.db.execute("SELECT * FROM merged_events WHERE story_id=?", (s["id"],)).fetchall()
        out.append({"id": s["id"], "title": s["title"], "dates": [s["date_start"], s["date_end"]],
                    "documents": [dict(d) for d in docs],
                    "merged_events": [{"id": m["id"], "type": f"{m['event_type']}/{m['sub_event_type']}",
                                       "sources": json.loads(m["sources"]), "fatalities": m["fatalities"],
                                       "figures": json.loads(m["fatalities_all"])} for m in merged]})
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for s in out:
        click.echo(f"{s['id']}  {s['title'] or ''}  {s['dates'][0]}..{s['dates'][1]}")
        for d in s["documents"]:
            click.echo(f"   {d['published']}  {d['publisher_ar'] or '-'}  {d['title'] or d['source']}")
        for m in s["merged_events"]:
            if len(m["sources"]) > 1:
                click.echo(f"   merged {m['type']} from {len(m['sources'])} sources, fatalities {m['fatalities']}")
    click.echo(f"{len(out)} stories")
