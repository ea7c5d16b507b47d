"""Published facts prepared for display: conflicts paired with the other source named in the note."""

from __future__ import annotations

import re

import pandas as pd

_URL = re.compile(r"https?://[^\s)\"']+")


def other_source_url(note: str | None, own_url: str | None) -> str | None:
    """A second source cited in a fact's note (e.g. ANTARA for the 2015 star conflict), if any."""
    for url in _URL.findall(note or ""):
        if url != own_url:
            return url
    return None


def conflicts(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts marked CONFLICT with the other source's link beside their own: both are shown."""
    rows = facts[facts["is_conflict"]].copy()
    rows["other_source_url"] = [other_source_url(n, u) for n, u in zip(rows["note"], rows["source_url"])]
    return rows
