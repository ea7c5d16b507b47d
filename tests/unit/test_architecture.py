"""The house rules of `ovop_analytics/`, checked on its import graph (module-level and function-level
imports alike, read with ast): only `ui/` imports streamlit, no import cycle, and no room imports a room
above it. The layers are written out here, bottom first; docs/ARCHITECTURE.md explains them."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ovop_analytics"

# Bottom first. A module belongs to the layer of the longest prefix listed (relative to ovop_analytics);
# any `<room>.cli` module is a command line: the interface layer (i18n.cli holds only the CLI's strings).
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("foundation", ("", "config", "errors", "throttle", "commodities", "regions", "i18n", "texts", "problems", "lazy",
                    "deploy", "numbers", "local_time")),
    ("store", ("store",)),
    ("domain data", ("datasets", "workspace", "facts")),
    ("computation", ("ingest", "metrics", "geo", "spatial", "timeline", "provenance")),
    ("output", ("charts", "export_images", "briefing", "deck")),
    ("setup", ("bootstrap",)),
    ("interface", ("cli", "__main__", "ui")),
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    """Every module of the package, by dotted name relative to `ovop_analytics` ("" is the package)."""
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _target(name: str) -> str | None:
    """The package module an absolute `ovop_analytics...` import name refers to (None: outside)."""
    if name != "ovop_analytics" and not name.startswith("ovop_analytics."):
        return None
    relative = name.removeprefix("ovop_analytics").removeprefix(".")
    while relative not in modules():
        relative = relative.rpartition(".")[0]
    return relative


@cache
def imports(path: Path) -> tuple[set[str], set[str]]:
    """(package modules imported, other top-level packages imported) by the file, at any depth."""
    inside: set[str] = set()
    outside: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from ovop_analytics.ui import shell` imports the module ui.shell; `from ovop_analytics.ui
            # import tr` the package ui (_target falls back to the longest existing module)
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            target = _target(name)
            if target is None:
                outside.add(name.partition(".")[0])
            else:
                inside.add(target)
    return inside, outside


@cache
def graph() -> dict[str, set[str]]:
    return {name: imports(path)[0] - {name} for name, path in modules().items()}


def layer_of(module: str) -> int:
    if module.rpartition(".")[2] == "cli" and not module.startswith("i18n."):  # i18n.cli: the CLI's strings
        return len(LAYERS) - 1
    best, best_length = None, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            matches = module == prefix or (prefix and module.startswith(f"{prefix}."))
            if matches and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    assert best is not None, f"ovop_analytics.{module} is in no layer: add it to LAYERS"
    return best


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), i.e. the import loops."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(edges.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
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

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_only_the_ui_package_imports_streamlit() -> None:
    """Pages and app.py may import streamlit; in the library only ovop_analytics/ui/ does."""
    offenders = sorted(f"ovop_analytics/{path.relative_to(PACKAGE)}" for name, path in modules().items()
                       if "streamlit" in imports(path)[1] and name != "ui" and not name.startswith("ui."))
    assert offenders == []


def test_the_import_graph_has_no_cycle() -> None:
    assert cycles(graph()) == []


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = sorted(f"{source} ({LAYERS[layer_of(source)][0]}) -> {target} ({LAYERS[layer_of(target)][0]})"
                    for source, targets in graph().items() for target in targets
                    if layer_of(target) > layer_of(source))
    assert upward == []


def test_the_checks_can_fail() -> None:
    """The cycle finder finds a loop and the layer table puts the store below the interface."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert layer_of("store.connection") < layer_of("ui.shell") and layer_of("ingest.cli") == len(LAYERS) - 1
    assert "ui.shell" in graph()["ui.session"] and "store.recovery" in graph()["store.connection"]
