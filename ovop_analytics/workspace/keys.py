"""Workspace keys: a random 128-bit key the browser keeps; the database only ever sees its hash.

The key is the one secret of a workspace (whoever holds it sees the workspace's uploads), so it is made
by a cryptographic generator, stored only as SHA-256, and compared in constant time.
"""

from __future__ import annotations

import hashlib
import re
import secrets

from ovop_analytics.store.owners import same_owner  # noqa: F401 - part of this module's interface

KEY_BYTES = 16  # 128 bits
_KEY = re.compile(r"^[0-9a-f]{32}$")
_SEPARATORS = re.compile(r"[\s\-_.:]+")


def new_key() -> str:
    """A fresh key: 32 lowercase hex digits."""
    return secrets.token_hex(KEY_BYTES)


def clean_key(text: str | None) -> str | None:
    """The key in `text` as typed or pasted (spaces, dashes, upper case tolerated), or None if it is not one."""
    if not isinstance(text, str) or not text:
        return None
    key = _SEPARATORS.sub("", text.strip().lower())
    return key if _KEY.fullmatch(key) else None


def owner_of(key: str) -> str:
    """The workspace id stored as `owner` of its datasets: SHA-256 of the key, never the key itself."""
    return hashlib.sha256(f"ovop-workspace:{key}".encode("ascii")).hexdigest()

