"""Where one region stands on a metric among all regions: its value, its rank among defined values and
the average of the regions that have one.

Pure (no Streamlit): the scorecard pages, the PDF and the carried-away deck (HTML, PowerPoint) print the
same figure, so it lives here once. A CAGR "new" (growth from 0) is never ranked: it is counted apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ovop_analytics.metrics.growth import NEW, cagr_split, rank_defined
from ovop_analytics.metrics.registry import METRICS


@dataclass(frozen=True)
class Standing:
    """A region's value of a metric, its rank among the regions that have one, and their average (the
    comparison the PDF briefing makes too: 'rata-rata 38 provinsi').
    `new` counts the regions whose CAGR is "new" (from 0): they are listed apart, never ranked."""

    value: object  # float, "new" (CAGR from zero) or None / NaN (no data)
    rank: int | None
    of: int
    mean: float | None
    new: int = 0
    known: int = 0  # regions with a value: the average's base ('rata-rata 8 provinsi')


def standing(frame: pd.DataFrame, code: str, metric: str) -> Standing:
    """Where region `code` stands on `metric`: rank 1 is the best (the lowest for HHI, where lower is
    more diverse); regions without a value are neither ranked nor in the average. A CAGR 'new' (growth
    from 0) has no rate: it is neither ranked nor in the average, and counted apart."""
    info = METRICS[metric]
    codes = frame["region_code"].to_numpy()
    raw = pd.Series(frame[metric].to_numpy(dtype=object), index=codes)
    ranks = rank_defined(raw, info.higher_is_better)
    known, note = cagr_split(raw)
    values = known.dropna().astype(float)
    mean = float(values.mean()) if len(values) else None
    at = np.flatnonzero(codes == code)
    value = raw.iloc[at[0]] if len(at) else None
    rank = int(ranks[code]) if code in ranks.index else None
    return Standing(value, rank, int(len(ranks)), mean, int((note == NEW).sum()), int(len(values)))
