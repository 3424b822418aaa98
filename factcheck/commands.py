"""CLI commands for running factcheck in production: `batch` and `token`.

Registered on the main group in cli.py.
"""
from __future__ import annotations

import sys

import click

from .cli_settings import settings_for as _settings
from .workers import Terminated, exit_after_interrupt, sigterm_raises


class BatchInputError(click.ClickException):
    """An input or output batch cannot use: one line ("Error: ..."), exit 2."""

    exit_code = 2


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="results.jsonl (JSON Lines) or results.db (SQLite store).")
@click.option("--workers", type=int, default=None,
              help="Local worker processes (default: one per CPU; 1 = in this process).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Run on a Dask distributed cluster instead of local processes.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: when standard error is a terminal).")
@click.option("--check-budget", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Abandon an article's check after this many seconds; it is recorded as "
                   "that article's error (0: no limit; default 10 or FACTCHECK_CHECK_BUDGET).")
@click.option("--published-order", type=click.Choice(["DMY", "MDY"], case_sensitive=False),
              help="How to read an all-number published date such as 01/02/2022: DMY or MDY "
                   "(default: none, such a date is that article's error).")
@click.pass_context
def batch(ctx: click.Context, inputs: tuple[str, ...], out: str, workers: int | None,
          scheduler: str | None, progress: bool | None, check_budget: float | None,
          published_order: str | None) -> None:
    """Check every article in INPUT... (JSONL records {text, published, title, url},
    folders of .txt/.md/.html files, or single files) and write the results to --out.

    Resumable: a re-run skips what --out already holds. Exit 0 when every article
    was checked, 1 when some could not be - in this run or an earlier one whose
    records --out holds (their records carry "error"; the first are listed)."""
    from . import batch as batch_mod

    settings = _settings(ctx, check_budget=check_budget,
                         published_order=published_order.upper() if published_order else None)
    if workers is not None and workers < 1:
        raise click.UsageError("--workers must be at least 1")
    try:
        todo = len(list(batch_mod.items(inputs)))
    except batch_mod.BatchError as e:
        raise BatchInputError(str(e)) from None
    show = sys.stderr.isatty() if progress is None else progress
    bar = click.progressbar(length=todo, label="checking", file=sys.stderr) if show else None
    try:
        with sigterm_raises():  # SIGTERM, like Ctrl-C: close the output, stop the workers
            if bar is not None:
                with bar:
                    summary = batch_mod.run(inputs, out, settings, workers=workers,
                                           scheduler=scheduler, progress=bar.update)
            else:
                summary = batch_mod.run(inputs, out, settings, workers=workers, scheduler=scheduler)
    except batch_mod.BatchError as e:
        raise BatchInputError(str(e)) from None
    except (KeyboardInterrupt, Terminated) as e:
        click.echo(f"factcheck: interrupted; what was checked is in {out} - run the same command "
                   f"again to resume", err=True)
        exit_after_interrupt(143 if isinstance(e, Terminated) else 130)
        ctx.exit(143 if isinstance(e, Terminated) else 130)
    click.echo(f"{summary['checked']} checked, {summary['skipped']} already done, "
               f"{summary['errors']} errors, {summary['total']} in all -> {out}", err=True)
    for line in failures(summary, out):
        click.echo(line, err=True)
    ctx.exit(1 if summary.failed else 0)


def failures(summary, out: str, limit: int = 20) -> list[str]:
    """What failed, earlier runs' records included: a resumed run does not pass on them."""
    from .render import printable

    if not summary.failed:
        return []
    n = len(summary.failed)
    earlier = n - summary["errors"]
    lines = [f"factcheck: {n} record{'s' if n != 1 else ''} could not be checked"
             + (f" ({earlier} in an earlier run)" if earlier else "") + f"; each has \"error\" in {out}:"]
    lines += [f"  {printable(key)}: {printable(error)}" for key, error in summary.failed[:limit]]
    if n > limit:
        lines.append(f"  ... and {n - limit} more")
    return lines


@click.group()
def token() -> None:
    """API tokens for writes from other machines (shown once, stored hashed)."""


def _db(ctx: click.Context, db: str | None):
    from . import store

    return store.connect(_settings(ctx, db=db).db)


_db_option = click.option("--db", help="SQLite database file (default: FACTCHECK_DB or ./factcheck.db).")


@token.command("create")
@click.argument("name")
@_db_option
@click.pass_context
def token_create(ctx: click.Context, name: str, db: str | None) -> None:
    """A new token for NAME; prints it once. Send it as 'Authorization: Bearer TOKEN'."""
    from . import tokens

    database = _db(ctx, db)
    try:
        ident, secret = tokens.create(database, name)
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    finally:
        database.close()
    click.echo(secret)
    click.echo(f"token {ident} for {name!r} created; it is not shown again", err=True)


@token.command("revoke")
@click.argument("ident")
@_db_option
@click.pass_context
def token_revoke(ctx: click.Context, ident: str, db: str | None) -> None:
    """Revoke tokens by id, name or prefix (as `token list` shows them)."""
    from . import tokens

    database = _db(ctx, db)
    try:
        n = tokens.revoke(database, ident)
    finally:
        database.close()
    if not n:
        raise click.UsageError(f"no active token matches {ident!r}")
    click.echo(f"revoked {n} token{'s' if n != 1 else ''}")


@token.command("list")
@_db_option
@click.pass_context
def token_list(ctx: click.Context, db: str | None) -> None:
    """Every token: id, name, prefix, created, last used, revoked."""
    from . import tokens

    database = _db(ctx, db)
    try:
        rows = tokens.list_tokens(database)
    finally:
        database.close()
    for r in rows:
        state = f"revoked {r['revoked_at']}" if r["revoked_at"] else "active"
        click.echo(f"{r['id']}\t{r['name']}\t{r['prefix']}…\tcreated {r['created_at']}\t"
                   f"last used {r['last_used_at'] or 'never'}\t{state}")
