"""Comparing owner ids (a workspace's hashed key) of private datasets.

Here, in the store, because the registry decides who sees a private dataset; `workspace.keys` makes and
hashes the keys and re-exports this comparison.
"""

from __future__ import annotations

import hmac


def same_owner(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two owner ids (None matches nothing)."""
    if not a or not b:
        return False
    return hmac.compare_digest(a.encode("ascii", "replace"), b.encode("ascii", "replace"))
