"""Spatial autocorrelation of one regional figure: global Moran's I, local Moran (LISA) categories and
Getis-Ord Gi* hot and cold spots, with permutation p-values from a fixed seed.

Pure: values by region code and a libpysal Graph in, a `SpatialResult` out; esda does the statistics.
Rules a researcher can defend:
- a region with no value (outside the dataset's coverage) is left out of the analysis and is "no_data",
  never 0; a region left without a neighbour (an island, or all its neighbours without data) is
  "isolate", never significant;
- LISA uses row-standardised weights, Gi* binary weights with the region itself included (star);
- p-values are pseudo p-values from conditional permutations (esda's p_sim); LISA's cut-off is 0.05,
  0.01 or 0.001, or the false-discovery-rate bound at a chosen alpha (esda.fdr);
- Gi* bins: hot/cold at 90, 95, 99 % confidence (p ≤ 0.10, 0.05, 0.01 by the sign of z).
esda draws permutations from numpy's global generator; a lock keeps one seeded run at a time so that
the same seed gives the same result whatever other sessions do.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.spatial import DEFAULT_PERMUTATIONS, DEFAULT_SEED  # noqa: F401 - defined light, for the CLI

if TYPE_CHECKING:
    from libpysal.graph import Graph

# GeoDa's order of LISA categories, then the two kinds of regions outside the test
CATEGORIES = ("not_significant", "high_high", "low_low", "low_high", "high_low", "isolate", "no_data")
LEGEND_ORDER = ("high_high", "low_low", "low_high", "high_low", "not_significant", "isolate", "no_data")
_QUADRANT = {1: "high_high", 2: "low_high", 3: "low_low", 4: "high_low"}  # esda's q
GI_BINS = ("hot_99", "hot_95", "hot_90", "not_significant", "cold_90", "cold_95", "cold_99", "isolate", "no_data")
GI_LEVELS = ((0.01, "99"), (0.05, "95"), (0.10, "90"))
CUTOFFS = (0.05, 0.01, 0.001)
FDR_PERMUTATIONS = 9999
MIN_UNITS = 5  # fewer regions with data and a neighbour: no test worth the name

_RANDOM_LOCK = threading.Lock()


@dataclass(frozen=True)
class SpatialResult:
    """Global statistic and one row per region (table columns: region_code, value, z, lag, lag_z,
    local_i, p_value, category, gi_z, gi_p, gi_bin); `significance` is the cut-off actually applied."""

    moran_i: float
    expected_i: float
    p_value: float  # pseudo p-value of the global I (permutations)
    z_sim: float
    n: int  # regions in the test (with data and a neighbour)
    isolates: int
    no_data: int
    permutations: int
    seed: int
    cutoff: float
    fdr: bool
    significance: float
    table: pd.DataFrame = field(repr=False)
    local: bool = True  # False: global statistic only (provinces)

    def counts(self) -> dict[str, int]:
        """Regions per LISA category, in legend order (zeros included)."""
        found = self.table["category"].value_counts()
        return {category: int(found.get(category, 0)) for category in LEGEND_ORDER}


def check_options(permutations: int, cutoff: float, seed: int) -> None:
    if not 99 <= permutations <= 99_999:
        raise InvalidArgumentError(f"--permutations must be between 99 and 99999, not {permutations}.",
                                   code="spatial_err_spatial_permutations", values={"value": permutations})
    if cutoff not in CUTOFFS:
        raise InvalidArgumentError(f"The cut-off must be one of 0.05, 0.01, 0.001, not {cutoff}.",
                                   code="spatial_err_spatial_cutoff", values={"value": cutoff})
    if seed < 0 or seed >= 2**32:
        raise InvalidArgumentError(f"--seed must be between 0 and 4294967295, not {seed}.",
                                   code="spatial_err_spatial_seed", values={"value": seed})


def analysable(values: pd.Series, graph: Graph) -> tuple[pd.Series, Graph | None, list[str], list[str]]:
    """(values of the tested regions, their graph, regions without data, regions without a neighbour).

    Regions without data leave the graph first; whoever is then left without a neighbour is an isolate.
    """
    values = pd.to_numeric(values.astype(object), errors="coerce").astype(float).reindex(graph.unique_ids)
    no_data = values.index[values.isna()].tolist()
    kept = values.index[values.notna()]
    sub = graph.subgraph(kept) if len(no_data) else graph
    isolates = [code for code in sub.isolates.tolist()]
    if isolates:
        kept = kept.difference(pd.Index(isolates), sort=False)
        sub = sub.subgraph(kept) if len(kept) else None
    return values.reindex(kept), sub, no_data, isolates


def empty_result(values: pd.Series, permutations: int, seed: int, cutoff: float, fdr: bool) -> SpatialResult:
    table = pd.DataFrame({"region_code": values.index, "value": values.to_numpy(float)})
    return SpatialResult(np.nan, np.nan, np.nan, np.nan, 0, 0, 0, permutations, seed, cutoff, fdr, cutoff, table)


def spatial_statistics(values: pd.Series, graph: Graph, permutations: int = DEFAULT_PERMUTATIONS,
                       seed: int = DEFAULT_SEED, cutoff: float = 0.05, fdr: bool = False,
                       local: bool = True) -> SpatialResult:
    """Global Moran's I, LISA and Gi* of `values` (index: region codes; NaN = no data) on `graph`.

    Raises InvalidArgumentError (code spatial_too_few / spatial_constant) when fewer than MIN_UNITS
    regions can be tested or every tested value is the same (the statistics are undefined then).
    """
    import esda

    check_options(permutations, cutoff, seed)
    tested, sub, no_data, isolates = analysable(values, graph)
    if sub is None or len(tested) < MIN_UNITS:
        raise InvalidArgumentError(
            f"Only {len(tested)} regions have a value and a neighbour; at least {MIN_UNITS} are needed.",
            code="spatial_too_few", values={"n": len(tested), "minimum": MIN_UNITS})
    y = tested.reindex(sub.unique_ids).to_numpy(float)
    if np.allclose(y, y[0]):
        raise InvalidArgumentError("Every region has the same value: spatial autocorrelation is undefined.",
                                   code="spatial_constant", values={"value": float(y[0])})
    row = sub.transform("r")
    with _RANDOM_LOCK, warnings.catch_warnings():
        # esda 2.9 announces a future change of its default alternative; the current one (folded, as GeoDa)
        # is what is used and said in the methods
        warnings.filterwarnings("ignore", message="The alternative hypothesis", category=DeprecationWarning)
        np.random.seed(seed)
        moran = esda.Moran(y, row, permutations=permutations)
        lisa = (esda.Moran_Local(y, row, permutations=permutations, seed=seed, n_jobs=1, keep_simulations=False)
                if local else None)
        binary = sub.transform("b").assign_self_weight(1.0)
        gi = (esda.G_Local(y, binary, transform="B", star=None, permutations=permutations, seed=seed, n_jobs=1,
                           keep_simulations=False) if local else None)
    codes = list(sub.unique_ids)
    table = pd.DataFrame({"region_code": codes, "value": y})
    z = (y - y.mean()) / y.std()
    table["z"] = z
    table["lag"] = row.lag(y)
    table["lag_z"] = row.lag(z)
    significance = cutoff
    if lisa is not None:
        if fdr:
            significance = float(esda.fdr(pseudo_p(lisa.p_sim, permutations), cutoff))
        table["local_i"] = lisa.Is
        table["p_value"] = pseudo_p(lisa.p_sim, permutations)
        table["category"] = [(_QUADRANT[int(q)] if p <= significance else "not_significant")
                             for q, p in zip(lisa.q, table["p_value"])]
        table["gi_z"] = gi.Zs
        table["gi_p"] = pseudo_p(gi.p_sim, permutations)
        table["gi_bin"] = [gi_bin(zs, p) for zs, p in zip(gi.Zs, table["gi_p"])]
    outside = pd.DataFrame({"region_code": no_data + isolates,
                            "value": values.reindex(no_data + isolates).to_numpy(float),
                            "category": ["no_data"] * len(no_data) + ["isolate"] * len(isolates)})
    outside["gi_bin"] = outside["category"]
    table = pd.concat([table, outside], ignore_index=True) if len(outside) else table
    table = table.set_index("region_code").reindex(values.index).rename_axis("region_code").reset_index()
    return SpatialResult(float(moran.I), float(moran.EI), float(moran.p_sim), float(moran.z_sim), len(codes),
                         len(isolates), len(no_data), permutations, seed, cutoff, fdr, significance, table, local)


def pseudo_p(p_sim: np.ndarray, permutations: int) -> np.ndarray:
    """esda's pseudo p-values as exact multiples of 1 / (permutations + 1) in float64: esda may return
    float32, where 0.001 is a hair above 0.001 and would miss the "p ≤ 0.001" class."""
    return np.round(np.asarray(p_sim, dtype=float) * (permutations + 1)) / (permutations + 1)


def gi_bin(z: float, p: float) -> str:
    """Gi* class: hot_99/95/90 or cold_99/95/90 by the sign of z and the smallest level p reaches."""
    for level, name in GI_LEVELS:
        if p <= level:
            return f"{'hot' if z > 0 else 'cold'}_{name}"
    return "not_significant"


def stability(first: SpatialResult, second: SpatialResult) -> float | None:
    """Share of the regions tested under both weights whose LISA category is the same under both."""
    a = first.table.set_index("region_code")["category"]
    b = second.table.set_index("region_code")["category"].reindex(a.index)
    tested = ~a.isin(["no_data", "isolate"]) & ~b.isin(["no_data", "isolate"]) & a.notna() & b.notna()
    if not tested.any():
        return None
    return float((a[tested] == b[tested]).mean())


def empirical_bayes(events: pd.Series, population: pd.Series, scale: float) -> pd.Series:
    """Empirical-Bayes smoothed rates × scale (Marshall 1991, global): rates of small populations shrink
    towards the overall rate b = Σe / Σn, by weight s² / (s² + b / n_i). As esda.smoothing.Empirical_Bayes,
    except that a negative estimate of the between-region variance s² is taken as 0 (Marshall's rule;
    esda leaves it negative and then gives weights outside 0-1). NaN events (no data) stay NaN."""
    e = pd.to_numeric(events.astype(object), errors="coerce").astype(float)
    n = population.reindex(e.index).astype(float)
    ok = (e.notna() & (n > 0)).to_numpy()
    out = pd.Series(np.nan, index=e.index, dtype=float)
    if ok.sum() < 2:
        return out
    e_ok, n_ok = e.to_numpy()[ok], n.to_numpy()[ok]
    overall = e_ok.sum() / n_ok.sum()
    rate = e_ok / n_ok
    variance = max((n_ok * (rate - overall) ** 2).sum() / n_ok.sum() - overall / n_ok.mean(), 0.0)
    weight = variance / (variance + overall / n_ok) if variance > 0 else np.zeros_like(rate)
    out[ok] = (weight * rate + (1 - weight) * overall) * scale
    return out
