"""`rasd serve`, `rasd user add|token|list`, `rasd export` (registered by rasd.cli)."""

from __future__ import annotations

import ipaddress
import os
import sys

import click

db_option = click.option("--db", default=lambda: os.environ.get("RASD_DB", "rasd.db"), show_default="rasd.db",
                         help="SQLite database file")


def _connect(db: str):  # noqa: ANN202 - sqlite3.Connection
    from rasd.store.sqlite import Store

    return Store(db).db


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind (localhost by default)")
@click.option("--port", default=8000, show_default=True)
def serve(db: str, host: str, port: int) -> None:
    """Serve the analyst's workbench (web UI and /api) over a store."""
    import uvicorn

    from rasd.web.app import create_app

    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        click.echo(f"warning: binding {host}: the workbench is reachable from other machines", err=True)
    app = create_app(db)
    click.echo(f"rasd workbench on http://{host}:{port}/  (database {db})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.group()
def user() -> None:
    """Local accounts: roles viewer, reviewer, admin."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["viewer", "reviewer", "admin"]), default="viewer", show_default=True)
@click.option("--password-stdin", is_flag=True, help="read the password from standard input (scripts)")
@db_option
def user_add(name: str, role: str, password_stdin: bool, db: str) -> None:
    """Create a user (or change an existing user's password and role)."""
    from rasd.web.auth import AuthError, add_user

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(_connect(db), name, password, role)
    except AuthError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"user {name} ({role})")


@user.command("token")
@click.argument("name")
@db_option
def user_token(name: str, db: str) -> None:
    """Print a new API token for NAME (replaces the old one; use as Authorization: Bearer TOKEN)."""
    from rasd.web.auth import AuthError, new_token

    try:
        click.echo(new_token(_connect(db), name))
    except AuthError as e:
        raise click.ClickException(str(e)) from None


@user.command("list")
@db_option
def user_list(db: str) -> None:
    """List users and roles."""
    from rasd.web.auth import list_users

    for u in list_users(_connect(db)):
        click.echo(f"{u['name']:20s} {u['role']:9s} {'token' if u['has_token'] else '-':6s} {u['created_at']}")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "jsonl", "geojson", "parquet"]), required=True)
@click.option("--out", "out", default=None, help="output file (default rasd-events.<ext>)")
@db_option
@click.option("--no-progress", is_flag=True)
@click.option("--min-confidence", "min_conf", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="only events whose learned confidence is at least this (reviewer-accepted ones always)")
def export(fmt: str, out: str | None, db: str, no_progress: bool, min_conf: float) -> None:
    """Export reviewed events (edits applied, rejected left out) or every layer (jsonl)."""
    from tqdm import tqdm

    from rasd.export.exports import export as run_export
    from rasd.store.sqlite import Store

    ext = {"acled-csv": "csv", "jsonl": "jsonl", "geojson": "geojson", "parquet": "parquet"}[fmt]
    out = out or f"rasd-events.{ext}"
    s = Store(db)
    merged = s.db.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    total = s.count("documents") if fmt == "jsonl" else (merged or s.count("events"))
    s.close()
    with tqdm(total=total, unit="doc" if fmt == "jsonl" else "event", disable=no_progress, file=sys.stderr,
              dynamic_ncols=True) as bar:
        n = run_export(db, fmt, out, progress=bar.update, min_confidence=min_conf)
    click.echo(f"{n} {'documents' if fmt == 'jsonl' else 'rows'} -> {out}")
