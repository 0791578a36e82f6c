"""`rasd gazetteer ...`: import place lists (into the per-user gazetteer or a store), look names up."""

from __future__ import annotations

import json
from collections.abc import Callable

import click

from rasd.knowledge.gazetteer import (
    USER_GAZETTEER_ENV,
    GazetteerError,
    ImportReport,
    import_geonames,
    import_syrian_archive,
    imported_sources,
    input_fingerprint,
    load_gazetteer,
    user_gazetteer_path,
)
from rasd.knowledge.geocode import GeoContext, geocode_mention

_WHERE = (f"Imports go to the per-user gazetteer (${USER_GAZETTEER_ENV}, else "
          "$XDG_DATA_HOME/rasd/gazetteer.db), which every rasd run reads (ingest into any store, eval, lookup); "
          f"--db imports into one store instead. {USER_GAZETTEER_ENV}=none turns the per-user gazetteer off.")


@click.group(help=f"The place gazetteer: defaults + imported lists. {_WHERE}")
def gazetteer() -> None:
    pass


@gazetteer.group("import", help=f"Import a place list (re-importing replaces that list's places). {_WHERE}")
def import_() -> None:
    pass


def _target(db: str | None) -> str:
    if db:
        return db
    path = user_gazetteer_path()
    if path is None:
        raise click.UsageError(f"the per-user gazetteer is off ({USER_GAZETTEER_ENV}=none): give --db FILE")
    return path


def _run_import(source: str, run: Callable[[str], ImportReport], inputs: tuple[str | None, ...],
                db: str | None, skip_unchanged: bool) -> None:
    if skip_unchanged and not db and user_gazetteer_path() is None:
        click.echo(f"{source}: the per-user gazetteer is off ({USER_GAZETTEER_ENV}=none); not imported")
        return
    target = _target(db)
    if skip_unchanged:
        done = imported_sources(target).get(source)
        if done and done["inputs"] == input_fingerprint(*inputs):
            click.echo(f"{source}: already imported into {target} ({done['places']} places, "
                       f"{done['imported_at']}); skipped")
            return
    try:
        report = run(target)
    except GazetteerError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"{report.summary()}; into {target}")


_db_option = click.option("--db", "db", default=None,
                          help="SQLite file (a store) to import into instead of the per-user gazetteer.")
_skip_option = click.option("--skip-unchanged", is_flag=True,
                            help="do nothing when the same files are already imported there.")


@import_.command("syrian-archive")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--ocha", "ocha", type=click.Path(exists=True, dir_okay=False),
              help="OCHA communities table (.dta) for the admin1-admin3 hierarchy (joined on community code).")
@_db_option
@_skip_option
def import_sa(path: str, ocha: str | None, db: str | None, skip_unchanged: bool) -> None:
    """Syrian Archive locations JSON (Arabic names, coordinates, OCHA community codes)."""
    _run_import("syrian-archive", lambda target: import_syrian_archive(path, ocha, target), (path, ocha),
                db, skip_unchanged)


@import_.command("geonames")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--alternate", "alternate", type=click.Path(exists=True, dir_okay=False),
              help="alternateNamesV2.txt (or its ZIP) for Arabic names.")
@_db_option
@_skip_option
def import_gn(path: str, alternate: str | None, db: str | None, skip_unchanged: bool) -> None:
    """A GeoNames country dump (SY.txt or SY.zip, 19 tab-separated columns)."""
    _run_import("geonames", lambda target: import_geonames(path, alternate, target), (path, alternate),
                db, skip_unchanged)


@gazetteer.command("status")
@click.option("--db", "db", default=None, help="also show the places imported into this store.")
def status(db: str | None) -> None:
    """Where the per-user gazetteer is and which lists it (and --db) hold."""
    user = user_gazetteer_path()
    for label, path in (("per-user", user), ("store", db)):
        if label == "store" and not db:
            continue
        if path is None:
            click.echo(f"{label}: off ({USER_GAZETTEER_ENV}=none)")
            continue
        sources = imported_sources(path)
        click.echo(f"{label}: {path}" + ("" if sources else " (nothing imported)"))
        for src, info in sorted(sources.items()):
            files = ", ".join(f[0] for f in json.loads(info["inputs"] or "[]"))
            click.echo(f"  {src}: {info['places']} places" + (f" from {files}" if files else "")
                       + (f", imported {info['imported_at']}" if info["imported_at"] else ""))


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--db", "db", default=None, help="SQLite file with imported places (merged with the per-user ones).")
def lookup(name: str, db: str | None) -> None:
    """Show how a place name resolves (without document context) and its candidates."""
    gaz = load_gazetteer(db)
    place, precision, alts = geocode_mention(name, GeoContext(), gaz)
    if place is None:
        click.echo(f"{name}: unresolved" + (f" (candidates: {', '.join(alts)})" if alts else ""))
    else:
        click.echo(f"{name}: {place.id} {place.name_ar} / {place.name_en} {place.lat:.4f},{place.lon:.4f} "
                   f"level={place.level} admin1={place.admin1} precision={precision}")
    for alt in alts:
        p = gaz.get(alt)
        if p is not None:
            click.echo(f"  candidate {p.id} {p.name_ar} {p.lat:.4f},{p.lon:.4f} {p.admin1 or ''} {p.admin2 or ''}")
