"""The frames of a map timeline: one value per region and period, over the real periods of a measure
(the award rounds for IKM OVOP, the designation years for OVOP types), per period or cumulative.

Every figure comes from `metrics.region_metrics`, so the timeline follows the same period and no-data
rules as the Map page: inside the dataset's coverage a region without records is a real 0; outside it, or
for a measure the dataset cannot give, there is no data (NaN), never 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ovop_analytics import metrics
from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.store.connection import Store

MEASURES = ("ikm_ovop", "types")
MODES = ("per_period", "cumulative")


@dataclass(frozen=True)
class Timeline:
    """Regions x periods: `frames` has code, name, period, value (NaN = no data), ordered by period."""

    measure: str
    mode: str
    periods: list[int]
    frames: pd.DataFrame


def periods_of(store: Store, dataset_id: int, measure: str) -> list[int]:
    """The real periods of `measure` in a dataset: award rounds (IKM OVOP) or designation years (types)."""
    series = metrics.growth_series(store, dataset_id, "national", measure)
    return sorted(int(p) for p in series["period"].unique())


def timeline(store: Store, dataset_id: int, level: str, measure: str, mode: str) -> Timeline:
    """Every frame of the timeline of `measure` at `level`: the values in each period (`per_period`) or
    from the first period up to each (`cumulative`)."""
    if measure not in MEASURES:
        raise InvalidArgumentError(f"A timeline shows one of {', '.join(MEASURES)}, not '{measure}'.")
    if mode not in MODES:
        raise InvalidArgumentError(f"A timeline is one of {', '.join(MODES)}, not '{mode}'.")
    periods = periods_of(store, dataset_id, measure)
    parts = []
    for period in periods:
        start = periods[0] if mode == "cumulative" else period
        values = metrics.region_metrics(store, dataset_id, level, (measure,), start, period)
        value = pd.to_numeric(values[measure].astype(object), errors="coerce").astype(float)
        parts.append(pd.DataFrame({"code": values["region_code"].to_numpy(), "name": values["region_name"].to_numpy(),
                                   "period": period, "value": value.to_numpy()}))
    frames = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        columns=["code", "name", "period", "value"])
    return Timeline(measure, mode, periods, frames)
