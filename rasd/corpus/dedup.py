"""Exact and near-duplicate detection (MinHash LSH with datasketch).

Exact duplicates share a document id (hash of the normalised text). Near duplicates are
found with MinHash signatures over word 5-shingles; the LSH bands live in SQLite
(table lsh_bands, see rasd/store/schema.sql), so the index is persistent and memory stays flat as the corpus grows.
"""

from __future__ import annotations

import sqlite3
import struct
import zlib
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from rasd.ingest.boilerplate import source_order
from rasd.text.tokens import search_text

NUM_PERM = 128
BANDS = 16           # 16 bands x 8 rows: candidate pairs from Jaccard ~0.7 up
ROWS = NUM_PERM // BANDS
NEAR_DUP_JACCARD = 0.8
SHINGLE = 5



@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1)


# MurmurHash3 32-bit finalizer constants (datasketch's "affine32" scheme pre-mixes inputs with it)
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def minhash_signature(text: str) -> list[int]:
    """MinHash over word 5-shingles. Shingle hashes are combined from per-term CRC32s with
    numpy (one C call per term instead of a SHA-1 per shingle).

    The min-hash values are those of datasketch's ``MinHash(num_perm=128, seed=1)`` updated with
    the shingle hashes (scheme "affine32": fmix32 pre-mix, then ``a * h + b`` modulo 2^32,
    minimum per permutation), computed here on the numpy array directly: datasketch's
    ``update_batch`` converts every value through a Python list first.
    """
    # CRC32 of each term's UTF-8 bytes: the joined terms are encoded once and split as bytes
    # (the same values as encoding term by term, without a Python string per term)
    joined = search_text(text).encode("utf-8", "surrogatepass")
    parts = joined.split(b" ") if joined else []
    th = np.fromiter(map(zlib.crc32, parts), dtype=np.uint32, count=len(parts))
    if len(th) < SHINGLE:
        sh = np.array([int(np.bitwise_xor.reduce(th)) if len(th) else 0], dtype=np.uint32)
    else:
        sh = np.zeros(len(th) - SHINGLE + 1, dtype=np.uint32)
        for k in range(SHINGLE):   # polynomial combination, position-sensitive, modulo 2^32
            sh = sh * np.uint32(1_000_003) + th[k:len(th) - SHINGLE + 1 + k]    # (uint32 arithmetic wraps)
    t = _template()
    if t.scheme != "affine32":     # another datasketch default: let datasketch compute it
        m = MinHash(num_perm=NUM_PERM, permutations=t.permutations, scheme=t.scheme, hashfunc=int)
        m.update_batch(np.unique(sh).tolist())
        return [int(x) for x in m.hashvalues]
    hv = sh                        # (repeats do not change a minimum)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    a, b = t.permutations
    phv = np.multiply.outer(a, hv)      # (permutation, shingle); uint32 arithmetic wraps: modulo 2^32
    phv += b[:, None]
    return np.minimum(t.hashvalues, phv.min(axis=1)).tolist()   # row minima: contiguous, ~10x faster


def _pack(sig: list[int]) -> bytes:
    return struct.pack(f"<{len(sig)}Q", *sig)


