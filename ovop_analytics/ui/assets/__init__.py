"""The JavaScript and CSS of the app's small browser components and page styles, kept as files (an editor
and a linter can read them) and read once per process."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def read(name: str) -> str:
    """The text of asset `name` (e.g. "deck.js"), read from the package on first use and kept."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
