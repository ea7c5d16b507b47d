"""Diversity of a region's OVOP: richness, Shannon H, evenness, Gini-Simpson and Herfindahl-Hirschman.

Pure functions on counts (records per commodity group or per OVOP type); shares are fractions 0-1.
Definitions, chosen once and used everywhere:
- k (richness) = the number of categories with a count > 0.
- Shannon H = -sum(p ln p), natural log; 0 for one category.
- Evenness = H / ln(k). For k = 1 it is defined as 0 (a single category is no spread at all, which agrees
  with H = 0 and Gini-Simpson = 0 and keeps "one group" apart from "no data" on a map).
- Gini-Simpson = 1 - sum(p^2); HHI = sum(p^2) (1 = one category only).
- No records (all counts 0) has no value: None for a single region, NaN in a table. Never an error.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ovop_analytics.errors import InvalidArgumentError

INDICES = ("richness", "shannon", "evenness", "gini_simpson", "hhi")


def _counts_matrix(counts: pd.DataFrame | np.ndarray) -> np.ndarray:
    """Counts as a 2-D float array (one row per region); bad input is an error the caller can act on."""
    values = np.asarray(counts, dtype=float)
    if values.ndim == 1:
        values = values[np.newaxis, :]
    if np.isnan(values).any() or (values < 0).any():
        raise InvalidArgumentError("Diversity needs counts or shares that are 0 or more (no NaN, no negative).")
    return values


def diversity_table(counts: pd.DataFrame) -> pd.DataFrame:
    """One row per row of `counts` (regions x categories): richness, shannon, evenness, gini_simpson, hhi.

    Vectorised so that 514 kabupaten/kota x 108 types costs one pass; rows with no records are NaN
    (richness 0).
    """
    values = _counts_matrix(counts)
    totals = values.sum(axis=1)
    has_data = totals > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = values / totals[:, np.newaxis]
        plogp = np.where(shares > 0, shares * np.log(np.where(shares > 0, shares, 1.0)), 0.0)
    richness = (values > 0).sum(axis=1)
    shannon = -plogp.sum(axis=1) + 0.0  # + 0.0 turns -0.0 into 0.0
    hhi = (np.nan_to_num(shares) ** 2).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        evenness = np.where(richness > 1, shannon / np.log(np.maximum(richness, 2)), 0.0)
    table = pd.DataFrame({
        "richness": richness.astype("int64"),
        "shannon": np.where(has_data, shannon, np.nan),
        "evenness": np.where(has_data, evenness, np.nan),
        "gini_simpson": np.where(has_data, 1.0 - hhi, np.nan),
        "hhi": np.where(has_data, hhi, np.nan),
    }, index=counts.index if isinstance(counts, pd.DataFrame) else None)
    return table


def _one(counts: Sequence[float] | np.ndarray | pd.Series, index: str) -> float | None:
    value = diversity_table(pd.DataFrame([np.asarray(counts, dtype=float)]))[index].iloc[0]
    return None if pd.isna(value) else float(value)


def richness(counts: Sequence[float] | np.ndarray | pd.Series) -> int:
    """k: how many categories have a count above 0."""
    return int((_counts_matrix(np.asarray(counts, dtype=float)) > 0).sum())


def shannon(counts: Sequence[float] | np.ndarray | pd.Series) -> float | None:
    """Shannon H (natural log); None when there are no records."""
    return _one(counts, "shannon")


def evenness(counts: Sequence[float] | np.ndarray | pd.Series) -> float | None:
    """H / ln(k) with k = richness; 0 for k = 1; None when there are no records."""
    return _one(counts, "evenness")


def gini_simpson(counts: Sequence[float] | np.ndarray | pd.Series) -> float | None:
    """1 - sum(p^2); None when there are no records."""
    return _one(counts, "gini_simpson")


def hhi(counts: Sequence[float] | np.ndarray | pd.Series) -> float | None:
    """Herfindahl-Hirschman index sum(p^2) with shares as fractions (0-1); None when there are no records."""
    return _one(counts, "hhi")
