"""`rasd kb ...`: list, show, check and add actor knowledge-base files."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from rasd.knowledge.kb import (
    KB_TYPES,
    KBError,
    KnowledgeBase,
    default_kb_paths,
    load_kb,
    load_kb_files,
    user_kb_dir,
)
from rasd.text.normalize import normalize


def _load_or_exit() -> KnowledgeBase:
    try:
        return load_kb()
    except KBError as e:
        click.echo(str(e), err=True)
        sys.exit(1)


def _matches(kb: KnowledgeBase, eid: str, query: str) -> bool:
    q = normalize(query).strip()
    ent = kb.entities[eid]
    surfaces = [eid, ent.name_ar, ent.name_en or "", *ent.aliases, *kb.short_forms.get(eid, [])]
    return any(q in normalize(s) for s in surfaces)


@click.group("kb")
def kb() -> None:
    """Actor knowledge base: groups, forces, states, organisations, media, people."""


@kb.command("list")
@click.option("--type", "type_", type=click.Choice(KB_TYPES, case_sensitive=False), help="Only this entity type.")
@click.option("--search", "-s", "query", help="Substring of an id, name or alias (Arabic is normalised).")
def list_cmd(type_: str | None, query: str | None) -> None:
    """List entities as id, type, Arabic name, English name (tab-separated)."""
    base = _load_or_exit()
    n = 0
    for eid, ent in sorted(base.entities.items()):
        if type_ and ent.type != type_.upper():
            continue
        if query and not _matches(base, eid, query):
            continue
        click.echo(f"{eid}\t{ent.type}\t{ent.name_ar}\t{ent.name_en or ''}")
        n += 1
    click.echo(f"{n} entities", err=True)


@kb.command("show")
@click.argument("entity_id")
def show_cmd(entity_id: str) -> None:
    """Show one entity with its aliases, links and the entities that point at it."""
    base = _load_or_exit()
    ent = base.get(entity_id)
    if ent is None:
        hits = [e for e in base.entities if _matches(base, e, entity_id)][:10]
        click.echo(f"no entity {entity_id!r}" + (f"; did you mean: {', '.join(hits)}" if hits else ""), err=True)
        sys.exit(1)
    click.echo(f"id:          {ent.id}")
    click.echo(f"type:        {ent.type}")
    click.echo(f"name_ar:     {ent.name_ar}")
    click.echo(f"name_en:     {ent.name_en}")
    if ent.country:
        click.echo(f"country:     {ent.country}")
    if entity_id in base.inter:
        click.echo(f"acled_inter: {base.inter[entity_id]}")
    if entity_id in base.acled_names:
        click.echo(f"acled_name:  {base.acled_names[entity_id]}")
    if ent.description:
        click.echo(f"description: {ent.description}")
    generic = [a for a in ent.aliases if base.generic.get(a) == entity_id]
    plain = [a for a in ent.aliases if a not in generic]
    if plain:
        click.echo("aliases:     " + " | ".join(plain))
    if generic:
        click.echo("generic:     " + " | ".join(generic))
    if base.short_forms.get(entity_id):
        click.echo("short_forms: " + " | ".join(base.short_forms[entity_id]))
    for rel, targets in ent.links.items():
        click.echo(f"{rel}: " + ", ".join(targets))
    from rasd.knowledge.kb import RELATIONS

    for rel in RELATIONS:
        back = base.inverse(entity_id, rel)
        if back:
            click.echo(f"<- {rel}: " + ", ".join(back))
    lineage = base.lineage(entity_id)
    if len(lineage) > 1:
        click.echo("lineage:     " + ", ".join(lineage))
    click.echo(f"source:      {ent.source}")


def _check(files: list[Path]) -> list[str]:
    """Validate files together with the packaged and user KB (ids and links are global)."""
    paths = [*default_kb_paths(), *files]
    try:
        load_kb_files(paths)
    except KBError as e:
        return str(e).splitlines()
    return []


@kb.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
def check_cmd(files: tuple[Path, ...]) -> None:
    """Validate KB files; print errors as file:line: message and exit 1 on error."""
    errors = _check(list(files))
    if errors:
        for line in errors:
            click.echo(line, err=True)
        sys.exit(1)
    click.echo(f"ok: {', '.join(str(f) for f in files)}")


@kb.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace a user KB file of the same name.")
def add_cmd(file: Path, force: bool) -> None:
    """Validate FILE against the current KB, then copy it into the user KB directory."""
    if file.suffix not in (".yaml", ".yml"):
        click.echo(f"{file}: a KB file must end in .yaml or .yml", err=True)
        sys.exit(1)
    dest_dir = user_kb_dir()
    dest = dest_dir / file.name
    others = [p for p in default_kb_paths() if p.resolve() != dest.resolve()]
    if dest.exists() and not force:
        click.echo(f"{dest} already exists (use --force to replace it)", err=True)
        sys.exit(1)
    try:
        load_kb_files([*others, file])
    except KBError as e:
        click.echo(str(e), err=True)
        click.echo("not added", err=True)
        sys.exit(1)
    dest_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, dest)
    n = len(load_kb().entities)
    click.echo(f"added {file} -> {dest} ({n} entities in the knowledge base)")
