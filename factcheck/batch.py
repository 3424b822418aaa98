"""Check an archive of articles: JSONL records or folders of files, in parallel.

    items(inputs)  ->  chunks  ->  check_chunk() in worker processes (or on Dask)
                   ->  the parent writes each result as it arrives (one writer)

Every item has a stable key (`path:line` for JSONL records, the file path for
files), written with its result; a re-run skips the keys already in the output, so
an interrupted run resumes where it stopped. Output is JSON Lines (`.jsonl`: one
record per article, the report plus `key`) or a factcheck SQLite database (`.db`:
the normal tables, plus `batch_items` mapping keys to article ids).
"""
from __future__ import annotations

import json
import os
import re
import stat
from concurrent.futures import as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from . import scan
from .settings import Settings
from .workers import one_at_a_time, process_pool

FILE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
CHUNK = 8  # articles per task: amortises the hand-off, keeps the progress bar lively


class BatchError(ValueError):
    """An input or output that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Item:
    key: str
    text: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None  # a file still to read (read in the worker)
    error: str | None = None  # a record that is broken before checking


def items(inputs: Iterable[str]) -> Iterator[Item]:
    """Every article in the inputs, in a deterministic order. What a folder scan
    cannot read (a subfolder, a symlink loop) is an item with its error."""
    for name in inputs:
        st, why = scan.stat_path(name)
        if st is None:
            raise BatchError(f"{name}: {why}")
        p = Path(name)
        if stat.S_ISDIR(st.st_mode):
            yield from _folder(name)
        elif p.suffix.lower() in (".jsonl", ".ndjson"):
            yield from _records(p)
        else:
            yield Item(key=_key(str(p)), path=name)


def _folder(name: str) -> Iterator[Item]:
    found: list[tuple[Path, Item]] = []
    for f in scan.walk(name, lambda rel: Path(rel).suffix.lower() in FILE_SUFFIXES):
        if isinstance(f, scan.Unreadable):
            if f.path == name:
                raise BatchError(f"{name}: {f.reason}")
            found.append((Path(f.path), Item(key=_key(f.path), error=f.reason)))
        else:
            found.append((Path(f), Item(key=_key(str(Path(f))), path=f)))
    for _, item in sorted(found, key=lambda x: x[0]):
        yield item


def _key(path: str) -> str:
    """A path as a key that can always be written (bytes that are not UTF-8 as \\xNN)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _records(path: Path) -> Iterator[Item]:
    try:
        fh = path.open(encoding="utf-8", errors="replace")
    except OSError as e:
        raise BatchError(f"{path}: {scan.reason(e)}") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            key = f"{_key(str(path))}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield Item(key=key, error=f"not JSON: {e.msg}")
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                yield Item(key=key, error="a record must be an object with a string 'text'")
                continue
            fields = {k: rec.get(k) if isinstance(rec.get(k), str) else None
                      for k in ("published", "title", "url")}
            yield Item(key=key, text=rec["text"], **fields)


def check_item(item: Item, settings: Settings, keep_report: bool = False) -> dict[str, Any]:
    """One article's output record: the report with its key, or the error. Whatever
    goes wrong with one article (bad input, a lone surrogate, a time-out, a bug) is
    that article's error; the batch goes on.
    With keep_report, the Report object rides along as "_report" (for the database)."""
    from . import inputs, pipeline

    if item.error:
        return {"key": item.key, "error": item.error}
    text, published, title, url = item.text, item.published, item.title, item.url
    try:
        if item.path is not None:
            art = inputs.read(item.path)
            text, title, url = art.text, art.title, art.url
            published = published or art.published
        bad = lone_surrogate(text=text, title=title, published=published, url=url)
        if bad:
            return {"key": item.key, "error": bad}
        report = pipeline.check(text or "", published=published, title=title, url=url,
                                settings=settings)
    except (inputs.InputProblem, pipeline.InputError) as e:
        return {"key": item.key, "error": str(e)}
    except Exception as e:  # one bad article never stops the batch
        return {"key": item.key, "error": f"{type(e).__name__}: {e}"}
    rec = {"key": item.key, **report.to_dict()}
    if keep_report:
        rec["_report"] = report
    return rec


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(**fields: str | None) -> str | None:
    """Why a field is not valid Unicode (JSON's "\\ud800" escape gives a lone surrogate,
    which no UTF-8 output can hold), or None."""
    for name, value in fields.items():
        m = _SURROGATE.search(value) if value else None
        if m:
            return (f"{name} holds a lone surrogate (U+{ord(m.group()):04X}) at character {m.start()}: "
                    f"not valid Unicode")
    return None


def check_chunk(chunk: list[Item], settings: Settings, keep_report: bool = False) -> list[dict[str, Any]]:
    return [check_item(i, settings, keep_report) for i in chunk]


# --- outputs ------------------------------------------------------------------

def _unwritable(e: UnicodeEncodeError) -> str:
    return f"the report cannot be written as UTF-8 ({e.reason}: U+{ord(e.object[e.start]):04X})"


