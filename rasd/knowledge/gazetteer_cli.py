"""`rasd gazetteer ...`: import place lists into a store's gazetteer table, look names up."""

from __future__ import annotations

import click

from rasd.knowledge.gazetteer import GazetteerError, import_geonames, import_syrian_archive, load_gazetteer
from rasd.knowledge.geocode import GeoContext, geocode_mention


@click.group()
def gazetteer() -> None:
    """The place gazetteer (defaults + imported lists)."""


@gazetteer.group("import")
def import_() -> None:
    """Import a place list into the gazetteer table of a rasd database."""


@import_.command("syrian-archive")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--ocha", "ocha", type=click.Path(exists=True, dir_okay=False),
              help="OCHA communities table (.dta) for the admin1-admin3 hierarchy (joined on community code).")
@click.option("--db", "db", default="rasd.db", show_default=True, help="SQLite file to import into.")
def import_sa(path: str, ocha: str | None, db: str) -> None:
    """Syrian Archive locations JSON (Arabic names, coordinates, OCHA community codes)."""
    try:
        report = import_syrian_archive(path, ocha, db)
    except GazetteerError as e:
        raise click.ClickException(str(e)) from e
    click.echo(report.summary())


@import_.command("geonames")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--alternate", "alternate", type=click.Path(exists=True, dir_okay=False),
              help="alternateNamesV2.txt (or its ZIP) for Arabic names.")
@click.option("--db", "db", default="rasd.db", show_default=True, help="SQLite file to import into.")
def import_gn(path: str, alternate: str | None, db: str) -> None:
    """A GeoNames country dump (SY.txt or SY.zip, 19 tab-separated columns)."""
    try:
        report = import_geonames(path, alternate, db)
    except GazetteerError as e:
        raise click.ClickException(str(e)) from e
    click.echo(report.summary())


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--db", "db", default=None, help="SQLite file with imported places.")
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
