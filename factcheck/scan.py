"""Walking folders for articles without losing anything silently.

`walk(top, ...)` yields every file to check under a folder, in a stable order,
and every entry it could not read (a folder it may not list, a symlink loop, a
broken link that looks like an article) as an `Unreadable` naming it, so the
caller can report it instead of passing CI on a partial scan. Symlinked folders
are not followed (like git and ruff), so a link back to a parent cannot recurse.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from typing import Callable, Iterator


@dataclass(frozen=True)
class Unreadable:
    path: str
    reason: str  # one line, e.g. "cannot read folder: Permission denied"


def reason(e: OSError) -> str:
    """An OS error in a few words."""
    if e.errno == errno.ELOOP:
        return "symlink loop"
    return (e.strerror or str(e)).rstrip(".")


def stat_path(path: str) -> tuple[os.stat_result | None, str | None]:
    """(the path's stat following links, None) or (None, why it cannot be read)."""
    try:
        return os.stat(path), None
    except OSError as e:
        if e.errno == errno.ENOENT:
            return None, "no such file or folder"
        return None, reason(e)


def walk(top: str, want: Callable[[str], bool],
         prune: Callable[[str, str], bool] = lambda name, rel: False) -> Iterator[str | Unreadable]:
    """Files under `top` for which `want(rel)` holds (rel: the path below top, with
    "/"), and Unreadable entries, in a stable order (callers sort); folders for which
    `prune(name, rel)` holds are not entered."""
    stack = [(top, "")]
    while stack:
        folder, rel_folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            yield Unreadable(folder, f"cannot read folder: {reason(e)}")
            continue
        subfolders = []
        for entry in entries:
            full = os.path.normpath(os.path.join(folder, entry.name))
            rel = f"{rel_folder}{entry.name}"
            kind = _kind(entry)
            if kind == "dir":
                if not prune(entry.name, rel):
                    subfolders.append((full, rel + "/"))
            elif kind == "file":
                if want(rel):
                    yield full
            elif kind == "loop":
                if not prune(entry.name, rel):
                    yield Unreadable(full, "symlink loop")
            elif kind == "broken" and want(rel):
                yield Unreadable(full, "broken symlink")
            elif isinstance(kind, OSError) and want(rel):
                yield Unreadable(full, reason(kind))
        stack.extend(reversed(subfolders))


def _kind(entry: os.DirEntry) -> str | OSError:
    """dir (a real folder) | file | linked-dir (not followed) | loop | broken | other | the error."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "dir"
        if not entry.is_symlink():
            return "file" if entry.is_file(follow_symlinks=False) else "other"
        mode = os.stat(entry.path).st_mode
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "loop"
        if e.errno == errno.ENOENT:
            return "broken"
        return e
    if stat.S_ISDIR(mode):
        return "linked-dir"
    return "file" if stat.S_ISREG(mode) else "other"
