"""Latency of the workbench over a store: p50 / p95 per kind of request, through the real app
(FastAPI TestClient, so routing, templates and middleware are included; no network)."""

from __future__ import annotations

import random
import secrets
import statistics
import time
from typing import Any

from rasd.store.sqlite import Store

KINDS = ("search", "document", "events", "map")


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return 0.0
    k = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def _samples(store: Store, n: int, rng: random.Random) -> dict[str, list[str]]:
    db = store.db
    top = db.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 0
    docs: list[tuple[str, str]] = []
    for _ in range(max(n, 1)):
        r = db.execute("SELECT id, title FROM documents WHERE rowid >= ? LIMIT 1", (rng.randint(1, max(top, 1)),)).fetchone()
        if r:
            docs.append((r["id"], r["title"] or ""))
    words = [w for _, t in docs for w in t.split() if len(w) >= 4 and not w.isdigit()] or ["سوريا"]
    types = [r[0] for r in db.execute("SELECT DISTINCT event_type FROM events") if r[0]] or [""]
    places = [r[0] for r in db.execute("SELECT location FROM events WHERE location IS NOT NULL LIMIT 200")] or [""]
    years = [r[0] for r in db.execute("SELECT DISTINCT substr(date_start, 1, 4) FROM events WHERE date_start GLOB '[0-9]*' "
                                      "LIMIT 50")] or ["2018"]
    search, events, maps = [], [], []
    for i in range(n):
        q = " ".join(rng.sample(words, min(len(words), 1 + i % 2)))
        search.append(f"/search?q={q}" + ("&type=" + rng.choice(types) if i % 3 == 0 else ""))
        y = rng.choice(years)
        variant = i % 4
        if variant == 0:
            events.append(f"/events?type={rng.choice(types)}")
        elif variant == 1:
            events.append(f"/events?from={y}-01-01&to={y}-12-31&page={1 + i % 3}")
        elif variant == 2:
            events.append(f"/events?place={rng.choice(places)}")
        else:
            events.append(f"/events?type={rng.choice(types)}&from={y}-01-01&to={y}-12-31")
        maps.append("/api/map" if i % 2 == 0 else f"/api/map?type={rng.choice(types)}&from={y}-01-01&to={y}-12-31")
    return {"search": search, "document": [f"/doc/{d}" for d, _ in docs][:n], "events": events, "map": maps}


def bench_web(db_path: str, n_requests: int = 50, seed: int = 0) -> dict[str, Any]:
    """p50/p95/max in milliseconds for search, document page, filtered events list and map data.
    A temporary viewer account is created for the run and removed afterwards."""
    from fastapi.testclient import TestClient

    from rasd.web import auth
    from rasd.web.app import create_app

    rng = random.Random(seed)
    store = Store(db_path)
    app = create_app(db_path)
    name = "bench-" + secrets.token_hex(4)
    auth.add_user(store.db, name, secrets.token_urlsafe(16), "viewer")
    try:
        token = auth.new_token(store.db, name)
        client = TestClient(app, headers={"Authorization": f"Bearer {token}"})
        urls = _samples(store, n_requests, rng)
        out: dict[str, Any] = {"documents": store.count("documents"), "events_total": store.count("events")}
        for kind in KINDS:
            if urls[kind]:
                client.get(urls[kind][0])       # warm-up (first template compile, caches)
            times = []
            for url in urls[kind]:
                t0 = time.perf_counter()
                r = client.get(url)
                times.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"{url}: HTTP {r.status_code}")
            out[kind] = {"n": len(times), "p50_ms": round(_pct(times, 50), 1), "p95_ms": round(_pct(times, 95), 1),
                         "max_ms": round(max(times, default=0.0), 1),
                         "mean_ms": round(statistics.fmean(times), 1) if times else 0.0}
        return out
    finally:
        with store.db:
            store.db.execute("DELETE FROM users WHERE name = ?", (name,))
        store.close()


