"""Specialisation: the location quotient (LQ) of each commodity group per region.

LQ(region, group) = (region's records in the group / region's records) / (national records in the group /
national records), where "national" is the sum over the regions given (one level, so no record counts
twice). LQ > 1: the region leans to that group more than the nation does. A region without records, or a
group absent nationally, has no value (NaN), never a division by zero.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ovop_analytics.errors import InvalidArgumentError


def location_quotients(counts: pd.DataFrame) -> pd.DataFrame:
    """Regions x groups counts -> regions x groups LQs (same index and columns)."""
    values = counts.to_numpy(dtype=float)
    if np.isnan(values).any() or (values < 0).any():
        raise InvalidArgumentError("Location quotients need counts of 0 or more (no NaN, no negative).")
    region_totals = values.sum(axis=1, keepdims=True)
    group_totals = values.sum(axis=0, keepdims=True)
    national = values.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        regional_share = np.where(region_totals > 0, values / np.where(region_totals > 0, region_totals, 1), np.nan)
        national_share = np.where(group_totals > 0, group_totals / (national if national > 0 else 1), np.nan)
        lq = regional_share / national_share
    return pd.DataFrame(lq, index=counts.index, columns=counts.columns)