def _unpack(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8")


def _bands(sig: list[int]) -> list[tuple[int, int]]:
    out = []
    for b in range(BANDS):
        chunk = tuple(sig[b * ROWS:(b + 1) * ROWS])
        out.append((b, hash(chunk) & 0x7FFFFFFFFFFFFFFF))
    return out


def find_near_duplicate(db: sqlite3.Connection, doc_id: str, sig: list[int]) -> tuple[str, float] | None:
    """The earliest stored document whose estimated Jaccard with ``sig`` is >= NEAR_DUP_JACCARD."""
    bands = _bands(sig)
    cond = " OR ".join(["(band=? AND bucket=?)"] * len(bands))
    cands = {r[0] for r in db.execute(f"SELECT DISTINCT doc_id FROM lsh_bands WHERE {cond}",  # noqa: S608
                                      [x for bb in bands for x in bb])} - {doc_id}
    if not cands:
        return None
    mine = np.asarray(sig, dtype="<u8")
    best: tuple[str, float] | None = None
    for other in sorted(cands):
        row = db.execute(
            "SELECT m.sig, d.ingested_at FROM minhash m JOIN documents d ON d.id=m.doc_id "
            "WHERE m.doc_id=? AND d.duplicate_of IS NULL", (other,)).fetchone()
        if row is None:
            continue
        j = float(np.mean(_unpack(row[0]) == mine))
        if j >= NEAR_DUP_JACCARD and (best is None or j > best[1]):
            best = (other, j)
    return best


def index_signature(db: sqlite3.Connection, doc_id: str, sig: list[int]) -> None:
    db.execute("INSERT OR REPLACE INTO minhash (doc_id, sig) VALUES (?, ?)", (doc_id, _pack(sig)))
    db.execute("DELETE FROM lsh_bands WHERE doc_id=?", (doc_id,))
    db.executemany("INSERT INTO lsh_bands (band, bucket, doc_id) VALUES (?,?,?)",
                   [(b, h, doc_id) for b, h in _bands(sig)])


def settle_near_duplicates(db: sqlite3.Connection, doc_id: str, signature: list[int] | None = None) -> str | None:
    """Decide again the near-duplicate links around ``doc_id`` (just stored or given another
    source), so that they do not depend on the order documents arrived in. Returns the
    document's original (None: it is an original).

    The rule: documents in the order of their sources (``boilerplate.source_order``, the order
    ``SiteTemplates.settle`` counts pages in, and a folder is read in), each is a near duplicate
    of the most similar earlier original (estimated Jaccard >= NEAR_DUP_JACCARD; a tie goes to
    the smaller id), else an original. Reading a folder in its own order gives exactly these
    links at every step. A later arrival can only change the documents linked to it through
    similar pairs, so only that group is decided again: the same links whatever the order.
    """
    sigs: dict[str, np.ndarray] = {} if signature is None else {doc_id: np.asarray(signature, dtype="<u8")}

    def sig(i: str) -> np.ndarray | None:
        if i not in sigs:
            row = db.execute("SELECT sig FROM minhash WHERE doc_id=?", (i,)).fetchone()
            if row is None:
                return None
            sigs[i] = _unpack(row[0])
        return sigs[i]

    similar: dict[str, dict[str, float]] = {doc_id: {}}
    todo = [doc_id]
    while todo:       # the group of documents joined to doc_id by similar pairs
        x = todo.pop()
        sx = sig(x)
        if sx is None:
            continue
        for (y,) in db.execute("SELECT DISTINCT b.doc_id FROM lsh_bands a JOIN lsh_bands b "
                               "ON b.band=a.band AND b.bucket=a.bucket WHERE a.doc_id=? AND b.doc_id<>?",
                               (x, x)).fetchall():
            sy = sig(y)
            if sy is None:
                continue
            j = float(np.mean(sx == sy))
            if j >= NEAR_DUP_JACCARD:
                similar[x][y] = j
                if y not in similar:
                    similar[y] = {}
                    todo.append(y)
                similar[y][x] = j
    if len(similar) == 1:     # (most documents: no similar one, so an original)
        db.execute("UPDATE documents SET duplicate_of=NULL, dup_kind=NULL WHERE id=? AND dup_kind='near'",
                   (doc_id,))
        return None
    ids = sorted(similar)
    rows = {r[0]: r for r in db.execute(
        f"SELECT id, source, duplicate_of, dup_kind FROM documents WHERE id IN ({','.join('?' * len(ids))})",  # noqa: S608
        ids)}
    originals: list[str] = []
    mine: str | None = None
    for i in sorted(rows, key=lambda i: source_order(rows[i][1])):
        _id, _source, was, kind = rows[i]
        if kind not in (None, "near"):      # another kind of link: not decided here
            continue
        best: tuple[str, float] | None = None
        for o in sorted(originals):
            j = similar[i].get(o)
            if j is not None and (best is None or j > best[1]):
                best = (o, j)
        now = best[0] if best else None
        if now is None:
            originals.append(i)
        if i == doc_id:
            mine = now
        if now != was:
            db.execute("UPDATE documents SET duplicate_of=?, dup_kind=? WHERE id=?",
                       (now, "near" if now else None, i))
    return mine
