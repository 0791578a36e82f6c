"""Local accounts, sessions, CSRF and API tokens.

- Passwords: argon2id hashes (argon2-cffi) in ``users.password_hash``.
- Roles: viewer < reviewer < admin.
- Browser sessions: a cookie holding a small JSON payload signed with HMAC-SHA256 (stdlib);
  the key comes from ``$RASD_SECRET`` or is generated once and kept in the ``meta`` table.
- CSRF: every form carries a token derived from the session's random nonce (HMAC), checked
  on every POST; the cookie is also SameSite=Strict.
- API tokens: random, shown once by ``rasd user token``; only their SHA-256 is stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import sqlite3
import time
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ROLES = ("viewer", "reviewer", "admin")
SESSION_COOKIE = "rasd_session"
SESSION_MAX_AGE = 12 * 3600
TOKEN_PREFIX = "rasd_"
_NAME_RE = re.compile(r"^[\w.@-]{1,64}$")
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not a password")


class AuthError(ValueError):
    pass


def role_at_least(role: str | None, needed: str) -> bool:
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


# ------------------------------------------------------------------------------ users
def add_user(db: sqlite3.Connection, name: str, password: str, role: str) -> None:
    if not _NAME_RE.match(name):
        raise AuthError("user names: letters, digits, . _ @ - (at most 64)")
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise AuthError("password: at least 8 characters")
    with db:
        if db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
            db.execute("UPDATE users SET password_hash = ?, role = ? WHERE name = ?", (_hasher.hash(password), role, name))
        else:
            db.execute("INSERT INTO users (name, password_hash, role) VALUES (?,?,?)", (name, _hasher.hash(password), role))


def verify_user(db: sqlite3.Connection, name: str, password: str) -> dict[str, Any] | None:
    r = db.execute("SELECT name, password_hash, role FROM users WHERE name = ?", (name,)).fetchone()
    try:
        _hasher.verify(r["password_hash"] if r else _DUMMY_HASH, password)   # same work for unknown names
    except (VerificationError, InvalidHashError):
        return None
    return {"name": r["name"], "role": r["role"]} if r else None


def new_token(db: sqlite3.Connection, name: str) -> str:
    """A fresh API token for the user (replaces the previous one). Returned once, stored hashed."""
    if db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone() is None:
        raise AuthError(f"no user {name!r}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db:
        db.execute("UPDATE users SET token_hash = ? WHERE name = ?", (_token_hash(token), name))
    return token


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def user_for_token(db: sqlite3.Connection, token: str) -> dict[str, Any] | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    r = db.execute("SELECT name, role FROM users WHERE token_hash = ?", (_token_hash(token),)).fetchone()
    return {"name": r["name"], "role": r["role"]} if r else None


def user_role(db: sqlite3.Connection, name: str) -> str | None:
    r = db.execute("SELECT role FROM users WHERE name = ?", (name,)).fetchone()
    return r["role"] if r else None


def list_users(db: sqlite3.Connection) -> list[dict[str, Any]]:
    return [{"name": r["name"], "role": r["role"], "has_token": bool(r["token_hash"]), "created_at": r["created_at"]}
            for r in db.execute("SELECT * FROM users ORDER BY name")]


def has_users(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None


# ------------------------------------------------------------------------------ signing
def secret_key(db: sqlite3.Connection) -> bytes:
    env = os.environ.get("RASD_SECRET")
    if env:
        return env.encode("utf-8")
    r = db.execute("SELECT value FROM meta WHERE key = 'web_secret'").fetchone()
    if r is None:
        with db:
            db.execute("INSERT OR IGNORE INTO meta VALUES ('web_secret', ?)", (secrets.token_hex(32),))
        r = db.execute("SELECT value FROM meta WHERE key = 'web_secret'").fetchone()
    return bytes.fromhex(r["value"])


class Signer:
    def __init__(self, key: bytes) -> None:
        self.key = key

    def _mac(self, data: bytes) -> str:
        return base64.urlsafe_b64encode(hmac.new(self.key, data, hashlib.sha256).digest()).decode().rstrip("=")

    def dumps(self, payload: dict[str, Any]) -> str:
        body = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return body + "." + self._mac(body.encode())

    def loads(self, value: str | None, max_age: int = SESSION_MAX_AGE) -> dict[str, Any] | None:
        if not value or value.count(".") != 1:
            return None
        body, mac = value.split(".")
        if not hmac.compare_digest(mac, self._mac(body.encode())):
            return None
        try:
            payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        except ValueError:
            return None
        if not isinstance(payload, dict) or time.time() - float(payload.get("t", 0)) > max_age:
            return None
        return payload

    def new_session(self, user: str | None, lang: str = "en") -> dict[str, Any]:
        return {"u": user, "n": secrets.token_urlsafe(16), "t": int(time.time()), "l": lang}

    def csrf(self, session: dict[str, Any]) -> str:
        return self._mac(("csrf:" + str(session.get("n", ""))).encode())

    def check_csrf(self, session: dict[str, Any] | None, token: str | None) -> bool:
        return bool(session and token) and hmac.compare_digest(self.csrf(session), token or "")  # type: ignore[arg-type]