class JsonlOut:
    """Append-only JSON Lines; a torn last line (from a kill) is cut off on open.
    `failed` maps the keys already written with an error to it."""

    def __init__(self, path: Path):
        self.path = path
        self.done: set[str] = set()
        self.failed: dict[str, str] = {}
        if path.exists():
            good = 0
            with path.open("rb") as fh:
                for line in fh:
                    if not line.endswith(b"\n"):
                        break
                    try:
                        rec = json.loads(line)
                        self.done.add(rec["key"])
                    except (ValueError, KeyError, TypeError):
                        break
                    if "error" in rec:
                        self.failed[rec["key"]] = str(rec["error"])
                    good += len(line)
            if good != path.stat().st_size:
                with path.open("r+b") as fh:
                    fh.truncate(good)
        self.fh = path.open("ab")

    def write(self, record: dict[str, Any]) -> str | None:
        """Append the record; returns the error written with it, if any. A report that
        cannot be encoded (a lone surrogate in it) becomes the record's error."""
        try:
            data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as e:
            record = {"key": record["key"], "error": _unwritable(e)}
            data = json.dumps(record).encode("ascii")  # \\u escapes: always writable
        self.fh.write(data + b"\n")
        self.fh.flush()
        return record.get("error")

    def close(self) -> None:
        os.fsync(self.fh.fileno())
        self.fh.close()


class DbOut:
    """The factcheck database, plus batch_items(key, article_id, error)."""

    def __init__(self, path: Path, settings: Settings):
        from . import store

        self.db = store.connect(str(path))
        if "batch_items" not in self.db.table_names():
            self.db["batch_items"].create({"key": str, "article_id": int, "error": str}, pk="key")
        self.done = {r[0] for r in self.db.execute("select key from batch_items")}
        self.failed = dict(self.db.execute("select key, error from batch_items where error is not null"))
        self.settings = settings

    def write(self, record: dict[str, Any]) -> str | None:
        from . import store

        article_id, error = None, record.get("error")
        if error is None:
            try:
                article_id, _ = store.save(self.db, record["_report"])
            except UnicodeEncodeError as e:  # SQLite text must be UTF-8 too
                error = _unwritable(e)
        with self.db.conn:
            self.db["batch_items"].insert({"key": record["key"], "article_id": article_id,
                                           "error": error}, replace=True)
        return error

    def close(self) -> None:
        self.db.close()


def open_output(out: str, settings: Settings):
    import sqlite3

    p = Path(out)
    suffix = p.suffix.lower()
    if suffix not in (".jsonl", ".ndjson", ".db", ".sqlite", ".sqlite3"):
        raise BatchError(f"{out}: the output must end in .jsonl or .db")
    try:
        return JsonlOut(p) if suffix in (".jsonl", ".ndjson") else DbOut(p, settings)
    except OSError as e:
        raise BatchError(f"{out}: cannot open the output: {scan.reason(e)}") from None
    except sqlite3.Error as e:
        raise BatchError(f"{out}: cannot open the output database: {e}") from None


# --- running ------------------------------------------------------------------

def _chunks(todo: list[Item], size: int) -> list[list[Item]]:
    return [todo[i:i + size] for i in range(0, len(todo), size)]


class Summary(dict):
    """A run's counts {total, skipped (already in the output), checked, errors (this
    run's)}, and `failed`: (key, error) of every record of its inputs that the output
    holds with an error, earlier runs' first."""

    def __init__(self, counts: dict[str, int], failed: list[tuple[str, str]]):
        super().__init__(counts)
        self.failed = failed


def run(inputs: Iterable[str], out: str, settings: Settings, *, workers: int | None = None,
        scheduler: str | None = None, progress: Callable[[int], None] | None = None,
        chunk: int = CHUNK) -> Summary:
    """Check everything not yet in `out`."""
    all_items = list(items(inputs))
    output = open_output(out, settings)
    want_report = isinstance(output, DbOut)
    try:
        todo = [i for i in all_items if i.key not in output.done]
        summary = Summary({"total": len(all_items), "skipped": len(all_items) - len(todo), "checked": 0,
                           "errors": 0},
                          failed=[(i.key, output.failed[i.key]) for i in all_items if i.key in output.failed])
        # closed at once on an interrupt, so the workers stop now, not when the traceback is freed
        with closing(_execute(todo, settings, workers, scheduler, chunk, want_report)) as done:
            for results in done:
                for rec in results:
                    error = output.write(rec)
                    summary["checked"] += 1
                    if error is not None:
                        summary["errors"] += 1
                        summary.failed.append((rec["key"], error))
                if progress:
                    progress(len(results))
    finally:
        output.close()
    return summary


def _execute(todo: list[Item], settings: Settings, workers: int | None, scheduler: str | None,
             chunk: int, want_report: bool) -> Iterator[list[dict[str, Any]]]:
    chunks = _chunks(todo, chunk)
    if not chunks:
        return
    if scheduler:
        yield from _on_dask(chunks, settings, scheduler, want_report)
        return
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(chunks) == 1:
        for c in chunks:
            yield check_chunk(c, settings, want_report)
        return
    lost: list[Item] = []
    with process_pool(min(workers, len(chunks))) as pool:  # workers die with this process
        futures = {pool.submit(check_chunk, c, settings, want_report): c for c in chunks}
        for f in as_completed(futures):
            try:
                results = f.result()
            except BrokenProcessPool:  # a worker died: every chunk not yet back is lost
                lost.extend(futures[f])
                continue
            yield results
    # each lost article alone: the one that kills a worker is recorded, the rest checked
    for item, rec in one_at_a_time(check_item, lost, settings, want_report):
        yield [rec if rec is not None else
               {"key": item.key, "error": "the worker process died while checking this article "
                                          "(a crash or out of memory)"}]


def _on_dask(chunks: list[list[Item]], settings: Settings, scheduler: str,
             want_report: bool) -> Iterator[list]:
    from distributed import Client, as_completed as dask_completed

    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as e:
        raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    with client:
        futures = client.map(check_chunk, chunks, settings=settings, keep_report=want_report, pure=False)
        for f in dask_completed(futures):
            yield f.result()
            f.release()
