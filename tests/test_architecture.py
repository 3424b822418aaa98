"""The package's shape (docs/architecture.md): no import cycles between its modules,
and the page's worked examples run as written."""
from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"
ARCHITECTURE = ROOT / "docs" / "architecture.md"


# -- import cycles ----------------------------------------------------------------------

def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports, counting imports anywhere in the
    module (inside functions and `if TYPE_CHECKING:` too), relative ones resolved.
    `import a.b` and `from a.b import c` name a.b (or a.b.c when c is a module), not the
    parent package a, whose __init__ Python also runs: counting that would tie every
    module to its package's __init__."""
    modules: dict[str, tuple[Path, bool]] = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        modules[".".join(parts)] = (path, is_package)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, (path, is_package) in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                graph[name].update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom):
                target = _absolute(node.module, node.level, name, is_package)
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    if sub in modules:
                        graph[name].add(sub)
                    elif target in modules:
                        graph[name].add(target)
        graph[name].discard(name)
    return graph


def _absolute(module: str | None, level: int, importer: str, is_package: bool) -> str:
    if level == 0:
        return module or ""
    base = importer.split(".") if is_package else importer.split(".")[:-1]
    base = base[:len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found)


def _cycle_path(graph: dict[str, set[str]], component: list[str]) -> str:
    """One loop through a component, as `a -> b -> a`, to say where to cut."""
    members = set(component)
    start = component[0]
    path, seen = [start], {start}
    while True:
        nxt = sorted(graph[path[-1]] & members)
        back = [m for m in nxt if m in seen]
        if back:
            loop = path[path.index(back[0]):] + [back[0]]
            return " -> ".join(loop)
        path.append(nxt[0])
        seen.add(nxt[0])


def test_no_module_of_the_package_takes_part_in_an_import_cycle():
    graph = import_graph(PACKAGE)
    found = cycles(graph)
    assert not found, "import cycles (imports inside functions count): " + "; ".join(
        f"{', '.join(c)} (e.g. {_cycle_path(graph, c)})" for c in found)


def test_the_cycle_finder_sees_a_cycle_through_a_late_relative_import(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .sub import b\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "b.py").write_text("def f():\n    from ..a import thing\n")
    (pkg / "sub" / "c.py").write_text("import pkg.a\n")
    graph = import_graph(pkg)
    assert graph["pkg.a"] == {"pkg.sub.b"} and graph["pkg.sub.c"] == {"pkg.a"}
    assert cycles(graph) == [["pkg.a", "pkg.sub.b"]]
    assert _cycle_path(graph, ["pkg.a", "pkg.sub.b"]) == "pkg.a -> pkg.sub.b -> pkg.a"


# -- docs/architecture.md's worked examples ---------------------------------------------

KINDS_OF_CHANGE = ("Add a check type", "Add a rule", "Add a temporal pattern",
                   "Add a unit or currency", "Add reference data")

MARKER = re.compile(r"^<!-- example: (?P<name>[\w-]+)(?P<rest>[^>]*?)-->", re.M)
FENCE = re.compile(r"\n*```(?P<lang>[\w-]*)\n(?P<body>.*?)\n```", re.S)


@dataclass
class Example:
    """The blocks of one worked example, in the page's order."""
    name: str
    files: dict[str, str] = field(default_factory=dict)  # path -> content
    steps: list[tuple[str, str, str | None]] = field(default_factory=list)  # (lang, code, prints)


def examples(markdown: str) -> dict[str, Example]:
    """Every example named on the page. A marker followed by a fenced block says what the
    block is: `file=PATH` (written there), nothing (run), `prints` (what the run before it
    prints); a marker with no block is a placeholder, an example with no steps."""
    found: dict[str, Example] = {}
    for m in MARKER.finditer(markdown):
        ex = found.setdefault(m["name"], Example(m["name"]))
        rest = m["rest"].strip()
        block = FENCE.match(markdown, m.end())
        if block is None:
            assert not rest.startswith("file=") and rest != "prints", f"{m[0]} is not followed by a block"
            continue
        body = block["body"] + "\n"
        if rest.startswith("file="):
            ex.files[rest[len("file="):]] = body
        elif rest == "prints":
            assert ex.steps and ex.steps[-1][2] is None, f"{m[0]} follows no block to run"
            ex.steps[-1] = (ex.steps[-1][0], ex.steps[-1][1], body)
        elif rest == "":
            assert block["lang"] in ("python", "console"), f"{m[0]}: cannot run a {block['lang']!r} block"
            ex.steps.append((block["lang"], body, None))
        else:
            raise AssertionError(f"{m[0]}: unknown marker {rest!r} (file=PATH, prints, or nothing)")
    return found


