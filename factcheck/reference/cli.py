"""`factcheck reference`: import, list and show reference facts.

    factcheck reference import facts.yaml          # into the database (settings.db)
    factcheck reference list --attribute population --source db
    factcheck reference show Almaty
    factcheck reference --reference my-facts/ show "Almaty"

Facts imported go into the database's reference_facts table, and every check
run against that database sees them. `--reference DIR` adds a folder of
YAML/CSV/JSON fact files for this command (settings.reference_dirs holds the
permanent ones).
"""
from __future__ import annotations

import json

import click

from ..settings import from_env


def _settings(ctx: click.Context):
    """The settings in force (the root command's, else the environment's) plus this
    group's --reference and --db options."""
    base = ctx.obj if hasattr(ctx.obj, "reference_dirs") else from_env()
    opts = ctx.meta.get("factcheck.reference", {})
    changes = {}
    if opts.get("reference"):
        changes["reference_dirs"] = tuple(base.reference_dirs) + tuple(opts["reference"])
    if opts.get("db"):
        changes["db"] = opts["db"]
    return base.with_("command line", **changes) if changes else base


@click.group("reference")
@click.option("--reference", "reference_dirs", multiple=True, type=click.Path(exists=True),
              help="A folder (or file) of YAML/CSV/JSON reference facts (repeatable).")
@click.option("--db", help="The database file (default: settings.db).")
@click.pass_context
def reference(ctx: click.Context, reference_dirs: tuple[str, ...], db: str | None) -> None:
    """Reference data: the facts figures are checked against (populations, members, ...)."""
    ctx.meta["factcheck.reference"] = {"reference": reference_dirs, "db": db}


@reference.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=True))
@click.option("--dry-run", is_flag=True, help="Parse and count the facts, store nothing.")
@click.pass_context
def import_(ctx: click.Context, file: str, dry_run: bool) -> None:
    """Store the facts in FILE (YAML, CSV or JSON; or a folder of them) in the database."""
    from .. import store as app_store
    from . import store
    from .loader import ReferenceError, load_path

    settings = _settings(ctx)
    try:
        facts = load_path(file)
    except ReferenceError as e:
        raise click.UsageError(str(e)) from None
    if dry_run:
        click.echo(f"{len(facts)} facts in {file} (dry run: nothing stored)")
        return
    db = app_store.connect(settings.db)
    try:
        ids = store.add_facts(db, facts)
    finally:
        db.close()
    click.echo(f"imported {len(ids)} facts from {file} into {settings.db}")


@reference.command("list")
@click.option("--attribute", help="Only facts of this attribute (population, member, area, ...).")
@click.option("--source", "layer", type=click.Choice(["all", "db", "files", "organisations"]),
              default="all", show_default=True,
              help="db: stored facts; files: the --reference folders; organisations: member lists. "
                   "`all` lists the database and file facts, not the ~34,000 GeoNames places.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def list_(ctx: click.Context, attribute: str | None, layer: str, fmt: str) -> None:
    """List reference facts (stored and from files) or the organisations known."""
    from pathlib import Path

    import sqlite_utils

    from . import index_for, store
    from .loader import ReferenceError, load_path

    settings = _settings(ctx)
    rows: list[dict] = []
    if layer == "organisations":
        idx = index_for(settings)
        for org in idx.organisations():
            rows.append({"id": org.id, "name": org.name, "aliases": list(org.aliases),
                         "members_today": idx.members(org.id)})
        _emit(rows, fmt, lambda r: f"{r['id']:<12} {r['name']}: {len(r['members_today'])} members "
                                   f"({', '.join(r['members_today'])})")
        return
    if layer in ("all", "db") and settings.db and Path(settings.db).is_file():
        for f in store.list_facts(sqlite_utils.Database(settings.db), attribute=attribute):
            rows.append({"origin": "db", **f.to_dict()})
    if layer in ("all", "files"):
        for d in settings.reference_dirs:
            try:
                facts = load_path(d)
            except ReferenceError as e:
                raise click.UsageError(str(e)) from None
            rows += [{"origin": d, **f.to_dict()} for f in facts
                     if not attribute or f.attribute == attribute]
    _emit(rows, fmt, _fact_line)


@reference.command("show")
@click.argument("entity")
@click.option("--on", "on", help="Members on this date (YYYY-MM-DD); default today.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def show(ctx: click.Context, entity: str, on: str | None, fmt: str) -> None:
    """Everything known about ENTITY (a name, an alias or an id such as iso:KZ)."""
    from datetime import date

    from . import index_for
    from .resolve import label

    settings = _settings(ctx)
    try:
        day = date.fromisoformat(on) if on else None
    except ValueError:
        raise click.UsageError(f"--on must be a date in YYYY-MM-DD form, not {on!r}") from None
    idx = index_for(settings)
    ents = idx.entities_named(entity)
    if not ents:
        raise click.UsageError(f"no entity named {entity!r} in the reference data")
    out = []
    for e in ents:
        facts = [f.to_dict() for a in idx.attributes(e.id) if a != "member" for f in idx.facts(e.id, a)]
        item = {"id": e.id, "name": label(idx, e), "kind": e.kind, "aliases": list(e.aliases[:12]),
                "facts": facts}
        if e.kind == "organisation":
            item["members"] = idx.members(e.id, day)
            item["history"] = [f.to_dict() for f in idx.facts(e.id, "member")]
        out.append(item)
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for item in out:
        click.echo(f"{item['name']}  [{item['id']}, {item['kind']}]")
        if item["aliases"]:
            click.echo(f"  also: {', '.join(item['aliases'])}")
        for f in item["facts"]:
            click.echo("  " + _fact_line(f))
        if "members" in item:
            when = day.isoformat() if day else "today"
            click.echo(f"  members {when}: {', '.join(item['members'])} ({len(item['members'])})")


def _fact_line(f: dict) -> str:
    val = f.get("text") if f.get("value") is None and f.get("low") is None else \
        (f"{f['value']:,.0f}" if f.get("value") is not None else f"{f.get('low')}-{f.get('high')}")
    bits = [f"{f.get('entity')}", f"{f.get('attribute')}={val}"]
    if f.get("unit"):
        bits.append(f["unit"])
    if f.get("as_of"):
        bits.append(f"as of {f['as_of']}")
    if f.get("source"):
        bits.append(f"source: {f['source']}")
    if f.get("id") is not None:
        bits.insert(0, f"#{f['id']}")
    return "  ".join(str(b) for b in bits)


def _emit(rows: list[dict], fmt: str, line) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no facts (the embedded GeoNames data is not listed; use `show NAME`)")
    for r in rows:
        click.echo(line(r))
