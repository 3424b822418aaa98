"""The command line: `factcheck check`, `serve`, `seed`, `config`.

Exit codes: 0 no error-level finding; 1 at least one; 2 usage or input errors.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .settings import from_env

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


class InputProblem(click.UsageError):
    """Shown as one line, exit code 2."""


def _settings(ctx: click.Context, **changes):
    base = ctx.obj if ctx.obj is not None else from_env()
    return base.with_("command line", **changes)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra rule pack folder (repeatable); overrides packaged rules.")
@click.pass_context
def main(ctx: click.Context, rules_dirs: tuple[str, ...]) -> None:
    """Find and check the numbers and dates in news articles."""
    s = from_env()
    if rules_dirs:
        s = s.with_("command line", rules_dirs=s.rules_dirs + tuple(rules_dirs))
    ctx.obj = s


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for every file.")
@click.option("--title", help="Headline, when the text does not start with one.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def check(ctx: click.Context, files: tuple[str, ...], published: str | None, title: str | None,
          fmt: str) -> None:
    """Check FILE... (or - for standard input); exit 1 if any error-level finding."""
    from . import pipeline
    from .render import text as text_render
    from .rules import RuleError

    settings = _settings(ctx)
    try:
        pipeline.parse_published(published)
        settings.ruleset()
    except (pipeline.InputError, RuleError) as e:
        raise InputProblem(str(e)) from None
    results = []
    for name in files:
        content = _read(name)
        try:
            report = pipeline.check(content, published=published, title=title, settings=settings)
        except pipeline.InputError as e:
            raise InputProblem(f"{name}: {e}") from None
        results.append((name, report))
    if fmt == "json":
        payload = [dict(path=n, **r.to_dict()) for n, r in results]
        click.echo(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2))
    else:
        for name, report in results:
            body = text_render.render(report, name)
            if body:
                click.echo(body)
            click.echo(text_render.summary(report, name), err=True)
    failed = any(f.severity == "error" for _, r in results for f in r.findings)
    ctx.exit(1 if failed else 0)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    if not path.is_file():
        raise InputProblem(f"{name}: no such file")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputProblem(f"{name}: not UTF-8 text") from None
    except OSError as e:
        raise InputProblem(f"{name}: {e.strerror}") from None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--db", help="SQLite database file (default: FACTCHECK_DB or ./factcheck.db).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, db: str | None) -> None:
    """Serve the web view and API with Flask's server (use gunicorn in production)."""
    from .web import create_app

    app = create_app(_settings(ctx, db=db))
    app.run(host=host, port=port)


@main.command()
@click.option("--db", help="SQLite database file (default: FACTCHECK_DB or ./factcheck.db).")
@click.option("--dir", "seeds_dir", type=click.Path(file_okay=False), default=None,
              help="Folder with articles.yaml (default: the project's seeds/).")
@click.pass_context
def seed(ctx: click.Context, db: str | None, seeds_dir: str | None) -> None:
    """Check and store the seed articles listed in seeds/articles.yaml."""
    import yaml

    from . import pipeline, store

    settings = _settings(ctx, db=db)
    folder = Path(seeds_dir) if seeds_dir else SEEDS_DIR
    manifest = folder / "articles.yaml"
    if not manifest.is_file():
        raise InputProblem(f"{manifest}: no such file")
    entries = yaml.safe_load(manifest.read_text(encoding="utf-8")) or []
    database = store.connect(settings.db)
    for e in entries:
        text = (folder / e["file"]).read_text(encoding="utf-8")
        report = pipeline.check(text, published=e.get("published"), title=e.get("title"),
                                url=e.get("url"), settings=settings)
        article_id, created = store.save(database, report)
        click.echo(f"{'added' if created else 'updated'} article {article_id}: {e['file']} "
                   f"({len(report.claims)} claims, {len(report.findings)} findings)")
    database.close()


@main.command()
@click.pass_context
def config(ctx: click.Context) -> None:
    """Print the settings in force and where each came from."""
    for name, value, source in _settings(ctx).describe():
        click.echo(f"{name} = {value!r}  ({source})")


if __name__ == "__main__":
    main()
