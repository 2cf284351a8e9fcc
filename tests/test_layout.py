"""The tree keeps the shape docs/architecture.md describes: layers, small modules, no cycles.

Read from the code itself (every ``import`` of every module, lazy ones inside
functions included), so the rules cannot drift from what the code does.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: Each part of archive/ and the parts it may import besides itself (docs/architecture.md).
MAY_IMPORT = {
    "foundation": set(),
    "preservation": {"foundation"},
    "fixity": {"foundation", "preservation"},
    "description": {"foundation", "preservation"},
    "search": {"foundation", "preservation", "description"},
    "api": {"foundation", "preservation", "fixity", "description", "search"},
    "cli": {"foundation", "preservation", "fixity", "description", "search", "api", "web"},
}
FOUNDATION = {"archive", "archive.errors", "archive.workers", "archive.jsonlines", "archive.__main__"}
MAX_LINES = 400


def modules(folder: str) -> dict[str, Path]:
    found = {}
    for path in sorted((REPO / folder).rglob("*.py")):
        name = ".".join(path.relative_to(REPO).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


def imports(path: Path) -> set[str]:
    """Every project module ``path`` imports (``from archive.x import y`` counts as archive.x,
    or archive.x.y when that is a module)."""
    known = modules("archive") | modules("web")
    found = set()
    package = ".".join(path.relative_to(REPO).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {name for name in found if name in known}


def part(module: str) -> str:
    """The part of the tree a module belongs to: a subpackage of archive/, the foundation, or web."""
    if module in FOUNDATION:
        return "foundation"
    if not module.startswith("archive."):
        return module.split(".")[0]
    return module.split(".")[1]


def test_lower_layers_never_import_higher_ones():
    wrong = [f"{name} imports {other}" for name, path in modules("archive").items()
             for other in imports(path)
             if part(other) != part(name) and part(other) not in MAY_IMPORT[part(name)]
             and name != "archive.__main__"]
    assert wrong == []


def test_the_web_uses_only_the_read_api():
    wrong = [f"{name} imports {other}" for name, path in modules("web").items()
             for other in imports(path) if other.startswith("archive") and other != "archive.api"]
    assert wrong == []


def test_no_module_is_over_the_bar():
    long = {name: n for name, path in (modules("archive") | modules("web")).items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_no_import_cycles():
    """Among project modules; a Flask blueprint's views registering themselves on import of
    web.site is the one sanctioned loop (they import ``bp`` from it, it imports them)."""
    graph = defaultdict(set)
    for name, path in (modules("archive") | modules("web")).items():
        graph[name] = {other for other in imports(path) if other != name}
    graph["web.site"] -= {name for name in graph if name.startswith("web.views_")}
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for other in sorted(graph[node]):
            if state.get(other) == 1:
                cycles.append(trail[trail.index(other):] + [other])
            elif other not in state:
                visit(other, trail + [other])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_every_subpackage_says_what_it_owns_and_may_import():
    for package in ("preservation", "fixity", "description", "search", "cli"):
        doc = ast.get_docstring(ast.parse((REPO / "archive" / package / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc) > 200 and "import" in doc, package
