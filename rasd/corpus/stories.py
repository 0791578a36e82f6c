"""Stories: documents that report the same happening, and events merged across them.

Candidate pairs come from an inverted index over each document's most distinctive terms
and linked entities (no all-pairs comparison), then are confirmed by TF-IDF cosine or shared wording (word-trigram
containment: a report quoting a statement) and a date window. Events of one story with the same type, compatible dates and nearby places
are merged into one row that keeps every source; fatalities follow ACLED's rule (the most
conservative figure) while every reported figure stays listed. Rebuilt from the store each
run, so re-running after new documents arrive updates stories without duplicating them.
"""

from __future__ import annotations

import json
import math
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from rasd.records import Event
from rasd.store.sqlite import Store, row_to_event
from rasd.text.tokens import search_terms

TOP_TERMS = 25          # distinctive terms per document used to find candidates
MIN_SHARED = 4          # shared distinctive terms (or entities) to become a candidate pair
MIN_COSINE = 0.35       # unigram TF-IDF cosine that alone makes two documents one story
MIN_CONTAINMENT = 0.05  # share of the smaller document's word trigrams found in the other (quoted
MIN_SHARED_TRIGRAMS = 10  # statements, re-told wording): with at least this many trigrams
DATE_WINDOW_DAYS = 7
MERGE_KM = 25.0


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _date(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s and len(s) == 10 else None
    except ValueError:
        return None


SITE_TEMPLATE_DOCS = 3  # a word trigram printed by this many documents of one site is its template,
TEMPLATE_RUN = 6        # ...when it is one of this many in a row: a site's own phrases ("الأمم المتحدة
                        # في") recur too, but only a template repeats whole stretches


def _term_hashes(terms: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The CRC32 of each term, and of each word trigram at its position (not deduplicated)."""
    th = np.fromiter((zlib.crc32(t.encode("utf-8")) for t in terms), dtype=np.uint64, count=len(terms))
    if len(th) < 3:
        return th, np.zeros(0, dtype=np.uint32)
    tri = (th[:-2] * np.uint64(1_000_003) + th[1:-1]) * np.uint64(1_000_003) + th[2:]
    return th, (tri & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _long_runs(hit: np.ndarray, min_run: int) -> np.ndarray:
    """``hit`` with its runs of True shorter than ``min_run`` turned False."""
    out = np.zeros_like(hit)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], hit.astype(np.int8), [0]))))
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if end - start >= min_run:
            out[start:end] = True
    return out


TERMS_SCHEMA = """
DROP TABLE IF EXISTS story_features;
CREATE TABLE IF NOT EXISTS story_terms (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, terms TEXT, trigrams BLOB)
"""
# story_terms keeps what does not depend on the rest of the corpus (a document's search terms and
# its positional trigram hashes; its id is the hash of its text, so they never go stale); the
# site templates, which do, are applied on every run. story_features (until 2026-12) cached
# features with no template removed.


def doc_features(text: str, template: frozenset[int] | set[int] = frozenset()) -> tuple[Counter[str], np.ndarray]:
    """Term frequencies (content words) and the sorted hashes of the word trigrams of a text,
    leaving out the words of ``template`` trigrams (the site's navigation, galleries, footers:
    shared by many of its pages, they would make any two of them one story)."""
    terms = search_terms(text)
    return _features(terms, _term_hashes(terms)[1], template)


def _features(all_terms: tuple[str, ...], tri: np.ndarray,
              template: frozenset[int] | set[int]) -> tuple[Counter[str], np.ndarray]:
    """doc_features from a text's search terms and their positional trigram hashes."""
    keep = np.ones(len(all_terms), dtype=bool)
    if template and len(tri):
        hit = _long_runs(np.fromiter((int(h) in template for h in tri), dtype=bool, count=len(tri)), TEMPLATE_RUN)
        for k in range(3):   # a template trigram hides its three words
            keep[k:k + len(tri)] &= ~hit
        tri = tri[~hit]
    trigrams = np.unique(tri)
    return Counter(t for t, k in zip(all_terms, keep, strict=True)
                   if k and len(t) > 2 and not t.isdigit()), trigrams


def _doc_terms(store: Store) -> dict[str, tuple[tuple[str, ...], np.ndarray]]:
    """Each document's search terms and positional trigram hashes, computed once per document and
    kept in story_terms (a re-run over a large store reads them back instead of re-reading every text)."""
    db = store.db
    db.executescript(TERMS_SCHEMA)
    missing = db.execute("SELECT id, text FROM documents WHERE id NOT IN (SELECT doc_id FROM story_terms)")
    rows = []
    for doc_id, text in missing:
        terms = search_terms(text)
        rows.append((doc_id, " ".join(terms), _term_hashes(terms)[1].tobytes()))
    if rows:
        with store.tx() as tx:
            tx.executemany("INSERT OR REPLACE INTO story_terms VALUES (?,?,?)", rows)
    return {r[0]: (tuple(r[1].split(" ")) if r[1] else (), np.frombuffer(r[2], dtype=np.uint32))
            for r in db.execute("SELECT doc_id, terms, trigrams FROM story_terms")}


def _load_features(store: Store) -> dict[str, tuple[dict[str, int], np.ndarray]]:
    """Per-document features without the site's template. The templates come from the whole corpus
    each run: a site's template is known only from its other pages, so it changes as they arrive."""
    terms = _doc_terms(store)
    rows = store.db.execute("SELECT id, site, duplicate_of FROM documents").fetchall()
    site_df: dict[str, Counter[int]] = defaultdict(Counter)
    for r in rows:
        # originals only: a re-publication's wording is the story's, not the site's
        if r["site"] and r["duplicate_of"] is None:
            site_df[r["site"]].update(np.unique(terms[r["id"]][1]).tolist())
    templates = {site: {h for h, k in df.items() if k >= SITE_TEMPLATE_DOCS} for site, df in site_df.items()}
    return {r["id"]: _features(*terms[r["id"]], templates.get(r["site"]) or frozenset()) for r in rows}


TERM_DF_CAP = 64  # ...and never more than this many, so candidate pairs grow linearly with the corpus


@dataclass
class StoryCandidates:
    """What the date-independent part of the story pass computes: candidate pairs with their
    wording or vocabulary. Re-dating documents (corpus/dating.py) changes only the date window, so the
    corpus pass computes this once and groups twice."""

    similar: list[tuple[str, str]]   # candidate pairs whose wording or vocabulary make them one story


def story_candidates(store: Store) -> StoryCandidates:
    db = store.db
    docs = db.execute("SELECT id, duplicate_of FROM documents").fetchall()
    features = _load_features(store)
    # document frequencies over originals only, so re-publications do not dilute them
    df: Counter[str] = Counter()
    for d in docs:
        if d["duplicate_of"] is None:
            df.update(features[d["id"]][0].keys())
    n = max(1, sum(1 for d in docs if d["duplicate_of"] is None))
    cap = max(8, min(TERM_DF_CAP, int(0.02 * n)))  # terms in more docs are too common to propose pairs
    idf = {t: math.log((n + 1) / (k + 1)) for t, k in df.items()}
    idf_unseen = math.log(n + 1)
    vecs: dict[str, dict[str, float]] = {}
    index: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        tf = features[d["id"]][0]
        vec = {t: (1 + math.log(c)) * idf.get(t, idf_unseen) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vecs[d["id"]] = {t: v / norm for t, v in vec.items()}
        top = sorted((t for t in vec if 2 <= df.get(t, 0) <= cap), key=lambda t: -vec[t])[:TOP_TERMS]
        for t in top:
            index[t].append(d["id"])
    shared: Counter[tuple[str, str]] = Counter()
    for ids in index.values():
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                a, b = (ids[i], ids[j]) if ids[i] < ids[j] else (ids[j], ids[i])
                shared[(a, b)] += 1
    similar = []
    for (a, b), k in shared.items():
        if k < MIN_SHARED:
            continue
        va, vb = vecs[a], vecs[b]
        if len(va) > len(vb):
            va, vb = vb, va
        cos = sum(v * vb.get(t, 0.0) for t, v in va.items())
        ta, tb = features[a][1], features[b][1]
        common = len(np.intersect1d(ta, tb, assume_unique=True))
        contain = common / max(1, min(len(ta), len(tb)))
        if cos >= MIN_COSINE or (contain >= MIN_CONTAINMENT and common >= MIN_SHARED_TRIGRAMS):
            similar.append((a, b))
    return StoryCandidates(similar)


def build_stories(store: Store, candidates: StoryCandidates | None = None) -> dict[str, int]:
    """Group similar documents published within the date window (either date unknown: no
    window) into stories, then merge their events."""
    db = store.db
    if candidates is None:
        candidates = story_candidates(store)
    docs = db.execute("SELECT id, published, duplicate_of FROM documents").fetchall()
    published = {d["id"]: _date(d["published"]) for d in docs}
    uf = _UnionFind()
    for a, b in candidates.similar:
        da, dbb = published.get(a), published.get(b)
        if a not in published or b not in published:
            continue
        if da and dbb and abs((da - dbb).days) > DATE_WINDOW_DAYS:
            continue
        uf.union(a, b)
    for d in docs:  # a near-duplicate belongs to the story of its original
        if d["duplicate_of"] and d["duplicate_of"] in published:
            uf.union(d["id"], d["duplicate_of"])
    groups: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        groups[uf.find(d["id"])].append(d["id"])
    stories = {root: sorted(ids) for root, ids in groups.items() if len(ids) > 1}
    with store.tx() as tx:
        tx.execute("DELETE FROM story_docs")
        tx.execute("DELETE FROM stories")
        tx.execute("UPDATE documents SET story_id=NULL")
        tx.execute("UPDATE events SET story_id=NULL")
        for ids in stories.values():
            sid = "story-" + ids[0]
            dates = sorted(str(published[i]) for i in ids if published[i])
            title = tx.execute("SELECT title FROM documents WHERE id=?", (ids[0],)).fetchone()[0]
            tx.execute("INSERT INTO stories VALUES (?,?,?,?)",
                       (sid, title, dates[0] if dates else "unknown", dates[-1] if dates else "unknown"))
            tx.executemany("INSERT INTO story_docs VALUES (?,?)", [(sid, i) for i in ids])
            tx.executemany("UPDATE documents SET story_id=? WHERE id=?", [(sid, i) for i in ids])
            tx.executemany("UPDATE events SET story_id=? WHERE doc_id=?", [(sid, i) for i in ids])
    merged = merge_events(store)
    return {"stories": len(stories), "merged_events": merged}


def _place(store: Store, cache: dict[str, Any], eid: str | None) -> tuple[float, float] | None:
    if eid is None:
        return None
    if eid not in cache:
        r = store.db.execute("SELECT lat, lon FROM entities WHERE id=?", (eid,)).fetchone()
        cache[eid] = (r[0], r[1]) if r and r[0] is not None else None
    return cache[eid]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from rasd.eval.score import haversine_km

    return haversine_km(a[0], a[1], b[0], b[1])


def _compatible(store: Store, cache: dict[str, Any], x: Event, y: Event) -> bool:
    if (x.event_type, x.sub_event_type) != (y.event_type, y.sub_event_type) or x.doc_id == y.doc_id:
        return False
    if x.location != y.location:
        px, py = _place(store, cache, x.location), _place(store, cache, y.location)
        if px is None or py is None or _km(px, py) > MERGE_KM:
            return False
    dx = (x.date_start, x.date_end)
    dy = (y.date_start, y.date_end)
    if "unknown" in (dx[0], dy[0]):
        return dx[0] == dy[0]
    return not (max(dx) < min(dy) or max(dy) < min(dx))


def merge_events(store: Store) -> int:
    """One merged row per happening: events merged within a story; every other event alone."""
    cache: dict[str, Any] = {}
    rows = store.db.execute("SELECT * FROM events WHERE modality != 'denied-only' OR modality IS NULL "
                            "ORDER BY story_id, id").fetchall()
    by_story: dict[str | None, list[Event]] = defaultdict(list)
    for r in rows:
        by_story[r["story_id"]].append(row_to_event(r))
    out: list[tuple[Any, ...]] = []
    for story, events in by_story.items():
        uf = _UnionFind()
        if story is not None:
            for i in range(len(events)):
                for j in range(i + 1, len(events)):
                    if _compatible(store, cache, events[i], events[j]):
                        uf.union(events[i].id, events[j].id)
        groups: dict[str, list[Event]] = defaultdict(list)
        for e in events:
            groups[uf.find(e.id)].append(e)
        for evs in groups.values():
            evs.sort(key=lambda e: e.id)
            figures = [{"doc_id": e.doc_id, "event_id": e.id, "fatalities": e.fatalities} for e in evs
                       if e.fatalities is not None]
            fat = min((f["fatalities"] for f in figures), default=None)
            first = evs[0]
            starts = [e.date_start for e in evs if e.date_start != "unknown"]
            ends = [e.date_end for e in evs if e.date_end not in ("unknown", None)]
            out.append(("m-" + first.id, story, json.dumps([e.id for e in evs]), first.event_type,
                        first.sub_event_type, first.location, min(starts) if starts else "unknown",
                        max(ends) if ends else "unknown", fat, json.dumps(figures),
                        json.dumps([[e.doc_id, e.id] for e in evs])))
    with store.tx() as tx:
        tx.execute("DELETE FROM merged_events")
        tx.executemany("INSERT INTO merged_events VALUES (?,?,?,?,?,?,?,?,?,?,?)", out)
    return len(out)
