"""The command line: `factcheck check`, `serve`, `seed`, `config`.

Exit codes: 0 no error-level finding; 1 at least one; 2 usage or input errors.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .cli_settings import InputProblem, settings_for as _settings
from .render import FORMATS
from .settings import FAIL_LEVELS

_budget_option = click.option(
    "--check-budget", type=click.FloatRange(min=0), metavar="SECONDS",
    help="Abandon a file's check after this many seconds (0: no limit)  [default: 10, or "
         "FACTCHECK_CHECK_BUDGET, or the config file's].")


_order_option = click.option(
    "--published-order", type=click.Choice(["DMY", "MDY"], case_sensitive=False),
    help="How to read an all-number publication date such as 01/02/2022: DMY (1 February) or "
         "MDY (2 January)  [default: none, such a date is refused; or FACTCHECK_PUBLISHED_ORDER, "
         "or the config file's published-order].")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option("--rules", "rules_dirs", multiple=True, type=click.Path(file_okay=False),
              help="An extra rule pack folder (repeatable); overrides packaged rules.")
@click.pass_context
def main(ctx: click.Context, rules_dirs: tuple[str, ...]) -> None:
    """Find and check the numbers and dates in news articles."""
    ctx.meta["factcheck.rules_dirs"] = tuple(rules_dirs)
    ctx.obj = None
    ctx.obj = _settings(ctx)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", help="Publication date for every file (2022-01-13, 13 January 2022, "
                                   "Jan 13, 2022, 13/01/2022 ...); overrides front matter.")
@_order_option
@click.option("--title", help="Headline, when the text does not start with one.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text (path:line:col: level rule message), json, sarif (2.1.0), "
                   "github (workflow annotations) or junit (XML).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file instead of standard output.")
@click.option("--fail-level", type=click.Choice(FAIL_LEVELS),
              help="Exit 1 when a finding is at or above this level  [default: error, or the config file's].")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Files to check inside folders (repeatable)  [default: *.txt *.md *.markdown *.html ...].")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Paths never to check (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(0), default=0,
              help="Parallel processes; 0 (the default) uses every core.")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record every current finding in this file and exit 0 (adopting on an archive).")
@click.option("--stdin-filename", metavar="NAME", help="Name (and so type: .md, .html) for text read from -.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary, no progress bar.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule (on stderr).")
@click.option("--color/--no-color", default=None, help="Colour text output  [default: when a terminal].")
@click.option("--skip-unreadable", is_flag=True,
              help="A folder or file a folder scan cannot read (permission, symlink loop) is named on "
                   "stderr but does not make the run exit 2.")
@_budget_option
@click.pass_context
def check(ctx: click.Context, files: tuple[str, ...], published: str | None, published_order: str | None,
          title: str | None,
          fmt: str, output: str | None, fail_level: str | None, include: tuple[str, ...],
          exclude: tuple[str, ...], jobs: int, baseline: str | None, write_baseline: str | None,
          stdin_filename: str | None, quiet: bool, statistics: bool, color: bool | None,
          skip_unreadable: bool, check_budget: float | None) -> None:
    """Check FILE... (folders recursively; - for standard input) like a linter.

    Reads .txt, .md (YAML front matter gives title and date/published) and
    .html. Settings come from .factcheck.yaml or [tool.factcheck] in
    pyproject.toml found upward from the first file, then FACTCHECK_*
    variables, then these options. Exit codes: 0 clean; 1 a finding at or
    above --fail-level; 2 usage or input errors.
    """
    from . import lint, pipeline, suppress
    from .render import renderer, text as text_render
    from .rules import RuleError
    from .workers import Terminated, exit_after_interrupt, sigterm_raises

    settings = _settings(ctx, start=_config_start(files))
    settings = settings.with_("command line", fail_level=fail_level, include=tuple(include) or None,
                              check_budget=check_budget,
                              published_order=published_order.upper() if published_order else None,
                              exclude=(settings.exclude + tuple(exclude)) if exclude else None)
    try:
        pipeline.parse_published(published, settings.published_order)
        ruleset = settings.ruleset()
        base = suppress.Baseline.load(baseline) if baseline else None
    except (pipeline.InputError, RuleError, suppress.BaselineError) as e:
        raise InputProblem(str(e)) from None
    found = lint.collect(files, settings.include, settings.exclude)
    names = found.files
    opts = lint.Options(settings, published=published, title=title, stdin_name=stdin_filename,
                        want_report=(fmt == "json"))
    show_bar = not quiet and len(names) > 1 and _isatty(sys.stderr)
    try:
        with sigterm_raises():  # SIGTERM, like Ctrl-C: stop the workers, exit
            if show_bar:
                with click.progressbar(length=len(names), label="checking", file=sys.stderr,
                                       show_pos=True) as bar:
                    results = lint.run(names, opts, jobs, progress=lambda r: bar.update(1))
            else:
                results = lint.run(names, opts, jobs)
    except (KeyboardInterrupt, Terminated) as e:
        click.echo("factcheck: interrupted", err=True)
        exit_after_interrupt(143 if isinstance(e, Terminated) else 130)
        ctx.exit(143 if isinstance(e, Terminated) else 130)
    results = found.problems + results
    skipped: list = []
    if skip_unreadable:
        results, skipped = lint.skip_unreadable(results, found.scanned)
    if base is not None:
        results = lint.apply_baseline(results, base)
    totals = lint.totals(results)
    if write_baseline:
        rows = [{"path": p.path, "rule": p.rule, "fingerprint": p.fingerprint, "message": p.message}
                for r in results for p in r.problems if p.status in ("new", "baseline")]
        try:
            n = suppress.write_baseline(write_baseline, rows)
        except OSError as e:
            raise InputProblem(f"{write_baseline}: cannot write the baseline: {e.strerror or e}") from None
        if not quiet:
            click.echo(f"factcheck: wrote {n} finding{'s' if n != 1 else ''} to {write_baseline}", err=True)
    else:
        rules = [(r.id, r.level, r.description) for r in ruleset.rules]
        body = renderer(fmt)(results, fail_level=settings.fail_level, rules=rules, version=_version())
        if output:
            try:
                Path(output).write_text(body + "\n", encoding="utf-8")
            except OSError as e:
                raise InputProblem(f"{output}: cannot write the report: {e.strerror or e}") from None
        elif body:
            try:
                click.echo(body, color=color)
            except BrokenPipeError:  # `factcheck check ... | head`: the reader has gone
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                ctx.exit(1 if lint.failing(results, settings.fail_level) else 0)
    if fmt != "github" or output:  # github: errors are annotations already
        for line in text_render.errors(results):
            click.echo(line, err=True)
    for line in text_render.errors(skipped):
        click.echo(f"factcheck: skipped {line}", err=True)
    if statistics and totals.by_rule:
        click.echo(text_render.statistics(totals), err=True)
    if not quiet:
        click.echo(text_render.totals_line(totals), err=True)
    if totals.errors_in_input:
        ctx.exit(2)
    ctx.exit(1 if not write_baseline and lint.failing(results, settings.fail_level) else 0)


def _config_start(files: tuple[str, ...]) -> str:
    """Where the config file is looked for: the first named path we may look inside
    (a folder we cannot enter gives its parent); else the current folder."""
    import stat

    from .scan import stat_path

    for f in files:
        st = stat_path(f)[0] if f != "-" else None
        if st is None:
            continue
        if stat.S_ISDIR(st.st_mode) and not os.access(f, os.X_OK):
            return os.path.dirname(os.path.abspath(f))
        return f
    return "."


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _version() -> str:
    from . import __version__

    return __version__


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--db", help="SQLite database file (default: FACTCHECK_DB or ./factcheck.db).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, db: str | None) -> None:
    """Serve the web view and API with Flask's server (use gunicorn in production)."""
    from .rules import RuleError
    from .web import create_app

    settings = _settings(ctx, db=db)
    if settings.require_auth == "auto" and host not in ("127.0.0.1", "localhost", "::1"):
        settings = settings.with_("command line", require_auth="true")  # beyond loopback: tokens
    try:
        app = create_app(settings)
    except RuleError as e:
        raise InputProblem(str(e)) from None
    app.run(host=host, port=port)


