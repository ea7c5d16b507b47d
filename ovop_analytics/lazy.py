"""Packages whose names are imported on first use (PEP 562 module __getattr__).

`from ovop_analytics.ingest import parse_upload` still works, but `import ovop_analytics.ingest.cli` no longer
drags pandas, pyarrow and openpyxl in through the package's __init__: the CLI's --help and its light commands
start in the time DuckDB takes to import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def attach(package: str, names: dict[str, str]) -> Callable[[str], Any]:
    """A module __getattr__ for `package` that imports `names[name]` (a submodule) when `name` is first read."""
    def __getattr__(name: str) -> Any:
        submodule = names.get(name)
        if submodule is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{submodule}"), name)
        setattr(importlib.import_module(package), name, value)  # read once, then an ordinary attribute
        return value
    return __getattr__
