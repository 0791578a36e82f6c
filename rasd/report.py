"""A document with its layers and evidence, for `rasd show` (text or JSON)."""

from __future__ import annotations

from typing import Any

from rasd.records import Document
from rasd.store.sqlite import Store


def _ev(text: str, start: int | None, end: int | None, width: int = 160) -> str:
    if start is None or end is None:
        return ""
    s = " ".join(text[start:end].split())
    return s if len(s) <= width else s[: width - 1] + "…"


def document_report(store: Store, d: Document) -> dict[str, Any]:
    mentions = store.mentions(d.id)
    ents: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    names: dict[str, str] = {}
    for m in mentions:
        e = store.entity(m.entity_id) if m.entity_id else None
        key = m.entity_id or f"unlinked:{m.norm}"
        names[key] = (e.name_ar if e else m.surface)
        if m.type == "PLACE":
            p = places.setdefault(key, {"id": m.entity_id, "name": e.name_ar if e else m.surface,
                                        "name_en": e.name_en if e else None, "lat": e.lat if e else None,
                                        "lon": e.lon if e else None, "level": e.level if e else None,
                                        "admin1": e.admin1 if e else None, "geo_precision": m.geo_precision,
                                        "candidates": m.candidates, "surfaces": []})
            p["surfaces"].append({"surface": m.surface, "span": [m.start, m.end]})
        else:
            x = ents.setdefault(key, {"id": m.entity_id, "type": e.type if e else m.type,
                                      "name": e.name_ar if e else m.surface, "name_en": e.name_en if e else None,
                                      "role": m.role, "org": m.org_id, "sources": set(), "surfaces": []})
            x["role"] = x["role"] or m.role
            x["sources"].add(m.source)
            x["surfaces"].append({"surface": m.surface, "span": [m.start, m.end]})
    for x in ents.values():
        x["sources"] = sorted(x["sources"])

    def nm(ids: list[str]) -> list[str]:
        return [names.get(i) or (store.entity(i).name_ar if store.entity(i) else i) for i in ids]  # type: ignore[union-attr]

    events = []
    for ev in store.events(d.id):
        loc = store.entity(ev.location) if ev.location else None
        events.append({
            "id": ev.id, "type": ev.event_type, "sub_type": ev.sub_event_type, "modality": ev.modality,
            "actor1": nm(ev.actor1), "actor2": nm(ev.actor2), "assoc_actor1": nm(ev.assoc_actor1),
            "location": loc.name_ar if loc else None, "geo_precision": ev.geo_precision,
            "date": ev.date_start if ev.date_end in (ev.date_start, None) else f"{ev.date_start}..{ev.date_end}",
            "time_precision": ev.time_precision, "fatalities": ev.fatalities, "fatalities_min": ev.fatalities_min,
            "quantities": ev.quantities, "notes_en": ev.notes_en, "notes_ar": ev.notes_ar,
            "evidence": _ev(d.text, ev.evidence.start, ev.evidence.end), "span": [ev.evidence.start, ev.evidence.end],
        })
    claims = []
    for c in store.claims(d.id):
        claims.append({
            "id": c.id, "speaker": c.speaker_text, "speaker_id": c.speaker_id, "role": c.speaker_role,
            "cue": c.cue, "stance": c.stance, "kind": c.kind, "medium": c.medium, "medium_detail": c.medium_detail,
            "date": c.date, "relay": c.relay_text, "events": c.event_ids, "question": c.is_question,
            "content": _ev(d.text, c.content.start, c.content.end, 220), "span": [c.content.start, c.content.end],
        })
    claim_ids = {c["id"] for c in claims}
    contradictions = [
        {"id": x.id, "a": x.claim_a, "b": x.claim_b, "reason": x.reason, "detail": x.detail}
        for x in store.contradictions() if x.claim_a in claim_ids or x.claim_b in claim_ids
    ]
    story = store.db.execute("SELECT story_id FROM story_docs WHERE doc_id=?", (d.id,)).fetchone()
    return {
        "id": d.id, "source": d.source, "url": d.url, "title": d.title, "title_derived": d.title_derived,
        "publisher": {"name_ar": d.publisher.name_ar, "name_en": d.publisher.name_en,
                      "domain": d.publisher.domain, "evidence": d.publisher.evidence},
        "published": {"date": d.published.date, "precision": d.published.precision,
                      "method": d.published.method, "evidence": d.published.evidence, "hijri": d.published.hijri},
        "authors": d.authors, "caption": d.caption, "views": d.views, "section": d.section,
        "duplicate_of": d.duplicate_of, "dup_kind": d.dup_kind, "story": story[0] if story else None,
        "warnings": d.warnings, "boilerplate_lines": len(d.boilerplate),
        "body_chars": len(d.text), "body_start": d.text[:80], "body_end": d.text[-80:],
        "entities": list(ents.values()), "places": list(places.values()),
        "events": events, "claims": claims, "contradictions": contradictions,
    }


