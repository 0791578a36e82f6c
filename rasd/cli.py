"""The `rasd` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from rasd.store.sqlite import Store

DEFAULT_DB = "rasd.db"
db_option = click.option("--db", default=lambda: os.environ.get("RASD_DB", DEFAULT_DB), show_default="rasd.db",
                         help="SQLite database file")


@click.group()
@click.version_option(package_name="rasd")
def cli() -> None:
    """rasd (رصد): Arabic conflict news into a verifiable, geocoded database of events and claims."""


def _engine(workers: int, engine: str, address: str | None):  # noqa: ANN202
    if engine == "ray":
        from rasd.engines.ray_engine import RayEngine

        return RayEngine(address=address)
    from rasd.engines.local import LocalEngine

    return LocalEngine(workers=workers)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-j", default=1, show_default=True, help="worker processes (local engine)")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--ray-address", default=None, help="Ray cluster address (default: start a local Ray)")
@click.option("--max-mb", default=50, show_default=True, help="largest single page file accepted, MB")
@click.option("--no-progress", is_flag=True, help="no progress bar")
def ingest(paths: tuple[str, ...], db: str, workers: int, engine: str, ray_address: str | None,
           max_mb: int, no_progress: bool) -> None:
    """Ingest files, folders or globs (scraped text, HTML, WARC, JSONL, unifiedfc).

    Places are geocoded with the default gazetteer, the per-user one (`rasd gazetteer import`,
    RASD_GAZETTEER=none: off) and the places imported into --db."""
    from tqdm import tqdm

    from rasd.ingest.run import ingest as run_ingest

    store = Store(db)
    bar = tqdm(total=0, unit="doc", disable=no_progress, file=sys.stderr, dynamic_ncols=True)

    def on_total(n: int) -> None:
        bar.total = n
        bar.refresh()

    try:
        report = run_ingest(list(paths), store, engine=_engine(workers, engine, ray_address),
                            max_bytes=max_mb * 1_000_000, progress=bar.update, on_total=on_total)
    finally:
        bar.close()
    click.echo(report.summary())
    click.echo(f"database: {db}")
    store.close()
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", default=10, show_default=True)
@click.option("--offset", default=0)
@click.option("--all", "show_all", is_flag=True, help="include near-duplicate documents")
@click.option("--entity", default=None, help="only documents mentioning this entity id")
@click.option("--json", "as_json", is_flag=True)
def search(query: str, db: str, limit: int, offset: int, show_all: bool, entity: str | None, as_json: bool) -> None:
    """Arabic-aware full-text search (normalised, clitic-stripped)."""
    store = Store(db)
    total, hits = store.search(query, limit=limit, offset=offset, hide_duplicates=not show_all, entity_id=entity)
    if as_json:
        click.echo(json.dumps({"total": total, "hits": hits}, ensure_ascii=False, indent=1))
        return
    click.echo(f"{total} documents")
    for h in hits:
        snip = "".join(click.style(seg, bold=True, fg="red") if hl else seg for seg, hl in h["snippet"])
        click.echo(f"\n[{h['id']}] {h['title'] or '(no title)'} — {h['publisher'] or ''} {h['published'] or ''}")
        click.echo("  …" + " ".join(snip.split()) + "…")


@cli.command()
@click.argument("doc")
@db_option
@click.option("--json", "as_json", is_flag=True)
@click.option("--text", "with_text", is_flag=True, help="also print the whole cleaned body (else its ends only)")
def show(doc: str, db: str, as_json: bool, with_text: bool) -> None:
    """Show a document (id, id prefix or file name) with its extracted layers and evidence."""
    from rasd.report import document_report

    store = Store(db)
    d = store.get_document(doc)
    if d is None:
        raise click.ClickException(f"no document {doc!r}")
    rep = document_report(store, d)
    if with_text:
        rep["text"] = d.text
    if as_json:
        click.echo(json.dumps(rep, ensure_ascii=False, indent=1, default=str))
    else:
        from rasd.report import format_report

        click.echo(format_report(rep))


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats(db: str, as_json: bool) -> None:
    """Counts of what the store holds."""
    s = Store(db).stats()
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    for k, v in s.items():
        click.echo(f"{k:16s} {v}")


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", type=click.Path(exists=True, file_okay=False), default=None,
              help="ingest DIR into a fresh temporary store, run everything, score")
@click.option("--db", default=None, help="score what a store already holds")
@click.option("--json", "as_json", is_flag=True)
def eval_cmd(gold: str, docs: str | None, db: str | None, as_json: bool) -> None:
    """Score a run against a gold file (format: shared spec/eval.md)."""
    from rasd.eval.score import evaluate, format_result

    if bool(docs) == bool(db):
        raise click.UsageError("give exactly one of --docs DIR or --db RUN.db")
    result = evaluate(Path(gold), docs_dir=Path(docs) if docs else None, db_path=db)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(format_result(result))


def main() -> None:
    _register_optional()
    cli()


def _register_optional() -> None:
    """Command groups that live with their layer."""
    from rasd.eval.bench import bench

    cli.add_command(bench)
    for mod, names in (
        ("rasd.knowledge.kb_cli", ("kb",)),
        ("rasd.knowledge.gazetteer_cli", ("gazetteer",)),
        ("rasd.extract.cli", ("events", "claims", "contradictions", "stories")),
        ("rasd.check.cli", ("check",)),
        ("rasd.web.cli", ("serve", "user", "export")),
    ):
        module = __import__(mod, fromlist=list(names))
        for n in names:
            cmd = getattr(module, n, None)
            if cmd is not None:
                cli.add_command(cmd)


if __name__ == "__main__":
    main()
