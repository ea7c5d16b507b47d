"""Overlap and uniqueness: regions should not all make the same product.

Pure functions on (code, type_code) pairs, one per type a region has.
- regions per type n_t: how many regions of the level produce type t.
- uniqueness of a region = mean over its types of 1 / n_t. 1 means every one of its types is made
  nowhere else; 1/N means every one of its types is made in all N regions. A region without types has
  no value (NaN). Regions are only compared with regions of the same level.
- overlap of two regions = Jaccard |A & B| / |A | B| of their type sets; NaN when both are empty.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd


def _distinct(pairs: pd.DataFrame) -> pd.DataFrame:
    return pairs[["code", "type_code"]].dropna().drop_duplicates()


def regions_per_type(pairs: pd.DataFrame) -> pd.Series:
    """type_code -> number of distinct regions producing it (types nobody has are absent)."""
    return _distinct(pairs).groupby("type_code")["code"].size().rename("regions")


def uniqueness(pairs: pd.DataFrame, regions: Sequence[str] | None = None) -> pd.Series:
    """code -> mean of 1 / (regions producing the type) over the region's types; NaN without types."""
    distinct = _distinct(pairs)
    spread = distinct.groupby("type_code")["code"].transform("size")
    scores = (1.0 / spread).groupby(distinct["code"]).mean().rename("uniqueness")
    if regions is not None:
        scores = scores.reindex(list(regions))
    scores.index.name = "code"
    return scores.astype(float)


def jaccard(a: set[str], b: set[str]) -> float | None:
    """|A & B| / |A | B|; None when both sets are empty (no data, not "identical")."""
    union = len(a | b)
    return None if union == 0 else len(a & b) / union


def jaccard_matrix(pairs: pd.DataFrame, codes: Sequence[str] | None = None) -> pd.DataFrame:
    """Square frame of Jaccard overlaps between the regions' type sets (index and columns = codes).

    Computed with one incidence-matrix product, so 514 x 514 kabupaten/kota stays fast.
    """
    distinct = _distinct(pairs)
    codes = list(codes) if codes is not None else sorted(distinct["code"].unique())
    distinct = distinct[distinct["code"].isin(codes)]
    types = sorted(distinct["type_code"].unique())
    incidence = np.zeros((len(codes), len(types)), dtype=np.float64)
    row = {c: i for i, c in enumerate(codes)}
    col = {t: j for j, t in enumerate(types)}
    incidence[distinct["code"].map(row).to_numpy(dtype=np.intp),
              distinct["type_code"].map(col).to_numpy(dtype=np.intp)] = 1.0
    inter = incidence @ incidence.T
    sizes = incidence.sum(axis=1)
    union = sizes[:, np.newaxis] + sizes[np.newaxis, :] - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.where(union > 0, inter / np.where(union > 0, union, 1.0), np.nan)
    return pd.DataFrame(values, index=pd.Index(codes, name="code"), columns=pd.Index(codes, name="code"))
