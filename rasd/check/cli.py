"""`rasd check "نص الادعاء"`: which stored documents agree with, dispute or discuss a claim.

Candidates come from the full-text index (an OR query of the claim's most distinctive terms,
ranked by BM25); each is labelled by the stance model with the sentences that show it, and a
summary lists who supports and who disputes the claim: publishers, and the speakers of stored
claims (table `claims`) that fall inside the rationale sentences.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from typing import Any

import click

from rasd.check.stance import StanceModel, label_pair, load_model, prepare_article
from rasd.store.sqlite import Store
from rasd.text.tokens import search_terms

MAX_QUERY_TERMS = 10


def query_terms(claim: str, model: StanceModel, k: int = MAX_QUERY_TERMS) -> list[str]:
    """The claim's most distinctive terms (highest IDF in the model's vocabulary), in claim order."""
    terms = list(dict.fromkeys(t for t in search_terms(claim) if len(t) > 1 and '"' not in t))
    best = set(sorted(terms, key=lambda t: -model.idf(t))[:k])
    return [t for t in terms if t in best]


def candidates(db: sqlite3.Connection, terms: list[str], limit: int) -> list[sqlite3.Row]:
    if not terms:
        return []
    match = " OR ".join('"' + t + '"' for t in terms)
    return db.execute(
        "SELECT d.id, d.title, d.text, d.url, d.source, d.published, d.publisher_ar, d.publisher_en, "
        "bm25(documents_fts) AS rank FROM documents_fts f JOIN documents d ON d.id = f.doc_id "
        "WHERE documents_fts MATCH ? AND d.duplicate_of IS NULL ORDER BY rank LIMIT ?",
        (match, limit)).fetchall()


@dataclass
class Verdict:
    doc_id: str
    label: str
    score: float
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    source: str
    rationale: list[dict[str, Any]] = field(default_factory=list)   # {start, end, text}
    speakers: list[dict[str, str]] = field(default_factory=list)    # {speaker, stance}


def _speakers(db: sqlite3.Connection, doc_id: str, spans: list[tuple[int, int]]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    rows = db.execute("SELECT speaker_text, stance, c_start, c_end FROM claims WHERE doc_id=?", (doc_id,))
    for r in rows:
        if r["c_start"] is None or not r["speaker_text"] or r["speaker_text"] == "unattributed":
            continue
        if any(r["c_start"] < e and s < r["c_end"] for s, e in spans):
            item = {"speaker": r["speaker_text"], "stance": r["stance"] or ""}
            if item not in out:
                out.append(item)
    return out


def check_claim(store: Store, claim: str, limit: int = 20, model: StanceModel | None = None) -> dict[str, Any]:
    """Label the stored documents that may be about `claim`; returns verdicts and a summary."""
    model = model or load_model()
    terms = query_terms(claim, model)
    verdicts: list[Verdict] = []
    for r in candidates(store.db, terms, limit):
        art = prepare_article(r["text"] or "")
        label, score, spans, _ = label_pair(claim, art, model)
        v = Verdict(r["id"], label, round(score, 3), r["title"], r["publisher_ar"] or r["publisher_en"],
                    r["published"], r["url"], r["source"])
        v.rationale = [{"start": s.start, "end": s.end, "text": art.text[s.start:s.end]} for s in spans]
        v.speakers = _speakers(store.db, r["id"], [(s.start, s.end) for s in spans])
        verdicts.append(v)
    order = {"disagree": 0, "agree": 1, "discuss": 2, "unrelated": 3}
    verdicts.sort(key=lambda v: (order[v.label], -v.score))
    summary: dict[str, Any] = {}
    for side, lab in (("supports", "agree"), ("disputes", "disagree"), ("discusses", "discuss")):
        vs = [v for v in verdicts if v.label == lab]
        summary[side] = {
            "documents": len(vs),
            "publishers": sorted({v.publisher for v in vs if v.publisher}),
            "speakers": sorted({s["speaker"] for v in vs for s in v.speakers}),
        }
    summary["unrelated"] = sum(1 for v in verdicts if v.label == "unrelated")
    return {"claim": claim, "query_terms": terms, "candidates": len(verdicts),
            "documents": [v.__dict__ for v in verdicts], "summary": summary}


_AR = {"agree": "يؤيد", "disagree": "ينفي/يعارض", "discuss": "يناقش", "unrelated": "غير متصل"}


def format_report(res: dict[str, Any], show_unrelated: bool = False) -> str:
    lines = [f"Claim: {res['claim']}", f"Candidates: {res['candidates']} (query terms: {' '.join(res['query_terms'])})", ""]
    for d in res["documents"]:
        if d["label"] == "unrelated" and not show_unrelated:
            continue
        head = " · ".join(x for x in (d["title"], d["publisher"], d["published"]) if x) or d["source"]
        lines.append(f"[{d['label']} {d['score']:.2f}] {_AR[d['label']]} — {head}  ({d['doc_id'][:12]})")
        for r in d["rationale"]:
            lines.append(f"    « {' '.join(r['text'].split())} »")
        for s in d["speakers"]:
            lines.append(f"    speaker: {s['speaker']} ({s['stance']})")
    s = res["summary"]
    lines.append("")
    for side in ("supports", "disputes", "discusses"):
        x = s[side]
        who = ", ".join(x["publishers"] + [f"{sp} (speaker)" for sp in x["speakers"]]) or "—"
        lines.append(f"{side}: {x['documents']} document(s): {who}")
    lines.append(f"unrelated candidates: {s['unrelated']}")
    return "\n".join(lines)


@click.command()
@click.argument("claim")
@click.option("--db", default=lambda: os.environ.get("RASD_DB", "rasd.db"), show_default="rasd.db",
              help="SQLite database file")
@click.option("--limit", default=20, show_default=True, help="candidate documents to label")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@click.option("--all", "show_unrelated", is_flag=True, help="also list candidates judged unrelated")
@click.option("--model", "model_path", default=None, help="stance model JSON (default: the shipped one)")
def check(claim: str, db: str, limit: int, as_json: bool, show_unrelated: bool, model_path: str | None) -> None:
    """Find stored documents about CLAIM and label each agree / disagree / discuss / unrelated."""
    store = Store(db)
    try:
        res = check_claim(store, claim, limit, load_model(model_path))
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(res, show_unrelated))
