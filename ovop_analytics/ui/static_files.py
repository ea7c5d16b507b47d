"""Large payloads that never change, published once as files the browser caches, named by their content.

A map's shapes (GeoJSON text, 0.5-0.8 MB) are public and the same on every view; sent inline they crossed
the websocket on every page view. Here each text is written once to `<app dir>/static/shapes/<sha256>.json`,
which Streamlit serves on the app's own origin at `app/static/shapes/...` (server.enableStaticServing in
.streamlit/config.toml); the Vega spec then names that URL, relative to the page (so a path prefix behind
a proxy still resolves on the same origin), and a returning view carries only the values.

The files are derived at run time from the installed boundaries, never committed (`/static/shapes/` is
git-ignored): a new install has new shapes, hence new names, and an old name never changes content. When
the folder cannot be written (a read-only install), `publish` returns None and the caller keeps the shapes
inline, as before.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from ovop_analytics import config

log = logging.getLogger(__name__)

STATIC_DIR = config.PROJECT_DIR / "static"  # Streamlit serves the main script's static/ folder
SHAPES_DIR = STATIC_DIR / "shapes"
SHAPES_URL = "app/static/shapes/"  # relative to the page: same origin, whatever the base path
# Streamlit's static route sends Last-Modified but no Cache-Control: the browser then keeps a file fresh
# for a tenth of its age (heuristic freshness). A content-hashed file never changes, so its date is set
# far back (2001-01-01) and the browser keeps it for years; deploy/nginx adds an explicit immutable
# Cache-Control on the same path.
OLD_MTIME = 978307200
_ENTRIES = 64

# id(text) -> (text, URL): the same cached text object comes back on every view, so its hash is taken once
_published: OrderedDict[int, tuple[str, str]] = OrderedDict()
_lock = threading.Lock()


def publish(text: str, directory: Path = SHAPES_DIR, url_prefix: str = SHAPES_URL) -> str | None:
    """The URL of a static file holding `text` (written now if missing), or None if it cannot be written."""
    with _lock:
        found = _published.get(id(text))
        if found is not None and found[0] is text:
            _published.move_to_end(id(text))
            return found[1]
    data = text.encode("utf-8")
    name = hashlib.sha256(data).hexdigest()[:32] + ".json"
    target = directory / name
    try:
        if not target.exists():
            directory.mkdir(parents=True, exist_ok=True)
            # another process may write the same name at once: each writes its own temporary file and the
            # rename is atomic, so a reader never sees half a file
            handle, temporary = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.utime(temporary, (OLD_MTIME, OLD_MTIME))
                os.replace(temporary, target)
            except BaseException:  # noqa: BLE001 - remove the half-written file, then re-raise
                Path(temporary).unlink(missing_ok=True)
                raise
    except OSError as error:
        log.warning("static file not written (%s): shapes stay inline", error)
        return None
    url = url_prefix + name
    with _lock:
        _published[id(text)] = (text, url)  # the text is kept alive, so its id is not reused
        while len(_published) > _ENTRIES:
            _published.popitem(last=False)
    return url