def _page() -> str:
    return ARCHITECTURE.read_text(encoding="utf-8")


def _environment() -> dict[str, str]:
    """This checkout's package, and none of the caller's FACTCHECK_* settings but the
    reference cache."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("FACTCHECK_") or k == "FACTCHECK_CACHE_DIR"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(argv: list[str], folder: Path) -> str:
    done = subprocess.run(argv, cwd=folder, env=_environment(), capture_output=True,
                          encoding="utf-8", timeout=600)
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, \
        f"{shlex.join(argv)} exited {done.returncode}:\n{done.stdout}{done.stderr}"
    return done.stdout + done.stderr


def _same(expected: str, actual: str) -> bool:
    """Line by line; `...` in an expected line stands for any text."""
    want, got = expected.rstrip("\n").splitlines(), actual.rstrip("\n").splitlines()
    return len(want) == len(got) and all(
        re.fullmatch(".*".join(map(re.escape, w.split("..."))), g) for w, g in zip(want, got))


def _console(code: str) -> list[tuple[list[str], str]]:
    """`$ factcheck ...` lines, each with the output lines after it."""
    out: list[tuple[list[str], str]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            argv = shlex.split(line[2:])
            if argv[0] == "factcheck":
                argv = [sys.executable, "-m", "factcheck.cli", *argv[1:]]
            out.append((argv, ""))
        else:
            assert out, f"console output before any command: {line!r}"
            out[-1] = (out[-1][0], out[-1][1] + line + "\n")
    return out


def _example_names() -> list[str]:
    try:
        return sorted(examples(_page()))
    except AssertionError:
        return ["(the page's markers)"]  # the test below names the bad marker


def test_architecture_page_has_a_worked_example_per_kind_of_change():
    page = _page()
    for kind in KINDS_OF_CHANGE:
        assert f"\n### {kind}\n" in page, f"docs/architecture.md has no section {kind!r}"
        section = page.split(f"\n### {kind}\n", 1)[1].split("\n#", 1)[0]
        assert MARKER.search(section), f"section {kind!r} has no example"


@pytest.mark.parametrize("name", _example_names())
def test_architecture_example_runs_as_written(name, tmp_path):
    ex = examples(_page())[name]
    if not ex.steps:
        pytest.skip(f"{name} is a placeholder")
    for path, content in ex.files.items():
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    for lang, code, prints in ex.steps:
        if lang == "python":
            assert prints is not None or re.search(r"^\s*assert\b", code, re.M), \
                f"{name}: a Python block ends with assertions or is followed by what it prints"
            runs = [([sys.executable, "-c", code], prints)]
        else:
            runs = _console(code)
            assert runs and all(expected for _, expected in runs), f"{name}: a command without its output"
        for argv, expected in runs:
            actual = _run(argv, tmp_path)
            if expected is not None:
                assert _same(expected, actual), f"{name}: expected\n{expected}\ngot\n{actual}"


def test_example_markers_are_read_as_files_steps_and_output():
    page = ("<!-- example: x file=a/b.yaml -->\n```yaml\nk: v\n```\n\n"
            "<!-- example: x -->\n```python\nprint(1)\n```\n"
            "<!-- example: x prints -->\n\n```text\n1\n```\n"
            "<!-- example: y (to come) -->\n")
    found = examples(page)
    assert found["x"].files == {"a/b.yaml": "k: v\n"}
    assert found["x"].steps == [("python", "print(1)\n", "1\n")]
    assert found["y"].steps == [] and not found["y"].files
    assert _same("a ... c\nd\n", "a b b c\nd") and not _same("a ... c", "a b b d")
    assert not _same("a\n", "a\nb\n")
