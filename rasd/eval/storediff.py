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


def table_rows(db: sqlite3.Connection, table: str) -> tuple[list[str], list[tuple]]:
    """(the columns compared, the table's rows with those columns, sorted)."""
    cols = [r[1] for r in db.execute(f'PRAGMA table_xinfo("{table}")') if r[1] not in TIME_COLUMNS]
    if not cols:
        return [], []
    sel = ", ".join(f'"{c}"' for c in cols)
    rows = db.execute(f'SELECT {sel} FROM "{table}"').fetchall()  # noqa: S608 - names from sqlite_master
    return cols, sorted(rows, key=repr)


def fts_instances(db: sqlite3.Connection, table: str) -> list[tuple]:
    """Every (term, doc, column, offset) the full-text table indexes, with the doc's id column
    instead of its rowid (rowids follow insertion order)."""
    vocab = f"temp.rasd_vocab_{table}"
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, '{table}', 'instance')")
    first_col = db.execute(f'PRAGMA table_info("{table}")').fetchone()[1]
    rows = db.execute(
        f'SELECT v.term, t."{first_col}", v.col, v.offset FROM {vocab} v '   # noqa: S608 - names from sqlite_master
        f'JOIN "{table}" t ON t.rowid = v.doc').fetchall()
    return sorted(rows, key=repr)


def dump(path: str | Path) -> Iterator[tuple[str, list[tuple]]]:
    """(table name, sorted rows) for every table of the store; an FTS5 table gives two
    entries: its rows (``name``) and its term instances (``name:instances``)."""
    db = _connect(path)
    try:
        plain, fts = _tables(db)
        for name in sorted(plain + fts):
            cols, rows = table_rows(db, name)
            yield name, [tuple(cols), *rows]
            if name in fts:
                yield f"{name}:instances", fts_instances(db, name)
    finally:
        db.close()


def compare(a: str | Path, b: str | Path, show: int = 5) -> list[str]:
    """The differences between stores ``a`` and ``b`` (empty: the same), as readable lines."""
    da, db_ = dict(dump(a)), dict(dump(b))
    out: list[str] = []
    for name in sorted(set(da) | set(db_)):
        if name not in da or name not in db_:
            out.append(f"{name}: only in {'b' if name not in da else 'a'}")
            continue
        ra, rb = da[name], db_[name]
        if ra == rb:
            continue
        sa, sb = set(ra), set(rb)
        out.append(f"{name}: {len(ra) - 1} rows in a, {len(rb) - 1} in b; "
                   f"{len(sa - sb)} only in a, {len(sb - sa)} only in b")
        out.extend(f"  a: {r!r}"[:400] for r in sorted(sa - sb, key=repr)[:show])
        out.extend(f"  b: {r!r}"[:400] for r in sorted(sb - sa, key=repr)[:show])
    return out


def counts(path: str | Path) -> dict[str, int]:
    """Rows per compared table (for the report line of an identical pair)."""
    return {name: len(rows) - (":" not in name) for name, rows in dump(path)}