def generate_bench_db(db_path: str, n_docs: int, unifiedfc_dir: str, seed: int = 0) -> dict[str, int]:
    """A store of ``n_docs`` documents for latency measurement: real article text from the
    unifiedfc corpus (re-used with a numbered suffix so every document id is distinct) and
    synthetic layers (events, mentions, claims, contradictions, merged events) in the
    proportions the pipeline produces on news, over places and actors that exist. The layers are
    random, so the database is for timing only, never for quality."""
    import glob
    import hashlib
    import json
    from pathlib import Path

    from rasd.knowledge.kb import load_kb
    from rasd.store.sqlite import fts_body
    from rasd.web.review import taxonomy

    rng = random.Random(seed)
    arts: list[tuple[str, str, str]] = []
    for f in sorted(glob.glob(str(Path(unifiedfc_dir) / "dataset" / "*.json"))):
        d = json.loads(Path(f).read_text("utf-8"))
        for text, url in zip(d["article"], d["url"], strict=False):
            if text and len(text) > 200:
                arts.append((text[:12000], url, fts_body(text[:12000])))
    if not arts:
        raise ValueError(f"no articles under {unifiedfc_dir}/dataset")
    kb = load_kb()
    actors = [e for e in kb.entities.values() if e.type in ("ARMED_GROUP", "STATE_FORCES", "STATE")][:200]
    places = [(f"bench:place-{i}", 32.5 + rng.random() * 4.6, 35.8 + rng.random() * 6.3) for i in range(400)]
    tax = [(t, s) for t, subs in taxonomy().items() for s in subs]
    pubs = [("أنا برس", "anapress.net"), ("عنب بلدي", "enabbaladi.net"), ("الجزيرة", "aljazeera.net"),
            ("سمارت", "smartnews-agency.com"), ("زمان الوصل", "zamanalwsl.net"), ("العربية", "alarabiya.net")]
    store = Store(db_path)
    db = store.db
    with store.tx():
        db.executemany("INSERT OR REPLACE INTO entities (id, type, name_ar, name_en, aliases, links, lat, lon, country, "
                       "admin1, level) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       [(e.id, e.type, e.name_ar, e.name_en, "[]", "{}", None, None, e.country, None, None) for e in actors]
                       + [(pid, "PLACE", f"مكان {i}", f"Place {i}", "[]", "{}", lat, lon, "SY", "Aleppo", "town")
                          for i, (pid, lat, lon) in enumerate(places)])
    counts = {"documents": 0, "events": 0, "claims": 0}
    batch = 2000
    for start in range(0, n_docs, batch):
        docs, fts, mentions, events, claims, contra, merged = [], [], [], [], [], [], []
        for i in range(start, min(n_docs, start + batch)):
            text, url, body = arts[i % len(arts)]
            text = f"{text}\n[{i}]"
            did = hashlib.sha1(f"bench{i}".encode()).hexdigest()[:16]
            day = f"{2012 + rng.randint(0, 8)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            pub = rng.choice(pubs)
            published = day if rng.random() < 0.8 else "unknown"
            docs.append((did, f"bench/{i}", url, pub[1], "unifiedfc", text[:80].split("\n")[0], pub[0], pub[1],
                         published, "day" if published != "unknown" else "unknown", text))
            fts.append((did, "", body + f" {i}"))
            used = []
            for _ in range(5):
                a = rng.choice(actors)
                used.append(a.id)
                s = rng.randint(0, max(0, len(text) - 20))
                mentions.append((did, s, s + 10, text[s:s + 10], a.name_ar, a.type, a.id))
            for k in range(1 if rng.random() < 0.9 else 2):
                t, st = rng.choice(tax)
                pid = rng.choice(places)[0]
                s = rng.randint(0, max(0, len(text) - 200))
                evd = day if rng.random() < 0.85 else "unknown"
                eid = f"{did}-ev-{k}"
                events.append((eid, did, t, st, s, s + 180, json.dumps(used[:1]), "[]", json.dumps(used[1:2]), "[]", pid,
                               rng.randint(1, 3), evd, evd, 1 if evd != "unknown" else None,
                               rng.choice([None, None, rng.randint(0, 50)]), 0, "{}", "actual", "{}", "x"))
                mentions.append((did, s, s + 6, text[s:s + 6], "مكان", "PLACE", pid))
                merged.append(("m-" + eid, None, json.dumps([eid]), t, st, pid, evd, evd, None, "[]", json.dumps([[did, eid]])))
            if rng.random() < 0.5:
                s = rng.randint(0, max(0, len(text) - 200))
                cid = f"{did}-cl-0"
                claims.append((cid, did, s, s + 150, used[0], "متحدث", rng.choice(["asserts", "denies"]), day))
                if rng.random() < 0.05 and claims[:-1]:
                    contra.append((f"x-{cid}", claims[-2][0], cid, "opposite-stance", None, "corpus"))
        with store.tx():
            db.executemany("INSERT OR IGNORE INTO documents (id, source, url, site, kind, title, publisher_ar, "
                           "publisher_domain, published, published_precision, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)", docs)
            db.executemany("INSERT INTO documents_fts (doc_id, title, body) VALUES (?,?,?)", fts)
            db.executemany("INSERT INTO mentions (doc_id, start, end_, surface, norm, type, entity_id) VALUES (?,?,?,?,?,?,?)",
                           mentions)
            db.executemany("INSERT OR REPLACE INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                           "NULL,NULL,NULL,1.0)", events)
            db.executemany("INSERT OR REPLACE INTO claims (id, doc_id, c_start, c_end, speaker_id, speaker_text, stance, date) "
                           "VALUES (?,?,?,?,?,?,?,?)", claims)
            db.executemany("INSERT OR REPLACE INTO contradictions VALUES (?,?,?,?,?,?)", contra)
            db.executemany("INSERT OR REPLACE INTO merged_events VALUES (?,?,?,?,?,?,?,?,?,?,?)", merged)
        counts["documents"] += len(docs)
        counts["events"] += len(events)
        counts["claims"] += len(claims)
    db.execute("ANALYZE")
    store.close()
    return counts
