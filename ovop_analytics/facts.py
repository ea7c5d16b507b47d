"""Published facts prepared for display: conflicts paired with the other source named in the note; the
bundled named award holders and policy statements (each row cites its source)."""

from __future__ import annotations

import re
from pathlib import Path

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


# Bundled reference files beside ovop_published_figures.csv, each row with its own citation.
_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
NAMED_AWARDEES_FILE = _DATA_DIR / "ovop_named_awardees.csv"
POLICY_STATEMENTS_FILE = _DATA_DIR / "ovop_policy_statements.csv"


def _read_text_table(path: Path) -> pd.DataFrame:
    """A bundled CSV with every column as text (codes such as '52.01' stay text), blanks as None."""
    return pd.read_csv(path, dtype=str, keep_default_na=False).replace({"": None})


def named_awardees(path: Path = NAMED_AWARDEES_FILE) -> pd.DataFrame:
    """Named IKM OVOP award holders as published (a sample of reports, never totals). An empty star means
    the sources disagree or are silent; `note` says which. round_year and star are nullable integers."""
    frame = _read_text_table(path)
    frame["round_year"] = pd.array(pd.to_numeric(frame["round_year"]), dtype="Int64")
    frame["star"] = pd.array(pd.to_numeric(frame["star"]), dtype="Int64")
    return frame


def policy_statements(path: Path = POLICY_STATEMENTS_FILE) -> pd.DataFrame:
    """The two ministries' OVOP principles, strategies and pillars, summarised in id and en, with sources."""
    return _read_text_table(path)


def concerning(frame: pd.DataFrame, region_code: str | None) -> pd.DataFrame:
    """Rows about a region: its own code, and for a province also its kabupaten/kota ('52' takes '52.01').
    None (the nation) takes every row."""
    if region_code is None:
        return frame
    codes = frame["region_code"].fillna("")
    mask = (codes == region_code) | ((len(region_code) == 2) & codes.str.startswith(f"{region_code}."))
    return frame[mask]