@main.command()
@click.option("--db", help="SQLite database file (default: FACTCHECK_DB or ./factcheck.db).")
@click.option("--dir", "seeds_dir", type=click.Path(file_okay=False), default=None,
              help="Folder with articles.yaml (default: the project's seeds/).")
@click.pass_context
def seed(ctx: click.Context, db: str | None, seeds_dir: str | None) -> None:
    """Check and store the seed articles listed in seeds/articles.yaml."""
    import yaml

    from . import packaged, pipeline, store

    settings = _settings(ctx, db=db)
    folder = Path(seeds_dir) if seeds_dir else packaged.folder("seeds")
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
@click.argument("path", required=False, type=click.Path())
@click.pass_context
def config(ctx: click.Context, path: str | None) -> None:
    """Print the settings in force (for files in PATH, default: here) and where each came from.

    Order: defaults < config file (.factcheck.yaml, or [tool.factcheck] in
    pyproject.toml, the nearest one upward) < FACTCHECK_* environment < options.
    """
    for name, value, source in _settings(ctx, start=path).describe():
        click.echo(f"{name} = {value!r}  ({source})")


from .reference.cli import reference as _reference  # noqa: E402  (factcheck reference ...)

main.add_command(_reference)

from .commands import batch as _batch, token as _token  # noqa: E402  (factcheck batch, token ...)

main.add_command(_batch)
main.add_command(_token)

if __name__ == "__main__":
    main()
