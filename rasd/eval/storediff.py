"""Compare two rasd stores table by table: the check every speed change needs ("the same input
ingested by the old and the new code gives the same store").

Every table is read (rows sorted, so the order of insertion does not count) without the columns
that hold the time of the run. A full-text table is compared by its rows and by its term
instances (an ``fts5vocab`` table in the connection's temp schema): FTS5's own shadow tables hold
segments whose layout depends on when commits and merges happened, not on what is indexed.
The stores are opened read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

# columns that hold the time of a run (SQLite's strftime('now') or the ingest's own clock)
TIME_COLUMNS = frozenset({"analysed_at", "ingested_at", "started_at", "finished_at", "at", "created_at"})


def _connect(path: str | Path) -> sqlite3.Connection:
    # (immutable: no -wal/-shm files are made beside a store that has none; a store whose WAL
    # was not checkpointed is read through a normal read-only connection)
    p = Path(path).resolve()
    wal = p.with_name(p.name + "-wal")
    mode = "ro" if wal.exists() and wal.stat().st_size else "ro&immutable=1"
    return sqlite3.connect(f"file:{p}?mode={mode}", uri=True)


def _tables(db: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """(ordinary tables without the FTS5 shadow tables, FTS5 tables)."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type='table' ORDER BY name").fetchall()
    fts = [name for name, sql in rows if sql and "USING FTS5" in sql.upper()]
    shadow = {f"{t}_{s}" for t in fts for s in ("data", "idx", "content", "docsize", "config")}
    plain = [name for name, _sql in rows if name not in shadow and name not in fts
             and not name.startswith("sqlite_")]
    return plain, fts


def _sorted(rows: list[tuple]) -> list[tuple]:
    try:
        return sorted(rows)
    except TypeError:            # None next to a value in one column: order by the text form
        return sorted(rows, key=repr)


def table_rows(db: sqlite3.Connection, table: str) -> list[tuple]:
    """The table's column names (compared ones), then its rows with those columns, sorted."""
    cols = [r[1] for r in db.execute(f'PRAGMA table_xinfo("{table}")') if r[1] not in TIME_COLUMNS]
    if not cols:
        return [()]
    sel = ", ".join(f'"{c}"' for c in cols)
    rows = db.execute(f'SELECT {sel} FROM "{table}"').fetchall()  # noqa: S608 - names from sqlite_master
    return [tuple(cols), *_sorted(rows)]


def fts_instances(db: sqlite3.Connection, table: str) -> list[tuple]:
    """Every (term, doc, column, offset) the full-text table indexes, with the doc's first column
    (rasd: its document id) instead of its rowid (rowids follow insertion order)."""
    vocab = f"temp.rasd_vocab_{table}"
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, '{table}', 'instance')")
    first_col = db.execute(f'PRAGMA table_info("{table}")').fetchone()[1]
    # (the rowid -> id map read once: a join would read every row's whole content per instance)
    ids = dict(db.execute(f'SELECT rowid, "{first_col}" FROM "{table}"').fetchall())  # noqa: S608 - names from sqlite_master
    return _sorted([(term, ids.get(doc), col, off) for term, doc, col, off
                    in db.execute(f"SELECT term, doc, col, offset FROM {vocab}")])  # noqa: S608 - fixed name


def _parts(db: sqlite3.Connection) -> list[str]:
    """What is compared: every table, and for an FTS5 table also ``<name>:instances``."""
    plain, fts = _tables(db)
    return sorted(plain + fts + [f"{t}:instances" for t in fts])


def _read(db: sqlite3.Connection, part: str) -> list[tuple]:
    name, _, what = part.partition(":")
    return fts_instances(db, name) if what else table_rows(db, name)


def dump(path: str | Path) -> Iterator[tuple[str, list[tuple]]]:
    """(part, sorted rows) for every part of the store (see ``_parts``); a table's rows come
    after a row of its column names, term instances have none."""
    db = _connect(path)
    try:
        for part in _parts(db):
            yield part, _read(db, part)
    finally:
        db.close()


def compare(a: str | Path, b: str | Path, show: int = 5) -> tuple[list[str], dict[str, int]]:
    """(the differences between stores ``a`` and ``b`` as readable lines -- none: the same,
    rows per part of ``a``). One part of each store is in memory at a time."""
    da, db_ = _connect(a), _connect(b)
    out: list[str] = []
    n_rows: dict[str, int] = {}
    try:
        pa, pb = _parts(da), _parts(db_)
        for part in sorted(set(pa) | set(pb)):
            if part not in pa or part not in pb:
                out.append(f"{part}: only in {'b' if part not in pa else 'a'}")
                continue
            ra, rb = _read(da, part), _read(db_, part)
            header = ":" not in part
            n_rows[part] = len(ra) - header
            if ra == rb:
                continue
            sa, sb = set(ra), set(rb)
            out.append(f"{part}: {len(ra) - header} rows in a, {len(rb) - header} in b; "
                       f"{len(sa - sb)} only in a, {len(sb - sa)} only in b")
            out.extend(f"  a: {r!r}"[:400] for r in sorted(sa - sb, key=repr)[:show])
            out.extend(f"  b: {r!r}"[:400] for r in sorted(sb - sa, key=repr)[:show])
    finally:
        da.close()
        db_.close()
    return out, n_rows
