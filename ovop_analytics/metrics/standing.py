"""Where one region stands on a metric among all regions: its value, rank and the national median.

Pure (no Streamlit): the scorecard pages and the carried-away deck (HTML, PowerPoint) print the same
figure, so it lives here once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ovop_analytics.metrics.registry import METRICS


@dataclass(frozen=True)
class Standing:
    """A region's value of a metric, its rank among the regions that have one, and their median."""

    value: object  # float, "new" (CAGR from zero) or None / NaN (no data)
    rank: int | None
    of: int
    median: float | None


def standing(frame: pd.DataFrame, code: str, metric: str) -> Standing:
    """Where region `code` stands on `metric`: rank 1 is the best (the lowest for HHI, where lower is
    more diverse); regions without a value are neither ranked nor in the median. A CAGR 'new' ranks
    first (growth from nothing) but is left out of the median."""
    info = METRICS[metric]
    codes = frame["region_code"].to_numpy()
    raw = frame[metric].to_numpy(dtype=object)
    is_new = np.fromiter((isinstance(v, str) for v in raw), dtype=bool, count=len(raw))
    numeric = pd.to_numeric(pd.Series(np.where(is_new, None, raw), index=codes), errors="coerce").astype("float64")
    ranked = numeric.where(~is_new, math.inf).dropna()
    ranks = ranked.rank(ascending=info.higher_is_better is False, method="min")
    known = numeric.dropna()
    median = float(known.median()) if len(known) else None
    at = np.flatnonzero(codes == code)
    value = raw[at[0]] if len(at) else None
    rank = int(ranks[code]) if code in ranks.index else None
    return Standing(value, rank, int(len(ranked)), median)
