"""The review layer: reviewers accept, edit or reject events and mark claims / contradictions
right or wrong. Machine output is never touched: every decision is a row in ``edits``
(who, when, what) keyed by the stable machine id, so it survives re-running the pipeline, and
is applied when reading ("effective events"). ``event_state`` caches the fold of an event's
edits for index-backed filtering; it can always be rebuilt from ``edits``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.data import read_data

EVENT_ACTIONS = ("accept", "edit", "reject", "restore", "reset")
MARK_KINDS = ("claim", "contradiction")
VERDICTS = ("right", "wrong")
ACTOR_FIELDS = ("actor1", "assoc_actor1", "actor2", "assoc_actor2")
EDITABLE = ("event_type", "sub_event_type", *ACTOR_FIELDS, "location", "geo_precision",
            "date_start", "date_end", "time_precision", "fatalities", "quantities")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ReviewError(ValueError):
    """A review request that cannot be applied (unknown id, invalid value)."""


@lru_cache(maxsize=1)
def acled_tables() -> dict[str, Any]:
    return read_data(resources.files("rasd.export").joinpath("acled.yaml"))


def taxonomy() -> dict[str, dict[str, str]]:
    return acled_tables()["taxonomy"]


# ------------------------------------------------------------------------------ folding
def fold(edits: list[sqlite3.Row] | list[dict[str, Any]]) -> tuple[str, dict[str, Any], str | None, str | None]:
    """(status, changes, last user, last time) from an event's edits in order.

    accept -> accepted, reject -> rejected, edit -> edited (changes accumulate, later values
    win), restore -> un-reject, reset -> back to the machine output (changes dropped)."""
    status, changes, user, at = "machine", {}, None, None
    for e in edits:
        action = e["action"]
        if action == "accept":
            status = "accepted"
        elif action == "reject":
            status = "rejected"
        elif action == "edit":
            changes.update(json.loads(e["changes"]) if isinstance(e["changes"], str) else (e["changes"] or {}))
            status = "edited"
        elif action == "restore":
            status = "edited" if changes else "machine"
        elif action == "reset":
            status, changes = "machine", {}
        user, at = e["user"], e["at"]
    return status, changes, user, at


def _state_row(db: sqlite3.Connection, event_id: str) -> tuple[Any, ...] | None:
    edits = db.execute("SELECT action, changes, user, at FROM edits WHERE target_kind = 'event' AND target_id = ? "
                       "ORDER BY id", (event_id,)).fetchall()
    if not edits:
        return None
    status, changes, user, at = fold(edits)
    actors = None
    if any(k in changes for k in ACTOR_FIELDS):
        m = db.execute("SELECT actor1, assoc_actor1, actor2, assoc_actor2 FROM events WHERE id = ?", (event_id,)).fetchone()
        eff = {k: changes[k] if k in changes else (json.loads(m[k]) if m and m[k] else []) for k in ACTOR_FIELDS}
        actors = "".join(json.dumps(eff[k], ensure_ascii=False) for k in ACTOR_FIELDS)
    return (event_id, status, json.dumps(changes, ensure_ascii=False), changes.get("event_type"),
            changes.get("sub_event_type"), changes.get("location"), changes.get("date_start"),
            changes.get("date_end"), changes.get("fatalities"), actors, user, at)


def refresh_event_state(db: sqlite3.Connection, event_id: str) -> None:
    row = _state_row(db, event_id)
    db.execute("DELETE FROM event_state WHERE event_id = ?", (event_id,))
    if row is not None:
        db.execute("INSERT INTO event_state VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", row)


def rebuild_event_state(db: sqlite3.Connection) -> int:
    """Recompute the cache from ``edits`` (start-up; edits are few)."""
    ids = [r[0] for r in db.execute("SELECT DISTINCT target_id FROM edits WHERE target_kind = 'event'")]
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("DELETE FROM event_state")
        for i in ids:
            refresh_event_state(db, i)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return len(ids)


def apply_state(r: sqlite3.Row) -> dict[str, Any]:
    """A machine event row (joined with event_state as _status/_changes) -> the effective event."""
    keys = r.keys()
    ev: dict[str, Any] = {}
    for k in keys:
        if k.startswith("_"):
            continue
        ev[k] = r[k]
    for k in (*ACTOR_FIELDS, "quantities", "field_evidence"):
        ev[k] = json.loads(ev[k]) if ev.get(k) else ({} if k in ("quantities", "field_evidence") else [])
    ev["fatalities_min"] = bool(ev.get("fatalities_min"))
    changes = json.loads(r["_changes"]) if "_changes" in keys and r["_changes"] else {}
    ev["machine"] = {k: ev.get(k) for k in changes}
    for k, v in changes.items():
        if k in EDITABLE:
            ev[k] = v
    if "fatalities" in changes:
        ev["fatalities_min"] = False
    ev["status"] = (r["_status"] if "_status" in keys else None) or "machine"
    ev["edited_fields"] = sorted(changes)
    ev["reviewed_by"] = r["_user"] if "_user" in keys else None
    ev["reviewed_at"] = r["_at"] if "_at" in keys else None
    return ev


# ------------------------------------------------------------------------------ writing
def add_edit(db: sqlite3.Connection, kind: str, target_id: str, action: str, changes: dict[str, Any] | None,
             user: str) -> int:
    """Record one review decision (and refresh the event cache) in one transaction."""
    if kind == "event":
        if action not in EVENT_ACTIONS:
            raise ReviewError(f"unknown action {action!r}")
        if db.execute("SELECT 1 FROM events WHERE id = ?", (target_id,)).fetchone() is None:
            raise ReviewError(f"no event {target_id!r}")
    elif kind in MARK_KINDS:
        if action != "mark" or (changes or {}).get("verdict") not in VERDICTS:
            raise ReviewError("a claim or contradiction is marked right or wrong")
        table = "claims" if kind == "claim" else "contradictions"
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (target_id,)).fetchone() is None:  # noqa: S608
            raise ReviewError(f"no {kind} {target_id!r}")
    else:
        raise ReviewError(f"unknown target kind {kind!r}")
    db.execute("BEGIN IMMEDIATE")
    try:
        cur = db.execute("INSERT INTO edits (target_kind, target_id, action, changes, user, at) VALUES "
                         "(?,?,?,?,?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                         (kind, target_id, action, json.dumps(changes or {}, ensure_ascii=False), user))
        if kind == "event":
            refresh_event_state(db, target_id)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return int(cur.lastrowid or 0)


# ------------------------------------------------------------------------------ validation
def _resolve_entity(db: sqlite3.Connection, ref: str, place: bool) -> str:
    ref = ref.strip()
    r = db.execute("SELECT id, type FROM entities WHERE id = ?", (ref,)).fetchone()
    if r is None:
        r = db.execute("SELECT id, type FROM entities WHERE (name_ar = ? OR name_en = ?) "
                       + ("AND type = 'PLACE' " if place else "AND type != 'PLACE' ") + "ORDER BY id LIMIT 1",
                       (ref, ref)).fetchone()
    if r is None:
        raise ReviewError(f"unknown {'place' if place else 'actor'}: {ref}")
    if place and r["type"] != "PLACE":
        raise ReviewError(f"{ref} is not a place")
    return r["id"]


def _date(v: str, name: str) -> str:
    v = v.strip() or "unknown"
    if v == "unknown":
        return v
    if not _DATE_RE.match(v):
        raise ReviewError(f"{name}: use YYYY-MM-DD, YYYY-MM, YYYY or unknown")
    if len(v) == 10:
        try:
            dt.date.fromisoformat(v)
        except ValueError as e:
            raise ReviewError(f"{name}: {e}") from None
    return v


def _small_int(v: str, name: str, lo: int, hi: int | None) -> int | None:
    v = v.strip()
    if not v:
        return None
    try:
        n = int(v)
    except ValueError:
        raise ReviewError(f"{name}: a whole number") from None
    if n < lo or (hi is not None and n > hi):
        raise ReviewError(f"{name}: out of range")
    return n


def parse_event_form(db: sqlite3.Connection, current: dict[str, Any], form: dict[str, str]) -> dict[str, Any]:
    """Form fields -> the changes that differ from the current effective event (validated)."""
    tax = taxonomy()
    new: dict[str, Any] = {}
    if "event_type" in form:
        t, st = form.get("event_type", "").strip(), form.get("sub_event_type", "").strip()
        if t not in tax:
            raise ReviewError(f"unknown event type {t!r}")
        if st not in tax[t]:
            raise ReviewError(f"{st!r} is not a sub-event type of {t}")
        new["event_type"], new["sub_event_type"] = t, st
    for k in ACTOR_FIELDS:
        if k in form:
            refs = [x for x in re.split(r"[,،;\n]", form[k]) if x.strip()]
            new[k] = [_resolve_entity(db, x, place=False) for x in refs]
    if "location" in form:
        new["location"] = _resolve_entity(db, form["location"], place=True) if form["location"].strip() else None
    if "geo_precision" in form:
        new["geo_precision"] = _small_int(form["geo_precision"], "geo_precision", 1, 3)
    if "time_precision" in form:
        new["time_precision"] = _small_int(form["time_precision"], "time_precision", 1, 3)
    for k in ("date_start", "date_end"):
        if k in form:
            new[k] = _date(form[k], k)
    ds, de = new.get("date_start", current.get("date_start")), new.get("date_end", current.get("date_end"))
    if ds not in (None, "unknown") and de not in (None, "unknown") and de < ds:
        raise ReviewError("date_end is before date_start")
    if "fatalities" in form:
        new["fatalities"] = _small_int(form["fatalities"], "fatalities", 0, None)
    if "quantities" in form:
        q: dict[str, int] = {}
        for line in form["quantities"].splitlines():
            if not line.strip():
                continue
            k, sep, v = line.partition("=")
            if not sep or not re.fullmatch(r"[a-z_]+", k.strip()):
                raise ReviewError("quantities: one name=number per line")
            n = _small_int(v, k.strip(), 0, None)
            if n is not None:
                q[k.strip()] = n
        new["quantities"] = q
    return {k: v for k, v in new.items() if current.get(k) != v}
