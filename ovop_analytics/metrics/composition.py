"""Commodity composition: records per region and commodity group over a period, every region a row.

A table the Diversity and Compare pages chart as stacked bars and a treemap; computed here from the
store so that a public dataset's table is made once per period and shared (pages call it through
`ui.data`), not pivoted again on every page view.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ovop_analytics.metrics.registry import GROUP_CODES
from ovop_analytics.metrics.sql import region_counts
from ovop_analytics.regions import provinces, region_name
from ovop_analytics.store import Store


def group_composition(counts: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """Records per region and commodity group, every region a row (zeros where none), plus the total.

    `counts` has code, commodity_group, records (e.g. `metrics.sql.region_counts`); `regions` code, name.
    Returns region_code, region_name, one column per group code and total.
    """
    rows = counts[(counts["records"] > 0) & counts["commodity_group"].isin(GROUP_CODES)]
    table = rows.pivot_table(index="code", columns="commodity_group", values="records", aggfunc="sum",
                             fill_value=0)
    table = table.reindex(index=regions["code"], columns=list(GROUP_CODES), fill_value=0).astype("int64")
    out = pd.DataFrame({"region_code": regions["code"].to_numpy(), "region_name": regions["name"].to_numpy()})
    for group in GROUP_CODES:
        out[group] = table[group].to_numpy()
    out["total"] = out[list(GROUP_CODES)].sum(axis=1)
    return out


def province_composition(store: Store, dataset_id: int, year_from: int | None = None, year_to: int | None = None,
                         codes: Sequence[str] | None = None) -> pd.DataFrame:
    """`group_composition` of the provinces (all 38 in code order, or `codes` in their order) over the
    period's records."""
    counts = region_counts(store, dataset_id, "province", year_from, year_to)
    if codes is None:
        chosen = pd.DataFrame([(r.code, r.name) for r in provinces()], columns=["code", "name"])
    else:
        chosen = pd.DataFrame({"code": list(codes), "name": [region_name(c) for c in codes]})
    return group_composition(counts, chosen)