def format_report(r: dict[str, Any]) -> str:
    out = [f"{r['title'] or '(no title)'}{'  [derived title]' if r['title_derived'] else ''}",
           f"  id {r['id']}  source {r['source']}"]
    p, pub = r["publisher"], r["published"]
    out.append(f"  url {r['url'] or '-'}  publisher {p['name_ar'] or '-'} ({p['name_en'] or '-'}, {p['domain'] or '-'})")
    out.append(f"  published {pub['date']} [{pub['precision']}] via {pub['method'] or '-'}: {pub['evidence'] or '-'}"
               + (f"  hijri {pub['hijri']}" if pub["hijri"] else ""))
    out.append(f"  views {r['views']}  caption {r['caption'] or '-'}  section {r['section'] or '-'}  "
               f"authors {', '.join(r['authors']) or '-'}")
    if r["duplicate_of"]:
        out.append(f"  {r['dup_kind']} duplicate of {r['duplicate_of']}")
    if r["story"]:
        out.append(f"  story {r['story']}")
    out.append(f"  body {r['body_chars']} chars, {r['boilerplate_lines']} boilerplate lines removed")
    if "text" in r:        # `rasd show --text`: the body whole, line by line, as stored
        out.extend(f"    | {line}" for line in r["text"].split("\n"))
    else:
        out.append(f"    starts: {r['body_start']}")
        out.append(f"    ends:   {r['body_end']}")
    for w in r["warnings"]:
        out.append(f"  warning: {w}")
    out.append(f"\nEntities ({len(r['entities'])})")
    for e in r["entities"]:
        role = f" — {e['role']}" if e["role"] else ""
        out.append(f"  {e['type']:13s} {e['name']} ({e['name_en'] or e['id'] or 'new'}){role} ×{len(e['surfaces'])}")
    out.append(f"\nPlaces ({len(r['places'])})")
    for pl in r["places"]:
        where = f"{pl['lat']:.3f},{pl['lon']:.3f}" if pl["lat"] is not None else "unresolved"
        amb = f" ambiguous: {', '.join(pl['candidates'])}" if pl["candidates"] else ""
        out.append(f"  {pl['name']} ({pl['name_en'] or '-'}) {where} level {pl['level']} "
                   f"precision {pl['geo_precision']}{amb}")
    out.append(f"\nEvents ({len(r['events'])})")
    for e in r["events"]:
        counts = ", ".join(f"{k}={v}" for k, v in e["quantities"].items())
        fat = f" fatalities {'>' if e['fatalities_min'] else ''}{e['fatalities']}" if e["fatalities"] is not None else ""
        out.append(f"  [{e['id']}] {e['type']} / {e['sub_type']} ({e['modality']}) {e['date']} @ {e['location'] or '?'}"
                   f"{fat}{' ' + counts if counts else ''}")
        out.append(f"      actor1 {', '.join(e['actor1']) or '-'}  actor2 {', '.join(e['actor2']) or '-'}")
        if e["notes_en"]:
            out.append(f"      note: {e['notes_en']}")
        out.append(f"      evidence: «{e['evidence']}»")
    out.append(f"\nClaims ({len(r['claims'])})")
    for c in r["claims"]:
        relay = f" via {c['relay']}" if c["relay"] else ""
        out.append(f"  [{c['id']}] {c['speaker']}{relay} {c['cue'] or ''} → {c['stance']} ({c['kind']}, "
                   f"{c['medium'] or '-'}, {c['date']}){' QUESTION' if c['question'] else ''}")
        out.append(f"      «{c['content']}»")
    if r["contradictions"]:
        out.append(f"\nContradictions ({len(r['contradictions'])})")
        for x in r["contradictions"]:
            out.append(f"  {x['a']} ⟷ {x['b']}: {x['reason']} {x['detail'] or ''}")
    return "\n".join(out)
